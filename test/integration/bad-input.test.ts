// The bad-input corpus (test/bad-input/corpus.ts) run through the real CLI bundle: for each case, the exit
// code and the message the user needs, then everything that must not have happened: a half-written file,
// a manifest without its blobs, a run left RUNNING, a file written outside the work folder, the planted
// MLflow token anywhere. Each case's result goes to .cache/reliability/bad-input.json for docs/reliability.md.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  type BadInputCase,
  type CaseContext,
  type CliResult,
  corpus,
  PLANTED_TOKEN,
} from "../bad-input/corpus.js";
import { type ReliabilityRow, writeReliability } from "../harness/reliability-log.js";
import { s3TestEnvironment } from "../harness/s3-test-env.js";

const CLI = resolve("dist/cli/index.js");
const CASES = resolve("test/bad-input/cases");
const TRAINER = resolve("test/bad-input/trainer");
const { env: awsEnv, client: s3 } = s3TestEnvironment();
const bucket = `trainyard-bad-input-${randomBytes(4).toString("hex")}`;
const mlflowUri = inject("mlflowUri");
const results = new Map<string, ReliabilityRow>();

beforeAll(async () => {
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
});

afterAll(async () => {
  // Only a run of the whole corpus replaces the recorded results (a `-t` filter leaves them as they were).
  if (results.size < corpus.length) return;
  await writeReliability(
    "bad-input",
    corpus.flatMap((entry) => results.get(entry.name) ?? []),
  );
});

function run(args: string[], cwd: string, env: Record<string, string>): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd, env, timeout: 45_000, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        const code = (error as (Error & { code?: unknown }) | null)?.code;
        done({ exitCode: error ? (typeof code === "number" ? code : null) : 0, stdout, stderr });
      },
    );
  });
}

function substitute(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{([A-Z0-9_]+)\}\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`unknown placeholder ${whole}`);
    return value;
  });
}

/** Every file under `dir`, as paths relative to it (`.git` and `node_modules` skipped). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => !/(^|\/)(\.git|node_modules)\//.test(path));
}

async function fillPlaceholders(work: string, vars: Record<string, string>) {
  for (const path of await filesUnder(work)) {
    const file = join(work, path);
    const text = await readFile(file, "utf8");
    if (text.includes("{{")) await writeFile(file, substitute(text, vars));
  }
}

const HALF_WRITTEN = /(\.trainyard-tmp-[0-9a-f-]{36}|\.partial-\d+|\.tmp-[0-9a-f-]{36}|\.tmp)$/;

/** What the work folder shows was lost or left half-written. `before` are the files the case brought. */
async function inspectWork(root: string, work: string, before: Set<string>): Promise<string[]> {
  const problems: string[] = [];
  const outside = (await readdir(root)).filter((name) => name !== "work" && name !== "fresh");
  if (outside.length > 0) problems.push(`written outside the work folder: ${outside.join(", ")}`);
  const files = await filesUnder(work);
  for (const path of files) if (HALF_WRITTEN.test(path)) problems.push(`half-written file ${path}`);
  for (const path of files) {
    const manifest = /^(.*)snapshots\/([0-9a-f]{16})\/manifest\.json$/.exec(path);
    if (!manifest || before.has(path)) continue;
    const storeRoot = join(work, manifest[1] ?? "");
    const parsed = JSON.parse(await readFile(join(work, path), "utf8")) as {
      files: { name: string; sha256: string; bytes: number }[];
    };
    for (const file of parsed.files) {
      const blob = await stat(join(storeRoot, "blobs", "sha256", file.sha256)).catch(() => undefined);
      if (blob?.size !== file.bytes)
        problems.push(
          `snapshot ${manifest[2]}: ${file.name}'s blob is ${blob ? "the wrong size" : "missing"}`,
        );
    }
  }
  for (const path of files) {
    if (!/^\.trainyard\/tracking\/experiments\/[^/]+\/runs\/[^/]+\/run\.json$/.test(path)) continue;
    const info = JSON.parse(await readFile(join(work, path), "utf8")) as { runId: string; status: string };
    if (info.status === "RUNNING") problems.push(`local run ${info.runId} left RUNNING`);
  }
  return problems;
}

/** A manifest in the S3 bucket without its blobs. */
async function inspectBucket(): Promise<string[]> {
  const problems: string[] = [];
  const keys = new Map<string, number>();
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    for (const object of page.Contents ?? []) keys.set(object.Key ?? "", object.Size ?? -1);
    token = page.NextContinuationToken;
  } while (token);
  for (const key of keys.keys()) {
    const manifest = /^(.*)snapshots\/([0-9a-f]{16})\/manifest\.json$/.exec(key);
    if (!manifest) continue;
    const body = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const parsed = JSON.parse((await body.Body?.transformToString()) ?? "{}") as {
      files: { name: string; sha256: string; bytes: number }[];
    };
    for (const file of parsed.files)
      if (keys.get(`${manifest[1]}blobs/sha256/${file.sha256}`) !== file.bytes)
        problems.push(`s3 snapshot ${manifest[2]}: ${file.name}'s blob is missing or the wrong size`);
  }
  if ([...keys.keys()].some((key) => HALF_WRITTEN.test(key))) problems.push("a half-written object in S3");
  return problems;
}

