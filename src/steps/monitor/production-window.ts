import type { RowBatch } from "../../data/row-batch.js";
import { UserError } from "../../errors/user-error.js";
import { ColumnProfiler } from "../../stats/column-profile.js";
import {
  type BootstrapOptions,
  bootstrapBinaryUnits,
  bootstrapMetrics,
  type MetricInterval,
  metricValues,
  subsetPredictions,
  type TaskPredictions,
} from "../../stats/metric-set.js";
import { parseIsoTimestamp } from "../../stats/parse-text.js";
import { DEFAULT_MAX_UNITS, type Quantisation, StreamingBinaryUnits } from "../../stats/streaming-units.js";
import { type EvaluationTask, labelText } from "../evaluate/task-labels.js";
import type { PairedRows } from "./paired-rows.js";

export const DAY_MS = 86_400_000;

/** How production rows are read: the champion's task and classes, and the columns that carry each part. */
export interface ProductionEncoding {
  task: EvaluationTask;
  /** binary: [negative, positive]; multiclass: every class in index order (as the champion's evaluation). */
  classes?: string[];
  labelColumn: string;
  timestampColumn: string;
  modelVersionColumn: string;
  /** The champion's version: rows naming another one in the model-version column are refused. */
  championVersion: string;
  /** Where each setting comes from, for error messages. */
  origins: { label: string; timestamp: string };
  /** The window's start, epoch ms: older rows are counted and skipped. */
  sinceMs: number;
  /** Feature columns to profile for drift, chosen from a file's columns. */
  features: (columns: string[]) => string[];
  /** Binary: the most distinct scores kept (streaming-units.ts); past it scores are quantised. */
  maxUnits?: number;
  /** Pairs rows whose id is one of the champion's test rows' (paired-rows.ts). */
  paired?: PairedRows;
}

/** Each UTC day of a binary window gets units of its own, with this share of the window's cap (≥ 4,096). */
const DAY_UNITS_SHARE = 64;

class GrowableFloat64 {
  data = new Float64Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

class GrowableInt32 {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

interface FileColumns {
  timestamp: number;
  label: number;
  modelVersion: number;
  /** binary: the score column; multiclass: one per class; regression: the prediction column. */
  predictions: number[];
  predictionNames: string[];
  features: [ColumnProfiler, number][];
  /** The id column of paired rows, −1 without one. */
  id: number;
}

function timeOf(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") {
    const text = value.trim();
    if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
    return parseIsoTimestamp(text);
  }
  return Number.NaN;
}

function numberOf(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && value.trim() !== "") return Number(value);
  return Number.NaN;
}

/**
 * The window's labelled production predictions, gathered in one streaming pass over the files.
 * Binary (bounded memory): each row joins the window's (label, score) units and its UTC day's
 * (streaming-units.ts): memory grows with distinct scores up to `maxUnits`, then scores are quantised with
 * stated bounds, never with rows. Multiclass and regression: labels and predictions go into typed arrays
 * (the metrics and the bootstrap take every row: 8 + 8·classes bytes a multiclass row, 16 a regression row)
 * and each row's UTC day into a third. Every feature column goes into a bounded-memory column profiler for
 * drift. Rows before the window are counted and dropped.
 */
export class ProductionWindow {
  private readonly labels = new GrowableInt32();
  private readonly actual = new GrowableFloat64();
  private readonly values = new GrowableFloat64();
  private readonly days = new GrowableInt32();
  private readonly profilers = new Map<string, ColumnProfiler>();
  private readonly binary: StreamingBinaryUnits | undefined;
  private readonly binaryDays = new Map<number, StreamingBinaryUnits>();
  private readonly maxUnits: number;
  private measured = 0;
  private readonly classIndex: Map<string, number>;
  private columns: FileColumns | undefined;
  private file = "";
  readonly firstDay: number;
  olderRows = 0;
  unlabelledRows = 0;
  rowsRead = 0;
  newestOlder = Number.NaN;
  /** Files without the paired id column. */
  readonly filesWithoutId: string[] = [];
  private readonly scratch: Float64Array;

  constructor(private readonly encoding: ProductionEncoding) {
    this.classIndex = new Map((encoding.classes ?? []).map((label, index) => [label, index]));
    this.firstDay = Math.floor(encoding.sinceMs / DAY_MS);
    this.maxUnits = encoding.maxUnits ?? DEFAULT_MAX_UNITS;
    this.scratch = new Float64Array(Math.max(1, encoding.classes?.length ?? 1));
    if (encoding.task === "binary") this.binary = new StreamingBinaryUnits(this.maxUnits);
    if (encoding.task !== "regression" && !encoding.classes?.length)
      throw new UserError(`the champion's evaluation records no classes for its ${encoding.task} task`);
  }

  get rows(): number {
    return this.measured;
  }

  /** Starts a file: its columns are looked up on its first batch. */
  startFile(file: string): void {
    this.file = file;
    this.columns = undefined;
  }

