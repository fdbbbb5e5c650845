import { randomUUID } from "node:crypto";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CreateBucketCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { beforeAll, describe, expect, it } from "vitest";
import { runActionBundle } from "../harness/run-action-bundle.js";
import { s3TestEnvironment } from "../harness/s3-test-env.js";

const { env: awsEnv, client: s3 } = s3TestEnvironment();
const bucket = `trainyard-data-${randomUUID().slice(0, 8)}`;

async function project() {
  const dir = await mkdtemp(join(tmpdir(), "trainyard-actions-"));
  await cp(resolve("examples/churn"), dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
});

describe("snapshot-data and validate-data, run from dist/ against S3", () => {
  it("snapshots into S3 once, reuses it, and validates it", async () => {
    const dir = await project();
    const store = `s3://${bucket}/snapshots-store`;
    const first = await runActionBundle("snapshot-data", { store }, { cwd: dir, env: awsEnv });
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    const id = first.outputs["snapshot-id"] as string;
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(Number(first.outputs["bytes-uploaded"])).toBeGreaterThan(100_000);
    expect(first.summary).toContain(`Snapshot \`${id}\``);

    const listed = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: "snapshots-store/" }));
    const keys = (listed.Contents ?? []).map((object) => object.Key);
    expect(keys).toContain(`snapshots-store/snapshots/${id}/manifest.json`);
    expect(keys.filter((key) => key?.includes("/blobs/sha256/"))).toHaveLength(2);

    const again = await runActionBundle("snapshot-data", { store }, { cwd: dir, env: awsEnv });
    expect(again.outputs["snapshot-id"]).toBe(id);
    expect(again.outputs["bytes-uploaded"]).toBe("0");

    const fresh = await project();
    const validated = await runActionBundle(
      "validate-data",
      { store, snapshot: id },
      { cwd: fresh, env: awsEnv },
    );
    expect(validated.exitCode).toBe(0);
    expect(validated.outputs).toMatchObject({ passed: "true", errors: "0" });
    expect(validated.summary).toContain("Data validation ✅ passed");
    const report = JSON.parse(await readFile(validated.outputs["report-path"] as string, "utf8"));
    expect(report).toMatchObject({ kind: "trainyard.validation", version: 1, snapshotId: id, rows: 4000 });
  });

  it("fails on a broken rule with an annotation on its line of trainyard.yml", async () => {
    const dir = await project();
    const config = await readFile(join(dir, "trainyard.yml"), "utf8");
    await writeFile(
      join(dir, "trainyard.yml"),
      config.replace("allowed: [US, GB, DE, FR]", "allowed: [US, GB, DE]"),
    );
    const snap = await runActionBundle("snapshot-data", {}, { cwd: dir });
    const id = snap.outputs["snapshot-id"] as string;
    const result = await runActionBundle("validate-data", { snapshot: id }, { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error title=data validation,file=trainyard\.yml,line=13::column\.country\.allowed: \d+ value\(s\) outside the allowed set/,
    );
    expect(result.outputs).toMatchObject({ passed: "false", errors: "1" });
  });

  it("annotates a typo in trainyard.yml on its line with the suggested key", async () => {
    const dir = await project();
    const config = await readFile(join(dir, "trainyard.yml"), "utf8");
    await writeFile(join(dir, "trainyard.yml"), config.replace("test_fraction: 0.25", "test_fracton: 0.25"));
    const result = await runActionBundle("snapshot-data", {}, { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      '::error title=trainyard.yml,file=trainyard.yml,line=7,col=47::data.split.test_fracton: unknown key; did you mean "test_fraction"?',
    );
  });
});
