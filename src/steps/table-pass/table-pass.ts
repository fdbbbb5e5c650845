/**
 * One pass over a table's files that profiles its columns and/or checks validation rules, using every core.
 *
 * Each file is cut into parts (src/data/read-range.ts: byte ranges of CSV and JSON Lines starting at a line,
 * runs of Parquet row groups; a gzipped file is one part) that depend only on the file's bytes, never on the
 * number of threads. Each part is read, profiled (a ColumnProfiler per column) and checked (a ColumnChecker
 * per rule, a DatasetPartial for the row-spanning rules) on its own, by worker threads and the calling
 * thread when there are several; the calling thread then merges the parts' states in file and part order. So the profile and the
 * report are the same bytes with 1, 2 or 16 threads: a part's statistics never depend on which thread read
 * it, and merging follows the parts' order.
 *
 * Parts after the first of a text file are read speculatively, before the rows and lines ahead of them are
 * known, with numbers counted from the part's start. The calling thread takes the parts in order: a part
 * whose read succeeded starts right where the one before it ended (a row boundary), so its state is used
 * as it is and its numbers are shifted. A part whose read failed is read again here with its exact origin,
 * which reproduces the error a whole-file read gives (same file, row, line and message). One failure is not
 * an error: a CSV part that ends inside a quoted field (its last LF was a line break inside quotes, so the
 * next part's start was no row boundary); that part is read again together with the next one, and so on
 * until a part ends on a row boundary. Which parts merge depends only on the bytes, so this too is the same
 * whatever the number of threads.
 *
 * Workers start where src/workers/worker-entry.ts says (in an ncc bundle: on the bundle's entry, which then
 * loads only this module and what it imports; in a tsc build: on this module's file). This module sees its
 * worker data at the end of its evaluation and then waits for tasks forever (a top-level await), so the
 * program's own code never runs in a worker. A worker that cannot start (e.g. under vitest, which runs TypeScript sources) costs nothing: its
 * parts are read in the calling thread.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { DataFormat } from "../../data/format.js";
import type { ByteRanges, ParquetColumn } from "../../data/parquet-columns.js";
import {
  DEFAULT_PART_BYTES,
  endsInsideQuotes,
  type FilePart,
  type OnCsvRecords,
  type OnParquetColumns,
  type PartOrigin,
  planParts,
  readPart,
} from "../../data/read-range.js";
import { type ColumnProfile, ColumnProfiler, type ColumnProfilerState } from "../../stats/column-profile.js";
import { ColumnChecker, type ColumnCheckerState } from "../../validation/column-checker.js";
import {
  DatasetChecker,
  DatasetPartial,
  type DatasetPartialJSON,
  partialTransfers,
  type SplitRole,
} from "../../validation/dataset-checker.js";
import { isNull } from "../../validation/parse-typed.js";
import type { ValidationRules } from "../../validation/rules.js";
import { workerFile, workerModule } from "../../workers/worker-entry.js";

export interface PassFile {
  path: string;
  /** The name the report and the samples give the file (the snapshot's file name). */
  name: string;
  format: DataFormat;
  role: SplitRole;
}

export interface PassSpec {
  columns: string[];
  /** Profile every column. */
  profile: boolean;
  /** Check these rules (column rules and the row-spanning ones). */
  rules?: ValidationRules;
  /** The time the rules are checked at (max_age). */
  now: number;
}

export interface PassOptions {
  /** Threads reading parts, the calling one included (threads − 1 workers); see {@link dataThreads}. */
  threads: number;
  /** Bytes per part (tests make it small); default {@link DEFAULT_PART_BYTES}. */
  partBytes?: number;
  /**
   * The calling thread reads parts only once this has settled (the workers start at once): it has other work
   * first, such as hashing the sources while the workers read.
   */
  hereAfter?: Promise<unknown>;
  /** Stops the pass: it rejects with the signal's reason, and no part is started after that. */
  signal?: AbortSignal;
}