  add(batch: RowBatch): void {
    this.columns ??= this.locate(batch.columns);
    const columns = this.columns;
    const { sinceMs, championVersion, task } = this.encoding;
    const k = this.encoding.classes?.length ?? 0;
    for (let i = 0; i < batch.rows.length; i++) {
      const row = batch.rows[i] as unknown[];
      this.rowsRead++;
      const rowNumber = batch.firstRowNumber + i;
      const rawTime = row[columns.timestamp];
      const time = timeOf(rawTime);
      if (!Number.isFinite(time))
        throw new UserError(
          `${this.file}: row ${rowNumber}, column "${this.encoding.timestampColumn}": ${JSON.stringify(labelText(rawTime) ?? null)} is not a time; write ISO 8601 (2024-06-01T12:00:00Z) or epoch milliseconds (${this.encoding.origins.timestamp})`,
        );
      if (time < sinceMs) {
        this.olderRows++;
        if (!(time <= this.newestOlder)) this.newestOlder = time;
        continue;
      }
      if (columns.modelVersion >= 0) {
        const version = labelText(row[columns.modelVersion]);
        if (version !== undefined && version !== championVersion)
          throw new UserError(
            `${this.file}: row ${rowNumber} was predicted by model version ${version}, but the champion is version ${championVersion}; monitor only the champion's predictions (filter the rows, or start the window after the promotion with since), column "${this.encoding.modelVersionColumn}"`,
          );
      }
      const label = labelText(row[columns.label]);
      if (label === undefined) {
        this.unlabelledRows++;
        continue;
      }
      for (const [profiler, index] of columns.features) profiler.add(row[index]);
      const paired = columns.id >= 0 ? this.encoding.paired : undefined;
      if (task === "regression") {
        const actual = this.number(row, columns.label, this.encoding.labelColumn, rowNumber);
        const predicted = this.number(row, columns.predictions[0] as number, "prediction", rowNumber);
        this.actual.push(actual);
        this.values.push(predicted);
        if (paired) {
          this.scratch[0] = predicted;
          paired.add(row[columns.id], time, actual, this.scratch);
        }
      } else {
        const code = this.classIndex.get(label);
        if (code === undefined)
          throw new UserError(
            `${this.file}: row ${rowNumber}, label column "${this.encoding.labelColumn}": "${label}" is not a class the champion was evaluated on (${this.encoding.classes?.join(", ")})`,
          );
        if (this.binary !== undefined) {
          const name = columns.predictionNames[0] as string;
          const p = this.number(row, columns.predictions[0] as number, name, rowNumber);
          if (p < 0 || p > 1)
            throw new UserError(
              `${this.file}: row ${rowNumber}, column "${name}": ${p} is not a probability in [0, 1]`,
            );
          const y = code === 1 ? 1 : 0;
          this.binary.add(y, p);
          if (paired) {
            this.scratch[0] = p;
            paired.add(row[columns.id], time, y, this.scratch);
          }
          const day = Math.floor(time / DAY_MS) - this.firstDay;
          let units = this.binaryDays.get(day);
          if (units === undefined) {
            units = new StreamingBinaryUnits(Math.max(4096, Math.floor(this.maxUnits / DAY_UNITS_SHARE)), 0);
            this.binaryDays.set(day, units);
          }
          units.add(y, p);
          this.measured++;
          continue;
        }
        this.labels.push(code);
        for (let c = 0; c < k; c++) {
          const name = columns.predictionNames[c] as string;
          const p = this.number(row, columns.predictions[c] as number, name, rowNumber);
          if (p < 0 || p > 1)
            throw new UserError(
              `${this.file}: row ${rowNumber}, column "${name}": ${p} is not a probability in [0, 1]`,
            );
          this.values.push(p);
          this.scratch[c] = p;
        }
        if (paired) paired.add(row[columns.id], time, code, this.scratch);
      }
      this.days.push(Math.floor(time / DAY_MS) - this.firstDay);
      this.measured++;
    }
  }

  private number(row: unknown[], index: number, name: string, rowNumber: number): number {
    const value = numberOf(row[index]);
    if (!Number.isFinite(value))
      throw new UserError(
        `${this.file}: row ${rowNumber}, column "${name}": expected a number, found ${JSON.stringify(labelText(row[index]) ?? null)}`,
      );
    return value;
  }

