import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { blobKey } from "../../config/contracts/snapshot-manifest.js";
import { hashFile } from "../../data/hash-file.js";
import { listFiles } from "../../data/list-files.js";
import { UserError } from "../../errors/user-error.js";
import type { S3Store } from "../../store/s3-store.js";
import type { RunCommandOptions } from "../command/run-command.js";
import { RAY_LAUNCHER } from "./ray-launcher.js";
import { extractTarGz } from "./tar-extract.js";

/** The longest a presigned URL may live (SigV4); temporary credentials end theirs sooner. */
const MAX_EXPIRY_SECONDS = 7 * 24 * 3600;

/** The files of a folder that may not exist yet (none then). */
const listFilesIfAny = (root: string) => listFiles(root).catch((): string[] => []);

/** What the job's launcher reads (TRAINYARD_RAY_PLAN): presigned URLs only, no path of the runner. */
export interface RayTransferPlan {
  argv: string[];
  inputs: Record<string, { name: string; url: string; root?: boolean }>;
  checkpoint_in: { name: string; url: string }[];
  uploads: { model: string; curves: string; checkpoint: string };
  interval: number;
  env: Record<string, string>;
}

export interface RayTransfer {
  /** runtime_env.env_vars of the job: the plan and the launcher. */
  envVars: Record<string, string>;
  /** Called while the job runs: mirrors a newer checkpoint the job uploaded into TRAINYARD_CHECKPOINT_DIR. */
  poll(): Promise<void>;
  /** After the job: the last checkpoint, the curves and (succeeded) the model into the runner's folders. */
  finish(succeeded: boolean): Promise<string[]>;
}

/**
 * Moves the train contract's files through the S3 store for a Ray cluster that does not share the
 * runner's file system: the snapshot's files are the store's content-addressed blobs (already there after
 * snapshot-data: found, not uploaded again), the params and a restored checkpoint go under
 * `ray-transfer/<job>/`, and the job PUTs model.tar.gz, curves.jsonl and checkpoint.tar.gz there. Every
 * object is a presigned URL, valid for the timeout plus an hour (at most 7 days). `ray-transfer/<job>/` is
 * deleted once fetched.
 */
