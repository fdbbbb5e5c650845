import type { RowBatch } from "../../data/row-batch.js";
import { UserError } from "../../errors/user-error.js";
import { ColumnProfiler } from "../../stats/column-profile.js";
import type { TaskPredictions } from "../../stats/metric-set.js";
import { parseIsoTimestamp } from "../../stats/parse-text.js";
import { type EvaluationTask, labelText } from "../evaluate/task-labels.js";

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
}

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
 * The window's labelled production predictions, gathered in one streaming pass over the files: labels and
 * predictions go into typed arrays (the metrics and the bootstrap need every row: 12–16 bytes a row for a
 * binary model), each row's UTC day into a third, and every feature column into a bounded-memory column
 * profiler for drift. Rows before the window are counted and dropped.
 */
export class ProductionWindow {
  private readonly labels = new GrowableInt32();
  private readonly actual = new GrowableFloat64();
  private readonly values = new GrowableFloat64();
  private readonly days = new GrowableInt32();
  private readonly profilers = new Map<string, ColumnProfiler>();
  private readonly classIndex: Map<string, number>;
  private columns: FileColumns | undefined;
  private file = "";
  readonly firstDay: number;
  olderRows = 0;
  unlabelledRows = 0;
  rowsRead = 0;
  newestOlder = Number.NaN;

  constructor(private readonly encoding: ProductionEncoding) {
    this.classIndex = new Map((encoding.classes ?? []).map((label, index) => [label, index]));
    this.firstDay = Math.floor(encoding.sinceMs / DAY_MS);
    if (encoding.task !== "regression" && !encoding.classes?.length)
      throw new UserError(`the champion's evaluation records no classes for its ${encoding.task} task`);
  }

  get rows(): number {
    return this.days.length;
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
      if (task === "regression") {
        this.actual.push(this.number(row, columns.label, this.encoding.labelColumn, rowNumber));
        this.values.push(this.number(row, columns.predictions[0] as number, "prediction", rowNumber));
      } else {
        const code = this.classIndex.get(label);
        if (code === undefined)
          throw new UserError(
            `${this.file}: row ${rowNumber}, label column "${this.encoding.labelColumn}": "${label}" is not a class the champion was evaluated on (${this.encoding.classes?.join(", ")})`,
          );
        this.labels.push(task === "binary" ? (code === 1 ? 1 : 0) : code);
        for (let c = 0; c < (task === "binary" ? 1 : k); c++) {
          const name = columns.predictionNames[c] as string;
          const p = this.number(row, columns.predictions[c] as number, name, rowNumber);
          if (p < 0 || p > 1)
            throw new UserError(
              `${this.file}: row ${rowNumber}, column "${name}": ${p} is not a probability in [0, 1]`,
            );
          this.values.push(p);
        }
      }
      this.days.push(Math.floor(time / DAY_MS) - this.firstDay);
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
    return {
      timestamp,
      label,
      modelVersion: names.indexOf(encoding.modelVersionColumn),
      predictions,
      predictionNames,
      features,
    };
  }

  /** The window's predictions as the metrics take them. */
  predictions(): TaskPredictions {
    const { task } = this.encoding;
    if (task === "regression") return { task, actual: this.actual.view(), predicted: this.values.view() };
    if (task === "binary") return { task, labels: this.labels.view(), scores: this.values.view() };
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
