import { randomUUID } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { StoredColumnProfile } from "../config/contracts/snapshot-manifest.js";
import type { Context } from "../context/context.js";
import { detectFormat } from "../data/format.js";
import { readTable } from "../data/read-table.js";
import { UserError } from "../errors/user-error.js";
import { commandEnvironment } from "../steps/command/command-environment.js";
import { runCommand } from "../steps/command/run-command.js";
import { splitCommand } from "../steps/command/split-command.js";
import {
  type ColumnSpec,
  condaYaml,
  INPUT_EXAMPLE_FILE,
  INPUT_EXAMPLE_INFO,
  inputExampleFiles,
  inputSchema,
  MLMODEL_FILE,
  type MLmodelDocument,
  MLmodelError,
  outputSchema,
  parseColumnSpecs,
  parseMLmodel,
  pythonEnvYaml,
  renderMLmodel,
  requirementsFor,
  SERVING_INPUT_FILE,
  signatureMismatch,
  signatureOf,
  TRAINYARD_METADATA_KEY,
  WRAPPER_CODE_FILE,
  WRAPPER_SETTINGS_FILE,
  wrappedMLmodel,
} from "./mlmodel.js";
import { findPython, type PythonRuntime, runHelper } from "./python-runtime.js";
import { PYFUNC_WRAPPER_SOURCE } from "./python-sources.js";

/** How many test rows go into input_example.json (and what serve-check posts to /invocations). */
export const EXAMPLE_ROWS = 5;
const CODE_DIR = "code";
const MAX_CODE_BYTES = 50 * 1024 * 1024;
const SKIP_DIRS = new Set([".git", "node_modules", ".venv", "venv", "__pycache__", ".trainyard", ".cache"]);

export interface PackagingResult {
  packaging: "native" | "wrapped";
  flavors: string[];
  inputColumns: number;
  outputColumns: string[];
  seconds: number;
}

export interface PackagingOptions {
  modelDir: string;
  /** Where the predict command runs (train.working_directory). */
  cwd: string;
  predictCommand: string | undefined;
  testFile: string;
  labelColumn: string;
  profile: StoredColumnProfile[] | undefined;
  /** The trainer's lockfiles (relative to cwd), whose Python pins become the model's requirements. */
  lockfiles: string[];
  pythonVersion: string | undefined;
  python?: { executable: string; foundBy: string };
  timeoutMs: number;
}

