import { createHash } from "node:crypto";

/**
 * Retention and erasure decisions, without I/O: which snapshots a gc removes, which blobs its sweep may
 * delete, and how an erasure records the keys it removed without recording the keys.
 */

const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

/** `90d`, `12h`, `30m`, `45s`, `2w` or `0` as milliseconds; undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/.exec(text);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2] ?? "";
  if (unit === "") return amount === 0 ? 0 : undefined;
  return Math.round(amount * (UNIT_MS[unit] as number));
}

/** A stored snapshot as gc sees it: its id and when it was made (the manifest's createdAt, in ms). */
export interface SnapshotEntry {
  id: string;
  createdAt: number;
}

export interface GcPlanInput {
  snapshots: SnapshotEntry[];
  /** Snapshot id → why lineage still needs it (a registered version, the champion, a recent run, …). */
  roots: ReadonlyMap<string, readonly string[]>;
  /** The newest `keep` snapshots stay whatever refers to them. */
  keep: number;
  /** Only snapshots made at least this long before `now` may go. */
  olderThanMs: number;
  now: number;
}

export interface GcPlan {
  keep: { id: string; reasons: string[] }[];
  remove: string[];
}

/** Mark: every snapshot a root names, the newest `keep`, and every younger one stay; the rest go. */
export function planSnapshotGc(input: GcPlanInput): GcPlan {
  const newestFirst = [...input.snapshots].sort(
    (a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id),
  );
  const keep: GcPlan["keep"] = [];
  const remove: string[] = [];
  newestFirst.forEach((snapshot, index) => {
    const reasons = [...(input.roots.get(snapshot.id) ?? [])];
    if (index < input.keep) reasons.push(`among the newest ${input.keep}`);
    if (!(input.now - snapshot.createdAt >= input.olderThanMs)) reasons.push("younger than older-than");
    if (reasons.length > 0) keep.push({ id: snapshot.id, reasons });
    else remove.push(snapshot.id);
  });
  return { keep, remove: remove.sort() };
}

export interface StoredBlob {
  key: string;
  size: number;
  /** When the blob was written (ms); a blob of unknown age is treated as new and kept. */
  modified?: number;
}

/**
 * Sweep: an unreferenced blob goes only if it was written before `cutoff`. The caller sets the cutoff before
 * the scan minus a grace period, so a blob a concurrent snapshot writes after the scan (whose manifest the
 * scan could not see) is never deleted. S3 keeps whole seconds, so a second more is taken off.
 */
export function planBlobSweep(
  blobs: readonly StoredBlob[],
  referenced: ReadonlySet<string>,
  cutoff: number,
): { remove: StoredBlob[]; tooYoung: number } {
  const remove: StoredBlob[] = [];
  let tooYoung = 0;
  for (const blob of blobs) {
    if (referenced.has(blob.key)) continue;
    if (blob.modified === undefined || blob.modified >= cutoff - 1000) tooYoung++;
    else remove.push(blob);
  }
  return { remove, tooYoung };
}

/**
 * The value-free record of an erased key: SHA-256 over a per-erasure random salt, the column name and the
 * value. The salt is stored with the entry, so whoever knows a key can check it was erased (recompute and
 * compare), while the log alone gives no key back from a precomputed table and two entries cannot be
 * joined on a key.
 */
export function hashErasedKey(salt: string, column: string, value: string): string {
  return createHash("sha256").update(`${salt}\u0000${column}\u0000${value}`, "utf8").digest("hex");
}

/**
 * The keys of a values file: one per line, surrounding spaces and an optional pair of double quotes removed,
 * blank lines skipped, and a first line equal to the column name taken as a header.
 */
export function parseKeyList(text: string, column: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .map((line) =>
      line.length >= 2 && line.startsWith('"') && line.endsWith('"')
        ? line.slice(1, -1).replaceAll('""', '"')
        : line,
    )
    .filter((line) => line !== "");
  if (lines[0] === column) lines.shift();
  return [...new Set(lines)];
}

/** How a stored cell compares with a key: as the text it reads as (numbers in JavaScript's shortest form). */
export function cellKey(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