export interface PassOutput {
  rows: number;
  /** Data rows of each file, in the order given. */
  fileRows: number[];
  profiles?: ColumnProfile[];
  /** The merged checkers, when rules were given: call `results()`. */
  columnCheckers?: ColumnChecker[];
  dataset?: DatasetChecker;
  /** How the pass ran (for tests and benchmarks). */
  run: { threads: number; workers: number; parts: number; partsHere: number };
}

export {
  DATA_THREADS_ENV,
  dataThreads,
  PARALLEL_MIN_BYTES,
  PARQUET_PARALLEL_MIN_BYTES,
} from "./data-threads.js";

interface PartTask {
  key: number;
  file: PassFile;
  part: FilePart;
  origin?: PartOrigin;
  spec: PassSpec;
}

interface PartState {
  rows: number;
  lines: number;
  profiles?: ColumnProfilerState[];
  checkers?: ColumnCheckerState[];
  dataset?: DatasetPartialJSON;
}

type PartResult = { key: number; ok: true; state: PartState } | { key: number; ok: false };

/** What a pass's parts are cut by: part of the key of stored checks (a different cut, different sketches). */
export const PASS_LAYOUT = { parts: DEFAULT_PART_BYTES, layout: 1 } as const;

/** The column checkers of `rules` over `columns`, in the rules' order (columns that exist only). */
export function columnCheckers(
  spec: Pick<PassSpec, "rules" | "columns" | "now">,
): { index: number; checker: ColumnChecker }[] {
  const checkers: { index: number; checker: ColumnChecker }[] = [];
  for (const [name, rule] of Object.entries(spec.rules?.columns ?? {})) {
    const index = spec.columns.indexOf(name);
    if (index >= 0)
      checkers.push({
        index,
        checker: new ColumnChecker(name, rule, ["validate", "columns", name], spec.now),
      });
  }
  return checkers;
}

/** Reads, profiles and checks one part; throws the reader's DataError. */
async function runPart(task: PartTask): Promise<PartState> {
  const { file, spec } = task;
  const profilers = spec.profile ? spec.columns.map((name) => new ColumnProfiler(name)) : undefined;
  const checkers = spec.rules ? columnCheckers(spec) : [];
  const dataset = spec.rules ? new DatasetPartial(spec.rules, spec.columns, file.role) : undefined;
  const width = spec.columns.length;
  // A CSV part is checked from the tokenizer's bytes: numbers, timestamps and booleans are parsed without a
  // string per value, unique keys are written from the bytes, and only label and leakage columns become
  // strings (allowed and simple patterns too are checked on the bytes: byte-match.ts). Profiles read the
  // bytes too, column by column (ColumnProfiler.addCsvColumn): a string only for a value a column counts
  // among its distinct values for the first time.
  const read = dataset?.columnsRead();
  const keyRow: unknown[] = new Array(width).fill(null);
  const onCsv: OnCsvRecords = (tokenizer, firstRow) => {
    // column by column over the batch (ColumnChecker.observeCsvRecords)
    for (let c = 0; c < checkers.length; c++) {
      const { index, checker } = checkers[c] as { index: number; checker: ColumnChecker };
      checker.observeCsvRecords(tokenizer, index, firstRow, file.name);
    }
    if (profilers)
      for (let c = 0; c < width; c++) (profilers[c] as ColumnProfiler).addCsvColumn(tokenizer, c);
    if (dataset) for (let r = 0; r < tokenizer.records; r++) dataset.observeCsv(tokenizer, r, keyRow);
  };
  // A Parquet row group is taken column by column from typed arrays (parquet-columns.ts): each profiler and
  // checker sees its column's values in row order, as from rows, without a row array or a Date, BigInt or
  // string per cell where its work does not need one.
  const onParquet: OnParquetColumns = (columns, count, firstRow) => {
    if (profilers)
      for (let c = 0; c < width; c++) profileColumn(profilers[c] as ColumnProfiler, columns[c], count);
    for (let c = 0; c < checkers.length; c++) {
      const { index, checker } = checkers[c] as { index: number; checker: ColumnChecker };
      checkColumn(checker, columns[index], count, firstRow, file.name);
    }
    if (!dataset) return;
    // unique keys of one number column each (an id): written from the typed arrays, without a row per row
    const numberKeys = dataset.observeNumberKeys(count, (index) => {
      const column = columns[index];
      return column?.kind === "number" && !column.big ? column : undefined;
    });
    if (numberKeys) return;
    for (let r = 0; r < count; r++) {
      if (read)
        for (let i = 0; i < read.length; i++) {
          const c = read[i] as number;
          keyRow[c] = columns[c]?.value(r);
        }
      else for (let c = 0; c < width; c++) keyRow[c] = columns[c]?.value(r);
      dataset.observe(keyRow);
    }
  };
  const { rows, lines } = await readPart(
    file.path,
    file.format,
    task.part,
    spec.columns,
    task.origin,
    (batch, firstRow) => {
      for (let r = 0; r < batch.length; r++) {
        const row = batch[r] as unknown[];
        if (profilers) for (let c = 0; c < width; c++) (profilers[c] as ColumnProfiler).add(row[c]);
        for (let c = 0; c < checkers.length; c++) {
          const { index, checker } = checkers[c] as { index: number; checker: ColumnChecker };
          checker.observe(row[index], firstRow + r, file.name);
        }
        dataset?.observe(row);
      }
    },
    onCsv,
    onParquet,
  );
  return {
    rows,
    lines,
    ...(profilers ? { profiles: profilers.map((profiler) => profiler.toJSON()) } : {}),
    ...(spec.rules ? { checkers: checkers.map(({ checker }) => checker.toJSON()) } : {}),
    ...(dataset ? { dataset: dataset.toJSON() } : {}),
  };
}

