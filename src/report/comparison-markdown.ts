import type {
  ComparedMetric,
  ComparisonReport,
  RuleResult,
  SliceComparison,
} from "../config/contracts/comparison-report.js";
import {
  formatCount,
  formatInterval,
  formatMeasure,
  formatNumber,
  formatPercent,
} from "../policy/format-number.js";
import { higherIsBetter } from "../stats/metric-names.js";
import { cell, code, codeCell, details, escapeMarkdown, table } from "./markdown.js";
import { xyBarChart } from "./mermaid.js";

export interface ComparisonMarkdownOptions {
  /** An HTML comment such as `<!-- trainyard:churn -->` that finds the sticky comment again; always the first line. */
  marker?: string;
  /** Default 65,536, GitHub's limit for a comment body. */
  maxLength?: number;
  /** Default "trainyard". */
  title?: string;
}

export const GITHUB_COMMENT_LIMIT = 65_536;

const VERDICT_ICON = { pass: "✅", fail: "❌", skip: "⏭️" } as const;
const VISIBLE_REASONS = 10;
const VISIBLE_RULES = 10;
const VISIBLE_SLICES = 10;
const VISIBLE_CHECKS = 5;
const CHART_SLICES = 20;
const CUT_NOTE =
  "✂️ Parts of this report were left out to stay under GitHub's 65,536-character limit for a comment; the full report is the comparison JSON file.";

/**
 * A part of the comment that can show fewer of its items (rows, reasons, bars) when the comment is too
 * long. `render(shown)` shows the first `shown` items and says how many were left out; whole rows only,
 * so no table row, `<details>` block or code fence is ever cut in the middle.
 */
interface Section {
  items: number;
  render(shown: number): string;
}

type SectionName =
  | "heading"
  | "reasons"
  | "metrics"
  | "rules"
  | "slices"
  | "chart"
  | "validation"
  | "candidates"
  | "lineage";

const ORDER: readonly SectionName[] = [
  "heading",
  "reasons",
  "metrics",
  "rules",
  "slices",
  "chart",
  "validation",
  "candidates",
  "lineage",
];

/**
 * What gives way first when the comment is too long, and down to how many items. First the reasons beyond
 * the first few (every failing reason is also a row of the rules table), the slices beyond the worst few,
 * the candidates, the rules and failed checks beyond the first few; then the chart and everything that
 * can go at all. The heading, metric table and lineage always stay.
 */
const CUTS: readonly [SectionName, number][] = [
  ["reasons", VISIBLE_REASONS],
  ["slices", VISIBLE_SLICES],
  ["candidates", 3],
  ["rules", VISIBLE_RULES],
  ["validation", VISIBLE_CHECKS],
  ["chart", 0],
  ["candidates", 1],
  ["validation", 0],
  ["rules", 0],
  ["slices", 0],
  ["reasons", 1],
  ["candidates", 0],
];

/**
 * The comparison as the sticky pull-request comment and the job summary: the decision, metrics with
 * paired deltas, the gate's rules, slices (worst first, with a Mermaid chart), data validation, other
 * candidates and lineage, under `maxLength` characters.
 */
export function renderComparisonMarkdown(
  report: ComparisonReport,
  options: ComparisonMarkdownOptions = {},
): string {
  const sections = buildSections(report, options);
  return fitUnderLimit(sections, options.maxLength ?? GITHUB_COMMENT_LIMIT, options.marker ?? "");
}

function buildSections(
  report: ComparisonReport,
  options: ComparisonMarkdownOptions,
): Record<SectionName, Section> {
  const fixed = (text: string): Section => ({ items: 0, render: () => text });
  const title = heading(report, options.title ?? "trainyard");
  return {
    heading: fixed(options.marker ? `${options.marker}\n${title}` : title),
    reasons: reasonsSection(report),
    metrics: fixed(metricsTable(report)),
    rules: rulesSection(report),
    slices: slicesSection(report),
    chart: chartSection(report),
    validation: validationSection(report),
    candidates: candidatesSection(report),
    lineage: fixed(lineage(report)),
  };
}

// --- fitting under the limit ---------------------------------------------------------------------------

function join(parts: string[]): string {
  return `${parts.filter((part) => part !== "").join("\n\n")}\n`;
}

