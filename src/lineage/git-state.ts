import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" });
    return stdout;
  } catch {
    return undefined;
  }
}

export interface GitState {
  commit?: string;
  /** Uncommitted changes anywhere in the repository. */
  dirty?: boolean;
  /**
   * A hash of the working directory's code as it is now: the committed tree plus any uncommitted change and
   * untracked file under it. Undefined outside a git repository.
   */
  treeHash?: string;
}

/**
 * The commit, dirty flag and the content hash of `directory` (a folder inside the repository). Folders in
 * `exclude` (absolute paths, e.g. the training's own output folder) are not code: what a run writes there —
 * or a killed run's trainer, still writing — must not change the next run's code hash.
 */
export async function readGitState(
  directory: string,
  options: { exclude?: readonly string[] } = {},
): Promise<GitState> {
  const excluded = (options.exclude ?? []).map((path) => resolve(path));
  const isExcluded = (path: string) =>
    excluded.some((folder) => path === folder || path.startsWith(`${folder}${sep}`));
  const top = (await git(directory, ["rev-parse", "--show-toplevel"]))?.trim();
  if (!top) return { treeHash: await hashDirectory(directory, isExcluded) };
  const commit = (await git(directory, ["rev-parse", "HEAD"]))?.trim();
  const status = await git(top, ["status", "--porcelain"]);
  const tree = (await git(directory, ["rev-parse", "HEAD:./"]))?.trim();
  const ignored = (await git(directory, ["check-ignore", "-q", "."])) !== undefined;
  // A folder git does not track (ignored, or no commit yet) is identified by its files instead.
  if (!tree || ignored) {
    return {
      ...(commit ? { commit } : {}),
      ...(status !== undefined ? { dirty: status.trim().length > 0 } : {}),
      treeHash: await hashDirectory(directory, isExcluded),
    };
  }
  const hash = createHash("sha256").update(tree ?? "no-commit");
  const diff = await git(directory, ["diff", "HEAD", "--binary", "--", "."]);
  if (diff) hash.update("\0diff\0").update(diff);
  const untracked =
    (await git(directory, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."])) ?? "";
  const ownFiles = (file: string) => file.split("/").some((part) => SKIPPED.has(part));
  for (const file of untracked
    .split("\0")
    .filter((file) => file && !ownFiles(file) && !isExcluded(resolve(directory, file)))
    .sort()) {
    const bytes = await readFile(join(directory, file)).catch(() => undefined);
    hash.update("\0untracked\0").update(file).update("\0");
    if (bytes) hash.update(bytes);
  }
  return {
    ...(commit ? { commit } : {}),
    ...(status !== undefined ? { dirty: status.trim().length > 0 } : {}),
    treeHash: hash.digest("hex"),
  };
}

const SKIPPED = new Set([".git", "node_modules", ".venv", "venv", ".trainyard", ".cache", "__pycache__"]);

/** A hash of every file's path and bytes under `directory`, for code git does not track. */
export async function hashDirectory(
  directory: string,
  isExcluded: (absolutePath: string) => boolean = () => false,
): Promise<string> {
  const hash = createHash("sha256");
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (isExcluded(resolve(path))) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) await walk(path);
      } else if (entry.isFile()) {
        hash.update(relative(directory, path)).update("\0");
        hash.update(await readFile(path)).update("\0");
      }
    }
  };
  await walk(directory);
  return hash.digest("hex");
}
