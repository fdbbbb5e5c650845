import type { SnapshotManifest } from "../config/contracts/snapshot-manifest.js";
import type { ColumnRule, ValidationRules } from "./rules.js";

const MAX_ALLOWED_VALUES = 20;

function margin(min: number, max: number, integer: boolean): [number, number] {
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  const low = min >= 0 && min - pad < 0 ? 0 : min - pad;
  return integer
    ? [Math.floor(low), Math.ceil(max + pad)]
    : [Number(low.toPrecision(6)), Number((max + pad).toPrecision(6))];
}

/**
 * A starting rule set from a snapshot's stored profile, as pandera and TFDV infer schemas: types, null
 * fractions, ranges widened by 10% of the observed range, and allowed values for low-cardinality strings.
 * Meant to be reviewed and tightened by a person, then committed.
 */
export function inferRules(manifest: SnapshotManifest): ValidationRules {
  const columns: Record<string, ColumnRule> = {};
  for (const profile of manifest.profile) {
    const rule: ColumnRule = {};
    const type = profile.type;
    if (
      type === "integer" ||
      type === "number" ||
      type === "string" ||
      type === "boolean" ||
      type === "timestamp"
    )
      rule.type = type;
    const total = profile.count + profile.nullCount;
    const nullFraction = total === 0 ? 0 : profile.nullCount / total;
    rule.max_null_fraction =
      nullFraction === 0 ? 0 : Math.min(1, Number((nullFraction * 1.5).toPrecision(2)));
    if (
      (type === "integer" || type === "number") &&
      typeof profile.min === "number" &&
      typeof profile.max === "number"
    ) {
      [rule.min, rule.max] = margin(profile.min, profile.max, type === "integer");
    }
    const top = profile.topValues as { value: string; count: number }[] | undefined;
    if (type === "string" && top && top.length <= MAX_ALLOWED_VALUES)
      rule.allowed = top.map((entry) => entry.value).sort();
    columns[profile.name] = rule;
  }
  return { columns, rows: { min: Math.floor(manifest.rows / 2) } };
}
