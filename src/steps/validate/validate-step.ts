import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { stringify } from "yaml";
import type { SnapshotManifest } from "../../config/contracts/snapshot-manifest.js";
import type { ValidationReport } from "../../config/contracts/validation-report.js";
import type { Context } from "../../context/context.js";
import { UserError } from "../../errors/user-error.js";
import { renderValidationMarkdown } from "../../report/validation-markdown.js";
import type { Registry } from "../../tracking/ports.js";
import { inferRules } from "../../validation/infer-rules.js";
import type { ValidationRules } from "../../validation/rules.js";
import { pullSnapshot, readManifest } from "../snapshot/pull-snapshot.js";
import { dataRootOf, loadStepConfig, openStepStore, ruleLocation } from "../step-config.js";
import { openStepRegistry } from "../tracking-config.js";
import { validateSnapshot } from "./validate.js";

/** The tag on a model version that names the snapshot it was trained on. */
export const SNAPSHOT_TAG = "trainyard.snapshot.id";

export interface ValidateOutputs {
  passed: boolean;
  errors: number;
  warnings: number;
  "report-path": string;
}

export class ValidationFailedError extends UserError {
  constructor(readonly report: ValidationReport) {
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

/** `validate-data`: checks a snapshot against trainyard.yml's `validate:` rules; fails on any error. */
export async function validateStep(
  context: Context,
  dependencies: ValidateStepDependencies = {},
): Promise<ValidateOutputs> {
  const config = await loadStepConfig(context);
  const id = context.getInput("snapshot");
  if (!id)
    throw new Error(
      'no snapshot: set the "snapshot" input (--snapshot <id>) to the snapshot-id of snapshot-data',
    );
  const store = await openStepStore(context, config);

  if (context.getInput("infer") === "true") {
    const manifest = await readManifest(store, id);
    const rules = { validate: inferRules(manifest) };
    const output = context.getInput("output");
    const text = stringify(rules, { lineWidth: 0 });
    if (output) await writeFile(resolve(context.workingDirectory, output), text);
    context.setOutput("rules", text);
    return { passed: true, errors: 0, warnings: 0, "report-path": output ?? "" };
  }

  const rules = config?.config.validate as ValidationRules | undefined;
  if (!config) {
    throw new Error(
      `no trainyard.yml in ${context.workingDirectory}: the rules live in its validate: section (pass --config <path>, or run \`trainyard validate --infer\` for a starting rule set)`,
    );
  }
  if (!rules) {
    throw new Error(
      `${config.path} has no validate: section; run \`trainyard validate --infer\` for a starting rule set`,
    );
  }
  const dataDir = join(dataRootOf(context), id);
  const { manifest } = await context.group(`Materialise snapshot ${id}`, () =>
    pullSnapshot(context, store, id, dataDir),
  );
  const registryAccess: ValidateStepDependencies = {
    openRegistry: dependencies.openRegistry ?? (() => openStepRegistry(context, config)),
    ...((dependencies.modelName ?? config?.config.model)
      ? { modelName: dependencies.modelName ?? config?.config.model }
      : {}),
  };
  const reference = await resolveReference(
    context,
    context.getInput("reference") ?? rules.drift?.reference,
    registryAccess,
    (refId) => readManifest(store, refId),
  );
  const report = await validateSnapshot(context, {
    manifest,
    dataDir,
    rules,
    ...(reference.reference ? { reference: reference.reference } : {}),
    ...(reference.note ? { noReferenceNote: reference.note } : {}),
  });

  const reportPath = resolve(
    context.workingDirectory,
    context.getInput("report-path") ?? join(".trainyard", "reports", `validation-${id}.json`),
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
  for (const [name, value] of Object.entries(outputs)) context.setOutput(name, value);
  if (!report.passed) throw new ValidationFailedError(report);
  return outputs;
}
