/**
 * Mermaid charts for pull-request comments and job summaries: GitHub renders a ```mermaid fence itself,
 * so no image needs hosting. Mermaid text is not Markdown and needs its own escaping (see `mermaidLabel`).
 */

export interface BarChart {
  title: string;
  /** The y axis title, e.g. the metric's name. */
  yLabel: string;
  /** One label per bar; sanitised here, and made unique (Mermaid merges equal band labels). */
  labels: string[];
  /** Finite values, one per label. */
  bars: number[];
  /** An optional line over the bars, e.g. the champion's values. */
  line?: number[];
}

// Characters with a meaning to Mermaid's lexer or its text handling, mapped to look-alikes: `"` ends a
// string, `[`/`]` and `,` delimit axis bands outside strings, `%%` starts comments and directives, `#…;`
// is an entity, `` ` `` opens a Markdown string, `<>&` reach the SVG, `;` ends a statement.
const LOOK_ALIKES: Record<string, string> = {
  '"': "'",
  "`": "ʼ",
  "[": "［",
  "]": "］",
  "{": "｛",
  "}": "｝",
  "<": "‹",
  ">": "›",
  "&": "＆",
  "#": "＃",
  "%": "％",
  ";": "；",
  "\\": "∖",
};

/**
 * A label that is safe inside a Mermaid double-quoted string: no quote, bracket, newline or other
 * character Mermaid reads (replaced by a look-alike), one line, at most `maxLength` characters.
 */
export function mermaidLabel(text: string, maxLength = 32): string {
  const clean = Array.from(
    text
      .replace(/[\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]/gu, " ")
      .replace(/["`[\]{}<>&#%;\\]/g, (char) => LOOK_ALIKES[char] ?? " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
  if (clean.length === 0) return "(empty)";
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1).join("")}…` : clean.join("");
}

/**
 * A number as Mermaid's data grammar reads it: digits with an optional sign and decimals, never an
 * exponent (`1e-7` would not parse).
 */
export function mermaidNumber(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) throw new RangeError(`cannot chart ${value}`);
  const fixed = value
    .toFixed(6)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
  return fixed === "-0" ? "0" : fixed;
}

function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const count = (seen.get(label) ?? 0) + 1;
    seen.set(label, count);
    return count === 1 ? label : `${label} (${count})`;
  });
}

/** The y range: from 0 (or below, for negative values) with 5% headroom; 0 to 1 for values within it. */
function yRange(values: number[]): [number, number] {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  if (min >= 0 && max <= 1) return [0, 1];
  const pad = (max - min) * 0.05 || 1;
  return [min < 0 ? min - pad : 0, max > 0 ? max + pad : 0];
}

/** A vertical `xychart-beta` bar chart, as a fenced ```mermaid block. */
export function xyBarChart(chart: BarChart): string {
  const values = [...chart.bars, ...(chart.line ?? [])];
  const [low, high] = yRange(values);
  const quoted = (text: string) => `"${text}"`;
  const labels = uniqueLabels(chart.labels.map((label) => mermaidLabel(label)));
  const lines = [
    "```mermaid",
    "xychart-beta",
    `  title ${quoted(mermaidLabel(chart.title, 80))}`,
    `  x-axis [${labels.map(quoted).join(", ")}]`,
    `  y-axis ${quoted(mermaidLabel(chart.yLabel))} ${mermaidNumber(low)} --> ${mermaidNumber(high)}`,
    `  bar [${chart.bars.map(mermaidNumber).join(", ")}]`,
  ];
  if (chart.line) lines.push(`  line [${chart.line.map(mermaidNumber).join(", ")}]`);
  lines.push("```");
  return lines.join("\n");
}

export interface LineChart {
  title: string;
  yLabel: string;
  /** One label per point on the x axis (e.g. a day); sanitised and made unique here. */
  labels: string[];
  /** Each line's values, one per label; a gap (no value that day) is drawn at the previous value. */
  lines: number[][];
}

/**
 * A `xychart-beta` line chart, as a fenced ```mermaid block; xychart draws no gaps, so a point without a
 * value repeats the one before it (or the first value there is).
 */
export function xyLineChart(chart: LineChart): string {
  const filled = chart.lines.map((line) => {
    const first = line.find((value) => Number.isFinite(value)) ?? 0;
    let previous = first;
    return line.map((value) => {
      if (Number.isFinite(value)) previous = value;
      return previous;
    });
  });
  const [low, high] = yRange(filled.flat());
  const quoted = (text: string) => `"${text}"`;
  const labels = uniqueLabels(chart.labels.map((label) => mermaidLabel(label)));
  return [
    "```mermaid",
    "xychart-beta",
    `  title ${quoted(mermaidLabel(chart.title, 80))}`,
    `  x-axis [${labels.map(quoted).join(", ")}]`,
    `  y-axis ${quoted(mermaidLabel(chart.yLabel))} ${mermaidNumber(low)} --> ${mermaidNumber(high)}`,
    ...filled.map((line) => `  line [${line.map(mermaidNumber).join(", ")}]`),
    "```",
  ].join("\n");
}
