#!/usr/bin/env node
// bench/parse: per-value cost of CSV parsing and of number/timestamp/boolean parsing, in one process, on
// bench/validate.mjs's CSV (1M rows × 20 columns) held in memory as 256 KiB chunks (no I/O timed).
// Compares a tsc build of the current sources with another (e.g. of the previous commit):
//
//   npx tsc -p tsconfig.build.json --outDir /tmp/parse-bench/new
//   node --max-old-space-size=4096 bench/parse.mjs --lib /tmp/parse-bench/new [--base /tmp/parse-bench/base] [--repeat 5]
//                        [--file /tmp/trainyard-bench/validate-1000000/data.csv]
//
// Prints, per case, the best of --repeat runs: wall ms and CPU ms (process user + sys over the run; the best
// of each), and ns per row and per value from the CPU time (the steadier figure on a shared machine).
// Asserts nothing.
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs, printTable } from "./common.mjs";

const args = parseArgs(process.argv.slice(2), {
  lib: "",
  base: "",
  repeat: 5,
  file: "/tmp/trainyard-bench/validate-1000000/data.csv",
});
if (!args.lib) throw new Error("--lib <tsc build of src/> is required");

const CHUNK = 1 << 18;
function chunks(path) {
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
}

const rules = JSON.parse(readFileSync(join(args.file, "..", "rules.json"), "utf8")).columns;
const types = Object.values(rules).map((rule) => rule.type);

async function load(lib) {
  const module = async (path) => {
    try {
      return await import(pathToFileURL(join(lib, path)).href);
    } catch {
      return {};
    }
  };
  return {
    ...(await module("data/csv-parser.js")),
    ...(await module("data/csv-tokenizer.js")),
    ...(await module("validation/parse-typed.js")),
  };
}

function time(repeat, run) {
  let best;
  for (let i = 0; i < repeat; i++) {
    global.gc?.();
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const units = run();
    const wall = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    const ms = (cpu.user + cpu.system) / 1000;
    // Best wall and best CPU each (on a shared machine they need not come from the same run).
    best = best
      ? { wall: Math.min(best.wall, wall), cpu: Math.min(best.cpu, ms), units }
      : { wall, cpu: ms, units };
  }
  return best;
}

/** Decoded text chunks and CsvParser rows (the string path, as read-csv.ts does it today); `each` per batch. */
function stringRows(lib, data, keep, each) {
  const parser = new lib.CsvParser();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let rows = [];
  const all = keep ? [] : undefined;
  let count = 0;
  for (const chunk of data) {
    parser.feed(decoder.decode(chunk, { stream: true }), false, rows);
    count += rows.length;
    if (all) for (const row of rows) all.push(row);
    each?.(rows);
    rows = [];
  }
  parser.feed(decoder.decode(), true, rows);
  count += rows.length;
  if (all) for (const row of rows) all.push(row);
  each?.(rows);
  return { count, rows: all };
}

/** isNull + parseTyped for every typed column of string rows (what ColumnChecker.observe does per value). */
function typedFromStrings(lib, rows) {
  let values = 0;
  let sink = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let f = 0; f < types.length; f++) {
      const type = types[f];
      if (type === "string") continue;
      const value = row[f];
      values++;
      if (lib.isNull(value)) continue;
      const typed = lib.parseTyped(type, value);
      if (typeof typed === "number") sink += typed;
      else if (typed === true) sink++;
    }
  }
  if (sink === 42) console.log("");
  return values;
}

/** The tokenizer, and each typed column read from the bytes: numbers, timestamps, booleans; strings decoded. */
function tokenized(lib, data, mode) {
  const tokenizer = new lib.CsvTokenizer();
  let values = 0;
  let sink = 0;
  const visit = (records) => {
    if (mode === "offsets") return;
    if (mode === "rows") {
      const rows = [];
      tokenizer.rowsInto(rows);
      values += rows.length;
      return;
    }
    for (let r = 0; r < records; r++) {
      for (let f = 0; f < types.length; f++) {
        const type = types[f];
        if (mode === "typed" && type === "string") continue;
        values++;
        if (tokenizer.isEmpty(r, f)) continue;
        if (type === "integer" || type === "number") {
          if (tokenizer.number(r, f) !== 0) sink += tokenizer.value;
        } else if (type === "timestamp") sink += tokenizer.timestamp(r, f);
        else if (type === "boolean") sink += tokenizer.boolean(r, f) ? 1 : 0;
        else if (mode === "all") sink += tokenizer.text(r, f).length;
      }
    }
  };
  for (const chunk of data) visit(tokenizer.feed(chunk, false));
  visit(tokenizer.feed(new Uint8Array(0), true));
  if (sink === 42) console.log("");
  return mode === "offsets" ? tokenizer.rows : values;
}

async function main() {
  const data = chunks(args.file);
  const libs = [["new", await load(args.lib)]];
  if (args.base) libs.push(["base", await load(args.base)]);
  const rows = [];
  const add = (lib, name, result, perRows, perValues) =>
    rows.push([
      lib,
      name,
      result.wall.toFixed(0),
      result.cpu.toFixed(0),
      perRows ? ((result.cpu * 1e6) / perRows).toFixed(0) : "-",
      perValues ? ((result.cpu * 1e6) / perValues).toFixed(1) : "-",
    ]);
  const load1 = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(
    `bench/parse: node ${process.version}, ${args.file}, best of ${args.repeat}; load average ${load1()}`,
  );
  for (const [name, lib] of libs) {
    const parsed = stringRows(lib, data, true);
    const n = parsed.count;
    const typedValues = types.filter((type) => type !== "string").length * n;
    add(
      name,
      "TextDecoder + CsvParser.feed (rows of strings)",
      time(args.repeat, () => stringRows(lib, data, false)),
      n,
      n * 20,
    );
    add(
      name,
      "isNull + parseTyped, 13 typed columns (strings in memory)",
      time(args.repeat, () => typedFromStrings(lib, parsed.rows)),
      n,
      typedValues,
    );
    add(
      name,
      "CSV → typed values: CsvParser + isNull + parseTyped",
      time(args.repeat, () => {
        let values = 0;
        stringRows(lib, data, false, (batch) => {
          values += typedFromStrings(lib, batch);
        });
        return values;
      }),
      n,
      typedValues,
    );
    if (lib.CsvTokenizer) {
      add(
        name,
        "CsvTokenizer.feed (field offsets only)",
        time(args.repeat, () => tokenized(lib, data, "offsets")),
        n,
        n * 20,
      );
      add(
        name,
        "CsvTokenizer + rowsInto (rows of strings, drop-in)",
        time(args.repeat, () => tokenized(lib, data, "rows")),
        n,
        n * 20,
      );
      add(
        name,
        "CSV → typed values: CsvTokenizer + number/timestamp/boolean",
        time(args.repeat, () => tokenized(lib, data, "typed")),
        n,
        typedValues,
      );
      add(
        name,
        "CSV → all 20 columns: typed from bytes + text() for strings",
        time(args.repeat, () => tokenized(lib, data, "all")),
        n,
        n * 20,
      );
    }
  }
  console.log(`load average after: ${load1()}`);
  printTable(["lib", "case", "wall ms", "cpu ms", "cpu ns/row", "cpu ns/value"], rows);
}

await main();
