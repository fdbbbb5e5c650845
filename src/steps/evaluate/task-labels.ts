import { UserError } from "../../errors/user-error.js";
/** Task inference and label encoding for evaluation: pure functions over the label column's values. */

export type EvaluationTask = "binary" | "multiclass" | "regression";

/** A label as text, the way it appears in predictions' `proba_<class>` columns. */
export function labelText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString();
  const text = String(value).trim();
  return text === "" ? undefined : text;
}

function isNumeric(text: string): boolean {
  return text !== "" && Number.isFinite(Number(text));
}

/** Sorts class labels numerically when they are all numbers, else as text. */
export function sortClasses(classes: Iterable<string>): string[] {
  const list = [...new Set(classes)];
  return list.every(isNumeric)
    ? list.sort((a, b) => Number(a) - Number(b))
    : list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The task, when it is not configured: a `score` prediction column means binary and `proba_<class>` columns
 * classification (binary for two classes); otherwise numbers with fractions or more than 20 distinct values
 * mean regression, two labels binary, and anything else multiclass.
 */
export function inferTask(labels: unknown[], predictionColumns: string[]): EvaluationTask {
  const distinct = new Set<string>();
  let fractional = false;
  for (const value of labels) {
    const text = labelText(value);
    if (text === undefined || distinct.has(text)) continue;
    distinct.add(text);
    if (isNumeric(text) && !Number.isInteger(Number(text))) fractional = true;
    if (distinct.size > 1000) break;
  }
  if (predictionColumns.includes("score")) return "binary";
  const probaClasses = predictionColumns.filter((column) => column.startsWith("proba_"));
  if (probaClasses.length > 0) {
    const classes = new Set([...distinct, ...probaClasses.map((column) => column.slice("proba_".length))]);
    return classes.size === 2 ? "binary" : "multiclass";
  }
  if ([...distinct].every(isNumeric) && (fractional || distinct.size > 20)) return "regression";
  return distinct.size === 2 ? "binary" : "multiclass";
}

const POSITIVE_WORDS = ["1", "true", "yes", "y", "positive", "pos"];

/** The positive class: the configured one, else 1/true/yes, else the larger of the two labels. */
export function positiveClassOf(classes: string[], configured?: string): string {
  if (configured !== undefined) {
    if (!classes.includes(configured))
      throw new UserError(
        `positive class "${configured}" is not a label in the test file (labels: ${classes.join(", ")})`,
      );
    return configured;
  }
  const named = classes.find((label) => POSITIVE_WORDS.includes(label.toLowerCase()));
  return named ?? (classes[classes.length - 1] as string);
}
