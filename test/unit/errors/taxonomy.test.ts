import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { UserError } from "../../../src/errors/user-error.js";

const SRC = fileURLToPath(new URL("../../../src/", import.meta.url));

/**
 * Exported `*Error` classes that are deliberately not UserErrors, each with the reason. Keep it short: an
 * error a user can fix extends UserError so the action and the CLI print it without a bug-report hint.
 */
const NOT_USER_ERRORS = new Map<string, string>([
  // (none yet)
]);

/** Modules that do their work when imported (an action's entry point, the CLI's): read, never imported. */
function isEntryPoint(file: string): boolean {
  return file.startsWith("actions/") || file === "cli/main.ts";
}

async function sourceFiles(dir = SRC): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) files.push(relative(SRC, path));
  }
  return files.sort();
}

function isClass(value: unknown): value is abstract new (...args: never[]) => unknown {
  return typeof value === "function" && /^class[\s{]/.test(Function.prototype.toString.call(value));
}

/**
 * Every exported class whose name ends in Error, or that extends Error whatever its name (UnreadableCodec),
 * as `file: name`, with whether it is a UserError.
 */
async function findErrorClasses(): Promise<Map<string, boolean>> {
  const found = new Map<string, boolean>();
  for (const file of await sourceFiles()) {
    if (isEntryPoint(file)) continue;
    const module = (await import(pathToFileURL(join(SRC, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (!isClass(value) || !(name.endsWith("Error") || value.prototype instanceof Error)) continue;
      found.set(`${file}: ${name}`, value === UserError || value.prototype instanceof UserError);
    }
  }
  return found;
}

let walked: Promise<Map<string, boolean>> | undefined;
function exportedErrorClasses(): Promise<Map<string, boolean>> {
  walked ??= findErrorClasses();
  return walked;
}

describe("the error taxonomy", () => {
  it("makes every exported *Error class in src a UserError, or lists it with a reason", async () => {
    const classes = await exportedErrorClasses();
    expect(classes.size).toBeGreaterThanOrEqual(21);
    const notUserErrors = [...classes].filter(([, isUser]) => !isUser).map(([where]) => where.split(": ")[1]);
    expect(notUserErrors.filter((name) => name !== undefined && !NOT_USER_ERRORS.has(name))).toEqual([]);
    // An allow-listed class that became a UserError (or went away) leaves the list.
    const names = new Set([...classes.keys()].map((where) => where.split(": ")[1]));
    for (const name of NOT_USER_ERRORS.keys()) {
      expect(names.has(name) && notUserErrors.includes(name), `${name} in NOT_USER_ERRORS`).toBe(true);
    }
  }, 60_000);

  it("finds the classes the task names", async () => {
    const names = new Set([...(await exportedErrorClasses()).keys()].map((where) => where.split(": ")[1]));
    for (const name of ["ConfigError", "DataError", "S3StoreError", "MlflowError", "UnreadableCodec"]) {
      expect(names.has(name), name).toBe(true);
    }
  }, 60_000);

  it("has no error class in an entry point, where the walk above cannot import it", async () => {
    for (const file of (await sourceFiles()).filter(isEntryPoint)) {
      const text = await readFile(join(SRC, file), "utf8");
      expect(text, file).not.toMatch(/export\s+class\s+\w*Error\b/);
    }
  });
});