function profileColumn(profiler: ColumnProfiler, column: ParquetColumn | undefined, count: number): void {
  if (!column) {
    profiler.addNulls(count);
    return;
  }
  if (column.kind === "time") {
    for (let r = 0; r < count; r++) {
      const k = column.index(r);
      if (k < 0) profiler.add(null);
      else profiler.addTimestampMs(column.numbers[k] as number);
    }
    return;
  }
  for (let r = 0; r < count; r++) profiler.add(column.value(r));
}

function checkColumn(
  checker: ColumnChecker,
  column: ParquetColumn | undefined,
  count: number,
  firstRow: number,
  file: string,
): void {
  // A null only counts (rows, nulls), whatever its place among the rows: nulls are counted and added at the end.
  if (!column) {
    checker.observeNulls(count);
    return;
  }
  if (column.kind === "time") {
    checker.observeTimes(column.numbers, column.at, count, firstRow, file);
    return;
  }
  if (column.kind === "string" && checker.presenceOnly()) {
    checkPresence(checker, column, count);
    return;
  }
  if (column.kind === "number" && !column.big) {
    checker.observeNumbers(column.numbers, column.at, count, firstRow, file);
    return;
  }
  if (column.kind === "boolean" || (column.kind === "string" && column.codes)) {
    checkRepeated(checker, column, count, firstRow, file);
    return;
  }
  for (let r = 0; r < count; r++) checker.observe(column.value(r), firstRow + r, file);
}

/**
 * checkColumn of a string column whose rule only tells null from present (ColumnChecker.presenceOnly): each
 * row's `observePresence(blank)`, counted here and added in two calls (observeNulls for the blank ones,
 * observePassing for the others: the same counts). A dictionary entry is judged once.
 */
function checkPresence(checker: ColumnChecker, column: ParquetColumn, count: number): void {
  const codes = column.codes as Int32Array;
  // per dictionary entry: 0 not judged yet, 1 present, 2 blank
  const verdicts = new Uint8Array(column.dictionaryBytes.length);
  let blanks = 0;
  for (let r = 0; r < count; r++) {
    const k = column.index(r);
    if (k < 0) {
      blanks++;
      continue;
    }
    const code = codes[k] as number;
    if (code < 0) {
      if (!column.surelyText(k) && isNull(column.text(k))) blanks++;
      continue;
    }
    let verdict = verdicts[code] as number;
    if (verdict === 0) {
      verdict = !column.surelyText(k) && isNull(column.text(k)) ? 2 : 1;
      verdicts[code] = verdict;
    }
    if (verdict === 2) blanks++;
  }
  checker.observeNulls(blanks);
  checker.observePassing(count - blanks);
}

