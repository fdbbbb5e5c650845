import type { SloIndicator } from "../policy/slo-policy.js";

/**
 * A shields.io endpoint badge (https://shields.io/badges/endpoint-badge): a repository publishes this JSON
 * at a stable URL and shields.io draws it. Green when every indicator with a target met it, red naming the
 * breached ones, grey when no indicator has a target (or none has data).
 */
export interface EndpointBadge {
  schemaVersion: 1;
  label: string;
  message: string;
  color: "brightgreen" | "red" | "lightgrey";
}

export function sloBadge(indicators: SloIndicator[], label = "SLOs"): EndpointBadge {
  const judged = indicators.filter(
    (indicator) => indicator.status === "met" || indicator.status === "breached",
  );
  const breached = [
    ...new Set(
      indicators.filter((indicator) => indicator.status === "breached").map((indicator) => indicator.id),
    ),
  ];
  if (breached.length > 0)
    return { schemaVersion: 1, label, message: `${breached.join(", ")} breached`, color: "red" };
  if (judged.length === 0) return { schemaVersion: 1, label, message: "no targets", color: "lightgrey" };
  return { schemaVersion: 1, label, message: `${judged.length}/${judged.length} met`, color: "brightgreen" };
}
