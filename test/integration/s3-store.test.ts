import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mapWithConcurrency } from "../../src/store/parallel.js";
import { S3StoreError } from "../../src/store/s3-errors.js";
import { S3Store, type S3StoreOptions } from "../../src/store/s3-store.js";
import { describeBlobStoreContract } from "../contract/blob-store-contract.js";
import { freePort } from "../harness/free-port.js";

const MiB = 1024 * 1024;
const endpoint = inject("s3Endpoint");
// Everything explicit: nothing from this machine's AWS configuration, nothing beyond 127.0.0.1.
const connection = {
  region: "us-east-1",
  forcePathStyle: true,
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
};
const bucket = `trainyard-s3-store-${randomUUID().slice(0, 8)}`;
let scratch: string;
let counter = 0;

function storeAt(prefix: string, options: Partial<S3StoreOptions> = {}): S3Store {
  return new S3Store({ bucket, prefix, endpoint, ...connection, ...options });
}

const sha256File = async (path: string) => {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
};
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "trainyard-s3-store-"));
  const admin = new S3Client({ endpoint, ...connection });
  await admin.send(new CreateBucketCommand({ Bucket: bucket }));
  admin.destroy();
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describeBlobStoreContract("S3Store on moto", async () => storeAt(`contract/${counter++}`));

