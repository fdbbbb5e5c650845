import { UserError } from "../../errors/user-error.js";
import type { TaskPredictions } from "../../stats/metric-set.js";
import { type EvaluationTask, labelText, positiveClassOf, sortClasses } from "./task-labels.js";

export class PredictionsError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "PredictionsError";
  }
}

export interface PredictionColumns {
  file: string;
  columns: string[];
  rows: number;
  values: Map<string, unknown[]>;
}

export interface BuiltPredictions {
  predictions: TaskPredictions;
  /** For classification, the class labels in index order; for binary [negative, positive]. */
  classes?: string[];
}

function numberAt(values: unknown[], row: number, column: string, file: string): number {
  const value = values[row];
  const number =
    typeof value === "number"
      ? value
      : typeof value === "bigint"
        ? Number(value)
        : Number(labelText(value) ?? Number.NaN);
  if (!Number.isFinite(number))
    throw new PredictionsError(
      `${file}: row ${row + 1}, column "${column}": expected a number, found ${JSON.stringify(value ?? null)}`,
    );
  return number;
}

function column(predictions: PredictionColumns, name: string, why: string): unknown[] {
  const values = predictions.values.get(name);
  if (!values)
    throw new PredictionsError(
      `${predictions.file} has no "${name}" column (${why}); its columns are ${predictions.columns.join(", ") || "none"}`,
    );
  return values;
}

/**
 * Pairs the test file's labels with the prediction command's output into the typed arrays the metrics take.
 * Every mismatch (row count, a missing column, a value that is not a probability, an unknown class) is an
 * error that names the file, the row and what was expected.
 */
export function buildPredictions(options: {
  task: EvaluationTask;
  labels: unknown[];
  labelColumn: string;
  predictions: PredictionColumns;
  positiveClass?: string;
}): BuiltPredictions {
  const { task, labels, predictions } = options;
  const n = labels.length;
  if (predictions.rows !== n) {
    throw new PredictionsError(
      `${predictions.file} has ${predictions.rows} row(s) but the test file has ${n}: the prediction command must write exactly one prediction per input row, in input order`,
    );
  }
  const missingLabel = labels.findIndex((value) => labelText(value) === undefined);
  if (missingLabel >= 0)
    throw new PredictionsError(
      `test file row ${missingLabel + 1}: the label column "${options.labelColumn}" is empty`,
    );

  if (task === "regression") {
    const actual = new Float64Array(n);
    const predicted = new Float64Array(n);
    const values = column(predictions, "prediction", "a regression model's predicted value");
    for (let row = 0; row < n; row++) {
      actual[row] = numberAt(labels, row, options.labelColumn, "the test file");
      predicted[row] = numberAt(values, row, "prediction", predictions.file);
    }
    return { predictions: { task, actual, predicted } };
  }

  const probaClasses = predictions.columns
    .filter((name) => name.startsWith("proba_"))
    .map((name) => name.slice("proba_".length));
  const classes = sortClasses([...labels.map((value) => labelText(value) as string), ...probaClasses]);
  const classIndex = new Map(classes.map((label, index) => [label, index]));

  if (task === "binary") {
    if (classes.length > 2)
      throw new PredictionsError(
        `a binary task needs two classes, found ${classes.length} (${classes.slice(0, 10).join(", ")}); set evaluate.task: multiclass`,
      );
    const positive = positiveClassOf(classes, options.positiveClass);
    const negative = classes.find((label) => label !== positive) ?? `not ${positive}`;
    const scoreValues = predictions.values.get("score") ?? predictions.values.get(`proba_${positive}`);
    if (!scoreValues)
      throw new PredictionsError(
        `${predictions.file} has no "score" column (the probability of the positive class "${positive}") nor "proba_${positive}"; its columns are ${predictions.columns.join(", ")}`,
      );
    const scoreColumn = predictions.values.has("score") ? "score" : `proba_${positive}`;
    const scores = new Float64Array(n);
    const labelCodes = new Int32Array(n);
    for (let row = 0; row < n; row++) {
      const score = numberAt(scoreValues, row, scoreColumn, predictions.file);
      if (score < 0 || score > 1)
        throw new PredictionsError(
          `${predictions.file}: row ${row + 1}, column "${scoreColumn}": ${score} is not a probability in [0, 1]`,
        );
      scores[row] = score;
      labelCodes[row] = labelText(labels[row]) === positive ? 1 : 0;
    }
    return { predictions: { task, labels: labelCodes, scores }, classes: [negative, positive] };
  }

  const k = classes.length;
  const probabilities = new Float64Array(n * k);
  const probaValues = classes.map((label) =>
    column(
      predictions,
      `proba_${label}`,
      `the probability of class "${label}"; a multiclass model writes proba_<class> for every class`,
    ),
  );
  const labelCodes = new Int32Array(n);
  for (let row = 0; row < n; row++) {
    labelCodes[row] = classIndex.get(labelText(labels[row]) as string) as number;
    for (let c = 0; c < k; c++) {
      const p = numberAt(probaValues[c] as unknown[], row, `proba_${classes[c]}`, predictions.file);
      if (p < 0 || p > 1)
        throw new PredictionsError(
          `${predictions.file}: row ${row + 1}, column "proba_${classes[c]}": ${p} is not a probability`,
        );
      probabilities[row * k + c] = p;
    }
  }
  return { predictions: { task, labels: labelCodes, probabilities, classes: k }, classes };
}

/**
 * When the predictions repeat a column of the test file (an id, say), its values must match row by row:
 * the cheapest proof that predictions are aligned with the rows they claim to predict.
 */
export function checkAlignment(
  test: Map<string, unknown[]>,
  predictions: PredictionColumns,
  shared: string[],
): void {
  for (const name of shared) {
    const expected = test.get(name);
    const actual = predictions.values.get(name);
    if (!expected || !actual) continue;
    for (let row = 0; row < expected.length; row++) {
      if (labelText(expected[row]) !== labelText(actual[row])) {
        throw new PredictionsError(
          `${predictions.file} is misaligned with the test file: row ${row + 1} has ${name} = ${JSON.stringify(labelText(actual[row]) ?? null)}, the test file ${JSON.stringify(labelText(expected[row]) ?? null)}; predictions must keep the input's row order`,
        );
      }
    }
  }
}
