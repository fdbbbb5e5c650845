import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

/**
 * What evaluating a module of src/ evaluates: `modules`, the src/ files it reaches through static imports
 * of values (type-only imports excluded), relative to src/; `packages`, the npm packages those import;
 * `dynamic`, the src/ files they name in `import("…")`, which are not followed.
 */
export function staticGraph(entry: string): { modules: string[]; packages: string[]; dynamic: string[] } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const dynamic = new Set<string>();
  const name = (file: string) => relative(resolve("src"), file);
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
        .map((binding) => binding.trim())
        .filter(Boolean);
      if (bindings && bindings.length > 0 && bindings.every((binding) => binding.startsWith("type ")))
        continue;
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier.replace(/\.js$/, ".ts")));
      else if (!specifier.startsWith("node:")) packages.add(specifier);
    }
    for (const [, specifier] of text.matchAll(/\bimport\(\s*"(\.[^"]+)"\s*\)/g))
      dynamic.add(name(resolve(dirname(file), (specifier as string).replace(/\.js$/, ".ts"))));
  };
  visit(resolve(entry));
  return { modules: [...modules].map(name), packages: [...packages], dynamic: [...dynamic] };
}