function fitUnderLimit(sections: Record<SectionName, Section>, maxLength: number, marker: string): string {
  const shown = new Map<SectionName, number>(ORDER.map((name) => [name, sections[name].items]));
  const rendered = new Map<SectionName, string>(
    ORDER.map((name) => [name, sections[name].render(sections[name].items)]),
  );
  const document = () => ORDER.map((name) => rendered.get(name) ?? "");
  const full = join(document());
  if (full.length <= maxLength) return full;

  const budget = maxLength - CUT_NOTE.length - 2;
  const length = () => join(document()).length;
  for (const [name, floor] of CUTS) {
    if (length() <= budget) break;
    const current = shown.get(name) ?? 0;
    if (current <= floor) continue;
    const section = sections[name];
    const others = length() - (rendered.get(name) ?? "").length;
    // The most items that fit: binary search over [floor, current).
    let low = floor;
    let high = current - 1;
    let best = floor;
    while (low <= high) {
      const middle = Math.floor((low + high) / 2);
      if (others + section.render(middle).length <= budget) {
        best = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    shown.set(name, best);
    rendered.set(name, section.render(best));
  }
  const fallbacks = [
    [...document(), CUT_NOTE],
    [rendered.get("heading") ?? "", rendered.get("reasons") ?? "", CUT_NOTE],
    [rendered.get("heading") ?? "", CUT_NOTE],
  ];
  for (const parts of fallbacks) {
    const text = join(parts);
    if (text.length <= maxLength) return text;
  }
  // A limit too small for the heading: the marker, so the sticky comment is still found, and the note.
  return join([marker, CUT_NOTE]).slice(0, maxLength);
}

function leftOut(count: number, what: string): string {
  return count > 0 ? `\n\n_${formatCount(count)} more ${what} left out to keep this comment short._` : "";
}

// --- heading and reasons -------------------------------------------------------------------------------

function challengerLabel(report: ComparisonReport): string {
  const chosen = report.candidates.find((candidate) => candidate.chosen)?.label;
  const label =
    chosen ?? report.challenger.runId ?? report.challenger.commit?.slice(0, 12) ?? "the new model";
  return code(label);
}

function heading(report: ComparisonReport, title: string): string {
  const decision = report.decision === "promote" ? "✅" : "❌";
  const champion = report.champion ? `champion version ${code(report.champion.version)}` : "no champion yet";
  return `### ${decision} ${escapeMarkdown(title)}: ${code(report.model)} challenger ${challengerLabel(report)} vs ${champion}: **${report.decision}**`;
}

function reasonsSection(report: ComparisonReport): Section {
  const note = report.note ? `\n\n_${escapeMarkdown(report.note)}_` : "";
  const bullet = (reason: string) => `- ${escapeMarkdown(reason)}`;
  return {
    items: report.reasons.length,
    render(shown) {
      const reasons = report.reasons.slice(0, shown);
      const visible = reasons.slice(0, VISIBLE_REASONS).map(bullet).join("\n");
      const folded = reasons.slice(VISIBLE_REASONS);
      const more =
        folded.length > 0
          ? `\n\n${details(`${formatCount(folded.length)} more reasons`, folded.map(bullet).join("\n"))}`
          : "";
      return `${visible}${more}${leftOut(report.reasons.length - shown, "reasons")}${note}`.trim();
    },
  };
}

// --- metrics and rules ---------------------------------------------------------------------------------

function metricName(metric: string, primary: boolean): string {
  const arrow = higherIsBetter(metric) ? "↑" : "↓";
  return primary ? `**${escapeMarkdown(metric)}** ${arrow} (primary)` : `${escapeMarkdown(metric)} ${arrow}`;
}

function metricRules(report: ComparisonReport, metric: string): RuleResult[] {
  return report.rules.filter(
    (rule) =>
      rule.metric === metric &&
      (rule.kind === "primary" || rule.kind === "threshold" || rule.kind === "guardrail"),
  );
}

function metricsTable(report: ComparisonReport): string {
  const withChampion = report.champion !== undefined;
  const level = formatPercent(report.bootstrap.confidence);
  const shown = report.metrics.filter(
    (metric) => isMeasured(metric) || metricRules(report, metric.metric).length > 0,
  );
  const ordered = [
    ...shown.filter((metric) => metric.metric === report.primaryMetric),
    ...shown.filter((metric) => metric.metric !== report.primaryMetric),
  ];
  const rows = ordered.map((metric) => {
    const rules = metricRules(report, metric.metric);
    const ruleText = cell(rules.map((rule) => `${rule.kind}: ${rule.bound}`).join("; "), 200);
    const verdicts = rules.map((rule) => VERDICT_ICON[rule.verdict]).join(" ");
    const { challenger, champion, delta } = metric;
    const name = metricName(metric.metric, metric.metric === report.primaryMetric);
    return withChampion
      ? [
          name,
          formatNumber(champion?.value),
          formatNumber(challenger.value),
          delta ? formatInterval(delta.value, delta.low, delta.high) : "n/a",
          ruleText,
          verdicts,
        ]
      : [name, formatInterval(challenger.value, challenger.low, challenger.high), ruleText, verdicts];
  });
  const headers = withChampion
    ? ["metric", "champion", "challenger", `Δ challenger − champion [${level} interval]`, "rule", ""]
    : ["metric", `challenger [${level} interval]`, "rule", ""];
  const rowsLine = `On ${formatCount(report.rows)} test rows${withChampion ? ", both models on the same rows" : ""}.`;
  return `#### Metrics\n\n${rowsLine}\n\n${table(headers, rows)}`;
}

/** Whether the metric was computed for either model (the gate lists every metric of the task). */
function isMeasured(metric: ComparedMetric): boolean {
  return metric.challenger.value !== null || metric.challenger.resamples > 0 || metric.champion !== undefined;
}

const VERDICT_ORDER = { fail: 0, pass: 1, skip: 2 } as const;

function formatObserved(rule: RuleResult): string {
  if (rule.kind === "limit") return formatMeasure(rule.observed);
  if (rule.kind === "validation")
    return rule.observed === null ? "n/a" : `${formatCount(rule.observed)} error(s)`;
  return formatNumber(rule.observed);
}

function rulesSection(report: ComparisonReport): Section {
  const rules = [...report.rules].sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict]);
  const headers = ["", "rule", "observed", "bound", "detail"];
  const row = (rule: RuleResult) => [
    VERDICT_ICON[rule.verdict],
    codeCell(rule.id),
    formatObserved(rule),
    cell(rule.bound),
    cell(rule.message, 300),
  ];
  return {
    items: rules.length,
    render(shown) {
      if (rules.length === 0) return "";
      const count = (verdict: RuleResult["verdict"]) =>
        formatCount(rules.filter((rule) => rule.verdict === verdict).length);
      const counts = `${count("fail")} failed, ${count("pass")} passed, ${count("skip")} skipped`;
      const head = `#### Gate rules: ${counts}`;
      const listed = rules.slice(0, shown);
      const visible = listed.slice(0, VISIBLE_RULES);
      const folded = listed.slice(VISIBLE_RULES);
      const parts = [head];
      if (visible.length > 0) parts.push(table(headers, visible.map(row)));
      if (folded.length > 0)
        parts.push(details(`${formatCount(folded.length)} more rules`, table(headers, folded.map(row))));
      return parts.join("\n\n") + leftOut(rules.length - shown, "rules");
    },
  };
}