describe("S3Store", () => {
  it("names itself s3://bucket/prefix", () => {
    expect(storeAt("/a/b/").uri).toBe(`s3://${bucket}/a/b`);
    expect(storeAt("").uri).toBe(`s3://${bucket}`);
  });

  it("relies on a server that enforces If-None-Match: * (moto does)", async () => {
    const store = storeAt("conditional");
    await store.put("k", { body: "first" });
    const overwrite = store.client.send(
      new PutObjectCommand({ Bucket: bucket, Key: "conditional/k", Body: "second", IfNoneMatch: "*" }),
    );
    await expect(overwrite).rejects.toMatchObject({ $metadata: { httpStatusCode: 412 } });
    expect((await store.getBytes("k")).toString()).toBe("first");
  });

  it("uploads a 40 MB file in parts, with progress, and reads it back byte-identical", async () => {
    const source = join(scratch, "large.bin");
    await writeFile(source, randomBytes(40 * MiB + 12_345));
    const size = 40 * MiB + 12_345;
    const store = storeAt("multipart", {
      partSizeBytes: 5 * MiB,
      multipartThresholdBytes: 8 * MiB,
      queueSize: 4,
    });
    const seen: number[] = [];
    const started = performance.now();
    expect(
      await store.putIfAbsent("blobs/large.bin", { path: source }, { onProgress: (n) => seen.push(n) }),
    ).toBe("written");
    const uploadSeconds = (performance.now() - started) / 1000;
    expect(seen.at(-1)).toBe(size);
    expect(seen.length).toBeGreaterThan(8);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const head = await store.client.send(
      new HeadObjectCommand({ Bucket: bucket, Key: "multipart/blobs/large.bin" }),
    );
    expect(head.ETag).toMatch(/-9"?$/); // 8 full parts of 5 MiB and a short last one
    expect(head.ContentLength).toBe(size);

    const destination = join(scratch, "large-back.bin");
    const downloadStarted = performance.now();
    const downloaded: number[] = [];
    await store.download("blobs/large.bin", destination, { onProgress: (n) => downloaded.push(n) });
    const downloadSeconds = (performance.now() - downloadStarted) / 1000;
    expect(downloaded.at(-1)).toBe(size);
    expect(await sha256File(destination)).toBe(await sha256File(source));
    console.log(
      `multipart to moto: upload ${(size / MiB / uploadSeconds).toFixed(1)} MiB/s, ` +
        `download ${(size / MiB / downloadSeconds).toFixed(1)} MiB/s (${(size / MiB).toFixed(1)} MiB)`,
    );
  });

  it("keeps a blob intact under concurrent multipart writers", async () => {
    const store = storeAt("multipart-race", { partSizeBytes: 5 * MiB, multipartThresholdBytes: 5 * MiB });
    const sources = await Promise.all(
      [0, 1, 2].map(async (i) => {
        const path = join(scratch, `race-${i}.bin`);
        const bytes = randomBytes(11 * MiB);
        await writeFile(path, bytes);
        return { path, hash: sha256(bytes) };
      }),
    );
    const results = await Promise.all(sources.map((s) => store.putIfAbsent("blobs/race", { path: s.path })));
    // S3 lets exactly one conditional CompleteMultipartUpload win. moto checks If-None-Match before it
    // assembles the parts rather than atomically with the write, so racing completes may all succeed
    // there; what must hold on both is that the blob is exactly one writer's bytes.
    expect(results).toContain("written");
    const stored = sha256(await store.getBytes("blobs/race"));
    expect(sources.map((s) => s.hash)).toContain(stored);
  });

  it("lists more than 1,000 keys across pages, in order", async () => {
    const store = storeAt("many");
    const keys = Array.from({ length: 1010 }, (_, i) => `k/${String(i).padStart(5, "0")}`);
    await mapWithConcurrency(keys, 16, (key) => store.put(key, { body: "x" }));
    await store.put("other/not-listed", { body: "x" });
    const listed: string[] = [];
    for await (const blob of store.list("k/")) listed.push(blob.key);
    // moto, like S3, answers at most 1,000 keys per ListObjectsV2 page
    expect(listed).toEqual(keys);
  });
});

interface Faults {
  /** Answer 500 to this PUT instead of forwarding it. */
  fail?: (req: IncomingMessage, putNumber: number) => boolean;
  /** Runs before a request is forwarded, holding it back until done. */
  before?: (req: IncomingMessage) => Promise<void>;
}

/** Forwards to moto, but answers 500 to the PUTs that `fail` picks and holds requests back for `before`. */
async function startFaultProxy(target: string, faults: Faults) {
  const upstream = new URL(target);
  const seen: string[] = [];
  let puts = 0;
  const server: Server = createServer(async (req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.method === "PUT" && faults.fail?.(req, ++puts)) {
      req.resume();
      req.on("end", () => {
        res.writeHead(500, { "content-type": "application/xml" });
        res.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code>' +
            "<Message>We encountered an internal error. Please try again.</Message></Error>",
        );
      });
      return;
    }
    req.pause();
    await faults.before?.(req);
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("S3Store through faults", () => {
  it("retries a PUT that fails twice with 500 and succeeds", async () => {
    const proxy = await startFaultProxy(endpoint, { fail: (_req, n) => n <= 2 });
    try {
      const store = new S3Store({
        bucket,
        prefix: "faults",
        endpoint: proxy.url,
        ...connection,
        maxAttempts: 5,
      });
      const source = join(scratch, "retried.bin");
      const bytes = randomBytes(300_000);
      await writeFile(source, bytes);
      expect(await store.putIfAbsent("blobs/retried", { path: source })).toBe("written");
      expect(proxy.seen.filter((line) => line.startsWith("PUT "))).toHaveLength(3);
      expect(sha256(await store.getBytes("blobs/retried"))).toBe(sha256(bytes));
    } finally {
      await proxy.close();
    }
  });

  it("retries failed parts of a multipart upload", async () => {
    let partFailures = 0;
    const proxy = await startFaultProxy(endpoint, {
      fail: (req) => (req.url ?? "").includes("partNumber=2") && partFailures++ < 2,
    });
    try {
      const store = new S3Store({
        bucket,
        prefix: "faults",
        endpoint: proxy.url,
        ...connection,
        partSizeBytes: 5 * MiB,
        multipartThresholdBytes: 5 * MiB,
      });
      const bytes = randomBytes(11 * MiB);
      await store.put("blobs/parts", { body: bytes });
      expect(
        proxy.seen.filter((line) => line.startsWith("PUT ") && line.includes("partNumber=2")),
      ).toHaveLength(3);
      expect(sha256(await store.getBytes("blobs/parts"))).toBe(sha256(bytes));
    } finally {
      await proxy.close();
    }
  });

  it("reports exists when the key appears while its multipart upload is in flight", async () => {
    const direct = storeAt("faults");
    const proxy = await startFaultProxy(endpoint, {
      // Another writer publishes the key just before our CompleteMultipartUpload reaches the server.
      before: async (req) => {
        if (req.method === "POST" && (req.url ?? "").includes("uploadId=")) {
          await direct.put("blobs/contended", { body: "the other writer" });
        }
      },
    });
    try {
      const store = new S3Store({
        bucket,
        prefix: "faults",
        endpoint: proxy.url,
        ...connection,
        partSizeBytes: 5 * MiB,
        multipartThresholdBytes: 5 * MiB,
      });
      expect(await store.putIfAbsent("blobs/contended", { body: randomBytes(6 * MiB) })).toBe("exists");
      expect((await direct.getBytes("blobs/contended")).toString()).toBe("the other writer");
      expect(proxy.seen.some((line) => line.startsWith("DELETE ") && line.includes("uploadId="))).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it("gives up after maxAttempts with a message naming the bucket, key and attempts", async () => {
    const proxy = await startFaultProxy(endpoint, { fail: () => true });
    try {
      const store = new S3Store({
        bucket,
        prefix: "faults",
        endpoint: proxy.url,
        ...connection,
        maxAttempts: 2,
      });
      const failure = store.put("blobs/doomed", { body: "x" });
      await expect(failure).rejects.toBeInstanceOf(S3StoreError);
      await expect(failure).rejects.toThrow(
        `S3 failed while uploading s3://${bucket}/faults/blobs/doomed at ${proxy.url} after 2 attempts: HTTP 500 InternalError`,
      );
    } finally {
      await proxy.close();
    }
  });
});

describe("S3Store errors", () => {
  it("says which bucket does not exist and what to check", async () => {
    const missing = `trainyard-missing-${randomUUID().slice(0, 8)}`;
    const store = new S3Store({ bucket: missing, prefix: "p", endpoint, ...connection });
    const message = `S3 bucket "${missing}" does not exist at ${endpoint}`;
    await expect(store.put("k", { body: "x" })).rejects.toMatchObject({ code: "NoSuchBucket" });
    await expect(store.put("k", { body: "x" })).rejects.toThrow(message);
    await expect(store.put("k", { body: "x" })).rejects.toThrow(/Check the bucket name/);
    await expect(store.exists("k")).rejects.toThrow(message);
    await expect(store.putIfAbsent("k", { body: "x" })).rejects.toThrow(message);
    await expect(store.getBytes("k")).rejects.toThrow(message);
    await expect(store.list("")[Symbol.asyncIterator]().next()).rejects.toThrow(message);
  });

  it("says which endpoint could not be reached", async () => {
    const port = await freePort(); // nothing listens there
    const unreachable = `http://127.0.0.1:${port}`;
    const store = new S3Store({ bucket, prefix: "p", endpoint: unreachable, ...connection, maxAttempts: 2 });
    const failure = store.getBytes("some/key");
    await expect(failure).rejects.toMatchObject({ code: "ECONNREFUSED" });
    await expect(failure).rejects.toThrow(
      `could not reach ${unreachable} while reading s3://${bucket}/p/some/key after 2 attempts: ECONNREFUSED`,
    );
  });
});
