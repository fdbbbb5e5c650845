/**
 * The bad-input corpus: every way a user can hand trainyard something wrong (issue 7), each with the
 * message that user needs to see. Each case has a folder `test/bad-input/cases/<name>/` with the files it
 * needs; `test/integration/bad-input.test.ts` copies it to a temporary folder (`work/`, inside an otherwise
 * empty `root/`), runs the real CLI bundle there, checks the exit code and the message, and checks that
 * nothing was lost, executed, leaked or left half-written.
 *
 * In the copied text files, the command's arguments and the environment, `{{NAME}}` is replaced by:
 * ROOT and WORK (the two folders), UNIQUE (8 random hex digits: model names on the shared MLflow server),
 * BUCKET (a fresh S3 bucket), S3_ENDPOINT, MLFLOW_URI and TOKEN (the planted MLflow token).
 */
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { openTableWriter } from "../../src/data/write-table.js";

export interface CliResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** What a case's `prepare` and `verify` hooks get. */
export interface CaseContext {
  /** The folder the CLI runs in: a copy of the case's folder. */
  work: string;
  /** The folder around `work`, empty otherwise: anything here was written outside the work folder. */
  root: string;
  vars: Readonly<Record<string, string>>;
  /** The S3 client of the live moto server (cases with `s3: true`). */
  s3: S3Client;
  /** Runs the CLI again, in `work` unless `cwd` is given, with the case's environment. */
  cli(args: string[], options?: { cwd?: string }): Promise<CliResult>;
}

export interface BadInputCase {
  /** The folder under test/bad-input/cases/ and the test's name. */
  name: string;
  /** What was tried, in a sentence (the "tried" column of docs/reliability.md). */
  description: string;
  /** The CLI's arguments (`node dist/cli/index.js …`), run in the work folder. */
  command: string[];
  /** Commands run first, each expected to succeed (e.g. a first pipeline run). */
  before?: string[][];
  /** A folder of this repository copied into the work folder first (the case's own files go over it). */
  base?: string;
  /** Copy test/bad-input/trainer/ (train.mjs, predict.mjs) into the work folder. */
  trainer?: boolean;
  /** The case talks to the live S3 server: AWS_* variables for moto are set. */
  s3?: boolean;
  /** Environment variables beyond PATH, HOME and an empty MLFLOW_TRACKING_URI. */
  env?: Record<string, string>;
  /** The MLflow experiment and registered model the case writes to: swept for the token, checked for RUNNING runs. */
  mlflowModel?: string;
  /** Writes what cannot be committed as text (binary fixtures, S3 objects) into the work folder. */
  prepare?: (context: CaseContext) => Promise<void>;
  expect: {
    exitCode: number;
    /** The text the user must see (in stdout or stderr); its first line goes to docs/reliability.md. */
    message: RegExp;
    /** More text that must be there too. */
    alsoInOutput?: RegExp[];
    notInOutput?: RegExp[];
  };
  /** Checks of the case's own: returns what went wrong (lost, executed, leaked, unescaped), empty when nothing. */
  verify?: (context: CaseContext, result: CliResult) => Promise<string[]>;
  /**
   * A bug that is reported and not fixed yet: the test passes only while the case still fails with an error
   * matching `symptom` (like `it.fails`, but a failure for any other reason is still a failure).
   */
  knownBug?: { summary: string; symptom: RegExp };
}

/** The planted MLflow token: it must appear in no log line, report or artifact. */
export const PLANTED_TOKEN = "tyk_live_7f3a9c1e5b2d8046_DO-NOT-LOG";

/** Params values full of shell syntax: they must reach the training command as text. */
const SHELL_PARAMS = {
  x: "$(touch pwned); `touch pwned2` | rm -rf .",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax, on purpose
  y: "a && b > c; echo ${HOME}",
  z: "'; touch pwned3; '",
};

