import { parse, stringify } from "yaml";
import type { StoredColumnProfile } from "../config/contracts/snapshot-manifest.js";
import { UserError } from "../errors/user-error.js";

/**
 * The MLflow Model format as MLflow 3.x reads it (checked against mlflow 3.17's `mlflow/models/model.py`,
 * `mlflow/pyfunc/model.py` and `mlflow/pyfunc/loaders/code_model.py`): a YAML `MLmodel` file with
 * `flavors`, an optional `signature` whose `inputs`/`outputs` are JSON strings of column specs, and
 * `saved_input_example_info` naming `input_example.json` (pandas "split" orient) and
 * `serving_input_example.json` (the body `/invocations` takes). Pure functions: no I/O.
 */

export const MLMODEL_FILE = "MLmodel";
export const INPUT_EXAMPLE_FILE = "input_example.json";
export const SERVING_INPUT_FILE = "serving_input_example.json";
/** The models-from-code file of a wrapped predict command, and its settings, at the model's root. */
// Built at run time, so that the bundler does not take the name for a file to ship.
export const WRAPPER_CODE_FILE = ["trainyard_pyfunc", "py"].join(".");
export const WRAPPER_SETTINGS_FILE = "trainyard_predict.json";
/** The `metadata` key trainyard writes into every MLmodel it packages. */
export const TRAINYARD_METADATA_KEY = "trainyard";

export type MlflowType = "long" | "double" | "string" | "boolean" | "datetime";

export interface ColumnSpec {
  type: MlflowType;
  name: string;
  required: boolean;
}

export interface MLmodelDocument {
  flavors: Record<string, Record<string, unknown>>;
  signature?: { inputs?: string | null; outputs?: string | null; params?: string | null };
  saved_input_example_info?: Record<string, unknown>;
  metadata?: Record<string, unknown> | null;
  [key: string]: unknown;
}

/** An MLmodel (or its signature) that MLflow would not load or that does not fit the data. */
export class MLmodelError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "MLmodelError";
  }
}

/** The MLflow column type of a stored profile's column; an integer column with nulls is double, as MLflow advises. */
export function mlflowTypeOf(profile: StoredColumnProfile | undefined): MlflowType {
  switch (profile?.type) {
    case "integer":
      return profile.nullCount > 0 ? "double" : "long";
    case "number":
      return "double";
    case "boolean":
      return "boolean";
    case "timestamp":
      return "datetime";
    default:
      return "string";
  }
}

/** The signature's inputs: every column of the test file but the label, typed from the snapshot's profile. */
export function inputSchema(
  testColumns: string[],
  profile: StoredColumnProfile[],
  labelColumn: string,
): ColumnSpec[] {
  const byName = new Map(profile.map((column) => [column.name, column]));
  return testColumns
    .filter((name) => name !== labelColumn)
    .map((name) => {
      const column = byName.get(name);
      return { type: mlflowTypeOf(column), name, required: !column || column.nullCount === 0 };
    });
}

/** The signature's outputs from the predict contract's columns, typed from the values the command wrote. */
export function outputSchema(columns: string[], rows: string[][]): ColumnSpec[] {
  return columns.map((name, index) => {
    const values = rows.map((row) => (row[index] ?? "").trim()).filter((value) => value !== "");
    const numeric = values.length > 0 && values.every((value) => Number.isFinite(Number(value)));
    const integral = numeric && values.every((value) => /^[+-]?\d+$/.test(value));
    const type: MlflowType =
      name === "score" || name.startsWith("proba_")
        ? "double"
        : integral
          ? "long"
          : numeric
            ? "double"
            : "string";
    return { type, name, required: true };
  });
}

/** MLflow stores each side of the signature as a JSON string of column specs. */
export function signatureOf(
  inputs: ColumnSpec[],
  outputs?: ColumnSpec[] | null,
): MLmodelDocument["signature"] {
  const specs = (columns: ColumnSpec[]) =>
    JSON.stringify(
      columns.map((column) => ({ type: column.type, name: column.name, required: column.required })),
    );
  return { inputs: specs(inputs), outputs: outputs?.length ? specs(outputs) : null, params: null };
}

