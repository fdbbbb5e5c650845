import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import { type FileHash, hashFile } from "./hash-file.js";

/**
 * Hashes that need not be computed again: a file whose identity (device, inode, size, modification and
 * change times to the nanosecond) equals the one recorded when it was hashed is not read again — what git's
 * index and DVC's state database do. Any write to a file moves its change time, which no user call can set
 * back, so a changed file never matches.
 *
 * On a file system with coarse timestamps, a write in the same tick as the recorded change time would keep
 * it, so an entry is trusted only when the file had not changed for {@link RACY_MARGIN_NS} before hashing
 * began (git's "racily clean" rule). Files trainyard itself has just written into its own data root are
 * recorded as written ({@link HashCache.record}); nothing else is meant to write there.
 *
 * It is a cache: a missing, unreadable or foreign file means an empty cache, and `TRAINYARD_HASH_CACHE=off`
 * turns it off. It lives next to the snapshots it describes (`<data root>/.hash-cache.json`).
 */
export const HASH_CACHE_FILE = ".hash-cache.json";
export const HASH_CACHE_ENV = "TRAINYARD_HASH_CACHE";
export const RACY_MARGIN_NS = 2_000_000_000n;
const MAX_ENTRIES = 10_000;
const FORMAT = "trainyard.hash-cache/1";

interface Entry {
  identity: string;
  sha256: string;
  bytes: number;
  /** When the entry was made, ns since the epoch (for eviction, oldest first). */
  at: string;
}

async function identityOf(path: string): Promise<{ key: string; ctimeNs: bigint }> {
  const info = await stat(path, { bigint: true });
  return {
    key: [info.dev, info.ino, info.size, info.mtimeNs, info.ctimeNs].join(":"),
    ctimeNs: info.ctimeNs,
  };
}

const nowNs = () => BigInt(Date.now()) * 1_000_000n;

export class HashCache {
  private readonly entries = new Map<string, Entry>();
  private changed = false;

  private constructor(readonly file: string | undefined) {}

  /** The cache kept in `file`, or a cache that remembers nothing when turned off. */
  static async open(file: string): Promise<HashCache> {
    if (/^(off|0|false)$/i.test(process.env[HASH_CACHE_ENV] ?? "")) return new HashCache(undefined);
    const cache = new HashCache(resolve(file));
    try {
      const parsed = JSON.parse(await readFile(cache.file as string, "utf8")) as {
        format?: unknown;
        entries?: Record<string, Partial<Entry>>;
      };
      if (parsed.format === FORMAT && parsed.entries && typeof parsed.entries === "object") {
        for (const [path, entry] of Object.entries(parsed.entries)) {
          if (
            typeof entry.identity === "string" &&
            typeof entry.sha256 === "string" &&
            /^[0-9a-f]{64}$/.test(entry.sha256) &&
            typeof entry.bytes === "number" &&
            typeof entry.at === "string"
          )
            cache.entries.set(path, entry as Entry);
        }
      }
    } catch {
      // no cache yet, or not ours: start empty
    }
    return cache;
  }

  /** The file's hash, read from the cache when the file is unchanged since it was recorded. */
  async hash(path: string): Promise<FileHash> {
    const absolute = resolve(path);
    if (this.file) {
      const entry = this.entries.get(absolute);
      const now = await identityOf(absolute).catch(() => undefined);
      if (entry && now && entry.identity === now.key) return { sha256: entry.sha256, bytes: entry.bytes };
    }
    const started = nowNs();
    const before = this.file ? await identityOf(absolute).catch(() => undefined) : undefined;
    const hashed = await hashFile(absolute);
    const after = this.file ? await identityOf(absolute).catch(() => undefined) : undefined;
    if (before && after && before.key === after.key && after.ctimeNs + RACY_MARGIN_NS < started) {
      this.put(absolute, after.key, hashed);
    }
    return hashed;
  }

  /** True when the file is exactly as it was when its cached hash was taken. */
  async unchanged(path: string): Promise<boolean> {
    if (!this.file) return false;
    const absolute = resolve(path);
    const entry = this.entries.get(absolute);
    const now = await identityOf(absolute).catch(() => undefined);
    return Boolean(entry && now && entry.identity === now.key);
  }

  /** Records the hash of a file trainyard has just written itself (its content is known, not re-read). */
  async record(path: string, hash: FileHash): Promise<void> {
    if (!this.file) return;
    const absolute = resolve(path);
    const now = await identityOf(absolute).catch(() => undefined);
    if (now) this.put(absolute, now.key, hash);
  }

  /** Drops the entries of every file in `folder` (files deleted, e.g. by an erasure). */
  forget(folder: string): void {
    const prefix = `${resolve(folder)}${sep}`;
    for (const path of [...this.entries.keys()]) {
      if (path.startsWith(prefix)) {
        this.entries.delete(path);
        this.changed = true;
      }
    }
  }

  private put(path: string, identity: string, hash: FileHash): void {
    this.entries.delete(path);
    this.entries.set(path, { identity, sha256: hash.sha256, bytes: hash.bytes, at: String(nowNs()) });
    this.changed = true;
  }

  /**
   * Writes the cache (atomically: a reader sees the old or the new file), newest entries kept. A cache that
   * cannot be written (read-only folder, full disk) costs the next run a re-read, never this run its result.
   */
  async save(): Promise<void> {
    if (!this.file || !this.changed) return;
    await this.write().catch(() => undefined);
  }

  private async write(): Promise<void> {
    if (!this.file) return;
    const kept = [...this.entries].sort(([, a], [, b]) => (BigInt(a.at) < BigInt(b.at) ? -1 : 1));
    const entries = Object.fromEntries(kept.slice(-MAX_ENTRIES));
    await mkdir(dirname(this.file), { recursive: true });
    const partial = `${this.file}.${randomBytes(6).toString("hex")}`;
    await writeFile(partial, `${JSON.stringify({ format: FORMAT, entries })}\n`);
    await rename(partial, this.file);
    this.changed = false;
  }
}
