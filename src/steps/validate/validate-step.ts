import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { stringify } from "yaml";
import type { SnapshotManifest } from "../../config/contracts/snapshot-manifest.js";
import { validationChecksKey } from "../../config/contracts/validation-checks.js";
import type { ValidationReport } from "../../config/contracts/validation-report.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import { type Inputs, inputLabel } from "../../inputs/declared-inputs.js";
import { renderValidationMarkdown } from "../../report/validation-markdown.js";
import type { Registry } from "../../tracking/ports.js";
import { inferRules } from "../../validation/infer-rules.js";
import type { ValidationRules } from "../../validation/rules.js";
import { pullSnapshot, readManifest } from "../snapshot/pull-snapshot.js";
import { dataRootOf, loadStepConfig, openStepStore, ruleLocation } from "../step-config.js";
import { PASS_LAYOUT } from "../table-pass/table-pass.js";
import { openStepRegistry, openStepTracking } from "../tracking-config.js";
import { workspacePath } from "../workspace-paths.js";
import { validateSnapshot } from "./validate.js";
import type { VALIDATE_INPUTS } from "./validate-inputs.js";

/** The tag on a model version that names the snapshot it was trained on. */
export const SNAPSHOT_TAG = "trainyard.snapshot.id";

export interface ValidateOutputs {
  passed: boolean;
  errors: number;
  warnings: number;
  "report-path": string;
}

export class ValidationFailedError extends UserError {
  constructor(
    readonly report: ValidationReport,
    /** The step's outputs, which the action still sets (passed: false, the counts, the report). */
    readonly outputs?: ValidateOutputs,
  ) {
    super(
      `data validation failed: ${report.errors} error(s), ${report.warnings} warning(s) in snapshot ${report.snapshotId}`,
    );
    this.name = "ValidationFailedError";
  }
}

export interface ValidateStepDependencies {
  /** Opens the registry that `reference: champion` is resolved through. */
  openRegistry?: () => Promise<Registry>;
  modelName?: string;
}

async function resolveReference(
  context: Context,
  reference: string | undefined,
  dependencies: ValidateStepDependencies,
  load: (id: string) => Promise<SnapshotManifest>,
): Promise<{ reference?: { manifest: SnapshotManifest; note: string }; note?: string }> {
  if (!reference)
    return { note: "no reference snapshot configured (validate.drift.reference), so no drift check" };
  if (reference !== "champion")
    return { reference: { manifest: await load(reference), note: `snapshot ${reference}` } };
  if (!dependencies.openRegistry || !dependencies.modelName) {
    return { note: "reference is the champion, but no model and registry are configured, so no drift check" };
  }
  const registry = await dependencies.openRegistry();
  const champion = await registry.getVersionByAlias(dependencies.modelName, "champion");
  if (!champion) return { note: `model "${dependencies.modelName}" has no champion yet, so no drift check` };
  const id = champion.tags[SNAPSHOT_TAG];
  if (!id)
    return { note: `the champion (version ${champion.version}) records no snapshot, so no drift check` };
  context.log.info(`drift reference: snapshot ${id} of champion version ${champion.version}`);
  return {
    reference: {
      manifest: await load(id),
      note: `snapshot ${id}, which trained champion version ${champion.version}`,
    },
  };
}

/** `trainyard validate --infer`: a starting rule set inferred from the snapshot's profile, as YAML. */
export async function inferRulesStep(
  context: Context,
  inputs: Inputs<typeof VALIDATE_INPUTS>,
  output: string | undefined,
): Promise<{ rules: string }> {
  const config = await loadStepConfig(context, inputs);
  const store = await openStepStore(context, inputs, config);
  const manifest = await readManifest(store, inputs.snapshot);
  const text = stringify({ validate: inferRules(manifest) }, { lineWidth: 0 });
  if (output) await writeFile(resolve(context.workingDirectory, output), text);
  return { rules: text };
}