const S3_SOURCE_KEY = "raw data/Zürich März 2024/kunden ü €+x (1).csv";

async function parquetFile(path: string): Promise<Buffer> {
  const writer = await openTableWriter(path, "parquet", ["id", "name", "y"], { rowGroupSize: 500 });
  await writer.writeRows(Array.from({ length: 2000 }, (_, i) => [i, `name-${i % 17}`, i % 3 === 0 ? 1 : 0]));
  await writer.close();
  return readFile(path);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function findFiles(dir: string, name: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => []);
  return entries.filter((entry) => basename(entry) === name).map((entry) => join(dir, entry));
}

async function noPwnedFiles(context: CaseContext): Promise<string[]> {
  const found: string[] = [];
  for (const dir of [context.root, context.work]) {
    for (const name of await readdir(dir)) if (name.startsWith("pwned")) found.push(join(dir, name));
  }
  return found.map((path) => `a shell ran: ${path} exists`);
}

export const corpus: BadInputCase[] = [
  {
    name: "malformed-yaml",
    description: "trainyard.yml whose flow mapping `{ strategy: random, …` is never closed",
    command: ["run"],
    expect: {
      exitCode: 1,
      message: /trainyard\.yml:\d+:\d+: not valid YAML: Flow map in block collection must be .*end with a \}/,
    },
  },
  {
    name: "unknown-keys",
    description: "trainyard.yml with the typos `test_fracton` and `comand`",
    command: ["run"],
    expect: {
      exitCode: 1,
      message: /trainyard\.yml:6:\d+: data\.split\.test_fracton: unknown key; did you mean "test_fraction"\?/,
      alsoInOutput: [/trainyard\.yml:8:3: train\.comand: unknown key; did you mean "command"\?/],
    },
  },
  {
    name: "wrong-types",
    description: 'trainyard.yml with test_fraction "a quarter", seed 4.5, params a list and rows.min "many"',
    command: ["run"],
    expect: {
      exitCode: 1,
      message: /data\.split\.test_fraction: expected a number, found "a quarter" \(string\)/,
      alsoInOutput: [
        /train\.seed: expected an integer, found 4\.5 \(number\)/,
        /train\.params: expected a mapping, found a list/,
        /validate\.rows\.min: expected a number, found "many" \(string\)/,
      ],
    },
  },
  {
    name: "rule-for-missing-column",
    description: "a validation rule for the column `agee`, which the data does not have",
    command: ["run"],
    expect: {
      exitCode: 1,
      message:
        /column\.agee\.present: a rule names column "agee", but the snapshot has no such column \(columns: age, churned\)/,
      alsoInOutput: [/data validation failed: 1 error\(s\)/],
      notInOutput: [/▸ trainyard train/],
    },
  },
  {
    name: "empty-csv",
    description: "a data source that is an empty file (0 bytes)",
    command: ["run"],
    expect: { exitCode: 1, message: /data\.csv: has no header row \(the file is empty or blank\)/ },
  },
  {
    name: "header-only-csv",
    description: "a CSV source with a header and no rows",
    command: ["run"],
    expect: { exitCode: 1, message: /data\.csv: has a header but no rows/ },
  },
  {
    name: "ragged-rows",
    description: "a CSV source whose second row has 2 fields under a 3-column header",
    command: ["run"],
    expect: { exitCode: 1, message: /data\.csv: row 2 \(line 3\) has 2 fields, the header has 3/ },
  },
  {
    name: "non-utf8-csv",
    description: "a CSV source saved as Latin-1 (the byte 0xE9 of `José`)",
    command: ["run"],
    prepare: async ({ work }) => {
      const latin1 = Buffer.concat([
        Buffer.from("id,name,y\n1,Jos"),
        Buffer.from([0xe9]),
        Buffer.from(",1\n2,Ann,0\n"),
      ]);
      await writeFile(join(work, "data.csv"), latin1);
    },
    expect: { exitCode: 1, message: /data\.csv: is not valid UTF-8 at byte 15 \(line 2\); save it as UTF-8/ },
  },
  {
    name: "truncated-parquet",
    description: "a Parquet source cut in half (no footer)",
    command: ["run"],
    prepare: async ({ work }) => {
      const whole = await parquetFile(join(work, "whole.parquet.tmp"));
      await writeFile(join(work, "data.parquet"), whole.subarray(0, Math.floor(whole.length / 2)));
      await rm(join(work, "whole.parquet.tmp"));
    },
    expect: {
      exitCode: 1,
      message:
        /data\.parquet: is not a valid Parquet file: it does not end with the Parquet footer \(truncated, or not Parquet at all\)/,
    },
  },
  {
    name: "corrupt-parquet",
    description: "a Parquet source whose first page header is overwritten with 64 bytes of 0xFF",
    command: ["run"],
    prepare: async ({ work }) => {
      const bytes = Buffer.from(await parquetFile(join(work, "whole.parquet.tmp")));
      bytes.fill(0xff, 4, 68);
      await writeFile(join(work, "data.parquet"), bytes);
      await rm(join(work, "whole.parquet.tmp"));
    },
    expect: {
      exitCode: 1,
      message:
        /data\.parquet: is not a valid Parquet file: row group 1 of 4 \(rows 1-500\): column "id": the page header at byte 4 is unreadable/,
    },
  },
  {
    name: "predictions-wrong-row-count",
    description: "a prediction command that writes 19 predictions for 20 test rows",
    command: [
      "evaluate",
      "--model-dir",
      "model",
      "--test-file",
      "test.csv",
      "--predict-command",
      "node predict.mjs",
      "--label-column",
      "y",
      "--bootstrap",
      "50",
    ],
    expect: {
      exitCode: 1,
      message:
        /predictions\.csv has 19 row\(s\) but the test file has 20: the prediction command must write exactly one prediction per input row/,
    },
    verify: async ({ work }) =>
      (await exists(join(work, ".trainyard", "evaluations", "work", "evaluation.json")))
        ? ["an evaluation.json was written for predictions that do not match the test rows"]
        : [],
  },
  {
    name: "training-command-not-found",
    description: "train.command `trainyard-no-such-trainer --epochs 3`, a program that is not installed",
    command: ["run"],
    trainer: true,
    expect: {
      exitCode: 1,
      message:
        /command not found: "trainyard-no-such-trainer" \(looked up on PATH from .*\); check the spelling, that it is installed/,
    },
  },
  {
    name: "manifest-escapes-store",
    description:
      "`snapshot pull` of a stored manifest whose file names are `../../../../escaped.csv`, `test/../../../../../escaped-too.csv` and an absolute path",
    command: ["snapshot", "pull", "0123456789abcdef", "--store", "store"],
    expect: {
      exitCode: 1,
      message:
        /manifest\.json: invalid trainyard\.snapshot: files\.0\.name: a relative name that stays inside the snapshot \(no '\.\.', no leading '\/'\); files\.1\.name: .*; files\.2\.name: /,
    },
    verify: async ({ root, work }) => {
      const problems: string[] = [];
      for (const path of [
        join(root, "escaped.csv"),
        join(root, "escaped-too.csv"),
        join(root, "escaped-absolute.csv"),
        join(work, "escaped.csv"),
      ])
        if (await exists(path)) problems.push(`${path} was written`);
      const data = await readdir(join(work, ".trainyard", "data", "0123456789abcdef")).catch(() => []);
      if (data.length > 0) problems.push(`the snapshot folder holds ${data.join(", ")}`);
      return problems;
    },
  },
  {
    name: "s3-keys-spaces-unicode",
    description:
      "a source at `s3://…/raw data/Zürich März 2024/kunden ü €+x (1).csv` with values in four scripts, snapshotted into the store prefix `trainyard store/ünï €`, then pulled again in a fresh folder",
    command: ["run", "--mode", "preview"],
    trainer: true,
    s3: true,
    prepare: async ({ work, s3, vars }) => {
      await s3.send(
        new PutObjectCommand({
          Bucket: vars.BUCKET,
          Key: S3_SOURCE_KEY,
          Body: await readFile(join(work, "source.csv")),
        }),
      );
    },
    expect: {
      exitCode: 0,
      message: /snapshot [0-9a-f]{16}: 40 rows, \d+ bytes uploaded/,
      alsoInOutput: [/1 file\(s\): kunden ü €\+x \(1\)\.csv/, /Data validation ✅ passed/],
    },
    verify: async ({ cli, root, work }, result) => {
      const id = /snapshot ([0-9a-f]{16}):/.exec(result.stderr)?.[1];
      if (!id) return ["no snapshot id in the log"];
      const fresh = join(root, "fresh");
      await mkdir(fresh);
      const store = (await readFile(join(work, "trainyard.yml"), "utf8")).match(/^store: "(.+)"$/m)?.[1];
      const pulled = await cli(["snapshot", "pull", id, "--store", store ?? "", "--json"], { cwd: fresh });
      if (pulled.exitCode !== 0) return [`pulling ${id} again failed: ${pulled.stderr}`];
      const dataDir = (JSON.parse(pulled.stdout) as { "data-dir": string })["data-dir"];
      const rows = async (dir: string) =>
        (await Promise.all(["train.csv", "test.csv"].map((name) => readFile(join(dir, name), "utf8"))))
          .flatMap((text) => text.trim().split("\n").slice(1))
          .sort();
      const original = (await readFile(join(work, "source.csv"), "utf8")).trim().split("\n").slice(1).sort();
      const again = await rows(dataDir);
      return JSON.stringify(again) === JSON.stringify(original)
        ? []
        : [`the pulled snapshot's rows differ from the source (${again.length} vs ${original.length})`];
    },
  },
  {
    name: "markdown-html-mentions",
    description:
      "a column name and slice values carrying `|`, `<script>`, `<img onerror>`, `@octocat`, `#1`, backticks, `**bold**`, a link and a newline, through two pipeline runs (the second has a champion) approved by `@octocat <img …>`, with a hostile GITHUB_REF; comparison.md, the job summaries and `trainyard status` checked",
    before: [["run", "--approved-by", "@octocat <img src=x onerror=alert(1)> | `x`"]],
    command: ["run", "--approved-by", "@octocat <b>reviewer</b>", "--params", "{variant: 2}"],
    trainer: true,
    env: { GITHUB_REF: "refs/heads/<script>alert(1)</script>|@octocat" },
    expect: {
      exitCode: 0,
      message: /registered bad-input-markdown version 2/,
      alsoInOutput: [/#### Slices: roc\\_auc by slice, largest regression first/],
    },
    verify: async ({ cli, work }, result) => {
      const dir = join(work, ".trainyard", "comparisons");
      const problems: string[] = [];
      const runs = await readdir(dir);
      if (runs.length !== 2) problems.push(`expected 2 comparison reports, found ${runs.length}`);
      for (const run of runs) {
        const markdown = await readFile(join(dir, run, "comparison.md"), "utf8");
        problems.push(...markdownProblems(markdown, `comparison.md of run ${run}`, { slices: 7 }));
      }
      problems.push(...markdownProblems(result.stdout, "the printed reports (job summary)", {}));
      const status = await cli(["status"]);
      if (!status.stdout.includes("@\u200boctocat &lt;img src=x onerror=alert\\(1\\)\\> \\| \\`x\\`"))
        problems.push(`trainyard status does not show the approver escaped:\n${status.stdout}`);
      problems.push(...markdownProblems(status.stdout, "trainyard status", {}));
      return problems;
    },
  },
  {
    name: "shell-metacharacters-in-params",
    description:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax, on purpose
      '--params ``{x: "$(touch pwned); `touch pwned2` | rm -rf .", …}``, a train.params value `; touch pwned-config #`, and quoted `$(…)`, backtick and `${HOME}` arguments in train.command',
    command: [
      "run",
      "--mode",
      "preview",
      "--params",
      `{x: ${JSON.stringify(SHELL_PARAMS.x)}, y: ${JSON.stringify(SHELL_PARAMS.y)}, "z": ${JSON.stringify(SHELL_PARAMS.z)}}`,
    ],
    trainer: true,
    expect: {
      exitCode: 0,
      message: /arguments: \["\$\(touch pwned-arg\)","`touch pwned-arg2`","\$\{HOME\}"\]/,
    },
    verify: async (context) => {
      const problems = await noPwnedFiles(context);
      const expected = { from_config: "; touch pwned-config #", ...SHELL_PARAMS };
      const copies = await findFiles(join(context.work, ".trainyard"), "params-seen.json");
      if (copies.length === 0) problems.push("the trainer's copy of the params file is missing");
      for (const copy of copies) {
        const seen = JSON.parse(await readFile(copy, "utf8"));
        if (!isDeepStrictEqual(seen, expected))
          problems.push(`the params file the trainer saw differs: ${JSON.stringify(seen)}`);
      }
      if (!(await exists(join(context.work, "data.csv")))) problems.push("data.csv is gone (rm -rf ran)");
      return problems;
    },
  },
  {
    name: "shell-operator-in-train-command",
    description: "train.command `node train.mjs ; touch pwned`: a shell operator as a word",
    command: ["run"],
    trainer: true,
    expect: {
      exitCode: 1,
      message:
        /train command "node train\.mjs ; touch pwned" uses the shell operator ";", but trainyard runs commands without a shell .*put the steps in a script/,
    },
    verify: noPwnedFiles,
  },
  {
    name: "param-name-with-shell-metacharacters",
    description: "train.params with the key `rate;touch pwned`",
    command: ["run"],
    trainer: true,
    expect: {
      exitCode: 1,
      message:
        /param name "rate;touch pwned" \(from train\.params, train\.params_file or the params input\) may hold only/,
    },
    verify: noPwnedFiles,
  },
  {
    name: "mlflow-token-in-environment",
    description:
      "MLFLOW_TRACKING_TOKEN planted in the environment of a whole `trainyard run` of examples/churn against MLflow, then every byte of the work folder, the output, the MLflow runs, artifacts and model versions searched for it",
    base: "examples/churn",
    command: ["run", "--approved-by", "tester", "--tracking-uri", "{{MLFLOW_URI}}", "--bootstrap", "200"],
    env: { MLFLOW_TRACKING_TOKEN: "{{TOKEN}}", MLFLOW_TRACKING_URI: "{{MLFLOW_URI}}" },
    mlflowModel: "churn-token-{{UNIQUE}}",
    expect: {
      exitCode: 0,
      message: /churn-token-[0-9a-f]{8} version 1 is the champion \(was none\), approved by tester/,
    },
  },
  {
    name: "mlflow-token-printed-by-trainer",
    description:
      "a training command that tries to print MLFLOW_TRACKING_TOKEN and exits 1, against MLflow: trainyard withholds its credentials from the command, and masks the output tail in the error and the tail artifact",
    command: ["run", "--tracking-uri", "{{MLFLOW_URI}}"],
    env: { MLFLOW_TRACKING_TOKEN: "{{TOKEN}}", MLFLOW_TRACKING_URI: "{{MLFLOW_URI}}" },
    mlflowModel: "bad-input-token-{{UNIQUE}}",
    expect: {
      exitCode: 1,
      message: /the training command exited with code 1; run [0-9a-f]{32} is marked FAILED/,
      alsoInOutput: [/connecting to http:\/\/\S+ with token undefined/],
    },
  },
  {
    name: "cli-option-typo",
    description: "`trainyard run --aproved-by x`: a misspelt option",
    command: ["run", "--aproved-by", "x"],
    expect: {
      exitCode: 2,
      message: /trainyard run: unknown option --aproved-by; did you mean --approved-by\?/i,
      notInOutput: [/To specify a positional argument starting with a '-'/],
    },
  },
];

