import { isAbsolute, sep } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/**
 * The tinyglobby half of resolveSources, loaded with import() only when a spec needs it (a glob, or a folder
 * the plain listing leaves to tinyglobby), so an ordinary folder source does not load the glob library.
 */

/** Names (relative, `/`-separated) of the files under `cwd` matching `pattern`; hidden files left out. */
export function globFiles(pattern: string, cwd: string): Promise<string[]> {
  return glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
}

export { isDynamicPattern };

/** The glob's leading segments without glob characters, and the rest: `data/2024/*.csv` is `data/2024` + `*.csv`. */
export function splitGlob(spec: string): { base: string; pattern: string } {
  const normalized = sep === "\\" ? spec.replaceAll("\\", "/") : spec;
  const segments = normalized.split("/");
  let fixed = 0;
  while (fixed < segments.length - 1 && !isDynamicPattern(segments[fixed] as string)) fixed++;
  const baseSegments = segments.slice(0, fixed);
  let base = baseSegments.join("/");
  if (base === "" && isAbsolute(normalized)) base = "/";
  return { base: base === "" ? "." : base, pattern: segments.slice(fixed).join("/") };
}