async function mlflow(path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${mlflowUri}${path}`, {
    method: body ? "POST" : "GET",
    headers: body ? { "content-type": "application/json" } : {},
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`MLflow ${path}: ${response.status} ${await response.text()}`);
  return path.startsWith("/get-artifact") ? response.text() : response.json();
}

interface MlflowRun {
  info: { run_id: string; status: string };
}

/** Everything MLflow holds for the model's experiment: runs (params, tags, metrics), artifacts, versions. */
async function mlflowRecords(model: string): Promise<{ where: string; text: string; status?: string }[]> {
  const records: { where: string; text: string; status?: string }[] = [];
  const found = (await mlflow(
    `/api/2.0/mlflow/experiments/get-by-name?experiment_name=${encodeURIComponent(model)}`,
  ).catch((error: Error) => {
    if (/RESOURCE_DOES_NOT_EXIST/.test(error.message)) return undefined;
    throw error;
  })) as { experiment: { experiment_id: string } } | undefined;
  const search = found
    ? ((await mlflow("/api/2.0/mlflow/runs/search", {
        experiment_ids: [found.experiment.experiment_id],
        max_results: 1000,
      })) as { runs?: MlflowRun[] })
    : {};
  for (const runRecord of search.runs ?? []) {
    const id = runRecord.info.run_id;
    records.push({
      where: `MLflow run ${id}`,
      text: JSON.stringify(runRecord),
      status: runRecord.info.status,
    });
    const walk = async (path: string): Promise<void> => {
      const listing = (await mlflow(
        `/api/2.0/mlflow/artifacts/list?run_id=${id}${path ? `&path=${encodeURIComponent(path)}` : ""}`,
      )) as { files?: { path: string; is_dir: boolean }[] };
      for (const file of listing.files ?? []) {
        if (file.is_dir) await walk(file.path);
        else
          records.push({
            where: `MLflow artifact ${file.path} of run ${id}`,
            text: (await mlflow(
              `/get-artifact?run_id=${id}&path=${encodeURIComponent(file.path)}`,
            )) as string,
          });
      }
    };
    await walk("");
  }
  const versions = await mlflow(
    `/api/2.0/mlflow/model-versions/search?filter=${encodeURIComponent(`name='${model}'`)}`,
  );
  records.push({ where: `MLflow model versions of ${model}`, text: JSON.stringify(versions) });
  const models = await mlflow(
    `/api/2.0/mlflow/registered-models/search?filter=${encodeURIComponent(`name LIKE '%${model}%'`)}`,
  );
  records.push({ where: "MLflow registered models", text: JSON.stringify(models) });
  return records;
}

/** Where the planted token appears: the output, any file of the work folder, anything in MLflow. */
async function tokenSweep(work: string, result: CliResult, model: string | undefined): Promise<string[]> {
  const places: string[] = [];
  if (result.stdout.includes(PLANTED_TOKEN)) places.push("stdout");
  result.stderr.split("\n").forEach((line, index) => {
    if (line.includes(PLANTED_TOKEN)) places.push(`stderr line ${index + 1}`);
  });
  for (const path of await filesUnder(work))
    if ((await readFile(join(work, path))).includes(PLANTED_TOKEN)) places.push(path);
  if (model)
    for (const record of await mlflowRecords(model))
      if (record.text.includes(PLANTED_TOKEN)) places.push(record.where);
  return places.length > 0 ? [`the planted token appears in ${places.join(", ")}`] : [];
}

/**
 * The line of the output the expected message is on, or, when it is missing, the first line of stderr: what
 * the user saw. Temporary paths, run ids and the token are replaced, so the report does not change between runs.
 */
function messageLine(result: CliResult, message: RegExp, vars: Record<string, string>): string {
  const output = `${result.stdout}\n${result.stderr}`;
  const match = message.exec(output);
  const line = match
    ? output.slice(output.lastIndexOf("\n", match.index) + 1).split("\n")[0]
    : result.stderr.split("\n").find((text) => text.trim() !== "");
  return normalise(line?.trim() ?? "(nothing)", vars);
}

function normalise(text: string, vars: Record<string, string>): string {
  const replace = (from: string | undefined, to: string) => (value: string) =>
    from ? value.split(from).join(to) : value;
  return [
    replace(`file://${vars.WORK}`, "file://<work>"),
    replace(`${vars.WORK}/`, ""),
    replace(vars.WORK, "."),
    replace(vars.ROOT, "<tmp>"),
    replace(vars.MLFLOW_URI, "<mlflow>"),
    replace(vars.UNIQUE, "<unique>"),
    replace(PLANTED_TOKEN, "<token>"),
    (value: string) => value.replace(/\b[0-9a-f]{32}\b/g, "<run>"),
  ].reduce((value, step) => step(value), text);
}