// --- Markdown safety ---------------------------------------------------------------------------------------

const ALLOWED_TAGS = /^<(\/?(details|summary|sub)>|!-- trainyard:[\w.-]+ -->)/;

/** Removes inline code spans (GitHub renders their content literally: no HTML, no mentions). */
function withoutCodeSpans(line: string): string {
  return line.replace(/`[^`]*`/g, "``");
}

/** Splits a table row into cells on the `|` that are not escaped with a backslash. */
function cells(line: string): string[] {
  const result: string[] = [];
  let current = "";
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (char === "\\" && i + 1 < line.length) {
      current += char + line[i + 1];
      i++;
    } else if (char === "|") {
      result.push(current);
      current = "";
    } else current += char;
  }
  result.push(current);
  return result;
}

/**
 * What would go wrong if GitHub rendered `markdown`: raw HTML other than trainyard's own tags, an
 * @mention or #reference that would ping or link, a table row with the wrong number of cells, a line
 * broken out of a table, a Mermaid label with a quote or angle bracket. Text in code spans and the Mermaid
 * fence is rendered literally, so only the fence's own rules apply there.
 */
export function markdownProblems(markdown: string, where: string, options: { slices?: number }): string[] {
  const problems: string[] = [];
  const lines = markdown.split("\n");
  let fence: string | undefined;
  let tableWidth: number | undefined;
  let sliceRows = 0;
  let inSlices = false;
  lines.forEach((line, index) => {
    const at = `${where} line ${index + 1}`;
    if (line.startsWith("```")) {
      fence = fence === undefined ? line.slice(3) : undefined;
      return;
    }
    if (fence === "mermaid") {
      for (const label of line.matchAll(/"([^"]*)"/g))
        if (/[<>`]/.test(label[1] ?? ""))
          problems.push(`${at}: a Mermaid label with <, > or \`: ${label[1]}`);
      if ((line.match(/"/g)?.length ?? 0) % 2 === 1) problems.push(`${at}: an unbalanced quote in Mermaid`);
      return;
    }
    if (fence !== undefined) return;
    const text = withoutCodeSpans(line);
    for (const tag of text.matchAll(/</g)) {
      const rest = text.slice(tag.index);
      if (!ALLOWED_TAGS.test(rest)) problems.push(`${at}: raw HTML ${rest.slice(0, 30)}`);
    }
    for (const mention of text.matchAll(/(?:^|[^\w\u200b])([@#][A-Za-z0-9][\w-]*)/g))
      problems.push(`${at}: a live mention or reference ${mention[1]}`);
    if (line.startsWith("#### Slices")) inSlices = true;
    else if (line.startsWith("#### ") || line.startsWith("```")) inSlices = false;
    if (line.startsWith("|")) {
      const width = cells(line).length;
      if (!line.trimEnd().endsWith("|")) problems.push(`${at}: a table row that does not end with |`);
      if (tableWidth === undefined) tableWidth = width;
      else if (width !== tableWidth)
        problems.push(`${at}: a table row with ${width - 2} cells under a header of ${tableWidth - 2}`);
      if (inSlices && !line.startsWith("| ---") && !line.startsWith("|  | column")) sliceRows++;
    } else {
      tableWidth = undefined;
    }
  });
  if (options.slices !== undefined && sliceRows !== options.slices)
    problems.push(`${where}: ${sliceRows} slice rows, expected ${options.slices} (a value broke the table?)`);
  return problems;
}
