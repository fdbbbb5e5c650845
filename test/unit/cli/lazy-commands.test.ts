import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The modules `trainyard --help` and the command dispatch evaluate: those src/cli/main.ts reaches through
 * static imports of values (type-only imports and dynamic `import()` excluded). A command loads its step
 * with a dynamic import when it runs, so this set must hold no step, no package (zod, yaml, Parquet, the
 * AWS SDK, undici, Octokit) and nothing else that only running a command needs.
 */
function staticGraph(entry: string): { modules: string[]; packages: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    const text = readFileSync(file, "utf8");
    const statements = /^(?:import|export)\s+(type\s+)?([^;]*?)\s*from\s+"([^"]+)"|^import\s+"([^"]+)"/gms;
    for (const [, typeOnly, names, from, bare] of text.matchAll(statements)) {
      const specifier = (from ?? bare) as string;
      if (typeOnly) continue;
      const named = names && /^\{([^}]*)\}$/s.exec(names.trim());
      const bindings = named?.[1]
        ?.split(",")
        .map((name) => name.trim())
        .filter(Boolean);
      if (bindings && bindings.length > 0 && bindings.every((name) => name.startsWith("type "))) continue;
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else if (!specifier.startsWith("node:")) packages.add(specifier);
    }
  };
  visit(resolve(entry));
  return { modules: [...modules].map((file) => relative(resolve("src"), file)), packages: [...packages] };
}

describe("the CLI's start", () => {
  const { modules, packages } = staticGraph("src/cli/main.ts");

  it("loads every command's name, help and declared inputs", () => {
    expect(modules).toContain("cli/commands/index.ts");
    expect(modules).toContain("steps/snapshot/snapshot-inputs.ts");
  });

  it("loads no step and no package until a command runs", () => {
    expect(packages).toEqual([]);
    expect(
      modules.filter((file) => /^steps\/.*-step\.ts$|^steps\/pipeline\/run-pipeline\.ts$/.test(file)),
    ).toEqual([]);
    expect(
      modules.filter((file) =>
        /^(config\/(load-config|trainyard-config)|data|stats|store|tracking)\b/.test(file),
      ),
    ).toEqual([]);
  });
});
