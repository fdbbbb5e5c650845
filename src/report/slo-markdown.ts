import { formatMeasure } from "../policy/format-number.js";
import type { SloIndicator } from "../policy/slo-policy.js";
import { cell, escapeMarkdown, table } from "./markdown.js";

const STATUS: Record<SloIndicator["status"], string> = {
  met: "✅ met",
  breached: "❌ breached",
  "no target": "➖ no target",
  "no data": "➖ no data",
};

/** The SLO table of `trainyard slo`: each indicator, its value, what it rests on, the target and its status. */
export function renderSloMarkdown(model: string, window: string, indicators: SloIndicator[]): string {
  const breached = indicators.filter((indicator) => indicator.status === "breached");
  return [
    `### trainyard SLOs: ${escapeMarkdown(model)} (last ${escapeMarkdown(window)})`,
    "",
    breached.length
      ? `**${breached.length} breached:** ${breached.map((indicator) => `${indicator.id} ${escapeMarkdown(indicator.name)}`).join(", ")}`
      : "**Every target met.**",
    "",
    table(
      ["", "indicator", "value", "from", "target", "status"],
      indicators.map((indicator) => [
        indicator.id,
        cell(indicator.name),
        indicator.value === null ? "—" : `${formatMeasure(indicator.value)} ${cell(indicator.unit)}`,
        cell(indicator.basis),
        cell(indicator.target ?? "—"),
        STATUS[indicator.status],
      ]),
    ),
    "",
  ].join("\n");
}
