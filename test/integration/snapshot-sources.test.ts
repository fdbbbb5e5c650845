import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateBucketCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TerminalContext } from "../../src/context/terminal-context.js";
import { snapshot } from "../../src/steps/snapshot/snapshot.js";
import { LocalStore } from "../../src/store/local-store.js";
import { s3TestEnvironment } from "../harness/s3-test-env.js";

const { env, client: s3 } = s3TestEnvironment();
const csv = readFileSync("examples/churn/data/customers.csv");
const bucket = `trainyard-src-${randomUUID().slice(0, 8)}`;
const server = createServer((request, response) => {
  if (request.url === "/data/customers.csv") {
    response.writeHead(200, { "content-type": "text/csv", "content-length": csv.length });
    response.end(csv);
  } else {
    response.writeHead(404);
    response.end();
  }
});
let base = "";

beforeAll(async () => {
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: "raw/part 1.csv", Body: csv }));
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: "raw/README.txt", Body: "not data" }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function local() {
  const dir = await mkdtemp(join(tmpdir(), "trainyard-sources-"));
  return {
    dir,
    store: new LocalStore(join(dir, "store")),
    context: new TerminalContext({ workingDirectory: dir, env, write: () => {} }),
  };
}

describe("snapshot sources beyond local files", () => {
  it("reads an s3:// prefix (skipping non-data files) and gives the same id as the local file", async () => {
    const { dir, store, context } = await local();
    const fromS3 = await snapshot(context, { source: `s3://${bucket}/raw`, store });
    expect(fromS3.manifest.source.files.map((file) => file.name)).toEqual(["part 1.csv"]);
    expect(fromS3.rows).toBe(4000);
    const other = await local();
    const fromUrl = await snapshot(other.context, {
      source: `${base}/data/customers.csv`,
      store: other.store,
    });
    expect(fromUrl.rows).toBe(4000);
    expect(fromUrl.manifest.files[0]?.sha256).toBe(fromS3.manifest.files[0]?.sha256);
    expect(dir).not.toBe(other.dir);
  });

  it("says which URL failed and why", async () => {
    const { store, context } = await local();
    await expect(snapshot(context, { source: `${base}/missing.csv`, store })).rejects.toThrow(
      /missing\.csv.*HTTP 404/,
    );
    await expect(snapshot(context, { source: `s3://${bucket}/nothing-here`, store })).rejects.toThrow(
      /nothing-here.*no CSV, Parquet or JSON Lines files/,
    );
  });
});
