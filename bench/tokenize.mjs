#!/usr/bin/env node
// bench/tokenize: CPU per byte of CsvTokenizer.feed alone (field offsets only, no values read), on CSV files
// held in memory as 256 KiB chunks (the readers' chunk size; no I/O timed). Compares tsc builds of src/:
//
//   npx tsc -p tsconfig.build.json --outDir /tmp/tokenize-bench/new
//   node bench/tokenize.mjs --lib /tmp/tokenize-bench/new [--base /tmp/tokenize-bench/base] [--repeat 5]
//                           [--files /tmp/trainyard-bench/snapshot-200mb-4f/src]
//
// --files is a CSV file or a folder of them. Prints the best of --repeat runs (wall and CPU ms, ns per byte
// from the CPU time). Asserts nothing.
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, printTable } from "./common.mjs";

const args = parseArgs(process.argv.slice(2), {
  lib: "",
  base: "",
  repeat: 5,
  files: "/tmp/trainyard-bench/snapshot-200mb-4f/src",
});
if (!args.lib) throw new Error("--lib <tsc build of src/> is required");

const CHUNK = 1 << 18;
const paths = statSync(args.files).isDirectory()
  ? readdirSync(args.files)
      .filter((name) => name.endsWith(".csv"))
      .sort()
      .map((name) => join(args.files, name))
  : [args.files];
const files = paths.map((path) => {
  const size = statSync(path).size;
  const fd = openSync(path, "r");
  const out = [];
  for (let at = 0; at < size; at += CHUNK) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, size - at));
    readSync(fd, buffer, 0, buffer.length, at);
    out.push(buffer);
  }
  closeSync(fd);
  return out;
});
const bytes = files.flat().reduce((sum, chunk) => sum + chunk.length, 0);

function run(lib, options) {
  let records = 0;
  for (const chunks of files) {
    const tokenizer = options === undefined ? new lib.CsvTokenizer() : new lib.CsvTokenizer(options);
    for (const chunk of chunks) records += tokenizer.feed(chunk, false);
    records += tokenizer.feed(new Uint8Array(0), true);
  }
  return records;
}

function time(repeat, body) {
  let best;
  for (let i = 0; i < repeat; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const records = body();
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    const ms = (cpu.user + cpu.system) / 1000;
    best = best
      ? { wall: Math.min(best.wall, wall), cpu: Math.min(best.cpu, ms), records }
      : { wall, cpu: ms, records };
  }
  return best;
}

const cases = [];
const load = async (lib) => import(pathToFileURL(join(lib, "data/csv-tokenizer.js")).href);
if (args.base) cases.push(["base", await load(args.base), undefined]);
const lib = await load(args.lib);
cases.push(["lib", lib, undefined]);
if (existsSync(join(args.lib, "data/csv-kernel.js"))) cases.push(["lib, kernel off", lib, { kernel: false }]);
const rows = [];
for (const [name, module, options] of cases) {
  const best = time(args.repeat, () => run(module, options));
  rows.push([
    name,
    best.records,
    best.wall.toFixed(0),
    best.cpu.toFixed(0),
    ((best.cpu * 1e6) / bytes).toFixed(2),
  ]);
}
console.log(
  `bench/tokenize: ${paths.length} file(s), ${(bytes / 1048576).toFixed(1)} MiB, best of ${args.repeat}`,
);
printTable(["case", "records", "wall ms", "CPU ms", "CPU ns/byte"], rows);