/**
 * checkColumn of a boolean column or a string column: each boolean and each dictionary string is judged once
 * (ColumnChecker.passes, on the entry's bytes where passesBytes decides); the rows of values that pass, and
 * nulls, are only counted, and only the other rows are observed, in row order (so the samples are those of a
 * row-by-row pass). Plain (non-dictionary) strings are judged one by one, on their bytes where passesBytes
 * decides, else as text.
 */
function checkRepeated(
  checker: ColumnChecker,
  column: ParquetColumn,
  count: number,
  firstRow: number,
  file: string,
): void {
  const boolean = column.kind === "boolean";
  const codes = column.codes as Int32Array;
  const numbers = column.numbers;
  const entries = column.dictionaryBytes;
  const plain = column.bytes;
  // per boolean (0/1) or dictionary entry: 0 not judged yet, 1 passes, 2 observe each row
  const verdicts = new Uint8Array(boolean ? 2 : entries.length);
  let nulls = 0;
  let passing = 0;
  for (let r = 0; r < count; r++) {
    const k = column.index(r);
    if (k < 0) {
      nulls++;
      continue;
    }
    const code = boolean ? (numbers[k] as number) : (codes[k] as number);
    if (code < 0) {
      // a plain string: judged on its bytes where that is exact (passesBytes), else observed as text
      const ranges = plain as ByteRanges;
      const b = ranges.which[k] as number;
      if (
        checker.passesBytes(
          ranges.buffers[b] as Uint8Array,
          ranges.start[k] as number,
          ranges.end[k] as number,
        ) === true
      )
        passing++;
      else checker.observe(column.text(k), firstRow + r, file);
      continue;
    }
    let verdict = verdicts[code] as number;
    if (verdict === 0) {
      let passes: boolean | undefined;
      if (boolean) passes = checker.passes(code === 1);
      else {
        const b = entries.which[code] as number;
        passes =
          checker.passesBytes(
            entries.buffers[b] as Uint8Array,
            entries.start[code] as number,
            entries.end[code] as number,
          ) ?? checker.passes(column.text(k));
      }
      verdict = passes ? 1 : 2;
      verdicts[code] = verdict;
    }
    if (verdict === 1) passing++;
    else checker.observe(column.value(r), firstRow + r, file);
  }
  checker.observeNulls(nulls);
  checker.observePassing(passing);
}

/** Profiles and/or checks every row of `files`, in parallel where it pays; see the module comment. */
export async function runTablePass(
  files: PassFile[],
  spec: PassSpec,
  options: PassOptions,
): Promise<PassOutput> {
  const partBytes = options.partBytes ?? DEFAULT_PART_BYTES;
  const plans = await Promise.all(files.map((file) => planParts(file.path, file.format, partBytes)));
  const tasks: PartTask[] = [];
  plans.forEach((parts, f) => {
    parts.forEach((part) => {
      tasks.push({ key: tasks.length, file: files[f] as PassFile, part, spec });
    });
  });
  // The calling thread reads parts too, so `threads` threads read in all. Parts are merged as soon as the
  // ones before them are, so only the parts read ahead of the merge are held.
  const workerCount = Math.max(0, Math.min(options.threads, tasks.length) - 1);
  const results = new PartResults();
  const { signal } = options;
  signal?.throwIfAborted();
  const hereAfter = gate(options.hereAfter, signal);
  const pool = workerCount > 0 ? startPool(tasks, workerCount, results, hereAfter, signal) : undefined;
  if (!pool) results.close();
  const stop = () => {
    void pool?.stop();
    results.close();
  };
  signal?.addEventListener("abort", stop, { once: true });
  try {
    await hereAfter;
    return await mergeParts(files, plans, spec, options, results, workerCount, tasks.length);
  } finally {
    signal?.removeEventListener("abort", stop);
    await pool?.stop();
  }
}

