import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readTable } from "../../../src/data/read-table.js";
import { openTableWriter } from "../../../src/data/write-table.js";
import type { ValidationRules } from "../../../src/validation/rules.js";

type TablePass = typeof import("../../../src/steps/table-pass/table-pass.js");

/**
 * Workers run the module's compiled JavaScript (Node cannot load the TypeScript sources vitest runs), so
 * these tests compile table-pass.ts and the modules it imports into a temporary folder and use that copy,
 * whose workers do start (as bootstrap-workers.test.ts does).
 */
let workDir = "";
let compiled: TablePass;

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
  // Static imports and the dynamic import() of a module loaded on first use (the Parquet reader).
  for (const [, specifier] of text.matchAll(/(?:from |import\()"(\.\.?\/[^"]+)\.js"/g))
    await transpile(resolve(dirname(entry), `${specifier}.ts`), root, out, seen);
}

const countries = ["US", "GB", "DE", "FR"];

/** A CSV of `rows` rows with quoted fields (commas, doubled quotes, line breaks) scattered through it. */
function csvText(rows: number, options: { ragged?: number; duplicateEvery?: number } = {}): string {
  const lines = ["id,account,country,amount,when,note"];
  for (let i = 1; i <= rows; i++) {
    const account = options.duplicateEvery && i % options.duplicateEvery === 0 ? "A1" : `A${i}`;
    const note =
      i % 97 === 0
        ? '"two\nlines, quoted"'
        : i % 13 === 0
          ? '"say ""hi"", ok"'
          : i % 7 === 0
            ? ""
            : `n${i % 50}`;
    const amount = i % 101 === 0 ? "oops" : ((i * 7919) % 1000) / 10;
    const when = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
    const fields = [i, account, countries[i % 4], amount, when, note];
    if (options.ragged === i) fields.push("extra");
    lines.push(fields.join(","));
  }
  return `${lines.join("\n")}\n`;
}

const rules: ValidationRules = {
  columns: {
    id: { type: "integer", min: 1 },
    amount: { type: "number", max: 90, mean: { min: 0, max: 100 } },
    country: { allowed: ["US", "GB", "DE"] },
    note: { max_null_fraction: 0.5, pattern: "^n" },
    when: { type: "timestamp" },
  },
  unique: [["account"], ["account", "country"]],
  rows: { min: 10 },
  label: { column: "country", min_class_fraction: 0.1 },
  leakage: { key: "account" },
};

const columns = ["id", "account", "country", "amount", "when", "note"];

