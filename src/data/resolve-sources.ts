import { readdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { isTempName } from "../store/atomic-file.js";
import { DataError, fileAccessError } from "./data-error.js";
import { type DataFormat, detectFormat, formatFromExtension } from "./format.js";

export interface SourceFile {
  /** Absolute path on this machine. */
  path: string;
  /** The name the snapshot records: relative to the folder or the glob's fixed prefix, with `/` separators. */
  name: string;
  format: DataFormat;
}

export interface ResolveSourcesOptions {
  /** The directory a relative spec is resolved against (default: the process's working directory). */
  cwd?: string;
  /** A format for every file (csv, parquet, jsonl); without it, each file's extension decides. */
  format?: string;
}

/**
 * Expands a local source spec into its files, sorted by name (plain code-point order, so the same on every
 * machine): a file is itself; a folder is every CSV, Parquet and JSON Lines file beneath it; anything else
 * with glob characters is matched with tinyglobby. Hidden files are left out. Nothing found is a DataError.
 */
export async function resolveSources(
  spec: string,
  options: ResolveSourcesOptions = {},
): Promise<SourceFile[]> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new DataError({ file: spec }, "is a URL; only local files, folders and globs are resolved here");
  }
  const cwd = options.cwd ?? process.cwd();
  const absolute = resolve(cwd, spec);
  const kind = await pathKind(spec, absolute);
  if (kind === "file") {
    return [{ path: absolute, name: basename(absolute), format: detectFormat(absolute, options.format) }];
  }
  if (kind === "directory") {
    const names = (await listPlainFolder(absolute)) ?? (await (await loadGlob()).globFiles("**/*", absolute));
    const files = select(absolute, names, options.format);
    if (files.length === 0) {
      throw new DataError(
        { file: spec },
        `is a folder with no CSV, Parquet or JSON Lines files in it${names.length > 0 ? ` (${countOthers(names.length)})` : ""}`,
      );
    }
    return files;
  }
  const globbing = await loadGlob();
  if (!globbing.isDynamicPattern(spec)) throw new DataError({ file: spec }, "does not exist");
  const { base, pattern } = globbing.splitGlob(spec);
  const root = resolve(cwd, base);
  const names = await globbing.globFiles(pattern, root);
  const files = select(root, names, options.format);
  if (files.length === 0) {
    throw new DataError(
      { file: spec },
      names.length === 0
        ? "matches no files"
        : `matches no CSV, Parquet or JSON Lines files (${countOthers(names.length)})`,
    );
  }
  return files;
}

async function pathKind(spec: string, absolute: string): Promise<"file" | "directory" | "missing"> {
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) return "directory";
    if (info.isFile()) return "file";
    throw new DataError({ file: spec }, "is not a regular file or folder");
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === "ENOENT" ||
      (error as NodeJS.ErrnoException).code === "ENOTDIR"
    ) {
      return "missing";
    }
    throw fileAccessError(spec, error);
  }
}

function select(root: string, names: string[], explicit: string | undefined): SourceFile[] {
  const files: SourceFile[] = [];
  for (const name of names) {
    if (isTempName(name)) continue;
    const path = join(root, name);
    if (explicit !== undefined && explicit !== "") {
      files.push({ path, name, format: detectFormat(path, explicit) });
      continue;
    }
    const format = formatFromExtension(name);
    if (format === undefined || (format === "parquet" && name.toLowerCase().endsWith(".gz"))) continue;
    files.push({ path, name, format });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function countOthers(count: number): string {
  return count === 1 ? "1 file of another type" : `${count} files of other types`;
}

const loadGlob = () => import("./glob-sources.js");

/**
 * The files under a folder as `/`-separated relative names, hidden files and folders left out: the same list
 * tinyglobby (every file, no dot) gives for a tree of plain files and folders, without loading it.
 * Anything else in the tree (a symbolic link, a special file) or an error while listing returns undefined, and
 * the caller asks tinyglobby, which decides those cases as before.
 */
async function listPlainFolder(root: string): Promise<string[] | undefined> {
  const names: string[] = [];
  const pending: string[] = [""];
  try {
    for (let prefix = pending.pop(); prefix !== undefined; prefix = pending.pop()) {
      for (const entry of await readdir(prefix === "" ? root : join(root, prefix), { withFileTypes: true })) {
        if (entry.name.startsWith(".")) continue;
        const name = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isFile()) names.push(name);
        else if (entry.isDirectory()) pending.push(name);
        else return undefined;
      }
    }
  } catch {
    return undefined;
  }
  return names;
}