/** Settles when `after` does, or rejects with the signal's reason once it is aborted, whichever comes first. */
function gate(after: Promise<unknown> | undefined, signal: AbortSignal | undefined): Promise<void> {
  const settled = (after ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
  if (!signal) return settled;
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
  aborted.catch(() => undefined);
  return Promise.race([settled, aborted]);
}

async function mergeParts(
  files: PassFile[],
  plans: FilePart[][],
  spec: PassSpec,
  options: PassOptions,
  results: PartResults,
  workerCount: number,
  partCount: number,
): Promise<PassOutput> {
  let profilers: ColumnProfiler[] | undefined;
  const checkers = spec.rules ? columnCheckers(spec).map(({ checker }) => checker) : undefined;
  const dataset = spec.rules ? new DatasetChecker(spec.rules, spec.columns) : undefined;
  const fileRows: number[] = [];
  let partsHere = 0;
  let key = 0;
  for (const [f, parts] of plans.entries()) {
    const file = files[f] as PassFile;
    const origin: PartOrigin = { rows: 0, lines: 0 };
    for (let i = 0; i < parts.length; ) {
      let j = i;
      let part = parts[i] as FilePart;
      const found = await results.take(key + i);
      let state = found?.ok ? found.state : undefined;
      while (!state) {
        options.signal?.throwIfAborted();
        try {
          partsHere++;
          state = await runPart({ key: -1, file, part, origin: { ...origin }, spec });
        } catch (error) {
          const next = parts[j + 1];
          if (part.kind !== "text" || next?.kind !== "text" || !endsInsideQuotes(error)) throw error;
          j++;
          part = { kind: "text", start: part.start, end: next.end };
        }
      }
      if (state.profiles) {
        if (!profilers) profilers = state.profiles.map((profile) => ColumnProfiler.fromJSON(profile));
        else
          state.profiles.forEach((profile, c) => {
            profilers?.[c]?.merge(ColumnProfiler.fromJSON(profile));
          });
      }
      state.checkers?.forEach((checker, c) => {
        checkers?.[c]?.merge(checker, origin.rows);
      });
      if (state.dataset) dataset?.merge(state.dataset, origin.rows + 1, file.name, file.role);
      origin.rows += state.rows;
      origin.lines += state.lines;
      i = j + 1;
    }
    key += parts.length;
    fileRows.push(origin.rows);
  }
  const rows = fileRows.reduce((sum, count) => sum + count, 0);
  if (spec.profile && !profilers) profilers = spec.columns.map((name) => new ColumnProfiler(name));
  return {
    rows,
    fileRows,
    ...(profilers ? { profiles: profilers.map((profiler) => profiler.profile()) } : {}),
    ...(checkers ? { columnCheckers: checkers } : {}),
    ...(dataset ? { dataset } : {}),
    run: {
      threads: options.threads,
      workers: workerCount,
      parts: partCount,
      partsHere,
    },
  };
}

/** One log line on how a pass ran. */
export function passSummary(pass: PassOutput): string {
  const { parts, workers, partsHere } = pass.run;
  const where =
    workers > 0
      ? `${workers} worker thread(s)${partsHere > 0 ? `, ${partsHere} read again in this thread` : ""}`
      : "this thread";
  return `read ${pass.rows} rows in ${parts} part(s) on ${where}`;
}

// ---------------------------------------------------------------------------------------------------
// Workers

const WORKER_KEY = "trainyardTablePassWorker";

/** Results of parts as they come, taken in order by the merge; `take` gives undefined once none can come. */
class PartResults {
  private readonly ready = new Map<number, PartResult>();
  private readonly waiting = new Map<number, (result: PartResult | undefined) => void>();
  private closed = false;

  set(result: PartResult): void {
    const waiter = this.waiting.get(result.key);
    if (waiter) {
      this.waiting.delete(result.key);
      waiter(result);
    } else this.ready.set(result.key, result);
  }

  take(key: number): Promise<PartResult | undefined> {
    const result = this.ready.get(key);
    if (result) {
      this.ready.delete(key);
      return Promise.resolve(result);
    }
    if (this.closed) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiting.set(key, resolve));
  }

  /** No more results: whoever waits gets undefined (its part is then read by the merge itself). */
  close(): void {
    this.closed = true;
    for (const waiter of this.waiting.values()) waiter(undefined);
    this.waiting.clear();
  }
}

