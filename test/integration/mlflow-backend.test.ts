import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LocalRegistry } from "../../src/tracking/local/local-registry.js";
import { LocalTracker } from "../../src/tracking/local/local-tracker.js";
import { MlflowError } from "../../src/tracking/mlflow/mlflow-error.js";
import type { RetryEvent } from "../../src/tracking/mlflow/mlflow-http.js";
import { MlflowRegistry } from "../../src/tracking/mlflow/mlflow-registry.js";
import { type MlflowClientOptions, MlflowTracker } from "../../src/tracking/mlflow/mlflow-tracker.js";
import { openTracking } from "../../src/tracking/open-tracking.js";
import type { Metric } from "../../src/tracking/ports.js";
import { describeRegistryContract } from "../contract/registry-contract.js";
import { describeTrackerContract, uniqueName } from "../contract/tracker-contract.js";
import { FaultyProxy } from "../harness/faulty-proxy.js";

const mlflowUri = inject("mlflowUri");

describeTrackerContract("MLflow", async () => new MlflowTracker({ trackingUri: mlflowUri }));
describeRegistryContract("MLflow", async () => ({
  registry: new MlflowRegistry({ trackingUri: mlflowUri }),
  tracker: new MlflowTracker({ trackingUri: mlflowUri }),
}));

/** A request straight to the live server's REST API, bypassing the client under test. */
async function rest(method: "GET" | "POST" | "DELETE", path: string, params: Record<string, unknown> = {}) {
  const isGet = method === "GET";
  const query = isGet
    ? `?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString()}`
    : "";
  const response = await request(`${mlflowUri}${path}${query}`, {
    method,
    ...(!isGet && { headers: { "content-type": "application/json" }, body: JSON.stringify(params) }),
  });
  const text = await response.body.text();
  if (response.statusCode !== 200) throw new Error(`${method} ${path} → ${response.statusCode}: ${text}`);
  // biome-ignore lint/suspicious/noExplicitAny: raw JSON read back in assertions
  return JSON.parse(text) as any;
}
const api = (method: "GET" | "POST" | "DELETE", endpoint: string, params: Record<string, unknown> = {}) =>
  rest(method, `/api/2.0/mlflow/${endpoint}`, params);

async function metricHistory(runId: string, key: string): Promise<Metric[]> {
  const metrics: Metric[] = [];
  let pageToken: string | undefined;
  do {
    const page = await api("GET", "metrics/get-history", {
      run_id: runId,
      metric_key: key,
      max_results: 1000,
      ...(pageToken !== undefined && { page_token: pageToken }),
    });
    metrics.push(...(page.metrics ?? []));
    pageToken = page.next_page_token || undefined;
  } while (pageToken !== undefined);
  return metrics;
}

/** Bytes that differ by `seed`, including every byte value. */
function pattern(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 97 + (i >> 9)) & 0xff;
  return bytes;
}

async function rejection(promise: Promise<unknown>): Promise<MlflowError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MlflowError);
  return error as MlflowError;
}

