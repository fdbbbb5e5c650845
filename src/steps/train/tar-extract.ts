import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { UserError } from "../../errors/user-error.js";

const BLOCK = 512;

/** A member's name, or undefined when it would leave the destination (absolute, `..`). */
function safeName(name: string): string | undefined {
  const trimmed = name.replace(/^(\.\/)+/, "").replace(/\/+$/, "");
  if (trimmed === "" || trimmed.startsWith("/") || trimmed.includes("\\")) return undefined;
  if (trimmed.split("/").some((part) => part === ".." || part === "")) return undefined;
  return trimmed;
}

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString("utf8");
}

function octal(header: Buffer, offset: number, length: number): number {
  const text = field(header, offset, length).trim();
  return text === "" ? 0 : Number.parseInt(text, 8);
}

/** The `path` record of a pax extended header. */
function paxPath(data: Buffer): string | undefined {
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number.parseInt(data.subarray(at, space).toString("utf8"), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, at + length - 1).toString("utf8");
    const equals = record.indexOf("=");
    if (record.slice(0, equals) === "path") return record.slice(equals + 1);
    at += length;
  }
  return undefined;
}

/**
 * Extracts a gzipped tar stream (SageMaker's model.tar.gz / output.tar.gz: ustar, GNU or pax) into
 * `destination`, streaming each regular file to disk under a temporary name. `select` picks the members
 * to keep (all when absent). Links, devices and names that would leave the folder are skipped, never
 * followed. Returns the names written.
 */
export async function extractTarGz(
  source: Readable,
  destination: string,
  select?: (name: string) => boolean,
): Promise<string[]> {
  const root = resolve(destination);
  const written: string[] = [];
  let buffer: Buffer = Buffer.alloc(0);
  let longName: string | undefined;
  // The member being read: its remaining bytes, padding, and where they go.
  let remaining = 0;
  let padding = 0;
  let sink: { write: (chunk: Buffer) => Promise<void> | undefined; end: () => Promise<void> } | undefined;
  let ended = false;

  const open = async (kind: string, name: string, size: number) => {
    remaining = size;
    padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (kind === "L" || kind === "x") {
      const parts: Buffer[] = [];
      sink = {
        write: (chunk) => {
          parts.push(chunk);
          return undefined;
        },
        end: async () => {
          const data = Buffer.concat(parts);
          longName = kind === "L" ? field(data, 0, data.length) : (paxPath(data) ?? longName);
        },
      };
      return;
    }
    const path = kind === "0" || kind === "\0" || kind === "" || kind === "7" ? safeName(name) : undefined;
    if (path === undefined || (select && !select(path))) {
      sink = { write: () => undefined, end: async () => undefined };
      return;
    }
    const target = join(root, ...path.split("/"));
    if (!target.startsWith(`${root}${sep}`))
      throw new UserError(`the archive's member ${name} leaves the folder`);
    await mkdir(dirname(target), { recursive: true });
    const partial = `${target}.partial-${process.pid}`;
    const file = createWriteStream(partial);
    sink = {
      // Backpressure: a large model is never held in memory.
      write: (chunk) => (file.write(chunk) ? undefined : once(file, "drain").then(() => undefined)),
      end: async () => {
        file.end();
        await finished(file);
        await rename(partial, target);
        written.push(path);
      },
    };
  };

  for await (const chunk of source.pipe(createGunzip())) {
    buffer = buffer.length === 0 ? (chunk as Buffer) : Buffer.concat([buffer, chunk as Buffer]);
    for (;;) {
      if (ended) break;
      if (sink) {
        const take = Math.min(remaining, buffer.length);
        if (take > 0) await sink.write(buffer.subarray(0, take));
        buffer = buffer.subarray(take);
        remaining -= take;
        if (remaining > 0) break;
        if (buffer.length < padding) break;
        buffer = buffer.subarray(padding);
        const done = sink;
        sink = undefined;
        await done.end();
        continue;
      }
      if (buffer.length < BLOCK) break;
      const header = buffer.subarray(0, BLOCK);
      buffer = buffer.subarray(BLOCK);
      if (header.every((byte) => byte === 0)) {
        ended = true;
        break;
      }
      const prefix = field(header, 345, 155);
      const ustarName = prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100);
      const kind = String.fromCharCode(header[156] ?? 0);
      const name = kind === "L" || kind === "x" ? "" : (longName ?? ustarName);
      if (kind !== "L" && kind !== "x") longName = undefined;
      await open(kind, name, octal(header, 124, 12));
    }
  }
  if (sink) throw new UserError("the archive ends in the middle of a file (cut off?)");
  return written;
}