/**
 * Hands the tasks to `count` workers and this thread, each taking the next task when it finishes one. Tasks
 * a worker could not finish (it failed to start, crashed, or the read failed) get no successful result.
 */
function startPool(
  tasks: PartTask[],
  count: number,
  results: PartResults,
  hereAfter: Promise<void>,
  signal: AbortSignal | undefined,
): { stop: () => Promise<void> } {
  let next = 0;
  const workers: Worker[] = [];
  const ended: Promise<void>[] = [];
  for (let w = 0; w < count; w++) {
    let worker: Worker;
    try {
      worker = new Worker(workerFile(import.meta.url), {
        workerData: { [WORKER_KEY]: true, ...workerModule("table-pass") },
        // whatever a bundle's modules print while the worker evaluates them stays out of our output
        stdout: true,
        stderr: true,
      });
    } catch {
      continue;
    }
    workers.push(worker);
    ended.push(
      new Promise<void>((done) => {
        // Tasks sent and not answered, in the order the worker reads them.
        const sent: number[] = [];
        const give = () => {
          // Two ahead while many remain, so the worker starts its next part as it ends one instead of
          // waiting for this thread (busy reading a part of its own) to answer; one near the end, so that no
          // part waits in a queue while another thread has none.
          const ahead = tasks.length - next > 2 * (count + 1) ? 2 : 1;
          while (sent.length < ahead && next < tasks.length) {
            const key = next++;
            sent.push(key);
            worker.postMessage(tasks[key]);
          }
          if (sent.length === 0) done();
        };
        worker.on("message", (result: PartResult) => {
          sent.splice(sent.indexOf(result.key), 1);
          results.set(result);
          give();
        });
        // a worker that cannot start or dies: its tasks get failed results and are read by the merge
        const failed = () => {
          for (const key of sent.splice(0)) results.set({ key, ok: false });
          done();
        };
        worker.on("error", failed);
        worker.on("exit", failed);
        give();
      }),
    );
  }
  // This thread reads parts as well; its reads are speculative too (the origin comes later).
  const here = (async () => {
    await hereAfter.catch(() => undefined);
    while (next < tasks.length && !signal?.aborted) {
      const task = tasks[next++] as PartTask;
      results.set(
        await runPart(task).then(
          (state): PartResult => ({ key: task.key, ok: true, state }),
          (): PartResult => ({ key: task.key, ok: false }),
        ),
      );
    }
  })();
  const all = Promise.all([here, ...ended]).then(() => results.close());
  return {
    stop: async () => {
      next = tasks.length;
      for (const worker of workers) worker.terminate().catch(() => undefined);
      results.close();
      await all.catch(() => undefined);
    },
  };
}

function transfersOf(state: PartState): ArrayBuffer[] {
  return state.dataset ? partialTransfers(state.dataset) : [];
}

function isWorkerData(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as Record<string, unknown>)[WORKER_KEY] === true;
}

// A worker started by runInWorkers: take tasks until terminated; never return to the rest of the file (in a
// bundle: the entry point).
if (!isMainThread && parentPort && isWorkerData(workerData)) {
  const port = parentPort;
  // Parts are read one at a time, in the order they came (the pool sends up to two ahead).
  const queue: PartTask[] = [];
  let reading = false;
  const readNext = async () => {
    reading = true;
    for (let task = queue.shift(); task; task = queue.shift()) {
      const key = task.key;
      await runPart(task).then(
        (state) => port.postMessage({ key, ok: true, state } satisfies PartResult, transfersOf(state)),
        () => port.postMessage({ key, ok: false } satisfies PartResult),
      );
    }
    reading = false;
  };
  port.on("message", (task: PartTask) => {
    queue.push(task);
    if (!reading) void readNext();
  });
  await new Promise<never>(() => undefined);
}