const MLFLOW_TYPES = new Set([
  "long",
  "double",
  "string",
  "boolean",
  "datetime",
  "integer",
  "float",
  "binary",
]);

/** The column specs of a signature side, or an MLmodelError naming what does not parse. */
export function parseColumnSpecs(text: string | null | undefined, where: string): ColumnSpec[] | undefined {
  if (text === null || text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new MLmodelError(
      `${where} is not the JSON list of column specs MLflow writes: ${(error as Error).message}`,
    );
  }
  if (!Array.isArray(parsed))
    throw new MLmodelError(`${where} must be a JSON list of column specs, found ${typeof parsed}`);
  return parsed.map((entry, index) => {
    const spec = entry as Record<string, unknown>;
    if (typeof spec !== "object" || spec === null || typeof spec.type !== "string")
      throw new MLmodelError(`${where}: entry ${index + 1} has no "type"`);
    if (typeof spec.name !== "string")
      throw new MLmodelError(
        `${where}: entry ${index + 1} has no column name (a tensor signature cannot describe the test file's columns)`,
      );
    if (!MLFLOW_TYPES.has(spec.type))
      throw new MLmodelError(
        `${where}: column "${spec.name}" has type "${spec.type}", not a column type MLflow knows`,
      );
    return { type: spec.type as MlflowType, name: spec.name, required: spec.required !== false };
  });
}

/**
 * Reads an MLmodel the way MLflow does (YAML) and checks what loading needs: a mapping of flavors with a
 * `python_function` flavor naming its `loader_module`. Anything else is an MLmodelError that names the file.
 */
export function parseMLmodel(text: string, file: string): MLmodelDocument {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new MLmodelError(
      `${file} does not parse as YAML, so MLflow cannot read it: ${(error as Error).message.split("\n")[0]}`,
    );
  }
  if (typeof document !== "object" || document === null || Array.isArray(document))
    throw new MLmodelError(
      `${file} must be a YAML mapping with "flavors", found ${Array.isArray(document) ? "a list" : typeof document}`,
    );
  const model = document as MLmodelDocument;
  if (typeof model.flavors !== "object" || model.flavors === null || Object.keys(model.flavors).length === 0)
    throw new MLmodelError(`${file} has no "flavors": MLflow cannot load a model without one`);
  const pyfunc = model.flavors.python_function;
  if (!pyfunc)
    throw new MLmodelError(
      `${file} has flavors ${Object.keys(model.flavors).join(", ")} but no python_function flavor: mlflow.pyfunc.load_model and mlflow models serve need it`,
    );
  if (typeof pyfunc.loader_module !== "string" || pyfunc.loader_module === "")
    throw new MLmodelError(`${file}: the python_function flavor names no loader_module`);
  if (model.signature !== undefined && model.signature !== null) {
    parseColumnSpecs(model.signature.inputs, `${file}: signature.inputs`);
    parseColumnSpecs(model.signature.outputs, `${file}: signature.outputs`);
  }
  return model;
}

export function renderMLmodel(model: MLmodelDocument): string {
  return stringify(model, { lineWidth: 0 });
}

/**
 * A model's declared inputs must be the test file's feature columns: a missing column would fail at serving
 * time, an extra one would never be sent. Returns the problems, empty when they match.
 */
export function signatureMismatch(
  declared: ColumnSpec[],
  testColumns: string[],
  labelColumn: string,
): string[] {
  const features = testColumns.filter((name) => name !== labelColumn);
  const declaredNames = declared.map((column) => column.name);
  const problems: string[] = [];
  const missing = declared.filter((column) => column.required && !features.includes(column.name));
  if (missing.length > 0)
    problems.push(
      `it requires column(s) ${missing.map((c) => `"${c.name}"`).join(", ")} that the test file does not have`,
    );
  if (declaredNames.includes(labelColumn))
    problems.push(`it takes the label column "${labelColumn}" as an input`);
  const unused = features.filter((name) => !declaredNames.includes(name));
  if (unused.length > 0)
    problems.push(`the test file's column(s) ${unused.map((name) => `"${name}"`).join(", ")} are not in it`);
  return problems;
}