describe("MLflow backend, read back through the REST API", () => {
  let proxy: FaultyProxy;
  let scratch: string;
  let tracker: MlflowTracker;
  let registry: MlflowRegistry;
  let experimentId: string;
  const fast = { retry: { baseDelayMs: 5, maxDelayMs: 20 } } satisfies Partial<MlflowClientOptions>;
  const throughProxy = (options: Partial<MlflowClientOptions> = {}) =>
    new MlflowTracker({ trackingUri: proxy.url, ...fast, ...options });

  beforeAll(async () => {
    proxy = await FaultyProxy.start(mlflowUri);
    scratch = await mkdtemp(join(tmpdir(), "trainyard-mlflow-backend-"));
    tracker = new MlflowTracker({ trackingUri: mlflowUri });
    registry = new MlflowRegistry({ trackingUri: mlflowUri });
    experimentId = await tracker.ensureExperiment(uniqueName("mlflow-backend"));
  });
  afterAll(async () => {
    await proxy.close();
    await Promise.all([tracker.close(), registry.close()]);
    await rm(scratch, { recursive: true, force: true });
  });

  it("creates an experiment and a run that the server reports as created", async () => {
    const name = uniqueName("experiment");
    const id = await tracker.ensureExperiment(name);
    const { experiment } = await api("GET", "experiments/get-by-name", { experiment_name: name });
    expect(experiment).toMatchObject({ experiment_id: id, name, lifecycle_stage: "active" });

    const startTime = Date.now() - 1000;
    const info = await tracker.createRun({
      experimentId: id,
      runName: "first",
      tags: { "trainyard.commit": "abc123" },
      startTime,
    });
    const { run } = await api("GET", "runs/get", { run_id: info.runId });
    expect(run.info).toMatchObject({
      run_id: info.runId,
      experiment_id: id,
      run_name: "first",
      status: "RUNNING",
      start_time: startTime,
      artifact_uri: info.artifactUri,
    });
    expect(info.artifactUri).toMatch(/^mlflow-artifacts:\//);
    expect(run.data.tags).toContainEqual({ key: "trainyard.commit", value: "abc123" });

    const endTime = Date.now();
    await tracker.updateRun(info.runId, { status: "FINISHED", endTime });
    expect((await api("GET", "runs/get", { run_id: info.runId })).run.info).toMatchObject({
      status: "FINISHED",
      end_time: endTime,
    });
    expect(tracker.runUrl(info)).toBe(`${mlflowUri}/#/experiments/${id}/runs/${info.runId}`);
  });

  it("refuses a deleted experiment with a clear error instead of silently restoring it", async () => {
    const name = uniqueName("deleted");
    const id = await tracker.ensureExperiment(name);
    await api("POST", "experiments/delete", { experiment_id: id });
    const error = await rejection(tracker.ensureExperiment(name));
    expect(error.errorCode).toBe("INVALID_STATE");
    expect(error.message).toContain(`"${name}" (id ${id}) is deleted`);
    expect(error.message).toContain("restore");
  });

  it("one logBatch of 2,500 metrics, 150 params and 150 tags arrives completely, in 3 requests", async () => {
    const client = throughProxy();
    const { runId } = await client.createRun({ experimentId });
    const base = Date.now() - 1_000_000;
    const keys = ["loss", "accuracy", "val/loss", "val/accuracy", "lr"];
    const metrics: Metric[] = keys.flatMap((key, k) =>
      Array.from({ length: 500 }, (_, step) => ({
        key,
        value: (step * (k + 1)) / 7,
        timestamp: base + step,
        step,
      })),
    );
    const params = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`param_${i}`, `value-${i}`]));
    const tags = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [`trainyard.tag_${i}`, `tag-${i}`]),
    );
    proxy.reset();

    await client.logBatch(runId, { metrics, params, tags });

    expect(proxy.count("POST", "/api/2.0/mlflow/runs/log-batch")).toBe(3);
    for (const key of keys) {
      const history = await metricHistory(runId, key);
      expect(history).toHaveLength(500);
      const sent = metrics.filter((m) => m.key === key);
      const byStep = (a: Metric, b: Metric) => a.step - b.step;
      expect([...history].sort(byStep)).toEqual(sent);
    }
    const { run } = await api("GET", "runs/get", { run_id: runId });
    expect(run.data.params).toHaveLength(150);
    expect(
      Object.fromEntries(run.data.params.map((p: { key: string; value: string }) => [p.key, p.value])),
    ).toEqual(params);
    const serverTags = Object.fromEntries(
      run.data.tags.map((t: { key: string; value: string }) => [t.key, t.value]),
    );
    expect(serverTags).toMatchObject(tags);
  });

  it("a training curve of 2,000 points takes two log-batch requests", async () => {
    const client = throughProxy();
    const { runId } = await client.createRun({ experimentId });
    const base = Date.now();
    const curve = Array.from({ length: 2000 }, (_, step) => ({
      key: "train/loss",
      value: 1 / (step + 1),
      timestamp: base + step,
      step,
    }));
    proxy.reset();
    await client.logBatch(runId, { metrics: curve });
    expect(proxy.count("POST", "/api/2.0/mlflow/runs/log-batch")).toBe(2);
    expect(await metricHistory(runId, "train/loss")).toHaveLength(2000);
  });

  it("logs NaN, which JSON cannot carry as a number, and reads it back", async () => {
    const { runId } = await tracker.createRun({ experimentId });
    await tracker.logBatch(runId, {
      metrics: [{ key: "diverged", value: Number.NaN, timestamp: 1, step: 0 }],
    });
    expect((await metricHistory(runId, "diverged"))[0]?.value).toBe("NaN");
    expect((await tracker.getRun(runId)).metrics[0]?.value).toBeNaN();
  });

  describe("artifacts through the artifact proxy", () => {
    const tree: Record<string, Buffer> = {
      MLmodel: Buffer.from("flavors:\n  python_function: {}\n"),
      "weights/model.bin": pattern(5 * 1024 * 1024 + 123, 3),
      "weights/config/params.json": Buffer.from('{"depth": 6}\n'),
      "weights/config/deeper/empty.txt": Buffer.alloc(0),
      "metrics/report with spaces ü.txt": Buffer.from("accuracy 0.93\n"),
    };
    let source: string;

    beforeAll(async () => {
      source = join(scratch, "model-source");
      for (const [path, bytes] of Object.entries(tree)) {
        const parts = path.split("/");
        await mkdir(join(source, ...parts.slice(0, -1)), { recursive: true });
        await writeFile(join(source, ...parts), bytes);
      }
    });

    it("uploads a nested directory with a file of several MB and downloads the same bytes", async () => {
      const info = await tracker.createRun({ experimentId });
      await tracker.uploadArtifactDir(info.runId, source, "model");

      const root = info.artifactUri.replace(/^mlflow-artifacts:\/*/, "");
      const listing = await rest("GET", "/api/2.0/mlflow-artifacts/artifacts", {
        path: `${root}/model/weights`,
      });
      expect(listing.files).toEqual(
        expect.arrayContaining([
          { path: "model.bin", is_dir: false, file_size: tree["weights/model.bin"]?.length },
          { path: "config", is_dir: true },
        ]),
      );
      for (const [path, bytes] of Object.entries(tree)) {
        const encoded = path.split("/").map(encodeURIComponent).join("/");
        const response = await request(
          `${mlflowUri}/api/2.0/mlflow-artifacts/artifacts/${root}/model/${encoded}`,
        );
        expect(response.statusCode, path).toBe(200);
        expect(Buffer.from(await response.body.arrayBuffer()).equals(bytes), path).toBe(true);
      }

      const copy = join(scratch, `copy-${info.runId}`);
      await tracker.downloadArtifacts(info.runId, "model", copy);
      const files = (await readdir(copy, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(copy.length + 1))
        .sort();
      expect(files).toEqual(Object.keys(tree).sort());
      for (const [path, bytes] of Object.entries(tree)) {
        expect((await readFile(join(copy, ...path.split("/")))).equals(bytes), path).toBe(true);
      }
      const single = join(scratch, `single-${info.runId}.bin`);
      await tracker.downloadArtifacts(info.runId, "model/weights/model.bin", single);
      expect((await readFile(single)).equals(tree["weights/model.bin"] as Buffer)).toBe(true);
      expect((await readdir(scratch)).filter((name) => name.includes(".trainyard-tmp-"))).toEqual([]);
    });

    it("fails clearly for a missing artifact", async () => {
      const { runId } = await tracker.createRun({ experimentId });
      const error = await rejection(
        tracker.downloadArtifacts(runId, "nothing/here.txt", join(scratch, "nothing")),
      );
      expect(error.errorCode).toBe("RESOURCE_DOES_NOT_EXIST");
    });

    it("explains that the server must proxy artifacts when a run's artifact URI is not mlflow-artifacts:", async () => {
      const { experiment_id } = await api("POST", "experiments/create", {
        name: uniqueName("direct-artifacts"),
        artifact_location: `file://${join(scratch, "direct")}`,
      });
      const { runId } = await tracker.createRun({ experimentId: experiment_id });
      const error = await tracker
        .uploadArtifact(runId, join(source, "MLmodel"), "MLmodel")
        .catch((e: Error) => e);
      expect(error).toMatchObject({ errorCode: "UNSUPPORTED_ARTIFACT_LOCATION" });
      expect((error as Error).message).toContain("artifact proxying");
    });
  });

  describe("model registry", () => {
    it("registers a version from the run's artifacts and resolves the alias through the REST API", async () => {
      const model = uniqueName("churn");
      const run = await tracker.createRun({ experimentId });
      await registry.ensureRegisteredModel(model, { tags: { "trainyard.owner": "ml" } });
      const source = `${run.artifactUri}/model`;
      const version = await registry.createModelVersion({
        name: model,
        source,
        runId: run.runId,
        tags: { "trainyard.commit": "abc123" },
      });
      expect(version).toMatchObject({ name: model, version: "1", status: "READY", runId: run.runId, source });

      const { model_version } = await api("GET", "model-versions/get", { name: model, version: "1" });
      expect(model_version).toMatchObject({
        name: model,
        version: "1",
        source,
        run_id: run.runId,
        status: "READY",
      });
      expect(model_version.tags).toContainEqual({ key: "trainyard.commit", value: "abc123" });

      await registry.setAlias(model, "champion", "1");
      const resolved = await api("GET", "registered-models/alias", { name: model, alias: "champion" });
      expect(resolved.model_version).toMatchObject({
        version: "1",
        run_id: run.runId,
        aliases: ["champion"],
      });
      const { registered_model } = await api("GET", "registered-models/get", { name: model });
      expect(registered_model.aliases).toEqual([{ alias: "champion", version: "1" }]);
      expect(registered_model.tags).toEqual([{ key: "trainyard.owner", value: "ml" }]);
    });

    it("the server filters model versions by name and run_id together", async () => {
      const model = uniqueName("filtered");
      await registry.ensureRegisteredModel(model);
      const runs = await Promise.all([1, 2, 3].map(() => tracker.createRun({ experimentId })));
      for (const run of runs) {
        await registry.createModelVersion({
          name: model,
          source: `${run.artifactUri}/model`,
          runId: run.runId,
        });
      }
      const target = runs[1]?.runId as string;
      const found = await api("GET", "model-versions/search", {
        filter: `name='${model}' and run_id='${target}'`,
      });
      expect(found.model_versions.map((v: { version: string }) => v.version)).toEqual(["2"]);
      expect((await registry.findModelVersionByRunId(model, target))?.version).toBe("2");
    });

    it("finds versions of models whose names contain quotes", async () => {
      for (const model of [
        `o'brien-${randomBytes(3).toString("hex")}`,
        `say "hi" ${randomBytes(3).toString("hex")}`,
        `it's "both" ${randomBytes(3).toString("hex")}`,
      ]) {
        await registry.ensureRegisteredModel(model);
        const run = await tracker.createRun({ experimentId });
        await registry.createModelVersion({
          name: model,
          source: `${run.artifactUri}/model`,
          runId: run.runId,
        });
        await registry.setAlias(model, "challenger", "1");
        expect((await registry.listModelVersions(model)).map((v) => [v.version, v.aliases])).toEqual([
          ["1", ["challenger"]],
        ]);
        expect((await registry.findModelVersionByRunId(model, run.runId))?.version, model).toBe("1");
      }
    });

    it("a missing alias reads as undefined; MLflow resolves the reserved alias latest itself", async () => {
      const model = uniqueName("alias");
      await registry.ensureRegisteredModel(model);
      const run = await tracker.createRun({ experimentId });
      await registry.createModelVersion({
        name: model,
        source: `${run.artifactUri}/model`,
        runId: run.runId,
      });
      const missing = await request(
        `${mlflowUri}/api/2.0/mlflow/registered-models/alias?${new URLSearchParams({ name: model, alias: "champion" })}`,
      );
      expect(missing.statusCode).toBe(400);
      expect(await missing.body.json()).toMatchObject({ error_code: "INVALID_PARAMETER_VALUE" });
      expect(await registry.getVersionByAlias(model, "champion")).toBeUndefined();
      expect(await registry.getVersionByAlias(uniqueName("absent"), "champion")).toBeUndefined();
      expect((await registry.getVersionByAlias(model, "latest"))?.version).toBe("1");
      const malformed = await rejection(registry.getVersionByAlias(model, "not found"));
      expect(malformed.errorCode).toBe("INVALID_PARAMETER_VALUE");
    });
  });

  describe("retries, timeouts and credentials", () => {
    it("retries a read after two 503s and succeeds", async () => {
      const retries: RetryEvent[] = [];
      const client = throughProxy({ onRetry: (event) => retries.push(event) });
      const { runId } = await tracker.createRun({ experimentId });
      proxy.reset();
      proxy.failFirst("/api/2.0/mlflow/runs/get", 2, { status: 503 });
      expect((await client.getRun(runId)).info.runId).toBe(runId);
      expect(proxy.count("GET", "/api/2.0/mlflow/runs/get")).toBe(3);
      expect(retries.map((r) => [r.attempt, r.error.status])).toEqual([
        [2, 503],
        [3, 503],
      ]);
    });

    it("retries an idempotent write after a 429 and honours Retry-After", async () => {
      const client = throughProxy({ retry: { baseDelayMs: 5, maxDelayMs: 2_000 } });
      const { runId } = await tracker.createRun({ experimentId });
      proxy.reset();
      proxy.failFirst("/api/2.0/mlflow/runs/set-tag", 1, {
        status: 429,
        headers: { "retry-after": "0.3" },
        body: JSON.stringify({ error_code: "REQUEST_LIMIT_EXCEEDED", message: "slow down" }),
      });
      const started = Date.now();
      await client.setTag(runId, "trainyard.stage", "train");
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      expect(proxy.count("POST", "/api/2.0/mlflow/runs/set-tag")).toBe(2);
      expect((await tracker.getRun(runId)).tags["trainyard.stage"]).toBe("train");
    });

    it("retries even a create when the connection was refused, since nothing reached the server", async () => {
      const closed = await FaultyProxy.start(mlflowUri);
      const url = closed.url;
      await closed.close();
      const retries: RetryEvent[] = [];
      const client = new MlflowTracker({
        trackingUri: url,
        retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 10 },
        onRetry: (event) => retries.push(event),
      });
      const error = await rejection(client.createRun({ experimentId }));
      expect(error).toMatchObject({ errorCode: "NETWORK_ERROR", mayHaveTakenEffect: false, attempts: 3 });
      expect(error.message).toContain("ECONNREFUSED");
      expect(error.message).toMatch(/is an MLflow server running at http:\/\/127\.0\.0\.1:\d+\?/);
      expect(retries).toHaveLength(2);
    });

    it("gives up after the bounded number of attempts, and does not retry a 501", async () => {
      const client = throughProxy({ retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 10 } });
      proxy.reset();
      proxy.fault = () => ({ status: 502, body: "<html>bad gateway</html>" });
      const error = await rejection(client.getRun("0".repeat(32)));
      expect(error).toMatchObject({ errorCode: "HTTP_502", status: 502, method: "GET", attempts: 3 });
      expect(error.path).toBe("/api/2.0/mlflow/runs/get");
      expect(error.message).toContain("gave up after 3 attempts");
      expect(proxy.seen).toHaveLength(3);

      proxy.reset();
      proxy.fault = () => ({
        status: 501,
        body: JSON.stringify({ error_code: "NOT_IMPLEMENTED", message: "no" }),
      });
      expect(await rejection(client.getRun("0".repeat(32)))).toMatchObject({
        errorCode: "NOT_IMPLEMENTED",
        attempts: 1,
      });
      expect(proxy.seen).toHaveLength(1);
    });

    it("runs/create that lost its answer is found again by its token, never created twice", async () => {
      const client = throughProxy();
      const count = async () =>
        (await api("POST", "runs/search", { experiment_ids: [experimentId], max_results: 1000 })).runs.length;
      const before = await count();

      // The server created the run but the answer was lost: found by the token tag, not sent again.
      proxy.reset();
      proxy.failFirst("/api/2.0/mlflow/runs/create", 1, "forward-then-reset");
      const found = await client.createRun({ experimentId, tags: { why: "lost answer" } });
      expect(proxy.count("POST", "/api/2.0/mlflow/runs/create")).toBe(1);
      expect((await client.getRun(found.runId)).tags.why).toBe("lost answer");
      expect(await count()).toBe(before + 1);

      // The request never reached the server: sent again once the search shows no such run.
      proxy.reset();
      proxy.failFirst("/api/2.0/mlflow/runs/create", 1, "reset");
      await client.createRun({ experimentId });
      expect(proxy.count("POST", "/api/2.0/mlflow/runs/create")).toBe(2);
      expect(await count()).toBe(before + 2);

      // A 503 that persists gives up after a bounded number of attempts, creating nothing twice.
      proxy.reset();
      proxy.fault = (request) => (request.path.endsWith("/runs/create") ? { status: 503 } : "forward");
      expect(await rejection(client.createRun({ experimentId }))).toMatchObject({ status: 503 });
      expect(proxy.count("POST", "/api/2.0/mlflow/runs/create")).toBe(3);
      expect(await count()).toBe(before + 2);
    });

    it("resolves a create that lost its answer by reading back, for experiments and model versions", async () => {
      const client = throughProxy();
      const name = uniqueName("lost-answer");
      proxy.reset();
      proxy.failFirst("/api/2.0/mlflow/experiments/create", 1, "forward-then-reset");
      const id = await client.ensureExperiment(name);
      expect(proxy.count("POST", "/api/2.0/mlflow/experiments/create")).toBe(1);
      expect(
        (await api("GET", "experiments/get-by-name", { experiment_name: name })).experiment.experiment_id,
      ).toBe(id);

      const registryClient = new MlflowRegistry({ trackingUri: proxy.url, ...fast });
      const model = uniqueName("lost-version");
      await registry.ensureRegisteredModel(model);
      const run = await tracker.createRun({ experimentId });
      proxy.reset();
      proxy.failFirst("/api/2.0/mlflow/model-versions/create", 1, "forward-then-reset");
      const version = await registryClient.createModelVersion({
        name: model,
        source: `${run.artifactUri}/model`,
        runId: run.runId,
      });
      expect(version).toMatchObject({ version: "1", runId: run.runId, status: "READY" });
      expect(proxy.count("POST", "/api/2.0/mlflow/model-versions/create")).toBe(1);
      const all = await api("GET", "model-versions/search", { filter: `name='${model}'` });
      expect(all.model_versions).toHaveLength(1);
    });

    it("times out a request that gets no answer, and retries a read that timed out", async () => {
      const { runId } = await tracker.createRun({ experimentId });
      proxy.reset();
      proxy.fault = (r) => (r.path === "/api/2.0/mlflow/runs/get" ? "hang" : "forward");
      const impatient = throughProxy({ timeoutMs: 300, retry: { maxAttempts: 1 } });
      const started = Date.now();
      const error = await rejection(impatient.getRun(runId));
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(error).toMatchObject({ errorCode: "TIMEOUT", method: "GET", path: "/api/2.0/mlflow/runs/get" });
      expect(error.message).toContain("300 ms");

      proxy.reset();
      proxy.failFirst("/api/2.0/mlflow/runs/get", 1, "hang");
      const patient = throughProxy({ timeoutMs: 300 });
      expect((await patient.getRun(runId)).info.runId).toBe(runId);
      expect(proxy.count("GET", "/api/2.0/mlflow/runs/get")).toBe(2);
    });

    it("sends a token from the environment as Bearer and never puts it in an error", async () => {
      const token = `tok-${randomBytes(12).toString("hex")}`;
      const client = throughProxy({ env: { MLFLOW_TRACKING_TOKEN: token }, retry: { maxAttempts: 1 } });
      proxy.reset();
      const { runId } = await client.createRun({ experimentId });
      expect(proxy.seen[0]?.headers.authorization).toBe(`Bearer ${token}`);

      const messages: string[] = [];
      const collect = async (promise: Promise<unknown>) => {
        const error = await rejection(promise);
        messages.push(error.message, String(error.stack), JSON.stringify(error));
      };
      await collect(client.getRun("f".repeat(32)));
      proxy.fault = () => ({
        status: 401,
        body: JSON.stringify({ error_code: "UNAUTHENTICATED", message: `token ${token} is not valid` }),
      });
      await collect(client.getRun(runId));
      proxy.fault = () => "reset";
      await collect(client.setTag(runId, "k", "v"));
      expect(messages.join("\n")).toContain("UNAUTHENTICATED");
      for (const message of messages) expect(message).not.toContain(token);
    });

    it("prefers username and password (Basic) over a token, and explicit options over the environment", async () => {
      const env = {
        MLFLOW_TRACKING_USERNAME: "ada",
        MLFLOW_TRACKING_PASSWORD: "s3cret-pass",
        MLFLOW_TRACKING_TOKEN: "tok-1234",
      };
      proxy.reset();
      await throughProxy({ env }).ensureExperiment(uniqueName("auth"));
      expect(proxy.seen[0]?.headers.authorization).toBe(
        `Basic ${Buffer.from("ada:s3cret-pass").toString("base64")}`,
      );

      proxy.reset();
      await throughProxy({ env, token: "explicit-token" }).ensureExperiment(uniqueName("auth"));
      expect(proxy.seen[0]?.headers.authorization).toBe("Bearer explicit-token");

      proxy.reset();
      await throughProxy({ env: {} }).ensureExperiment(uniqueName("auth"));
      expect(proxy.seen[0]?.headers.authorization).toBeUndefined();

      proxy.reset();
      const inUri = new MlflowTracker({
        trackingUri: proxy.url.replace("//", "//bob:in-uri-pass@"),
        env: {},
      });
      expect(inUri.uri).toBe(proxy.url);
      await inUri.ensureExperiment(uniqueName("auth"));
      expect(proxy.seen[0]?.headers.authorization).toBe(
        `Basic ${Buffer.from("bob:in-uri-pass").toString("base64")}`,
      );
    });
  });
});

describe("openTracking", () => {
  it("chooses MLflow for http(s) URIs and the local directory backend otherwise", () => {
    const mlflow = openTracking({ uri: `${mlflowUri}/`, env: {} });
    expect(mlflow.tracker).toBeInstanceOf(MlflowTracker);
    expect(mlflow.registry).toBeInstanceOf(MlflowRegistry);
    expect(mlflow.tracker.uri).toBe(mlflowUri);

    const cwd = join(tmpdir(), "trainyard-open-tracking");
    const byDefault = openTracking({ uri: "", env: {}, cwd });
    expect(byDefault.tracker).toBeInstanceOf(LocalTracker);
    expect(byDefault.registry).toBeInstanceOf(LocalRegistry);
    expect((byDefault.tracker as LocalTracker).root).toBe(join(cwd, ".trainyard", "tracking"));
    expect((openTracking({ uri: "runs", cwd }).tracker as LocalTracker).root).toBe(join(cwd, "runs"));
    expect((openTracking({ uri: "file:///srv/tracking" }).registry as LocalRegistry).root).toBe(
      "/srv/tracking",
    );
    expect(() => openTracking({ uri: "databricks://profile" })).toThrow(/unsupported tracking URI/);
  });

  it("keeps credentials written into the URI out of the tracker's uri", () => {
    const { tracker } = openTracking({ uri: "https://ada:pa55word@mlflow.example.com/prefix/", env: {} });
    expect(tracker.uri).toBe("https://mlflow.example.com/prefix");
  });
});
