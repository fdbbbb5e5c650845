#!/usr/bin/env node
// Builds the committed bundles: one per entry in src/actions/ into dist/<name>/, and the CLI into dist/cli/.
// TypeScript is compiled by tsc first (ncc's own TypeScript loader cannot emit ESM), then ncc bundles each
// entry with its dependencies; dynamic imports (the AWS SDK, Parquet) become separate chunks loaded only
// when a step needs them.
//
//   node scripts/build.mjs           rebuild dist/
//   node scripts/build.mjs --check   rebuild into a temporary folder and fail if dist/ differs (check-dist)
//   node scripts/build.mjs --only cli --out /tmp/cli-build   one bundle into another folder (experiments, benches)
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ncc from "@vercel/ncc";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const lib = join(root, ".cache", "build", "lib");
const check = process.argv.includes("--check");
const optionValue = (name) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const only = optionValue("--only");
const out = optionValue("--out");

async function entries() {
  const names = (await readdir(join(root, "src", "actions")))
    .filter((file) => file.endsWith(".ts") && !file.startsWith("_"))
    .map((file) => file.slice(0, -3))
    .sort();
  return [
    ...names.map((name) => ({ name, input: join(lib, "actions", `${name}.js`) })),
    { name: "cli", input: join(lib, "cli", "main.js") },
  ];
}

// Each bundle's entry file: it imports only src/workers/worker-entry.ts until it knows whether it runs in a
// worker thread (then it loads just the worker's module), and the program itself with a dynamic import, so
// a worker never evaluates the CLI's commands or the action's step. The CLI's entry first turns on Node's
// compile cache where Node has one (22.1 on; in the OS temp folder; NODE_DISABLE_COMPILE_CACHE=1 turns it
// off), as tsc does: a command run again compiles none of its chunks (a re-snapshot: 0.101 → 0.092 s on
// Node 24). The actions' bundles run once per job on a fresh runner, so theirs would only write files.
async function entryFile(entry) {
  const file = join(lib, "_entries", `${entry.name}.js`);
  const program = relative(dirname(file), entry.input).split("\\").join("/"); // "../cli/main.js"
  const compileCache =
    entry.name === "cli"
      ? `import * as nodeModule from "node:module";\nnodeModule.enableCompileCache?.();\n`
      : "";
  await mkdir(dirname(file), { recursive: true });
  await writeFile(
    file,
    `${compileCache}import { enterBundle } from "../workers/worker-entry.js";\nif (await enterBundle(import.meta.url)) await import(${JSON.stringify(program)});\n`,
  );
  return file;
}

async function bundle(entry, outDir) {
  const { code, assets } = await ncc(await entryFile(entry), {
    cache: false,
    minify: false,
    sourceMap: false,
    quiet: true,
    target: "es2022",
    license: "licenses.txt",
  });
  // ncc copies any file a path expression in the code might name. A bundle ships only code chunks, the licenses
  // and the module-type marker; anything else (a data file, a script, another bundle) means a path that ncc
  // took for an asset, and the bundle would differ with whatever lies around the build.
  const unexpected = Object.keys(assets).filter(
    (file) => !/^[\w.-]+\.js$/.test(file) && file !== "licenses.txt" && file !== "package.json",
  );
  if (unexpected.length > 0)
    throw new Error(
      `${entry.name}: ncc would ship ${unexpected.slice(0, 5).join(", ")}${unexpected.length > 5 ? ` and ${unexpected.length - 5} more` : ""}; build that path at run time so it is not taken for an asset`,
    );
  const dir = join(outDir, entry.name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "index.js"), code);
  for (const [file, asset] of Object.entries(assets)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), asset.source);
  }
}

async function listFiles(dir, base = dir) {
  const found = [];
  let items = [];
  try {
    items = await readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const item of items) {
    const path = join(dir, item.name);
    if (item.isDirectory()) found.push(...(await listFiles(path, base)));
    else found.push(relative(base, path));
  }
  return found.sort();
}

async function compare(expectedDir, actualDir) {
  const expected = await listFiles(expectedDir);
  const actual = await listFiles(actualDir);
  const problems = [];
  for (const file of new Set([...expected, ...actual])) {
    if (!expected.includes(file)) problems.push(`dist/${file} is not produced by the build (stale file)`);
    else if (!actual.includes(file)) problems.push(`dist/${file} is missing`);
    else {
      const [a, b] = await Promise.all([readFile(join(expectedDir, file)), readFile(join(actualDir, file))]);
      if (!a.equals(b)) problems.push(`dist/${file} differs from a fresh build`);
    }
  }
  return problems;
}

const started = Date.now();
await rm(lib, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
const outDir = check ? await mkdtemp(join(tmpdir(), "trainyard-dist-")) : resolve(out ?? join(root, "dist"));
const list = (await entries()).filter((entry) => !only || entry.name === only);
if (list.length === 0) throw new Error(`--only ${only}: no such bundle`);
if (check && (only || out)) throw new Error("--check rebuilds every bundle into a temporary folder");
if (!check) await rm(only ? join(outDir, only) : outDir, { recursive: true, force: true });
for (const entry of list) await bundle(entry, outDir);

if (check) {
  const problems = await compare(outDir, join(root, "dist"));
  await rm(outDir, { recursive: true, force: true });
  if (problems.length > 0) {
    console.error(
      `check-dist: dist/ is out of date with src/. Run \`npm run build\` and commit dist/.\n  ${problems.join("\n  ")}`,
    );
    process.exit(1);
  }
  console.log(
    `check-dist: dist/ matches a fresh build of ${list.length} bundles (${Date.now() - started} ms)`,
  );
} else {
  console.log(`build: ${list.length} bundle(s) in ${outDir} (${Date.now() - started} ms)`);
}
