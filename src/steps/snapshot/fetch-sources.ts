import { createWriteStream } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Context } from "../../context/context.js";
import { DataError } from "../../data/data-error.js";
import { detectFormat, formatFromExtension } from "../../data/format.js";
import { resolveSources, type SourceFile } from "../../data/resolve-sources.js";
import { openStore } from "../../store/open-store.js";

/**
 * Brings the source onto local disk: local files, folders and globs are used where they are; an
 * `s3://bucket/prefix` is listed and each data file downloaded; an `https://` URL is downloaded. Downloads go to
 * `stagingDir` under temporary names, so an interrupted fetch leaves nothing that looks complete.
 */
export async function fetchSources(
  context: Context,
  spec: string,
  stagingDir: string,
  format?: string,
): Promise<SourceFile[]> {
  if (spec.startsWith("s3://")) return fetchS3(context, spec, stagingDir, format);
  if (spec.startsWith("https://") || spec.startsWith("http://"))
    return fetchUrl(context, spec, stagingDir, format);
  return resolveSources(spec, { cwd: context.workingDirectory, ...(format ? { format } : {}) });
}

async function fetchS3(
  context: Context,
  spec: string,
  stagingDir: string,
  format?: string,
): Promise<SourceFile[]> {
  const store = await openStore(spec, { env: context.env });
  const files: SourceFile[] = [];
  for await (const blob of store.list("")) {
    if (!format && !formatFromExtension(blob.key)) continue;
    const path = join(stagingDir, "source", ...blob.key.split("/"));
    await mkdir(dirname(path), { recursive: true });
    const progress = context.progress(`download ${blob.key}`, blob.size);
    await store.download(blob.key, path, { onProgress: (bytes) => progress.update(bytes) });
    progress.finish();
    files.push({ path, name: blob.key, format: detectFormat(blob.key, format) });
  }
  if (files.length === 0) throw new DataError({ file: spec }, "has no CSV, Parquet or JSON Lines files");
  return files;
}

async function fetchUrl(
  context: Context,
  spec: string,
  stagingDir: string,
  format?: string,
): Promise<SourceFile[]> {
  const url = new URL(spec);
  const name = basename(url.pathname) || "data";
  const fileFormat = detectFormat(name, format);
  const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(10 * 60_000) }).catch(
    (error: unknown) => {
      throw new DataError({ file: spec }, `could not be downloaded: ${(error as Error).message}`);
    },
  );
  if (!response.ok || !response.body) {
    throw new DataError(
      { file: spec },
      `could not be downloaded: HTTP ${response.status} ${response.statusText}`,
    );
  }
  const path = join(stagingDir, "source", name);
  await mkdir(dirname(path), { recursive: true });
  const total = Number(response.headers.get("content-length") ?? 0);
  const progress = context.progress(`download ${name}`, total);
  let bytes = 0;
  const body = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream<Uint8Array>);
  body.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    progress.update(bytes);
  });
  await pipeline(body, createWriteStream(`${path}.partial`));
  await rename(`${path}.partial`, path);
  progress.finish();
  return [{ path, name, format: fileFormat }];
}
