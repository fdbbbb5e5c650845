import type { SnapshotManifest } from "../../config/contracts/snapshot-manifest.js";
import { parseValidationChecks, validationChecksKey } from "../../config/contracts/validation-checks.js";
import {
  VALIDATION_KIND,
  VALIDATION_VERSION,
  type ValidationReport,
} from "../../config/contracts/validation-report.js";
import type { Context } from "../../context/context.js";
import type { BlobStore } from "../../store/blob-store.js";
import type { CheckResult } from "../../validation/check-result.js";
import type { SplitRole } from "../../validation/dataset-checker.js";
import { driftChecks } from "../../validation/drift-checks.js";
import type { ValidationRules } from "../../validation/rules.js";
import { schemaChecks } from "../../validation/schema-checks.js";
import { snapshotFiles } from "../snapshot/pull-snapshot.js";
import {
  columnCheckers,
  dataThreads,
  PARALLEL_MIN_BYTES,
  PARQUET_PARALLEL_MIN_BYTES,
  PASS_LAYOUT,
  type PassFile,
  passSummary,
  runTablePass,
} from "../table-pass/table-pass.js";

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
  /** Threads reading the data (default: see dataThreads). */
  threads?: number;
  /** Bytes per part of a file read on its own (tests). */
  partBytes?: number;
  /** The store, where `snapshot-data` may have kept the checks it ran while taking the snapshot. */
  store?: BlobStore;
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

  const paths = snapshotFiles(manifest, options.dataDir);
  const files: PassFile[] = [];
  for (const file of [...manifest.files].sort((a, b) => roleOrder[a.role] - roleOrder[b.role])) {
    const path =
      file.role === "data" ? paths.data.find((candidate) => candidate.endsWith(file.name)) : paths[file.role];
    if (path) files.push({ path, name: file.name, format: file.format, role: file.role });
  }
  const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  const storedKey = validationChecksKey(manifest.id, rules, PASS_LAYOUT);
  const stored =
    options.store && (await options.store.exists(storedKey))
      ? parseValidationChecks((await options.store.getBytes(storedKey)).toString("utf8"), storedKey)
      : undefined;
  let rows: number;
  if (stored) {
    // Checked while the snapshot was taken, in the same pass as its profile: the checkers' states are
    // judged now (max_age depends on the time of checking), the row-spanning results are as they were.
    context.log.info(
      `rows of snapshot ${manifest.id} were checked when it was taken: not reading them again`,
    );
    rows = stored.rows;
    const checkers = columnCheckers({ rules, columns, now });
    checkers.forEach(({ checker }, index) => {
      const state = stored.columns[index];
      if (state?.column !== checker.column)
        throw new Error(`stored checks ${storedKey} do not match the rules`);
      checker.merge(state.state);
      checks.push(...checker.results());
    });
    checks.push(...stored.dataset);
  } else {
    const pass = await context.group(`Check ${manifest.rows} rows of snapshot ${manifest.id}`, () =>
      runTablePass(
        files,
        { columns, profile: false, rules, now },
        {
          threads: dataThreads(
            bytes,
            options.threads,
            files.length > 0 && files.every((file) => file.format === "parquet")
              ? PARQUET_PARALLEL_MIN_BYTES
              : PARALLEL_MIN_BYTES,
          ),
          ...(options.partBytes ? { partBytes: options.partBytes } : {}),
        },
      ),
    );
    context.log.info(passSummary(pass));
    rows = pass.rows;
    for (const checker of pass.columnCheckers ?? []) checks.push(...checker.results());
    checks.push(...(pass.dataset?.results() ?? []));
  }

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