async function pass(files: Parameters<TablePass["runTablePass"]>[0], threads: number, profile = true) {
  const output = await compiled.runTablePass(
    files,
    { columns, profile, rules, now: Date.UTC(2025, 0, 1) },
    { threads, partBytes: 4096 },
  );
  return {
    output,
    bytes: JSON.stringify({
      rows: output.rows,
      fileRows: output.fileRows,
      profiles: output.profiles,
      checks: [
        ...(output.columnCheckers ?? []).flatMap((c) => c.results()),
        ...(output.dataset?.results() ?? []),
      ],
    }),
  };
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "table-pass-"));
  const root = resolve("src");
  await transpile(join(root, "steps", "table-pass", "table-pass.ts"), root, join(workDir, "src"));
  await writeFile(join(workDir, "package.json"), '{ "type": "module" }\n');
  await symlink(resolve("node_modules"), join(workDir, "node_modules"), "dir");
  compiled = await import(pathToFileURL(join(workDir, "src", "steps", "table-pass", "table-pass.js")).href);
  await writeFile(join(workDir, "train.csv"), csvText(1500, { duplicateEvery: 250 }));
  await writeFile(
    join(workDir, "test.csv"),
    csvText(400).replace(/,A(\d+),/g, (kept, n) => (Number(n) % 100 === 0 ? kept : `,T${n},`)),
  );
  await writeFile(join(workDir, "ragged.csv"), csvText(1500, { ragged: 1234 }));
  const jsonl = csvText(1500)
    .split("\n")
    .slice(1, -1)
    .map((line, i) => JSON.stringify({ id: i + 1, account: `A${i % 700}`, country: line.split(",")[2] }))
    .join("\n");
  await writeFile(join(workDir, "data.jsonl"), `${jsonl}\n`);
}, 60_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("a table pass across threads", () => {
  it("CSV with quoted line breaks: 1, 2 and 4 threads give the same profile and checks, byte for byte", async () => {
    const files = [
      { path: join(workDir, "train.csv"), name: "train.csv", format: "csv" as const, role: "train" as const },
      { path: join(workDir, "test.csv"), name: "test.csv", format: "csv" as const, role: "test" as const },
    ];
    const one = await pass(files, 1);
    expect(one.output.run.parts).toBeGreaterThan(20);
    expect(one.output.run.workers).toBe(0);
    expect(one.output.rows).toBe(1900);
    for (const threads of [2, 4]) {
      const many = await pass(files, threads);
      expect(many.output.run.workers).toBe(threads - 1);
      // only the parts whose start fell inside a quoted line break were read again here
      expect(many.output.run.partsHere).toBeLessThan(many.output.run.parts / 2);
      expect(many.bytes).toBe(one.bytes);
    }
    const checks = JSON.parse(one.bytes).checks as {
      id: string;
      failingRows?: number;
      samples?: unknown[];
    }[];
    const unique = checks.find((check) => check.id === "dataset.unique.account");
    // six in train (A1 again every 250 rows), then A100..A400 of test, which train has too
    expect(unique?.failingRows).toBe(10);
    expect(unique?.samples).toEqual([
      { row: 250, file: "train.csv", value: "A1" },
      { row: 500, file: "train.csv", value: "A1" },
      { row: 750, file: "train.csv", value: "A1" },
      { row: 1000, file: "train.csv", value: "A1" },
      { row: 1250, file: "train.csv", value: "A1" },
    ]);
    const amount = checks.find((check) => check.id === "column.amount.type");
    expect(amount?.failingRows).toBe(14 + 3);
    const leakKey = checks.find((check) => check.id === "dataset.leakage.key.account");
    expect(leakKey?.failingRows).toBe(4);
  });

  it("profiles and checks read from the tokenizer's bytes equal those read from row strings (a gzipped copy)", async () => {
    // A gzipped file is one part read by readCsv as rows of strings (ColumnProfiler.add, ColumnChecker.observe);
    // the plain file in one part goes through the tokenizer's accessors (addCsv, observeCsv).
    for (const name of ["train.csv", "test.csv"])
      await writeFile(join(workDir, `${name}.gz`), gzipSync(await readFile(join(workDir, name))));
    for (const role of ["train", "data"] as const) {
      // train + test: leakage reads whole rows; data: only the key and label columns become strings
      const files = (suffix: string) => [
        { path: join(workDir, `train.csv${suffix}`), name: "train.csv", format: "csv" as const, role },
        ...(role === "train"
          ? [
              {
                path: join(workDir, `test.csv${suffix}`),
                name: "test.csv",
                format: "csv" as const,
                role: "test" as const,
              },
            ]
          : []),
      ];
      for (const profile of [true, false]) {
        const run = async (suffix: string) => {
          const output = await compiled.runTablePass(
            files(suffix),
            { columns, profile, rules, now: Date.UTC(2025, 0, 1) },
            { threads: 1, partBytes: 1 << 30 },
          );
          expect(output.run.parts).toBe(files(suffix).length);
          return JSON.stringify({
            rows: output.rows,
            fileRows: output.fileRows,
            profiles: output.profiles,
            checks: [
              ...(output.columnCheckers ?? []).flatMap((c) => c.results()),
              ...(output.dataset?.results() ?? []),
            ],
          });
        };
        const fromBytes = await run("");
        expect(fromBytes.length).toBeGreaterThan(profile ? 5000 : 1000);
        expect(fromBytes).toBe(await run(".gz"));
      }
    }
  });

  it("parts of many 256 KiB reads (their buffers taken in turn) give what the gzipped copy's row strings give", async () => {
    const text = csvText(40_000);
    expect(text.length).toBeGreaterThan(7 * (1 << 18));
    await writeFile(join(workDir, "big.csv"), text);
    await writeFile(join(workDir, "big.csv.gz"), gzipSync(text));
    const spec = { columns, profile: true, rules, now: Date.UTC(2025, 0, 1) };
    const summary = (output: Awaited<ReturnType<TablePass["runTablePass"]>>) =>
      JSON.stringify({
        rows: output.rows,
        profiles: output.profiles,
        checks: [
          ...(output.columnCheckers ?? []).flatMap((c) => c.results()),
          ...(output.dataset?.results() ?? []),
        ],
      });
    const file = (name: string) => [
      { path: join(workDir, name), name: "big.csv", format: "csv" as const, role: "data" as const },
    ];
    const fromStrings = await compiled.runTablePass(file("big.csv.gz"), spec, {
      threads: 1,
      partBytes: 1 << 30,
    });
    const onePart = await compiled.runTablePass(file("big.csv"), spec, { threads: 1, partBytes: 1 << 30 });
    expect(onePart.rows).toBe(40_000);
    expect(summary(onePart)).toBe(summary(fromStrings));
    // parts of about four reads each, in two threads, equal the same parts read in one
    const split = { partBytes: 1 << 20 };
    const two = await compiled.runTablePass(file("big.csv"), spec, { threads: 2, ...split });
    expect(two.run.parts).toBeGreaterThan(1);
    expect(summary(two)).toBe(
      summary(await compiled.runTablePass(file("big.csv"), spec, { threads: 1, ...split })),
    );
  });

  it("workers that cannot start (TypeScript sources under vitest) leave their parts to the calling thread", async () => {
    const source = await import("../../../src/steps/table-pass/table-pass.js");
    const files = [
      { path: join(workDir, "train.csv"), name: "train.csv", format: "csv" as const, role: "data" as const },
    ];
    const spec = { columns, profile: true, rules, now: Date.UTC(2025, 0, 1) };
    const here = await source.runTablePass(files, spec, { threads: 3, partBytes: 4096 });
    const one = await compiled.runTablePass(files, spec, { threads: 1, partBytes: 4096 });
    expect(here.run.workers).toBe(2);
    expect(JSON.stringify(here.profiles)).toBe(JSON.stringify(one.profiles));
    expect(JSON.stringify(here.dataset?.results())).toBe(JSON.stringify(one.dataset?.results()));
  });

  it("this thread reads only after `hereAfter`, and a stopped pass rejects with the reason it was stopped for", async () => {
    const files = [
      { path: join(workDir, "train.csv"), name: "train.csv", format: "csv" as const, role: "data" as const },
    ];
    const spec = { columns, profile: true, rules, now: Date.UTC(2025, 0, 1) };
    const { bytes } = await pass(files, 1);
    let release = () => {};
    const hereAfter = new Promise<void>((done) => {
      release = done;
    });
    const gated = compiled.runTablePass(files, spec, { threads: 2, partBytes: 4096, hereAfter });
    const early = await Promise.race([
      gated.then(() => "done"),
      new Promise((r) => setTimeout(r, 300, "waiting")),
    ]);
    release();
    const output = await gated;
    expect(early).toBe("waiting");
    expect(output.run.workers).toBe(1);
    expect(
      JSON.stringify({
        rows: output.rows,
        fileRows: output.fileRows,
        profiles: output.profiles,
        checks: [
          ...(output.columnCheckers ?? []).flatMap((c) => c.results()),
          ...(output.dataset?.results() ?? []),
        ],
      }),
    ).toBe(bytes);

    for (const threads of [1, 2]) {
      const stop = new AbortController();
      const stopped = compiled.runTablePass(files, spec, {
        threads,
        partBytes: 4096,
        hereAfter: new Promise((r) => setTimeout(r, 50)),
        signal: stop.signal,
      });
      stop.abort(new Error("the sources were snapshotted before"));
      await expect(stopped).rejects.toThrow("the sources were snapshotted before");
    }
  });

  it("the rows and line numbers of samples match a whole-file read", async () => {
    const file = {
      path: join(workDir, "train.csv"),
      name: "train.csv",
      format: "csv" as const,
      role: "data" as const,
    };
    const { bytes } = await pass([file], 4);
    const checks = JSON.parse(bytes).checks as { id: string; samples?: { row: number; value: string }[] }[];
    const rows: unknown[][] = [];
    for await (const batch of readTable(file.path, "csv")) rows.push(...batch.rows);
    for (const sample of checks.find((check) => check.id === "column.amount.type")?.samples ?? [])
      expect(rows[sample.row - 1]?.[3]).toBe(sample.value);
  });

  it("JSON Lines and Parquet row groups: the same bytes with 1, 2 and 4 threads", async () => {
    const rows: unknown[][] = [];
    for await (const batch of readTable(join(workDir, "train.csv"), "csv")) rows.push(...batch.rows);
    const parquet = join(workDir, "data.parquet");
    const writer = await openTableWriter(parquet, "parquet", columns, { rowGroupSize: 100 });
    await writer.writeRows(rows);
    await writer.close();
    for (const [path, format] of [
      [join(workDir, "data.jsonl"), "jsonl"],
      [parquet, "parquet"],
    ] as const) {
      const files = [{ path, name: "f", format, role: "data" as const }];
      const one = await pass(files, 1);
      expect(one.output.run.parts).toBeGreaterThan(3);
      for (const threads of [2, 4]) expect((await pass(files, threads)).bytes).toBe(one.bytes);
    }
  });

  it("a ragged row in the middle of a later worker's part names the file, row and line of a whole-file read", async () => {
    const path = join(workDir, "ragged.csv");
    const whole = await (async () => {
      for await (const _ of readTable(path, "csv"));
    })().catch((error: unknown) => error as Error);
    expect(whole).toBeInstanceOf(Error);
    expect((whole as Error).message).toContain("row 1234 (line");
    const files = [{ path, name: "ragged.csv", format: "csv" as const, role: "data" as const }];
    for (const threads of [1, 4]) {
      const error = await pass(files, threads).catch((failure: unknown) => failure as Error);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toBe((whole as Error).message);
      expect(error).toMatchObject({
        file: path,
        row: 1234,
        line: (whole as unknown as { line: number }).line,
      });
    }
  });

  it("invalid UTF-8 in a later part names the byte and line of a whole-file read", async () => {
    const path = join(workDir, "latin1.csv");
    const text = Buffer.from(csvText(1500), "utf8");
    const at = text.indexOf("n17\n", 40_000);
    text[at + 1] = 0xe9;
    await writeFile(path, text);
    const whole = await (async () => {
      for await (const _ of readTable(path, "csv"));
    })().catch((error: unknown) => error as Error);
    expect((whole as Error).message).toContain("is not valid UTF-8");
    const error = await pass([{ path, name: "latin1.csv", format: "csv", role: "data" }], 4).catch(
      (failure: unknown) => failure as Error,
    );
    expect((error as Error).message).toBe((whole as Error).message);
  });
});

