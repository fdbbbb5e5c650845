import { describe, expect, it } from "vitest";
import { mermaidLabel, mermaidNumber, xyBarChart, xyLineChart } from "../../../src/report/mermaid.js";

describe("Mermaid labels", () => {
  it("replace every character Mermaid reads with a look-alike", () => {
    expect(mermaidLabel('"]; click x call alert(1)', 80)).toBe("'］； click x call alert(1)");
    expect(mermaidLabel("%%{init: {'theme':'dark'}}%%", 80)).toBe("％％｛init: ｛'theme':'dark'｝｝％％");
    expect(mermaidLabel("`md` #quot; <b>&amp;\\", 80)).toBe("ʼmdʼ ＃quot； ‹b›＆amp；∖");
    expect(mermaidLabel("[18, 31)")).toBe("［18, 31)");
  });

  it("stay on one line, short, and never empty", () => {
    expect(mermaidLabel("a\nb\r\nc\u2028d\te")).toBe("a b c d e");
    expect(mermaidLabel("x".repeat(100))).toHaveLength(32);
    expect(mermaidLabel("   ")).toBe("(empty)");
  });
});

describe("Mermaid numbers", () => {
  it("never use exponents", () => {
    expect(mermaidNumber(0.5)).toBe("0.5");
    expect(mermaidNumber(3)).toBe("3");
    expect(mermaidNumber(1e-7)).toBe("0");
    expect(mermaidNumber(-0.0000001)).toBe("0");
    expect(mermaidNumber(-2.25)).toBe("-2.25");
    expect(mermaidNumber(123456789.123)).toBe("123456789.123");
    expect(() => mermaidNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe("xyBarChart", () => {
  it("writes a fenced xychart-beta with unique labels, bars and a line", () => {
    const chart = xyBarChart({
      title: "roc_auc by slice",
      yLabel: "roc_auc",
      labels: ["a", "a", 'b"'],
      bars: [0.8, 0.7, 0.9],
      line: [0.82, 0.71, 0.88],
    });
    expect(chart.split("\n")).toEqual([
      "```mermaid",
      "xychart-beta",
      '  title "roc_auc by slice"',
      '  x-axis ["a", "a (2)", "b\'"]',
      '  y-axis "roc_auc" 0 --> 1',
      "  bar [0.8, 0.7, 0.9]",
      "  line [0.82, 0.71, 0.88]",
      "```",
    ]);
  });

  it("fits the y axis to values outside [0, 1]", () => {
    const chart = xyBarChart({ title: "rmse", yLabel: "rmse", labels: ["a", "b"], bars: [10, 20] });
    expect(chart).toContain('y-axis "rmse" 0 --> 21');
    const negative = xyBarChart({ title: "r2", yLabel: "r2", labels: ["a"], bars: [-0.5] });
    expect(negative).toContain('y-axis "r2" -0.525 --> 0');
  });
});

describe("xyLineChart", () => {
  it("draws one line per series, repeating the last value over a gap", () => {
    const chart = xyLineChart({
      title: "roc_auc per day",
      yLabel: "roc_auc",
      labels: ["11-01", "11-02", "11-03"],
      lines: [
        [0.9, Number.NaN, 0.4],
        [0.92, 0.92, 0.92],
      ],
    });
    expect(chart).toBe(
      [
        "```mermaid",
        "xychart-beta",
        '  title "roc_auc per day"',
        '  x-axis ["11-01", "11-02", "11-03"]',
        '  y-axis "roc_auc" 0 --> 1',
        "  line [0.9, 0.9, 0.4]",
        "  line [0.92, 0.92, 0.92]",
        "```",
      ].join("\n"),
    );
  });
});
