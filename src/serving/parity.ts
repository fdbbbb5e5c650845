/**
 * Serving parity: the predictions of the packaged model, loaded as a server loads it, against the
 * predictions evaluate measured, row by row. Pure functions on parsed tables.
 */

export const DEFAULT_MAX_ABS_DIFF = 1e-6;
/** How many differing rows a report shows. */
export const SHOWN_ROWS = 5;

export interface PredictionTable {
  header: string[];
  rows: string[][];
}

export interface DifferingRow {
  /** 1-based, as the test file's data rows are numbered. */
  row: number;
  column: string;
  evaluated: string;
  served: string;
  /** |evaluated − served| for a score column; null for a label or a missing value. */
  absDiff: number | null;
}

export interface ParityResult {
  rows: number;
  /** The columns compared: the label column `prediction`, and `score` or every `proba_<class>`. */
  columns: string[];
  mismatchedRows: number;
  maxAbsDiff: number;
  maxAllowed: number;
  passed: boolean;
  firstDiffering: DifferingRow[];
  /** Why nothing could be compared row by row (a row-count or column mismatch), when so. */
  problem?: string;
}

const SCORE = /^(score|proba_.+)$/;

function sameLabel(a: string, b: string): boolean {
  const left = a.trim();
  const right = b.trim();
  if (left === right) return true;
  // 1 and 1.0 are the same label once a framework has turned integers into floats.
  const x = Number(left);
  const y = Number(right);
  return left !== "" && right !== "" && Number.isFinite(x) && Number.isFinite(y) && x === y;
}

/**
 * Compares the packaged model's predictions (`served`) with evaluate's (`evaluated`): the same labels, and
 * every score within `maxAllowed`. A binary model may answer `proba_<positive>` for `score`.
 */
export function compareServing(
  evaluated: PredictionTable,
  served: PredictionTable,
  options: { maxAbsDiff?: number; positiveClass?: string } = {},
): ParityResult {
  const maxAllowed = options.maxAbsDiff ?? DEFAULT_MAX_ABS_DIFF;
  const base = { maxAllowed, maxAbsDiff: 0, mismatchedRows: 0, firstDiffering: [] as DifferingRow[] };
  const pairs: [string, number, number][] = [];
  for (const column of evaluated.header) {
    if (column !== "prediction" && !SCORE.test(column)) continue;
    let servedIndex = served.header.indexOf(column);
    if (servedIndex < 0 && column === "score" && options.positiveClass !== undefined)
      servedIndex = served.header.indexOf(`proba_${options.positiveClass}`);
    if (servedIndex >= 0) pairs.push([column, evaluated.header.indexOf(column), servedIndex]);
  }
  const columns = pairs.map(([column]) => column);
  const fail = (problem: string): ParityResult => ({
    ...base,
    rows: evaluated.rows.length,
    columns,
    passed: false,
    mismatchedRows: evaluated.rows.length,
    problem,
  });
  if (served.rows.length !== evaluated.rows.length)
    return fail(
      `the served model returned ${served.rows.length} row(s) for ${evaluated.rows.length} test row(s)`,
    );
  if (pairs.length === 0)
    return fail(
      `the served model's columns (${served.header.join(", ") || "none"}) share none of evaluate's prediction columns (${evaluated.header.join(", ")})`,
    );
  const missing = evaluated.header.filter(
    (column) => (column === "prediction" || SCORE.test(column)) && !columns.includes(column),
  );
  if (missing.length > 0)
    return fail(
      `the served model does not return ${missing.join(", ")} (it returns ${served.header.join(", ")})`,
    );
  let maxAbsDiff = 0;
  let mismatchedRows = 0;
  const firstDiffering: DifferingRow[] = [];
  for (let row = 0; row < evaluated.rows.length; row++) {
    let differs = false;
    for (const [column, e, s] of pairs) {
      const a = evaluated.rows[row]?.[e] ?? "";
      const b = served.rows[row]?.[s] ?? "";
      let bad: boolean;
      let absDiff: number | null = null;
      if (column === "prediction") bad = !sameLabel(a, b);
      else {
        const x = Number(a);
        const y = Number(b);
        if (a.trim() === "" || b.trim() === "" || !Number.isFinite(x) || !Number.isFinite(y))
          bad = a.trim() !== b.trim();
        else {
          absDiff = Math.abs(x - y);
          maxAbsDiff = Math.max(maxAbsDiff, absDiff);
          bad = absDiff > maxAllowed;
        }
      }
      if (bad) {
        differs = true;
        if (firstDiffering.length < SHOWN_ROWS)
          firstDiffering.push({ row: row + 1, column, evaluated: a, served: b, absDiff });
      }
    }
    if (differs) mismatchedRows++;
  }
  return {
    rows: evaluated.rows.length,
    columns,
    mismatchedRows,
    maxAbsDiff,
    maxAllowed,
    passed: mismatchedRows === 0,
    firstDiffering,
  };
}

/** The first `count` rows of a table (serve-check compares the input example's rows). */
export function headRows(table: PredictionTable, count: number): PredictionTable {
  return { header: table.header, rows: table.rows.slice(0, count) };
}
