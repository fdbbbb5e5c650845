import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type TablePass = typeof import("../../../src/steps/table-pass/table-pass.js");
type MetricSet = typeof import("../../../src/stats/metric-set.js");
type Workers = typeof import("../../../src/stats/bootstrap-workers.js");

/**
 * Workers started the way a bundle starts them: on the bundle's entry, which scripts/build.mjs writes as
 * `if (await enterBundle(import.meta.url)) await import(<program>)`. The modules are compiled into a folder
 * (as table-pass.test.ts does: Node cannot run the TypeScript sources in a worker) next to such an entry,
 * whose program part must never run in a worker, and which notes in a file what each worker did.
 */
let workDir = "";
let marker = "";
let tablePass: TablePass;
let metricSet: MetricSet;
let workers: Workers;

async function transpile(entry: string, root: string, out: string, seen = new Set<string>()): Promise<void> {
  if (seen.has(entry)) return;
  seen.add(entry);
  const text = await readFile(entry, "utf8");
  const js = ts.transpileModule(text, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
    fileName: entry,
  }).outputText;
  const target = join(out, entry.slice(root.length)).replace(/\.ts$/, ".js");
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, js);
  for (const [, specifier] of text.matchAll(/from "(\.\.?\/[^"]+)\.js"/g))
    await transpile(resolve(dirname(entry), `${specifier}.ts`), root, out, seen);
}

const notes = async () => (await readFile(marker, "utf8").catch(() => "")).split("\n").filter(Boolean);

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "worker-entry-"));
  marker = join(workDir, "marker.txt");
  const root = resolve("src");
  const seen = new Set<string>();
  await transpile(join(root, "steps", "table-pass", "table-pass.ts"), root, join(workDir, "src"), seen);
  await transpile(join(root, "stats", "metric-set.ts"), root, join(workDir, "src"), seen);
  await writeFile(join(workDir, "package.json"), '{ "type": "module" }\n');
  await symlink(resolve("node_modules"), join(workDir, "node_modules"), "dir");
  await writeFile(
    join(workDir, "entry.js"),
    [
      'import { appendFileSync } from "node:fs";',
      'import { isMainThread, parentPort } from "node:worker_threads";',
      'import { enterBundle } from "./src/workers/worker-entry.js";',
      `const note = (line) => appendFileSync(${JSON.stringify(marker)}, line + "\\n");`,
      "if (!isMainThread) {",
      '  note("started");',
      "  const post = parentPort.postMessage.bind(parentPort);",
      '  parentPort.postMessage = (message, transfer) => { note(message?.ok ? "part read" : "part failed"); post(message, transfer); };',
      "}",
      'if (await enterBundle(import.meta.url)) { if (!isMainThread) note("the program ran in a worker"); }',
      "",
    ].join("\n"),
  );
  // the main thread runs the entry first, as a bundle does: workers then start on it
  await import(pathToFileURL(join(workDir, "entry.js")).href);
  tablePass = await import(pathToFileURL(join(workDir, "src", "steps", "table-pass", "table-pass.js")).href);
  metricSet = await import(pathToFileURL(join(workDir, "src", "stats", "metric-set.js")).href);
  workers = await import(pathToFileURL(join(workDir, "src", "stats", "bootstrap-workers.js")).href);
}, 60_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("workers started on a bundle's entry", () => {
  it("table pass: the worker loads only the pass from the entry and reads parts, same result as one thread", async () => {
    const lines = ["id,country,amount"];
    for (let i = 1; i <= 3000; i++) lines.push(`${i},${["US", "GB", "DE"][i % 3]},${(i * 7919) % 1000}`);
    const path = join(workDir, "data.csv");
    await writeFile(path, `${lines.join("\n")}\n`);
    const files = [{ path, name: "data.csv", format: "csv" as const, role: "train" as const }];
    const spec = { columns: ["id", "country", "amount"], profile: true, now: 0 };
    const one = await tablePass.runTablePass(files, spec, { threads: 1, partBytes: 2048 });
    await rm(marker, { force: true });
    const two = await tablePass.runTablePass(files, spec, { threads: 2, partBytes: 2048 });
    expect(two.run.workers).toBe(1);
    expect(JSON.stringify(two.profiles)).toBe(JSON.stringify(one.profiles));
    const noted = await notes();
    expect(noted[0]).toBe("started");
    expect(noted).toContain("part read");
    expect(noted).not.toContain("part failed");
    expect(noted).not.toContain("the program ran in a worker");
  });

  it("bootstrap: the worker loads only the resamples from the entry and computes chunks, bit for bit", async () => {
    const n = 200_000;
    const labels = Int32Array.from({ length: n }, (_, i) =>
      (Math.sin(i * 12.9898) * 43758.5453) % 1 > 0.4 ? 1 : 0,
    );
    const scores = Float64Array.from({ length: n }, (_, i) => {
      const noise = Math.abs((Math.sin(i * 78.233) * 12345.6789) % 1);
      return 0.3 * (labels[i] as number) + 0.7 * noise;
    });
    const predictions = { task: "binary" as const, labels, scores };
    const options = (threads: number) => ({ resamples: 160, confidence: 0.95, seed: 7, threads });
    const single = metricSet.bootstrapMetrics(predictions, options(1));
    await rm(marker, { force: true });
    const parallel = metricSet.bootstrapMetrics(predictions, options(2));
    const run = workers.lastResampleRun();
    expect(run?.workers).toBe(1);
    expect(run?.chunksHere).toBeLessThan(run?.chunks as number);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
    expect(await notes()).toEqual(["started"]);
  });
});
