import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { CreateBucketCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { describe, expect, inject, it } from "vitest";
import { parseLineage } from "../../src/config/contracts/lineage.js";
import { openTracking } from "../../src/tracking/open-tracking.js";
import { s3TestEnvironment } from "../harness/s3-test-env.js";
import { venvPython } from "../harness/test-servers.js";

const run = promisify(execFile);
const CLI = resolve("dist/cli/index.js");
const VENV_BIN = dirname(venvPython());

describe("the scikit-learn example through trainyard run, against live MLflow and S3", () => {
  it("trains, evaluates, registers and promotes; the run, the version and its aliases read back", async () => {
    const { env: s3Env, client: s3, endpoint } = s3TestEnvironment();
    const bucket = `sklearn-${randomUUID().slice(0, 8)}`;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const model = `churn-sklearn-${randomUUID().slice(0, 8)}`;
    const dir = join(await mkdtemp(join(tmpdir(), "sklearn-")), "churn");
    await cp(resolve("examples/churn"), dir, { recursive: true });
    await rm(join(dir, "trainers", "python", "__pycache__"), { recursive: true, force: true });
    const config = (await readFile(join(dir, "trainyard.yml"), "utf8"))
      .replace("model: churn-classifier", `model: ${model}`)
      .replace("command: node trainers/node/train.mjs", "command: python trainers/python/train.py")
      .replace(
        "params: { learning_rate: 0.5, epochs: 200, l2: 0.001 }",
        "params: { max_iter: 60, max_depth: 3 }",
      )
      .replace(
        "predict_command: node trainers/node/predict.mjs",
        "predict_command: python trainers/python/predict.py",
      )
      // The limit is the predict command's wall time, interpreter start included: importing scikit-learn
      // alone takes 0.85 s on an idle 2-core machine and over 2 s while the rest of the suite runs, which
      // on ~1,000 test rows is over the example's 2,000 ms per 1,000 rows (a CI run was rejected for it).
      .replace("predict_ms_per_1k_rows: 2000", "predict_ms_per_1k_rows: 30000");
    expect(config).toContain("python trainers/python/train.py");
    expect(config).toContain("predict_ms_per_1k_rows: 30000");
    await writeFile(
      join(dir, "trainyard.yml"),
      `${config}\nstore: { uri: "s3://${bucket}/trainyard", endpoint: "${endpoint}" }\n`,
    );

    const uri = inject("mlflowUri");
    const { stdout, stderr } = await run(
      process.execPath,
      [CLI, "run", "--tracking-uri", uri, "--approved-by", "ci-reviewer", "--bootstrap", "300", "--json"],
      {
        cwd: dir,
        env: { ...process.env, ...s3Env, PATH: `${VENV_BIN}${delimiter}${process.env.PATH ?? ""}` },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const outputs = JSON.parse(stdout);
    expect(outputs, `the pipeline's outputs and log:\n${stdout}\n${stderr}`).toMatchObject({
      decision: "promote",
      promoted: true,
      version: "1",
    });

    const { tracker, registry } = openTracking({ uri, env: {} });
    const recorded = await tracker.getRun(outputs["run-id"]);
    expect(recorded.info.status).toBe("FINISHED");
    expect(recorded.params).toMatchObject({ max_iter: "60", max_depth: "3", "trainyard.seed": "42" });
    expect(recorded.tags["trainyard.command"]).toBe("python trainers/python/train.py");
    expect(recorded.tags["trainyard.env.python"]).toMatch(/^3\./);
    expect(recorded.tags["trainyard.lockfile.trainers/python/requirements.txt"]).toMatch(/^[0-9a-f]{64}$/);
    expect(recorded.metrics.find((metric) => metric.key === "test_roc_auc")?.value).toBeGreaterThan(0.7);
    expect(recorded.metrics.find((metric) => metric.key === "train_log_loss")).toBeDefined();
    const artifacts = (await tracker.listArtifacts(outputs["run-id"], "model")).map((entry) => entry.path);
    expect(artifacts).toEqual(expect.arrayContaining(["model/model.pkl", "model/model.json"]));
    const lineageFile = join(dir, "lineage-readback.json");
    await tracker.downloadArtifacts(outputs["run-id"], "lineage.json", lineageFile);
    const lineage = parseLineage(await readFile(lineageFile, "utf8"), lineageFile);
    expect(lineage.data.snapshotId).toBe(recorded.tags["trainyard.snapshot.id"]);

    const champion = await registry.getVersionByAlias(model, "champion");
    expect(champion?.version).toBe("1");
    expect(champion?.aliases.sort()).toEqual(["challenger", "champion"]);
    expect(champion?.runId).toBe(outputs["run-id"]);
    expect(champion?.tags).toMatchObject({
      "trainyard.approved_by": "ci-reviewer",
      "trainyard.decision": "promote",
      "trainyard.snapshot.id": lineage.data.snapshotId,
    });

    const listed = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: "trainyard/snapshots/" }),
    );
    expect(listed.Contents?.map((object) => object.Key)).toContain(
      `trainyard/snapshots/${lineage.data.snapshotId}/manifest.json`,
    );
  }, 180_000);
});