// --- slices --------------------------------------------------------------------------------------------

function sliceKey(slice: { column: string; value: string }): string {
  return `${slice.column}=${slice.value}`;
}

function failingSliceKeys(report: ComparisonReport): Set<string> {
  const ids = new Set(
    report.rules.filter((rule) => rule.kind === "slice" && rule.verdict === "fail").map((rule) => rule.id),
  );
  return new Set(
    report.slices
      .filter((slice) => ids.has(`slice.${sliceKey(slice)}.${slice.metric}`))
      .map((slice) => sliceKey(slice)),
  );
}

function slicesSection(report: ComparisonReport): Section {
  const slices = report.slices;
  const withChampion = report.champion !== undefined;
  const failing = failingSliceKeys(report);
  const headers = withChampion
    ? ["", "column", "value", "rows", "champion", "challenger", "regression"]
    : ["", "column", "value", "rows", "challenger"];
  const row = (slice: SliceComparison) => {
    const start = [
      failing.has(sliceKey(slice)) ? "❌" : "",
      cell(slice.column),
      cell(slice.value),
      formatCount(slice.rows),
    ];
    return withChampion
      ? [
          ...start,
          formatNumber(slice.champion),
          formatNumber(slice.challenger),
          formatNumber(slice.regression),
        ]
      : [...start, formatNumber(slice.challenger)];
  };
  return {
    items: slices.length,
    render(shown) {
      if (slices.length === 0) return "";
      const order = withChampion ? "largest regression first" : "worst first";
      const head = `#### Slices: ${escapeMarkdown(report.primaryMetric)} by slice, ${order}`;
      const listed = slices.slice(0, shown);
      const visible = listed.slice(0, VISIBLE_SLICES);
      const folded = listed.slice(VISIBLE_SLICES);
      const parts = [head];
      if (visible.length > 0) parts.push(table(headers, visible.map(row)));
      if (folded.length > 0)
        parts.push(details(`${formatCount(folded.length)} more slices`, table(headers, folded.map(row))));
      return parts.join("\n\n") + leftOut(slices.length - shown, "slices");
    },
  };
}

