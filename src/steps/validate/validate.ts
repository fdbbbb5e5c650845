import type { SnapshotManifest } from "../../config/contracts/snapshot-manifest.js";
import {
  VALIDATION_KIND,
  VALIDATION_VERSION,
  type ValidationReport,
} from "../../config/contracts/validation-report.js";
import type { Context } from "../../context/context.js";
import { readTable } from "../../data/read-table.js";
import type { CheckResult } from "../../validation/check-result.js";
import { ColumnChecker } from "../../validation/column-checker.js";
import { DatasetChecker, type SplitRole } from "../../validation/dataset-checker.js";
import { driftChecks } from "../../validation/drift-checks.js";
import type { ValidationRules } from "../../validation/rules.js";
import { schemaChecks } from "../../validation/schema-checks.js";
import { snapshotFiles } from "../snapshot/pull-snapshot.js";

export interface ValidateOptions {
  manifest: SnapshotManifest;
  /** Where the snapshot is materialised (see pullSnapshot). */
  dataDir: string;
  rules: ValidationRules;
  /** The snapshot drift is measured against, already resolved (a snapshot id, or the champion's). */
  reference?: { manifest: SnapshotManifest; note: string };
  /** Why there is no reference, when there is none. */
  noReferenceNote?: string;
  now?: number;
}

const roleOrder: Record<SplitRole, number> = { train: 0, data: 1, test: 2 };

/**
 * Runs every rule in one streaming pass over the snapshot: schema, per-column checks, row-spanning checks
 * (uniqueness, label balance, leakage), then drift against the reference's stored profile.
 */
export async function validateSnapshot(
  context: Context,
  options: ValidateOptions,
): Promise<ValidationReport> {
  const { manifest, rules } = options;
  const now = options.now ?? Date.now();
  const columns = manifest.columns;
  const checks: CheckResult[] = [...schemaChecks(rules, columns)];

  const columnCheckers: { index: number; checker: ColumnChecker }[] = [];
  for (const [name, rule] of Object.entries(rules.columns ?? {})) {
    const index = columns.indexOf(name);
    if (index >= 0)
      columnCheckers.push({
        index,
        checker: new ColumnChecker(name, rule, ["validate", "columns", name], now),
      });
  }
  const dataset = new DatasetChecker(rules, columns);
  const paths = snapshotFiles(manifest, options.dataDir);
  const files = [...manifest.files].sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
  let rows = 0;
  await context.group(`Check ${manifest.rows} rows of snapshot ${manifest.id}`, async () => {
    for (const file of files) {
      const path =
        file.role === "data"
          ? paths.data.find((candidate) => candidate.endsWith(file.name))
          : paths[file.role];
      if (!path) continue;
      for await (const batch of readTable(path, file.format)) {
        let rowNumber = batch.firstRowNumber;
        for (const row of batch.rows) {
          for (const { index, checker } of columnCheckers) checker.observe(row[index], rowNumber, file.name);
          dataset.observe(row, rowNumber, file.name, file.role);
          rowNumber++;
        }
        rows += batch.rows.length;
      }
    }
  });
  for (const { checker } of columnCheckers) checks.push(...checker.results());
  checks.push(...dataset.results());

  let referenceNote = options.noReferenceNote ?? "no reference snapshot, so no drift check";
  if (rules.drift && options.reference) {
    checks.push(...driftChecks(manifest.profile, options.reference.manifest.profile, rules.drift));
    referenceNote = options.reference.note;
  } else if (!rules.drift) {
    referenceNote = "no drift rules (validate.drift) configured";
  }

  const failed = checks.filter((check) => check.status === "fail");
  const errors = failed.filter((check) => check.severity === "error").length;
  return {
    kind: VALIDATION_KIND,
    version: VALIDATION_VERSION,
    snapshotId: manifest.id,
    passed: errors === 0,
    errors,
    warnings: failed.length - errors,
    rows,
    checkedAt: new Date(now).toISOString(),
    reference: {
      ...(options.reference ? { snapshotId: options.reference.manifest.id } : {}),
      note: referenceNote,
    },
    checks,
  };
}