async function runCase(entry: BadInputCase, root: string): Promise<void> {
  const work = join(root, "work");
  await mkdir(work);
  if (entry.base) await cp(resolve(entry.base), work, { recursive: true });
  if (entry.trainer) await cp(TRAINER, work, { recursive: true });
  await cp(join(CASES, entry.name), work, { recursive: true });
  const vars = {
    ROOT: root,
    WORK: work,
    UNIQUE: randomBytes(4).toString("hex"),
    BUCKET: bucket,
    S3_ENDPOINT: awsEnv.AWS_ENDPOINT_URL_S3,
    MLFLOW_URI: mlflowUri,
    TOKEN: PLANTED_TOKEN,
  };
  await fillPlaceholders(work, vars);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    MLFLOW_TRACKING_URI: "",
    ...(entry.s3 ? awsEnv : {}),
    ...Object.fromEntries(
      Object.entries(entry.env ?? {}).map(([key, value]) => [key, substitute(value, vars)]),
    ),
  };
  const context: CaseContext = {
    work,
    root,
    vars,
    s3,
    cli: (args, options) => run(args, options?.cwd ?? work, env),
  };
  await entry.prepare?.(context);
  const before = new Set(await filesUnder(work));
  for (const args of entry.before ?? []) {
    const setup = await run(args, work, env);
    expect(setup.exitCode, `setup \`${args.join(" ")}\` failed:\n${setup.stderr}`).toBe(0);
  }
  const result = await run(
    entry.command.map((arg) => substitute(arg, vars)),
    work,
    env,
  );
  const output = `${result.stdout}\n${result.stderr}`;
  const model = entry.mlflowModel ? substitute(entry.mlflowModel, vars) : undefined;

  const lost = [
    ...(await inspectWork(root, work, before)),
    ...(entry.s3 ? await inspectBucket() : []),
    ...(env.MLFLOW_TRACKING_TOKEN ? await tokenSweep(work, result, model) : []),
    ...(model
      ? (await mlflowRecords(model))
          .filter((record) => record.status === "RUNNING")
          .map((record) => `${record.where} left RUNNING`)
      : []),
    ...((await entry.verify?.(context, result)) ?? []),
  ];
  const shown = messageLine(result, entry.expect.message, vars);
  results.set(entry.name, {
    name: entry.name,
    tried: entry.description,
    outcome:
      `exit ${result.exitCode}: ${shown}` +
      (entry.knownBug ? ` (known bug, reported: ${entry.knownBug.summary})` : ""),
    lost: lost.length > 0 ? normalise(lost.join("; "), vars) : "nothing",
  });

  const shownOutput = `(in ${work})\n--- stdout\n${result.stdout.slice(-4000)}\n--- stderr\n${result.stderr.slice(-4000)}`;
  expect(result.exitCode, `exit code ${shownOutput}`).toBe(entry.expect.exitCode);
  expect(output, `the message ${shownOutput}`).toMatch(entry.expect.message);
  for (const pattern of entry.expect.alsoInOutput ?? []) expect(output, "alsoInOutput").toMatch(pattern);
  for (const pattern of entry.expect.notInOutput ?? []) expect(output, "notInOutput").not.toMatch(pattern);
  if (lost.length > 0) throw new Error(`lost: ${lost.join("; ")}`);
}

describe.concurrent("bad input: each case gets the message it needs and loses nothing", () => {
  for (const entry of corpus) {
    const title = entry.knownBug ? `${entry.name} [known bug: ${entry.knownBug.summary}]` : entry.name;
    it(title, async () => {
      // The case's folders stay for a look when the test fails.
      const root = await mkdtemp(join(tmpdir(), `trainyard-bad-input-${entry.name}-`));
      if (!entry.knownBug) await runCase(entry, root);
      else {
        // A reported bug: the case must still fail, and for that reason; once fixed, drop `knownBug`.
        const failure = await runCase(entry, root).then(
          () => undefined,
          (error: unknown) => error as Error,
        );
        expect(failure, `${entry.name} passes now: remove its knownBug`).toBeInstanceOf(Error);
        expect(failure?.message).toMatch(entry.knownBug.symptom);
      }
      await rm(root, { recursive: true, force: true });
    });
  }
});
