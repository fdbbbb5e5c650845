/** Where GitHub looks for CODEOWNERS, in its order: the first that exists is used. */
export const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"] as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, "\\$&");
}

/** A CODEOWNERS pattern (gitignore syntax, as GitHub reads it) as a regular expression over a repository path. */
export function codeownersPattern(pattern: string): RegExp {
  let text = pattern;
  const anchored = text.startsWith("/") || text.slice(0, -1).includes("/");
  text = text.replace(/^\//, "");
  const directory = text.endsWith("/");
  text = text.replace(/\/$/, "");
  let source = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === "*" && text[i + 1] === "*") {
      // `**/` any folders, `/**` everything below, `**` alone anything.
      if (text[i + 2] === "/") {
        source += "(?:.*/)?";
        i += 2;
      } else {
        source += ".*";
        i += 1;
      }
    } else if (char === "*") source += "[^/]*";
    else if (char === "?") source += "[^/]";
    else source += escapeRegExp(char);
  }
  const prefix = anchored ? "^" : "^(?:.*/)?";
  // A pattern matches the path itself or, naming a folder, everything below it.
  const suffix = directory ? "/.*$" : "(?:/.*)?$";
  return new RegExp(`${prefix}${source}${suffix}`);
}

/**
 * The owners CODEOWNERS gives a path: the last matching line wins, as on GitHub. Owners are `@login` or
 * `@org/team` (returned without the `@`); e-mail owners are left out (they cannot be matched to a login).
 */
export function ownersOf(codeowners: string, path: string): string[] {
  const normalized = path.replace(/^\.?\//, "");
  let owners: string[] = [];
  for (const raw of codeowners.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) continue;
    const [pattern, ...rest] = line.split(/\s+/) as [string, ...string[]];
    if (codeownersPattern(pattern).test(normalized))
      owners = rest.filter((owner) => owner.startsWith("@")).map((owner) => owner.slice(1));
  }
  return owners;
}
