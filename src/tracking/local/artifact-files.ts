import type { Dirent } from "node:fs";
import { mkdir, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { ArtifactEntry } from "../ports.js";
import { copyFileAtomic, isAbsent, isTempName } from "./json-file.js";
import { invalid } from "./validate.js";

const COPY_PARALLELISM = 8;

/**
 * The parts of an artifact path relative to the run's artifact root. Paths use `/`, never leave the root,
 * and `""` (or `undefined`) is the root itself when `allowRoot` is set.
 */
export function artifactPathParts(artifactPath: string | undefined, allowRoot: boolean): string[] {
  const path = artifactPath ?? "";
  if (path === "" || path === ".") {
    if (allowRoot) return [];
    throw invalid("An artifact path is required");
  }
  const parts = path.replace(/\/+$/, "").split("/");
  if (path.startsWith("/") || path.includes("\\") || parts.some((p) => p === "" || p === "." || p === "..")) {
    throw invalid(`Invalid artifact path: '${path}'. Paths are relative, use '/' and never contain '..'`);
  }
  return parts;
}

/** Every regular file under `dir`, as paths relative to it with `/` separators. */
export async function filesUnder(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (isTempName(entry.name)) continue;
    const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    const full = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await stat(full) : entry;
    if (kind.isDirectory()) out.push(...(await filesUnder(full, relative)));
    else if (kind.isFile()) out.push(relative);
  }
  return out.sort();
}

/** Copies every file under `sourceDir` to the same relative place under `destinationDir`. */
export async function copyTree(sourceDir: string, destinationDir: string): Promise<void> {
  await mkdir(destinationDir, { recursive: true });
  const files = await filesUnder(sourceDir);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const relative = files[next++] as string;
      const parts = relative.split("/");
      await copyFileAtomic(join(sourceDir, ...parts), join(destinationDir, ...parts));
    }
  };
  await Promise.all(Array.from({ length: Math.min(COPY_PARALLELISM, files.length) }, worker));
}

/** The direct children of `parts` under the artifact root, in path order; none when it is absent or a file. */
export async function listArtifactDir(root: string, parts: readonly string[]): Promise<ArtifactEntry[]> {
  const dir = join(root, ...parts);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isAbsent(error)) return [];
    throw error;
  }
  const listed: ArtifactEntry[] = [];
  for (const entry of entries) {
    if (isTempName(entry.name)) continue;
    const path = [...parts, entry.name].join("/");
    const info = await stat(join(dir, entry.name));
    if (info.isDirectory()) listed.push({ path, isDir: true });
    else if (info.isFile()) listed.push({ path, isDir: false, size: info.size });
  }
  return listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
