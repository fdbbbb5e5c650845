import { randomUUID } from "node:crypto";
import { copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The `code` of a Node.js system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

/** "Nothing at this path": a missing file, or a path that runs through a file. */
export function isAbsent(error: unknown): boolean {
  const code = errorCode(error);
  return code === "ENOENT" || code === "ENOTDIR";
}

/** Reads and parses a JSON file, or returns undefined when it does not exist. */
export async function readJson<T>(path: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (isAbsent(error)) return undefined;
    throw error;
  }
  return JSON.parse(text) as T;
}

function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.tmp-${randomUUID()}`);
}

/** Whether a directory entry is one of our in-progress temporary files. */
export function isTempName(name: string): boolean {
  return /^\..+\.tmp-[0-9a-f-]{36}$/.test(name);
}

async function publish(temp: string, target: string): Promise<void> {
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes pretty-printed JSON under a temporary name beside `path` and renames it into place, so a reader in
 * another process sees the old file or the new one, never a partial write.
 */
export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempBeside(path);
  try {
    await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, { flag: "wx" });
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await publish(temp, path);
}

/** Copies a file into place through a temporary name, creating missing directories. */
export async function copyFileAtomic(source: string, destination: string): Promise<void> {
  await mkdir(dirname(destination), { recursive: true });
  const temp = tempBeside(destination);
  try {
    await copyFile(source, temp);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await publish(temp, destination);
}