/** The test file's header and its first rows as text (the input example). */
async function exampleRows(testFile: string): Promise<{ header: string[]; rows: string[][] }> {
  for await (const batch of readTable(testFile, detectFormat(testFile))) {
    const rows = batch.rows
      .slice(0, EXAMPLE_ROWS)
      .map((row) =>
        batch.columns.map((_, k) => (row[k] === null || row[k] === undefined ? "" : String(row[k]))),
      );
    return { header: batch.columns, rows };
  }
  throw new UserError(`the test file ${testFile} has no rows: an input example needs at least one`);
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function toCsv(header: string[], rows: string[][]): string {
  return `${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\n")}\n`;
}

function parseCsvLines(text: string): { header: string[]; rows: string[][] } {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      if (record.some((value) => value !== "")) records.push(record);
      record = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { header: records[0] ?? [], rows: records.slice(1) };
}

export { parseCsvLines };

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Types from the first rows when no snapshot profile is at hand (a data-dir without a manifest). */
function inferredProfile(header: string[], rows: string[][]): StoredColumnProfile[] {
  return header.map((name, k) => {
    const values = rows.map((row) => (row[k] ?? "").trim());
    const present = values.filter((value) => value !== "");
    const type =
      present.length > 0 && present.every((value) => /^[+-]?\d+$/.test(value))
        ? "integer"
        : present.length > 0 && present.every((value) => Number.isFinite(Number(value)))
          ? "number"
          : "string";
    return {
      name,
      type,
      count: values.length,
      nullCount: values.length - present.length,
      invalidCount: 0,
      distinctCapped: false,
    } as StoredColumnProfile;
  });
}

async function pythonPins(cwd: string, lockfiles: string[]): Promise<string[]> {
  const lines: string[] = [];
  for (const file of lockfiles.filter((name) => /(^|\/)requirements[^/]*\.txt$/.test(name)).sort()) {
    const text = await readFile(resolve(cwd, file), "utf8").catch(() => "");
    lines.push(...text.split(/\r?\n/));
  }
  return [...new Set(lines.map((line) => line.trim()).filter(Boolean))];
}

/**
 * The files the predict command needs at serving time: the folder of every argument that names a file
 * under the working directory (e.g. `node trainers/node/predict.mjs` brings trainers/node/), copied to
 * code/ with the same relative paths, so the command runs there unchanged.
 */
async function copyPredictCode(argv: string[], cwd: string, codeDir: string): Promise<string[]> {
  const folders = new Set<string>();
  for (const [index, word] of argv.entries()) {
    // `python -m package.module`: the package's folder (or the module file) under the working directory.
    if (argv[index - 1] === "-m") {
      const top = word.split(".")[0] as string;
      const info = await stat(resolve(cwd, top)).catch(() => undefined);
      if (info?.isDirectory()) folders.add(top);
      // The file name is built at run time: a `${…}.py` literal makes the bundler copy every .py it can reach.
      else if (await exists(resolve(cwd, [top, "py"].join(".")))) folders.add(".");
      continue;
    }
    if (word.startsWith("-")) continue;
    const path = resolve(cwd, word);
    const inside = relative(cwd, path);
    if (inside.startsWith("..") || isAbsolute(inside)) continue;
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) folders.add(relative(cwd, dirname(path)) || ".");
  }
  const modelDir = dirname(codeDir);
  // What is copied: the folder's files, never a skipped folder (.git, .trainyard, …) nor the model folder
  // itself (an output-dir inside the working directory), which may lie inside the folder being copied.
  const wanted = (source: string, path: string) =>
    path !== modelDir &&
    !path.startsWith(`${modelDir}${sep}`) &&
    !relative(source, path)
      .split(sep)
      .some((part) => SKIP_DIRS.has(part));
  let bytes = 0;
  for (const folder of folders) {
    const source = resolve(cwd, folder);
    const files: string[] = [];
    const pending = [source];
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (!wanted(source, path)) continue;
        if (entry.isDirectory()) pending.push(path);
        else if (entry.isFile()) {
          files.push(path);
          bytes += (await stat(path)).size;
          if (bytes > MAX_CODE_BYTES)
            throw new UserError(
              `the predict command's folder ${folder} holds over ${MAX_CODE_BYTES / 2 ** 20} MiB; keep the predict code in a folder of its own`,
            );
        }
      }
    }
    // File by file: fs.cp refuses a folder whose copy would land inside it, even when a filter skips that part.
    for (const file of files) {
      const target = resolve(codeDir, folder, relative(source, file));
      await mkdir(dirname(target), { recursive: true });
      await cp(file, target);
    }
  }
  return [...folders];
}

