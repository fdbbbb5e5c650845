import { describe, expect, it } from "vitest";
import type { SnapshotManifest } from "../../../src/config/contracts/snapshot-manifest.js";
import { snapshotDataset } from "../../../src/serving/lineage-hooks.js";
import { parseModelRef } from "../../../src/serving/serve-check.js";

describe("serve-check's model reference", () => {
  it("reads name, name@alias and name/version; a bare name is the champion", () => {
    expect(parseModelRef("churn")).toEqual({ model: "churn", alias: "champion" });
    expect(parseModelRef("churn@challenger")).toEqual({ model: "churn", alias: "challenger" });
    expect(parseModelRef("churn/7")).toEqual({ model: "churn", version: "7" });
  });
});

describe("the snapshot as an MLflow dataset", () => {
  const manifest = {
    id: "0123456789abcdef",
    createdAt: "2026-01-01T00:00:00Z",
    columns: ["age", "plan", "churned"],
    rows: 10,
    split: { strategy: "random", trainRows: 8, testRows: 2 },
    profile: [
      {
        name: "age",
        type: "integer",
        count: 10,
        nullCount: 1,
        invalidCount: 0,
        distinctCapped: false,
        mean: 40,
      },
      { name: "plan", type: "string", count: 10, nullCount: 0, invalidCount: 0, distinctCapped: false },
      { name: "churned", type: "integer", count: 10, nullCount: 0, invalidCount: 0, distinctCapped: false },
    ],
  } as unknown as SnapshotManifest;

  it("has the snapshot id as digest, the manifest as source, MLflow's colspec schema and a profile", () => {
    const dataset = snapshotDataset(manifest, "s3://bucket/trainyard/", "training");
    expect(dataset).toMatchObject({
      name: "snapshot-0123456789abcdef",
      digest: "0123456789abcdef",
      sourceType: "s3",
    });
    expect(JSON.parse(dataset.source)).toEqual({
      uri: "s3://bucket/trainyard/snapshots/0123456789abcdef/manifest.json",
    });
    expect(JSON.parse(dataset.schema as string).mlflow_colspec).toEqual([
      { type: "double", name: "age", required: false },
      { type: "string", name: "plan", required: true },
      { type: "long", name: "churned", required: true },
    ]);
    expect(JSON.parse(dataset.profile as string)).toMatchObject({
      num_rows: 10,
      train_rows: 8,
      test_rows: 2,
    });
    expect(snapshotDataset(manifest, "/work/store", "evaluation").sourceType).toBe("local");
  });
});