/** `validate-data`: checks a snapshot against trainyard.yml's `validate:` rules; fails on any error. */
export async function validateStep(
  context: Context,
  inputs: Inputs<typeof VALIDATE_INPUTS>,
  dependencies: ValidateStepDependencies = {},
): Promise<ValidateOutputs> {
  const config = await loadStepConfig(context, inputs);
  const id = inputs.snapshot;
  const store = await openStepStore(context, inputs, config);

  const rules = config?.config.validate as ValidationRules | undefined;
  if (!config) {
    throw new UserError(
      `no trainyard.yml in ${context.workingDirectory}: the rules live in its validate: section (set ${inputLabel(inputs, "config")}, or run \`trainyard validate --infer\` for a starting rule set)`,
    );
  }
  if (!rules) {
    throw new UserError(
      `${config.path} has no validate: section; run \`trainyard validate --infer\` for a starting rule set`,
    );
  }
  const dataDir = join(dataRootOf(context, inputs), id);
  // When snapshot-data checked the rows already (same rules), only the manifest is needed.
  const checked = await store.exists(validationChecksKey(id, rules, PASS_LAYOUT));
  const { manifest } = checked
    ? { manifest: await readManifest(store, id) }
    : await context.group(`Materialise snapshot ${id}`, () => pullSnapshot(context, store, id, dataDir));
  const registryAccess: ValidateStepDependencies = {
    openRegistry: dependencies.openRegistry ?? (() => openStepRegistry(context, inputs, config)),
    ...((dependencies.modelName ?? config?.config.model)
      ? { modelName: dependencies.modelName ?? config?.config.model }
      : {}),
  };
  const reference = await resolveReference(
    context,
    inputs.reference ?? rules.drift?.reference,
    registryAccess,
    (refId) => readManifest(store, refId),
  );
  const report = await validateSnapshot(context, {
    manifest,
    dataDir,
    rules,
    store,
    ...(reference.reference ? { reference: reference.reference } : {}),
    ...(reference.note ? { noReferenceNote: reference.note } : {}),
  });

  const reportPath = resolve(
    context.workingDirectory,
    inputs["report-path"] ?? workspacePath.validationReport(id),
  );
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);

  for (const check of report.checks.filter((candidate) => candidate.status === "fail")) {
    const location = ruleLocation(context, config, check.rulePath);
    const message = `${check.id}: ${check.message} (expected ${check.expected})`;
    const properties = { title: "data validation", ...(location ?? {}) };
    if (check.severity === "error") context.log.error(message, properties);
    else context.log.warning(message, properties);
  }
  await context.appendSummary(renderValidationMarkdown(report));
  const outputs: ValidateOutputs = {
    passed: report.passed,
    errors: report.errors,
    warnings: report.warnings,
    "report-path": reportPath,
  };
  if (!report.passed) {
    await recordValidationFailure(context, inputs, config, id, report);
    throw new ValidationFailedError(report, outputs);
  }
  return outputs;
}

/** Tags of the tracker run that records a failed validation (the SLO M9 counts these). */
export const VALIDATION_RUN_TAGS = {
  kind: "trainyard.kind",
  passed: "trainyard.validation.passed",
  snapshot: "trainyard.snapshot.id",
  errors: "trainyard.validation.errors",
} as const;

/**
 * A failed validation stops the pipeline before training, so nothing else would record it: a small FAILED
 * tracker run in the model's experiment does (tags only), for `trainyard slo`'s M9. Best effort — a
 * tracker that cannot be reached costs a warning, never the validation's own error. Skipped without a
 * model name (no experiment to record in).
 */
async function recordValidationFailure(
  context: Context,
  inputs: Inputs<typeof VALIDATE_INPUTS>,
  config: NonNullable<Awaited<ReturnType<typeof loadStepConfig>>>,
  snapshotId: string,
  report: ValidationReport,
): Promise<void> {
  const experiment = config.config.experiment ?? config.config.model;
  if (!experiment) return;
  try {
    const { tracker } = await openStepTracking(context, inputs, config);
    const experimentId = await tracker.ensureExperiment(experiment);
    const now = Date.now();
    const run = await tracker.createRun({
      experimentId,
      runName: `validate-${snapshotId}`,
      startTime: now,
      tags: {
        "mlflow.runName": `validate-${snapshotId}`,
        [VALIDATION_RUN_TAGS.kind]: "validation",
        [VALIDATION_RUN_TAGS.passed]: "false",
        [VALIDATION_RUN_TAGS.snapshot]: snapshotId,
        [VALIDATION_RUN_TAGS.errors]: String(report.errors),
      },
    });
    await tracker.updateRun(run.runId, { status: "FAILED", endTime: now });
  } catch (error) {
    context.log.warning(`the failed validation was not recorded in the tracker: ${(error as Error).message}`);
  }
}