/** Wraps a predict command as a models-from-code python_function model; pure TypeScript, no Python. */
async function packageWrapped(
  context: Context,
  options: PackagingOptions,
  inputs: ColumnSpec[],
  example: { header: string[]; rows: string[][] },
): Promise<PackagingResult> {
  const started = Date.now();
  if (!options.predictCommand)
    throw new UserError("no evaluate.predict_command: a model without an MLmodel is packaged by wrapping it");
  const argv = splitCommand(options.predictCommand, "predict command");
  const codeDir = join(options.modelDir, CODE_DIR);
  await rm(codeDir, { recursive: true, force: true });
  await mkdir(codeDir, { recursive: true });
  const copied = await copyPredictCode(argv, options.cwd, codeDir);

  // The example rows through the command as it will run when served (from code/): the outputs' schema,
  // and proof that the copied code runs without the repository around it.
  const scratch = await mkdtemp(join(tmpdir(), "trainyard-package-"));
  try {
    const inputFile = join(scratch, "input.csv");
    const predictionsFile = join(scratch, "predictions.csv");
    await writeFile(
      inputFile,
      toCsv(
        inputs.map((column) => column.name),
        example.rows.map((row) => inputs.map((column) => row[example.header.indexOf(column.name)] ?? "")),
      ),
    );
    const tail: string[] = [];
    const result = await runCommand({
      argv,
      cwd: codeDir,
      env: {
        ...commandEnvironment(context.env),
        TRAINYARD_MODEL_DIR: options.modelDir,
        TRAINYARD_INPUT_FILE: inputFile,
        TRAINYARD_PREDICTIONS_FILE: predictionsFile,
      },
      timeoutMs: options.timeoutMs,
      onLine: (line) => tail.push(line),
    });
    if (result.exitCode !== 0)
      throw new UserError(
        `the predict command, run from the packaged model's ${CODE_DIR}/ folder (${copied.join(", ") || "nothing copied"}), exited with code ${result.exitCode ?? result.signal}: it must run from the model alone. Its last lines:\n${context.mask(result.tail.slice(-20).join("\n"))}`,
      );
    const predicted = parseCsvLines(await readFile(predictionsFile, "utf8"));
    if (predicted.rows.length !== example.rows.length)
      throw new UserError(
        `the predict command wrote ${predicted.rows.length} prediction(s) for the ${example.rows.length} input example row(s)`,
      );
    const outputs = outputSchema(predicted.header, predicted.rows);
    const pythonVersion = options.pythonVersion ?? "3.11";
    const requirements = requirementsFor(undefined, await pythonPins(options.cwd, options.lockfiles));
    const mlmodel = wrappedMLmodel({
      pythonVersion,
      modelUuid: randomUUID().replaceAll("-", ""),
      createdAt: new Date(),
      signature: signatureOf(inputs, outputs),
      metadata: {
        packaging: "wrapped",
        predict_command: argv,
        code: copied,
        runtime: argv[0],
      },
    });
    const files = inputExampleFiles(inputs, example.header, example.rows);
    await writeFile(join(options.modelDir, WRAPPER_CODE_FILE), PYFUNC_WRAPPER_SOURCE);
    await writeFile(
      join(options.modelDir, WRAPPER_SETTINGS_FILE),
      `${JSON.stringify({ argv, cwd: CODE_DIR, timeout_seconds: Math.round(options.timeoutMs / 1000) }, null, 2)}\n`,
    );
    await writeFile(join(options.modelDir, INPUT_EXAMPLE_FILE), files.inputExample);
    await writeFile(join(options.modelDir, SERVING_INPUT_FILE), files.servingInput);
    await writeFile(join(options.modelDir, "requirements.txt"), `${requirements.join("\n")}\n`);
    await writeFile(join(options.modelDir, "python_env.yaml"), pythonEnvYaml(pythonVersion));
    await writeFile(join(options.modelDir, "conda.yaml"), condaYaml(pythonVersion, requirements));
    await writeFile(join(options.modelDir, MLMODEL_FILE), renderMLmodel(mlmodel));
    return {
      packaging: "wrapped",
      flavors: ["python_function"],
      inputColumns: inputs.length,
      outputColumns: outputs.map((column) => column.name),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Completes an MLflow Model the training command wrote: checks it parses and loads (in a fresh Python with
 * mlflow), checks or adds its signature, adds the input example and environment files it lacks.
 */
async function packageNative(
  context: Context,
  options: PackagingOptions,
  mlmodel: MLmodelDocument,
  inputs: ColumnSpec[],
  example: { header: string[]; rows: string[][] },
): Promise<PackagingResult> {
  const started = Date.now();
  const file = join(options.modelDir, MLMODEL_FILE);
  const declared = parseColumnSpecs(mlmodel.signature?.inputs, `${file}: signature.inputs`);
  if (declared) {
    const problems = signatureMismatch(declared, example.header, options.labelColumn);
    if (problems.length > 0)
      throw new MLmodelError(
        `the signature in ${file} does not match the test file's columns: ${problems.join("; ")}. Save the model with a signature of the feature columns (or none: trainyard adds it)`,
      );
  }
  const lookup = await findPython(context.env, options.python);
  if ("skip" in lookup)
    throw new UserError(
      `the training command wrote an MLflow Model (${file}), but it cannot be checked: ${lookup.skip}. Nothing is registered unchecked`,
    );
  const runtime: PythonRuntime = lookup.runtime;
  const signedInputs = declared ?? inputs;
  const files = inputExampleFiles(signedInputs, example.header, example.rows);
  const scratch = await mkdtemp(join(tmpdir(), "trainyard-package-"));
  try {
    const inputFile = join(scratch, "input.csv");
    const predictionsFile = join(scratch, "predictions.csv");
    await writeFile(inputFile, toCsv(example.header, example.rows));
    // Sign before the check, so the check loads the model with the signature it will be served with.
    const signed: MLmodelDocument = {
      ...mlmodel,
      ...(declared ? {} : { signature: signatureOf(inputs, null) }),
      ...(mlmodel.saved_input_example_info ? {} : { saved_input_example_info: INPUT_EXAMPLE_INFO }),
    };
    if (!mlmodel.saved_input_example_info) {
      await writeFile(join(options.modelDir, INPUT_EXAMPLE_FILE), files.inputExample);
      await writeFile(join(options.modelDir, SERVING_INPUT_FILE), files.servingInput);
    }
    await writeFile(file, renderMLmodel(signed));
    const check = await runHelper(
      runtime.executable,
      [
        "predict",
        "--model",
        options.modelDir,
        "--input",
        inputFile,
        "--output",
        predictionsFile,
        "--label",
        options.labelColumn,
      ],
      { env: context.env, timeoutMs: options.timeoutMs },
    );
    if (!check.ok) {
      await writeFile(file, renderMLmodel(mlmodel));
      throw new MLmodelError(
        `the MLflow Model the training command wrote (${file}) does not load and predict with ${runtime.executable} (mlflow ${runtime.mlflowVersion}): ${String(check.payload.error)}`,
      );
    }
    const predicted = parseCsvLines(await readFile(predictionsFile, "utf8"));
    const rawColumns = (check.payload.raw_columns as string[] | undefined) ?? [];
    const outputs = rawColumns.length > 0 ? outputSchema(predicted.header, predicted.rows) : undefined;
    const flavors = Object.keys(mlmodel.flavors).sort();
    const finalDocument: MLmodelDocument = {
      ...signed,
      ...(declared ? {} : { signature: signatureOf(inputs, outputs ?? null) }),
      metadata: {
        ...(mlmodel.metadata ?? {}),
        [TRAINYARD_METADATA_KEY]: { packaging: "native", flavors },
      },
    };
    const pins = await pythonPins(options.cwd, options.lockfiles);
    if (!(await exists(join(options.modelDir, "requirements.txt"))))
      await writeFile(
        join(options.modelDir, "requirements.txt"),
        `${requirementsFor(runtime.mlflowVersion, pins).join("\n")}\n`,
      );
    if (!(await exists(join(options.modelDir, "python_env.yaml"))))
      await writeFile(join(options.modelDir, "python_env.yaml"), pythonEnvYaml(runtime.pythonVersion));
    await writeFile(file, renderMLmodel(finalDocument));
    return {
      packaging: "native",
      flavors,
      inputColumns: signedInputs.length,
      outputColumns: predicted.header,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Makes the trained model folder an MLflow Model MLflow 3.x loads: an MLmodel with a python_function flavor,
 * a signature of the test file's feature columns, an input example and the environment. A model the
 * training command saved as an MLflow Model keeps its flavors; any other is wrapped around the predict
 * command. Already packaged (a reused model) is left as it is.
 */
export async function packageModel(context: Context, options: PackagingOptions): Promise<PackagingResult> {
  const started = Date.now();
  const file = join(options.modelDir, MLMODEL_FILE);
  const existing = (await exists(file)) ? parseMLmodel(await readFile(file, "utf8"), file) : undefined;
  const ours = existing?.metadata?.[TRAINYARD_METADATA_KEY] as
    | { packaging?: string; flavors?: string[] }
    | undefined;
  if (existing && ours?.packaging) {
    return {
      packaging: ours.packaging === "native" ? "native" : "wrapped",
      flavors: Object.keys(existing.flavors).sort(),
      inputColumns: parseColumnSpecs(existing.signature?.inputs, file)?.length ?? 0,
      outputColumns: parseColumnSpecs(existing.signature?.outputs, file)?.map((c) => c.name) ?? [],
      seconds: (Date.now() - started) / 1000,
    };
  }
  const example = await exampleRows(options.testFile);
  if (!example.header.includes(options.labelColumn))
    throw new UserError(
      `the test file ${options.testFile} has no label column "${options.labelColumn}" (evaluate.label_column in trainyard.yml); its columns are ${example.header.join(", ")}`,
    );
  const profile = options.profile ?? inferredProfile(example.header, example.rows);
  const inputs = inputSchema(example.header, profile, options.labelColumn);
  return existing
    ? packageNative(context, options, existing, inputs, example)
    : packageWrapped(context, options, inputs, example);
}
