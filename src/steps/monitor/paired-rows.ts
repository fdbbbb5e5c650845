/**
 * The monitor's paired comparison: the champion's evaluation rows by id (from the `evaluation/predictions.csv`
 * its run holds, which evaluate writes with each test row's id and label when evaluate.id_column is set), and
 * the production rows in the window that carry one of those ids. Memory is bounded by the evaluation's test
 * set: one slot per test row, whatever the window's size; when an id occurs on several production rows in
 * the window, the newest is kept.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { EvaluationReport } from "../../config/contracts/evaluation-report.js";
import { subsetPredictions, type TaskPredictions } from "../../stats/metric-set.js";
import type { Tracker } from "../../tracking/ports.js";
import { buildPredictions } from "../evaluate/build-predictions.js";
import { readColumns } from "../evaluate/read-columns.js";
import { labelText } from "../evaluate/task-labels.js";

/** The champion's evaluation rows, each with its id. */
export interface EvaluationRows {
  idColumn: string;
  predictions: TaskPredictions;
  /** id → its row; ids on more than one test row are left out (they cannot be paired). */
  rowOfId: Map<string, number>;
  rows: number;
  repeatedIds: number;
}

/**
 * Reads the champion's evaluation rows through the Tracker port, or says why there are none to pair with
 * (the reason is shown as "unpaired (MOVER): <reason>").
 */
export async function evaluationRows(
  tracker: Tracker,
  runId: string,
  evaluation: EvaluationReport,
  dir: string,
): Promise<EvaluationRows | { reason: string }> {
  const idColumn = evaluation.idColumn;
  if (!idColumn)
    return {
      reason:
        "the champion's evaluation recorded no row ids (set evaluate.id_column and evaluate the champion again to pair by id)",
    };
  const file = join(dir, "champion-predictions.csv");
  await rm(file, { force: true });
  try {
    await tracker.downloadArtifacts(runId, "evaluation/predictions.csv", file);
  } catch (error) {
    return {
      reason: `the champion's run ${runId} has no evaluation/predictions.csv to pair with (${(error as Error).message.split("\n")[0]})`,
    };
  }
  const read = await readColumns(file, (columns) => columns);
  for (const name of [idColumn, evaluation.labelColumn])
    if (!read.values.has(name))
      return {
        reason: `the champion's evaluation/predictions.csv has no column "${name}" (evaluate.id_column records it)`,
      };
  let built: ReturnType<typeof buildPredictions>;
  try {
    built = buildPredictions({
      task: evaluation.task,
      labels: read.values.get(evaluation.labelColumn) as unknown[],
      labelColumn: evaluation.labelColumn,
      predictions: { file: "evaluation/predictions.csv", ...read },
      ...(evaluation.task === "binary" && evaluation.classes?.[1] !== undefined
        ? { positiveClass: evaluation.classes[1] }
        : {}),
    });
  } catch (error) {
    return {
      reason: `the champion's evaluation/predictions.csv cannot be read back: ${(error as Error).message}`,
    };
  }
  if (evaluation.task !== "regression" && built.classes?.join("\n") !== evaluation.classes?.join("\n"))
    return {
      reason: `the champion's evaluation/predictions.csv has classes ${built.classes?.join(", ")}, its evaluation ${evaluation.classes?.join(", ")}`,
    };
  const rowOfId = new Map<string, number>();
  const repeated = new Set<string>();
  const ids = read.values.get(idColumn) as unknown[];
  for (let row = 0; row < ids.length; row++) {
    const id = labelText(ids[row]);
    if (id === undefined) continue;
    if (rowOfId.has(id)) repeated.add(id);
    else rowOfId.set(id, row);
  }
  for (const id of repeated) rowOfId.delete(id);
  return { idColumn, predictions: built.predictions, rowOfId, rows: read.rows, repeatedIds: repeated.size };
}

/**
 * Production rows matched to evaluation rows by id: per evaluation row, the newest production row of its id
 * in the window (its time, label and prediction values: a score, k probabilities, or a predicted value).
 */
export class PairedRows {
  /** Production rows in the window whose id column had a value. */
  rowsWithId = 0;
  /** Of those, rows whose id is one of the evaluation's. */
  matchedRows = 0;
  private readonly time: Float64Array;
  private readonly label: Float64Array;
  private readonly values: Float64Array;
  private readonly width: number;

  constructor(
    readonly evaluation: EvaluationRows,
    readonly productionIdColumn: string,
  ) {
    const p = evaluation.predictions;
    this.width = p.task === "multiclass" ? p.classes : 1;
    const n = evaluation.rows;
    this.time = new Float64Array(n).fill(Number.NaN);
    this.label = new Float64Array(n);
    this.values = new Float64Array(n * this.width);
  }

  /** A labelled production row in the window: `label` is the class code or the actual value. */
  add(id: unknown, time: number, label: number, values: ArrayLike<number>): void {
    const text = labelText(id);
    if (text === undefined) return;
    this.rowsWithId++;
    const row = this.evaluation.rowOfId.get(text);
    if (row === undefined) return;
    this.matchedRows++;
    const previous = this.time[row] as number;
    if (previous > time) return;
    this.time[row] = time;
    this.label[row] = label;
    for (let c = 0; c < this.width; c++) this.values[row * this.width + c] = values[c] as number;
  }

  /** Evaluation rows with a production row. */
  get ids(): number {
    let count = 0;
    for (let i = 0; i < this.time.length; i++) if (!Number.isNaN(this.time[i] as number)) count++;
    return count;
  }

  /** Both sides on the matched ids, row i of each the same id. */
  sides(): { evaluation: TaskPredictions; production: TaskPredictions } {
    const matched: number[] = [];
    for (let i = 0; i < this.time.length; i++) if (!Number.isNaN(this.time[i] as number)) matched.push(i);
    const rows = Uint32Array.from(matched);
    const evaluation = subsetPredictions(this.evaluation.predictions, rows);
    const n = rows.length;
    const k = this.width;
    const values = new Float64Array(n * k);
    for (let i = 0; i < n; i++) {
      const r = rows[i] as number;
      values.set(this.values.subarray(r * k, r * k + k), i * k);
    }
    let production: TaskPredictions;
    if (evaluation.task === "regression")
      production = {
        task: "regression",
        actual: Float64Array.from(rows, (r) => this.label[r] as number),
        predicted: values,
      };
    else {
      const labels = Int32Array.from(rows, (r) => this.label[r] as number);
      production =
        evaluation.task === "binary"
          ? { task: "binary", labels, scores: values }
          : { task: "multiclass", labels, probabilities: values, classes: evaluation.classes };
    }
    return { evaluation, production };
  }
}
