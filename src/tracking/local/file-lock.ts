import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { TrackingError } from "../ports.js";
import { errorCode, isAbsent } from "./json-file.js";

export interface LockOptions {
  /** A lock whose file has not been touched for this long is taken to belong to a crashed process. */
  staleMs?: number;
  /** Give up waiting after this long. */
  timeoutMs?: number;
}

const DEFAULT_STALE_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Runs `critical` while holding the lock file `lockPath`, which serializes it against every other holder of
 * the same path, in this process or any other on the machine.
 *
 * Mutual exclusion comes from `open(lockPath, "wx")` (O_CREAT | O_EXCL): the filesystem creates the file for
 * exactly one of any number of concurrent callers and fails the others with EEXIST, who then retry with
 * jittered backoff until `timeoutMs`. The holder touches the file every `staleMs / 3`, so a lock left behind
 * by a crashed process is recognised by its age and broken (renamed away, which only one breaker can do)
 * after `staleMs`. The file records a random token, and release removes the file only while it still holds
 * our token, so a holder that was paused long enough to be declared stale never deletes its successor's lock.
 */
export async function withFileLock<T>(
  lockPath: string,
  critical: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const token = await acquire(lockPath, staleMs, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const heartbeat = setInterval(
    () => {
      const now = new Date();
      utimes(lockPath, now, now).catch(() => {});
    },
    Math.max(10, Math.floor(staleMs / 3)),
  );
  heartbeat.unref();
  try {
    return await critical();
  } finally {
    clearInterval(heartbeat);
    await release(lockPath, token);
  }
}

async function acquire(lockPath: string, staleMs: number, timeoutMs: number): Promise<string> {
  const token = randomUUID();
  const content = `${JSON.stringify({ token, pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`;
  const deadline = Date.now() + timeoutMs;
  await mkdir(dirname(lockPath), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(lockPath, content, { flag: "wx" });
      return token;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
    }
    if (await breakIfStale(lockPath, staleMs)) continue;
    if (Date.now() >= deadline) {
      throw new TrackingError(
        `timed out after ${timeoutMs} ms waiting for the lock ${lockPath}`,
        "TEMPORARILY_UNAVAILABLE",
      );
    }
    const ceiling = Math.min(200, 2 * 2 ** Math.min(attempt, 7));
    await sleep(ceiling / 2 + Math.random() * (ceiling / 2));
  }
}

/** Removes a lock nobody has touched for `staleMs`; returns whether the caller should retry at once. */
async function breakIfStale(lockPath: string, staleMs: number): Promise<boolean> {
  let modified: number;
  try {
    modified = (await stat(lockPath)).mtimeMs;
  } catch (error) {
    if (isAbsent(error)) return true;
    throw error;
  }
  if (Date.now() - modified < staleMs) return false;
  const aside = `${lockPath}.stale-${randomUUID()}`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if (isAbsent(error)) return true;
    throw error;
  }
  await rm(aside, { force: true });
  return true;
}

async function release(lockPath: string, token: string): Promise<void> {
  let held: string;
  try {
    held = await readFile(lockPath, "utf8");
  } catch (error) {
    if (isAbsent(error)) return;
    throw error;
  }
  if (held.includes(token)) await rm(lockPath, { force: true });
}