  private locate(names: string[]): FileColumns {
    const { encoding } = this;
    const find = (name: string, why: string) => {
      const index = names.indexOf(name);
      if (index < 0)
        throw new UserError(
          `${this.file} has no ${why} column "${name}" (${why === "label" ? encoding.origins.label : why === "timestamp" ? encoding.origins.timestamp : "the champion's predictions"}); its columns are ${names.join(", ") || "none"}`,
        );
      return index;
    };
    const timestamp = find(encoding.timestampColumn, "timestamp");
    const label = find(encoding.labelColumn, "label");
    let predictionNames: string[];
    if (encoding.task === "regression") predictionNames = ["prediction"];
    else if (encoding.task === "binary") {
      const positive = encoding.classes?.[1] as string;
      predictionNames = [names.includes("score") ? "score" : `proba_${positive}`];
      if (!names.includes(predictionNames[0] as string))
        throw new UserError(
          `${this.file} has no "score" column (the probability of the positive class "${positive}") nor "proba_${positive}"; its columns are ${names.join(", ")}`,
        );
    } else predictionNames = (encoding.classes ?? []).map((label) => `proba_${label}`);
    const predictions = predictionNames.map((name) => find(name, "prediction"));
    const features: [ColumnProfiler, number][] = encoding.features(names).map((name) => {
      let profiler = this.profilers.get(name);
      if (!profiler) {
        profiler = new ColumnProfiler(name);
        this.profilers.set(name, profiler);
      }
      return [profiler, names.indexOf(name)];
    });
    const id = encoding.paired ? names.indexOf(encoding.paired.productionIdColumn) : -1;
    if (encoding.paired && id < 0) this.filesWithoutId.push(this.file);
    return {
      id,
      timestamp,
      label,
      modelVersion: names.indexOf(encoding.modelVersionColumn),
      predictions,
      predictionNames,
      features,
    };
  }

  /**
   * Every metric of the task with its bootstrap interval, as evaluate computes them: binary windows from
   * their units (the rows themselves below POISSON_MIN_ROWS rows), others from the rows.
   */
  measure(options: BootstrapOptions): Record<string, MetricInterval> {
    if (this.binary === undefined) return bootstrapMetrics(this.predictions(), options);
    const rows = this.binary.rawRows();
    if (rows !== undefined) return bootstrapMetrics({ task: "binary", ...rows }, options);
    const units = this.binary.unitCounts();
    return bootstrapBinaryUnits(units.labels, units.scores, units.counts, options);
  }

  /** How a binary window's scores were quantised (undefined when they were not, or not binary). */
  quantisation(): Quantisation | undefined {
    return this.binary?.quantisation();
  }

  /** UTC days whose binary units were quantised (their value moves by at most their own bounds). */
  quantisedDays(): number {
    let days = 0;
    for (const units of this.binaryDays.values()) if (units.quantised) days++;
    return days;
  }

  /** A metric's value per UTC day, from the window's first day to its last row's day (null: no rows, or
   * the metric is undefined on them). */
  dailyValues(metric: string): { day: string; rows: number; value: number | null }[] {
    const finite = (value: number | undefined) =>
      value !== undefined && Number.isFinite(value) ? value : null;
    const dayName = (d: number) => new Date((this.firstDay + d) * DAY_MS).toISOString().slice(0, 10);
    if (this.binary === undefined) {
      const predictions = this.predictions();
      return this.rowsByDay().map(({ day, rows }) => ({
        day,
        rows: rows.length,
        value: rows.length > 0 ? finite(metricValues(subsetPredictions(predictions, rows))[metric]) : null,
      }));
    }
    const last = Math.max(-1, ...this.binaryDays.keys());
    return Array.from({ length: last + 1 }, (_, d) => {
      const units = this.binaryDays.get(d);
      if (units === undefined) return { day: dayName(d), rows: 0, value: null };
      const merged = units.unitCounts();
      const values = metricValues(
        { task: "binary", labels: merged.labels, scores: merged.scores },
        merged.counts,
      );
      return { day: dayName(d), rows: units.rows, value: finite(values[metric]) };
    });
  }

  /** The window's predictions as the metrics take them (multiclass and regression: binary keeps units). */
  predictions(): TaskPredictions {
    const { task } = this.encoding;
    if (task === "regression") return { task, actual: this.actual.view(), predicted: this.values.view() };
    if (task === "binary") throw new Error("a binary window keeps units, not rows: use measure()");
    return {
      task,
      labels: this.labels.view(),
      probabilities: this.values.view(),
      classes: this.encoding.classes?.length ?? 0,
    };
  }

  /** Each UTC day's row indexes, from the window's first day to its last row's day. */
  rowsByDay(): { day: string; rows: Uint32Array }[] {
    const days = this.days.view();
    let last = -1;
    for (let i = 0; i < days.length; i++) if ((days[i] as number) > last) last = days[i] as number;
    const counts = new Uint32Array(last + 1);
    for (let i = 0; i < days.length; i++)
      counts[days[i] as number] = (counts[days[i] as number] as number) + 1;
    const lists = Array.from(counts, (count) => new Uint32Array(count));
    const filled = new Uint32Array(last + 1);
    for (let i = 0; i < days.length; i++) {
      const d = days[i] as number;
      const at = filled[d] as number;
      (lists[d] as Uint32Array)[at] = i;
      filled[d] = at + 1;
    }
    return lists.map((rows, d) => ({
      day: new Date((this.firstDay + d) * DAY_MS).toISOString().slice(0, 10),
      rows,
    }));
  }

  /** The production profiles of the feature columns, for drift. */
  profiles() {
    return [...this.profilers.values()].map((profiler) => profiler.profile());
  }
}