/** A JSON value of a CSV cell for the input example, typed like the signature says. */
export function exampleValue(text: string | undefined, type: MlflowType): unknown {
  const value = (text ?? "").trim();
  if (value === "") return null;
  if (type === "long" || type === "double") {
    const number = Number(value);
    return Number.isFinite(number) ? number : null;
  }
  if (type === "boolean") return /^(true|1|yes)$/i.test(value);
  if (type === "datetime") {
    // MLflow's datetime columns are timezone-naive: the instant in UTC, without an offset.
    const time = Date.parse(value);
    return Number.isNaN(time) ? value : new Date(time).toISOString().replace(/Z$/, "");
  }
  return text;
}

/** `input_example.json` (pandas split orient) and `serving_input_example.json` (the /invocations body). */
export function inputExampleFiles(
  inputs: ColumnSpec[],
  header: string[],
  rows: string[][],
): { inputExample: string; servingInput: string } {
  const positions = inputs.map((column) => header.indexOf(column.name));
  const data = rows.map((row) =>
    inputs.map((column, k) => exampleValue(row[positions[k] as number], column.type)),
  );
  const split = { columns: inputs.map((column) => column.name), data };
  return {
    inputExample: JSON.stringify(split),
    servingInput: `${JSON.stringify({ dataframe_split: split }, null, 2)}\n`,
  };
}

export const INPUT_EXAMPLE_INFO = {
  artifact_path: INPUT_EXAMPLE_FILE,
  pandas_orient: "split",
  serving_input_path: SERVING_INPUT_FILE,
  type: "dataframe",
};

/** The MLmodel of a wrapped predict command: a models-from-code python_function model (no pickle). */
export function wrappedMLmodel(options: {
  pythonVersion: string;
  mlflowVersion?: string;
  modelUuid: string;
  createdAt: Date;
  signature: MLmodelDocument["signature"];
  metadata: Record<string, unknown>;
}): MLmodelDocument {
  return {
    flavors: {
      python_function: {
        code: null,
        env: { conda: "conda.yaml", virtualenv: "python_env.yaml" },
        loader_module: "mlflow.pyfunc.loaders.code_model",
        model_code_path: WRAPPER_CODE_FILE,
        python_version: options.pythonVersion,
        streamable: false,
      },
    },
    ...(options.mlflowVersion ? { mlflow_version: options.mlflowVersion } : {}),
    model_uuid: options.modelUuid,
    saved_input_example_info: INPUT_EXAMPLE_INFO,
    signature: options.signature,
    utc_time_created: options.createdAt.toISOString().replace("T", " ").replace("Z", ""),
    metadata: { [TRAINYARD_METADATA_KEY]: options.metadata },
  };
}

/** The pip requirements a packaged model declares: mlflow first, then the trainer's own pins. */
export function requirementsFor(mlflowVersion: string | undefined, lockfileLines: string[]): string[] {
  const pins = lockfileLines
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("-"));
  const hasMlflow = pins.some((line) => /^mlflow(\W|$)/i.test(line));
  return [...(hasMlflow ? [] : [mlflowVersion ? `mlflow==${mlflowVersion}` : "mlflow>=3,<4"]), ...pins];
}

export function pythonEnvYaml(pythonVersion: string): string {
  return stringify({
    python: pythonVersion,
    build_dependencies: ["pip", "setuptools", "wheel"],
    dependencies: ["-r requirements.txt"],
  });
}

export function condaYaml(pythonVersion: string, requirements: string[]): string {
  return stringify({
    channels: ["conda-forge"],
    dependencies: [`python=${pythonVersion}`, "pip", { pip: requirements }],
    name: "mlflow-env",
  });
}
