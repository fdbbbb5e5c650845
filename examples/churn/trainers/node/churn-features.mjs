// Shared by train.mjs and predict.mjs: the contract's environment, a small CSV reader and the churn
// example's features (one-hot categories, standardised numbers).
import { readFileSync } from "node:fs";

export const LABEL = "churned";
export const CATEGORICAL = ["country", "plan"];
export const NUMERIC = ["age", "tenure_months", "monthly_spend", "support_tickets"];

/** Stops the process with a clear message on stderr and exit code 2 (a usage or input error). */
export function fail(message) {
  console.error(`error: ${message}`);
  process.exit(2);
}

/** A variable of trainyard's train or predict contract; missing or empty stops the command. */
export function requireEnv(name) {
  const value = process.env[name];
  if (!value) fail(`${name} is not set: this command follows trainyard's contract (see trainers/README.md)`);
  return value;
}

export function readText(path, what) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    return fail(`cannot read ${what} ${path}: ${error.message}`);
  }
}

/**
 * Reads a CSV file with a header row (RFC 4180: quoted fields may hold commas, quotes as "" and line
 * breaks). Blank lines are skipped; a row with another number of fields than the header stops the command.
 */
export function readCsv(path) {
  const text = readText(path, "the CSV file").replace(/^\uFEFF/, "");
  const records = [];
  let record = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    record.push(field);
    if (record.length > 1 || record[0] !== "") records.push({ fields: record, line: recordLine });
    record = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"') {
      if (field !== "") fail(`${path}:${line}: a quote inside an unquoted field`);
      quoted = true;
    } else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += char;
  }
  if (quoted) fail(`${path}:${recordLine}: a quoted field is not closed before the end of the file`);
  if (field !== "" || record.length > 0) endRecord();
  const [header, ...rest] = records;
  if (!header) fail(`${path} is empty: expected a header row`);
  const columns = header.fields;
  for (const { fields, line: at } of rest) {
    if (fields.length !== columns.length)
      fail(`${path}:${at}: ${fields.length} fields, but the header has ${columns.length}`);
  }
  return { columns, rows: rest.map((entry) => entry.fields) };
}

/** The position of each named column; a missing column stops the command. */
export function columnIndexes(columns, names, path) {
  const missing = names.filter((name) => !columns.includes(name));
  if (missing.length > 0)
    fail(
      `${path} has no column ${missing.map((name) => `"${name}"`).join(", ")} (columns: ${columns.join(", ")})`,
    );
  return Object.fromEntries(names.map((name) => [name, columns.indexOf(name)]));
}

/** The model's feature names, in the order of featureVector. */
export function featureNames(encoding) {
  return [
    ...CATEGORICAL.flatMap((name) => encoding.categories[name].map((category) => `${name}=${category}`)),
    ...NUMERIC,
  ];
}

/**
 * One row's features as the model's `encoding` describes them: one-hot categories (an unseen category is
 * all zeros), then standardised numbers (a missing or non-numeric value becomes the training mean, 0).
 */
export function featureVector(row, index, encoding) {
  const features = [];
  for (const name of CATEGORICAL) {
    const value = row[index[name]];
    for (const category of encoding.categories[name]) features.push(value === category ? 1 : 0);
  }
  for (const name of NUMERIC) {
    const text = row[index[name]].trim();
    const raw = text === "" ? Number.NaN : Number(text);
    const { mean, std } = encoding.scaling[name];
    features.push(Number.isFinite(raw) ? (raw - mean) / std : 0);
  }
  return features;
}

export const sigmoid = (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