describe("data threads", () => {
  it("one thread below the size threshold, one per core above it, TRAINYARD_DATA_THREADS and an option first", async () => {
    const { dataThreads, DATA_THREADS_ENV, PARALLEL_MIN_BYTES, PARQUET_PARALLEL_MIN_BYTES } = await import(
      "../../../src/steps/table-pass/table-pass.js"
    );
    const saved = process.env[DATA_THREADS_ENV];
    try {
      delete process.env[DATA_THREADS_ENV];
      expect(dataThreads(PARALLEL_MIN_BYTES - 1)).toBe(1);
      expect(dataThreads(PARALLEL_MIN_BYTES)).toBe(availableParallelism());
      expect(dataThreads(PARQUET_PARALLEL_MIN_BYTES - 1, undefined, PARQUET_PARALLEL_MIN_BYTES)).toBe(1);
      expect(dataThreads(PARQUET_PARALLEL_MIN_BYTES, undefined, PARQUET_PARALLEL_MIN_BYTES)).toBe(
        availableParallelism(),
      );
      process.env[DATA_THREADS_ENV] = "3";
      expect(dataThreads(10)).toBe(3);
      expect(dataThreads(10, 2)).toBe(2);
      process.env[DATA_THREADS_ENV] = "zero";
      expect(dataThreads(10)).toBe(1);
    } finally {
      if (saved === undefined) delete process.env[DATA_THREADS_ENV];
      else process.env[DATA_THREADS_ENV] = saved;
    }
  });
});