function chartSection(report: ComparisonReport): Section {
  const withChampion = report.champion !== undefined;
  const chartable = report.slices
    .filter((slice) => isChartable(slice.challenger) && (!withChampion || isChartable(slice.champion)))
    .slice(0, CHART_SLICES);
  // One sliced column: the title names it and the bars carry only the values, so long names never crowd them out.
  const columns = new Set(chartable.map((slice) => slice.column));
  const single = columns.size === 1 ? [...columns][0] : undefined;
  const text =
    chartable.length === 0
      ? ""
      : [
          xyBarChart({
            title: `${report.primaryMetric} by ${single ?? "slice"}${report.slices.length > chartable.length ? `, worst ${chartable.length}` : ""}`,
            yLabel: report.primaryMetric,
            labels: chartable.map((slice) => (single === undefined ? sliceKey(slice) : slice.value)),
            bars: chartable.map((slice) => slice.challenger as number),
            ...(withChampion ? { line: chartable.map((slice) => slice.champion as number) } : {}),
          }),
          withChampion ? "_Bars: the challenger; line: the champion._" : "_Bars: the challenger._",
        ].join("\n\n");
  return { items: text ? 1 : 0, render: (shown) => (shown > 0 ? text : "") };
}

function isChartable(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value) && Math.abs(value) < 1e15;
}

// --- validation, candidates, lineage -------------------------------------------------------------------

function validationSection(report: ComparisonReport): Section {
  const validation = report.validation;
  if (!validation)
    return { items: 0, render: () => "#### Data validation\n\nNo validation report was given." };
  const verdict = validation.passed ? "✅ passed" : "❌ failed";
  const head = `#### Data validation ${verdict}\n\nSnapshot ${code(validation.snapshotId)}: ${validation.errors} error(s), ${validation.warnings} warning(s).`;
  const headers = ["severity", "check", "detail"];
  const row = (check: (typeof validation.failed)[number]) => [
    cell(check.severity),
    codeCell(check.id),
    cell(check.message, 300),
  ];
  return {
    items: validation.failed.length,
    render(shown) {
      const listed = validation.failed.slice(0, shown);
      const parts = [head];
      if (listed.length > VISIBLE_CHECKS)
        parts.push(details(`${formatCount(listed.length)} failed checks`, table(headers, listed.map(row))));
      else if (listed.length > 0) parts.push(table(headers, listed.map(row)));
      return parts.join("\n\n") + leftOut(validation.failed.length - shown, "failed checks");
    },
  };
}

function candidatesSection(report: ComparisonReport): Section {
  const candidates = [
    ...report.candidates.filter((candidate) => candidate.chosen),
    ...report.candidates.filter((candidate) => !candidate.chosen),
  ];
  if (candidates.length <= 1) return { items: 0, render: () => "" };
  const headers = ["", "candidate", "run", escapeMarkdown(report.primaryMetric)];
  const row = (candidate: (typeof candidates)[number]) => [
    candidate.chosen ? "✅ chosen" : "",
    cell(candidate.label),
    candidate.runId ? codeCell(candidate.runId) : "",
    formatNumber(candidate.primaryValue),
  ];
  return {
    items: candidates.length,
    render(shown) {
      if (shown === 0)
        return `#### Candidates\n\n${formatCount(candidates.length)} candidates; the list was left out.`;
      const head = `#### Candidates: ${formatCount(candidates.length)}`;
      return `${head}\n\n${table(headers, candidates.slice(0, shown).map(row))}${leftOut(candidates.length - shown, "candidates")}`;
    },
  };
}

const SAFE_URL = /^https?:\/\/[^\s<>"'`\\]+$/;

/** A link only to an http(s) URL, its destination in `<…>` so parentheses cannot end it; else the URL as code. */
function link(label: string, url: string | undefined): string {
  if (!url) return code(label);
  return SAFE_URL.test(url) ? `[${escapeMarkdown(label)}](<${url}>)` : `${code(label)} (${code(url)})`;
}

function lineage(report: ComparisonReport): string {
  const { challenger, champion, bootstrap } = report;
  const parts: string[] = [];
  if (challenger.snapshotId) parts.push(`snapshot ${code(challenger.snapshotId)}`);
  if (challenger.commit) parts.push(`commit ${code(challenger.commit.slice(0, 12))}`);
  if (challenger.runId) parts.push(`challenger run ${link(challenger.runId, challenger.runUrl)}`);
  if (champion) {
    const run = champion.runId ? `, run ${link(champion.runId, champion.runUrl)}` : "";
    const snapshot = champion.snapshotId ? `, trained on snapshot ${code(champion.snapshotId)}` : "";
    parts.push(`champion version ${code(champion.version)}${run}${snapshot}`);
  }
  const paired = champion ? "paired bootstrap" : "bootstrap";
  parts.push(
    `${paired}: ${formatCount(bootstrap.resamples)} resamples, ${formatPercent(bootstrap.confidence)}, seed ${bootstrap.seed}`,
  );
  parts.push(escapeMarkdown(report.createdAt));
  return `---\n<sub>Lineage: ${parts.join(" · ")}</sub>`;
}