export async function prepareRayTransfer(
  store: S3Store,
  run: RunCommandOptions,
  jobId: string,
  intervalSeconds: number,
): Promise<RayTransfer> {
  const local = run.env;
  const objectKey = (key: string) => (store.prefix ? `${store.prefix}/${key}` : key);
  const expiresIn = Math.min(MAX_EXPIRY_SECONDS, Math.ceil((run.timeoutMs ?? 3_600_000) / 1000) + 3600);
  const get = (key: string) =>
    getSignedUrl(store.client, new GetObjectCommand({ Bucket: store.bucket, Key: objectKey(key) }), {
      expiresIn,
    });
  // The SDK's default adds a CRC32 of the (empty) request body to a presigned PUT, which S3 would then
  // check against the body the job sends: presign PUTs with checksums only where S3 requires them.
  const config = store.client.config;
  const presigner = new S3Client({
    region: config.region,
    credentials: config.credentials,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle ?? false,
    requestChecksumCalculation: "WHEN_REQUIRED",
  });
  const put = (key: string) =>
    getSignedUrl(presigner, new PutObjectCommand({ Bucket: store.bucket, Key: objectKey(key) }), {
      expiresIn,
    });
  const base = `ray-transfer/${jobId}`;

  const inputs: RayTransferPlan["inputs"] = {};
  for (const variable of ["TRAINYARD_TRAIN_FILE", "TRAINYARD_TEST_FILE"]) {
    const path = local[variable];
    if (!path) continue;
    const key = blobKey((await hashFile(path)).sha256);
    await store.putIfAbsent(key, { path });
    inputs[variable] = { name: basename(path), url: await get(key) };
  }
  if (local.TRAINYARD_PARAMS_FILE) {
    await store.put(`${base}/in/params.json`, { path: local.TRAINYARD_PARAMS_FILE });
    inputs.TRAINYARD_PARAMS_FILE = {
      name: "params.json",
      url: await get(`${base}/in/params.json`),
      root: true,
    };
  }
  const checkpointDir = local.TRAINYARD_CHECKPOINT_DIR;
  const checkpointIn: RayTransferPlan["checkpoint_in"] = [];
  for (const name of checkpointDir ? await listFilesIfAny(checkpointDir) : []) {
    await store.put(`${base}/in/checkpoint/${name}`, { path: join(checkpointDir ?? "", ...name.split("/")) });
    checkpointIn.push({ name, url: await get(`${base}/in/checkpoint/${name}`) });
  }
  const env: Record<string, string> = {};
  for (const name of ["TRAINYARD_SEED", "PYTHONHASHSEED", "TRAINYARD_RUN_ID"]) {
    const value = local[name];
    if (value !== undefined) env[name] = value;
  }
  const plan: RayTransferPlan = {
    argv: run.argv,
    inputs,
    checkpoint_in: checkpointIn,
    uploads: {
      model: await put(`${base}/out/model.tar.gz`),
      curves: await put(`${base}/out/curves.jsonl`),
      checkpoint: await put(`${base}/out/checkpoint.tar.gz`),
    },
    interval: intervalSeconds,
    env,
  };

  let lastCheckpoint: number | undefined;
  let lastPoll = 0;
  const mirrorCheckpoint = async () => {
    if (!checkpointDir) return;
    const info = await store.stat(`${base}/out/checkpoint.tar.gz`);
    if (!info || info.modified === lastCheckpoint) return;
    const incoming = `${checkpointDir}.incoming`;
    await rm(incoming, { recursive: true, force: true });
    const names = await extractTarGz(await store.getStream(`${base}/out/checkpoint.tar.gz`), incoming);
    // File by file, each an atomic rename, so the checkpoint sync never copies half a file.
    for (const name of names) {
      const target = join(checkpointDir, ...name.split("/"));
      await mkdir(dirname(target), { recursive: true });
      await rename(join(incoming, ...name.split("/")), target);
    }
    for (const name of await listFilesIfAny(checkpointDir))
      if (!names.includes(name)) await rm(join(checkpointDir, ...name.split("/")), { force: true });
    await rm(incoming, { recursive: true, force: true });
    lastCheckpoint = info.modified;
  };

  const fetched = async (key: string): Promise<Readable | undefined> =>
    (await store.exists(key)) ? store.getStream(key) : undefined;

  return {
    envVars: { TRAINYARD_RAY_PLAN: JSON.stringify(plan), TRAINYARD_RAY_LAUNCHER: RAY_LAUNCHER },
    async poll() {
      if (Date.now() - lastPoll < intervalSeconds * 1000) return;
      lastPoll = Date.now();
      await mirrorCheckpoint();
    },
    async finish(succeeded) {
      const notes: string[] = [];
      try {
        await mirrorCheckpoint();
        if (local.TRAINYARD_METRICS_FILE && (await store.exists(`${base}/out/curves.jsonl`)))
          await store.download(`${base}/out/curves.jsonl`, local.TRAINYARD_METRICS_FILE);
        if (succeeded && local.TRAINYARD_OUTPUT_DIR) {
          const model = await fetched(`${base}/out/model.tar.gz`);
          if (!model)
            throw new UserError(
              "the Ray job succeeded but its launcher uploaded no model.tar.gz; look at the job's log for an upload error",
            );
          {
            const names = await extractTarGz(model, local.TRAINYARD_OUTPUT_DIR);
            notes.push(
              `fetched the model (${names.length} file(s)) and the curves from ${store.uri}/${base}/out/`,
            );
          }
        }
      } finally {
        for await (const entry of store.list(`${base}/`)) await store.delete(entry.key);
      }
      return notes;
    },
  };
}
