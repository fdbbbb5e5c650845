import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { commands } from "../../src/cli/commands/index.js";
import { runCli } from "../../src/cli/run-cli.js";
import { parseComparisonReport } from "../../src/config/contracts/comparison-report.js";
import { parseEvaluationReport } from "../../src/config/contracts/evaluation-report.js";
import { openTracking } from "../../src/tracking/open-tracking.js";
import { VERSION } from "../../src/version.js";

const run = promisify(execFile);
const VENV_BIN = resolve(process.env.TRAINYARD_TEST_VENV ?? ".cache/test-venv", "bin");
const VENV_PYTHON = join(VENV_BIN, "python");
const HELPER_DIR = resolve("src/serving/python");

async function cli(cwd: string, env: Record<string, string | undefined>, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(commands, VERSION, {
    argv,
    env,
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** The churn example in a temporary folder, with the Node or the scikit-learn trainer. */
async function project(trainer: "node" | "python", model: string, edit?: (config: string) => string) {
  const dir = join(await mkdtemp(join(tmpdir(), `serving-${trainer}-`)), "churn");
  await cp(resolve("examples/churn"), dir, { recursive: true });
  await rm(join(dir, "trainers", "python", "__pycache__"), { recursive: true, force: true });
  let config = (await readFile(join(dir, "trainyard.yml"), "utf8")).replace(
    "model: churn-classifier",
    `model: ${model}`,
  );
  if (trainer === "python")
    config = config
      .replace("command: node trainers/node/train.mjs", "command: python trainers/python/train.py")
      .replace(
        "params: { learning_rate: 0.5, epochs: 200, l2: 0.001 }",
        "params: { max_iter: 40, max_depth: 3 }",
      )
      .replace(
        "predict_command: node trainers/node/predict.mjs",
        "predict_command: python trainers/python/predict.py",
      )
      .replace("predict_ms_per_1k_rows: 2000", "predict_ms_per_1k_rows: 60000");
  await writeFile(join(dir, "trainyard.yml"), edit ? edit(config) : config);
  return dir;
}

const pathWithVenv = () => ({
  PATH: `${VENV_BIN}${delimiter}${process.env.PATH ?? ""}`,
  HOME: process.env.HOME,
  MLFLOW_DISABLE_TELEMETRY: "true",
});

/** What MLflow's own client sees, in a separate Python process: load models:/<name>@champion and predict. */
const CLIENT_CHECK = `
import json, sys
sys.path.insert(0, sys.argv[4])
import mlflow, pandas as pd
from trainyard_serving import read_typed, to_contract
mlflow.set_tracking_uri(sys.argv[1])
model = mlflow.pyfunc.load_model(f"models:/{sys.argv[2]}@champion")
specs = [json.loads(json.dumps(s)) for s in model.metadata.signature.inputs.to_dict()]
frame = read_typed(sys.argv[3], specs, "churned")
out = to_contract(model.predict(frame), ["0", "1"])
expected = pd.read_csv(sys.argv[5])
print(json.dumps({
  "inputs": [s["name"] for s in specs],
  "outputs": [s["name"] for s in model.metadata.signature.outputs.to_dict()] if model.metadata.signature.outputs else [],
  "flavors": sorted(model.metadata.flavors),
  "rows": len(out),
  "labels_equal": bool((out["prediction"].astype(int).to_numpy() == expected["prediction"].astype(int).to_numpy()).all()),
  "max_abs_diff": float((out["score"].astype(float) - expected["score"].astype(float)).abs().max()),
}))
`;

describe("every registered version is an MLflow Model that serves what evaluate measured (live MLflow)", () => {
  for (const trainer of ["node", "python"] as const) {
    it(`the ${trainer} trainer: trainyard run, then models:/…@champion with MLflow's client and mlflow models serve`, async () => {
      const uri = inject("mlflowUri");
      const model = `serving-${trainer}-${randomUUID().slice(0, 8)}`;
      // The Node run promotes through register.serve_check: the version is served before the alias moves.
      const dir = await project(trainer, model, (config) =>
        trainer === "node" ? `${config}\nregister: { serve_check: true }\n` : config,
      );
      const env = pathWithVenv();
      const started = Date.now();
      const result = await cli(
        dir,
        env,
        "run",
        "--tracking-uri",
        uri,
        "--approved-by",
        "ci",
        "--bootstrap",
        "200",
        "--json",
      );
      const runSeconds = (Date.now() - started) / 1000;
      expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
      const outputs = JSON.parse(result.stdout);
      expect(outputs).toMatchObject({ decision: "promote", promoted: true, version: "1" });
      const runId = outputs["run-id"] as string;

      // evaluate's parity check ran with python3 from PATH (the venv's) and passed.
      const evaluationFile = join(dir, ".trainyard", "evaluations", runId, "evaluation.json");
      const evaluation = parseEvaluationReport(await readFile(evaluationFile, "utf8"), evaluationFile);
      expect(evaluation.servingParity).toMatchObject({
        status: "pass",
        foundBy: "python3 on PATH",
        mismatchedRows: 0,
      });
      expect(evaluation.servingParity?.rows).toBe(evaluation.rows);
      const comparison = parseComparisonReport(
        await readFile(outputs["report-path"], "utf8"),
        outputs["report-path"],
      );
      expect(comparison.rules.find((rule) => rule.id === "serving.parity")?.verdict).toBe("pass");

      // The run records how it was packaged, and MLflow-native lineage: the dataset and the LoggedModel.
      const { tracker } = openTracking({ uri, env: {} });
      const recorded = await tracker.getRun(runId);
      expect(recorded.tags["trainyard.serving.packaging"]).toBe(trainer === "node" ? "wrapped" : "native");
      expect(recorded.tags["trainyard.serving.flavors"]).toBe(
        trainer === "node" ? "python_function" : "python_function,sklearn",
      );
      const wire = (await (await fetch(`${uri}/api/2.0/mlflow/runs/get?run_id=${runId}`)).json()) as {
        run: {
          inputs: {
            dataset_inputs: { dataset: { digest: string; source: string }; tags: { value: string }[] }[];
          };
        };
      };
      const datasets = wire.run.inputs.dataset_inputs;
      // MLflow links a dataset to a run once: evaluate's log of the same snapshot keeps train's entry.
      expect(datasets.map((input) => input.dataset.digest)).toEqual([evaluation.snapshotId]);
      expect(datasets[0]?.tags[0]?.value).toBe("training");
      expect(JSON.parse(datasets[0]?.dataset.source as string).uri).toContain(
        `/snapshots/${evaluation.snapshotId}/manifest.json`,
      );
      const modelId = recorded.tags["trainyard.logged_model_id"] as string;
      const logged = (await (await fetch(`${uri}/api/2.0/mlflow/logged-models/${modelId}`)).json()) as {
        model: {
          info: { status: string; source_run_id: string };
          data: { metrics: { key: string; dataset_digest: string }[] };
        };
      };
      expect(logged.model.info).toMatchObject({ status: "LOGGED_MODEL_READY", source_run_id: runId });
      expect(logged.model.data.metrics.find((metric) => metric.key === "test_roc_auc")?.dataset_digest).toBe(
        evaluation.snapshotId,
      );

      // MLflow's own client, in a fresh Python process: load by alias, read the signature, predict.
      const testFile = resolve(dir, evaluation.testFile);
      const predictions = join(dirname(evaluationFile), evaluation.predictionsFile);
      const client = await run(
        VENV_PYTHON,
        ["-c", CLIENT_CHECK, uri, model, testFile, HELPER_DIR, predictions],
        {
          env: { ...env, PYTHONDONTWRITEBYTECODE: "1" },
          timeout: 120_000,
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      const seen = JSON.parse(client.stdout.trim().split("\n").pop() as string);
      expect(seen.inputs).toEqual([
        "customer_id",
        "signup_time",
        "country",
        "plan",
        "age",
        "tenure_months",
        "monthly_spend",
        "support_tickets",
        "email",
      ]);
      expect(seen).toMatchObject({ rows: evaluation.rows, labels_equal: true });
      expect(seen.max_abs_diff).toBeLessThanOrEqual(1e-6);
      if (trainer === "node") expect(seen.outputs).toEqual(["prediction", "score"]);
      else expect(seen.flavors).toEqual(["python_function", "sklearn"]);

      if (trainer === "node") {
        const { registry } = openTracking({ uri, env: {} });
        const champion = await registry.getVersionByAlias(model, "champion");
        expect(champion?.tags["trainyard.serve_check"]).toBe("passed");
        expect(result.stderr + result.stdout).toMatch(
          /serve-check: .* answers its 5 example row\(s\) as recorded/,
        );
      }
      // mlflow models serve on 127.0.0.1 answers /invocations with the recorded predictions.
      const served = await cli(
        dir,
        env,
        "serve-check",
        `${model}@champion`,
        "--tracking-uri",
        uri,
        "--python",
        VENV_PYTHON,
        "--json",
      );
      expect(served.code, `${served.stdout}\n${served.stderr}`).toBe(0);
      expect(JSON.parse(served.stdout)).toMatchObject({ model, version: "1", passed: true });
      console.info(
        `serving (${trainer}): trainyard run ${runSeconds.toFixed(1)} s, of which parity ${evaluation.servingParity?.seconds?.toFixed(1)} s, packaging ${recorded.tags["trainyard.serving.packaging_seconds"]} s; serve-check ${JSON.parse(served.stdout).seconds} s`,
      );
    }, 420_000);
  }

  it("rejects a trainer whose packaged model drops a feature transform, with the differing rows in the report", async () => {
    const model = `serving-skew-${randomUUID().slice(0, 8)}`;
    const dir = await project("python", model);
    // The packaged pipeline one-hot encodes the categories in reverse order: predict.py does not.
    const trainPy = join(dir, "trainers", "python", "train.py");
    const source = await readFile(trainPy, "utf8");
    const skewed = source.replace(
      "OneHotEncoder(categories=[categories[name] for name in CATEGORICAL]",
      "OneHotEncoder(categories=[categories[name][::-1] for name in CATEGORICAL]",
    );
    expect(skewed).not.toBe(source);
    await writeFile(trainPy, skewed);
    const result = await cli(
      dir,
      pathWithVenv(),
      "run",
      "--tracking-uri",
      "",
      "--approved-by",
      "ci",
      "--bootstrap",
      "50",
      "--json",
    );
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    const outputs = JSON.parse(result.stdout);
    expect(outputs).toMatchObject({ decision: "reject", promoted: false });
    const comparison = parseComparisonReport(
      await readFile(outputs["report-path"], "utf8"),
      outputs["report-path"],
    );
    expect(comparison.reasons[0]).toMatch(
      /serving parity: the packaged model differs from evaluate's predictions on \d+ of \d+ test rows/,
    );
    expect(comparison.servingParity?.firstDiffering?.length).toBeGreaterThan(0);
    const markdown = await readFile(join(dirname(outputs["report-path"]), "comparison.md"), "utf8");
    expect(markdown).toContain("First differing rows");
    expect(markdown).toMatch(/\| \d+ \| (prediction|score) \|/);
  }, 300_000);
});

/** A Node "trainer" that writes model.json and the given MLmodel, as a training command that saved one. */
async function nativeProject(mlmodel: string) {
  const model = `serving-bad-${randomUUID().slice(0, 8)}`;
  const dir = await project("node", model);
  const trainer = join(dir, "trainers", "node", "train-with-mlmodel.mjs");
  await writeFile(
    trainer,
    `import { writeFileSync } from "node:fs";
import { join } from "node:path";
const out = process.env.TRAINYARD_OUTPUT_DIR;
writeFileSync(join(out, "MLmodel"), ${JSON.stringify(mlmodel)});
writeFileSync(join(out, "model.json"), "{}");
`,
  );
  const config = await readFile(join(dir, "trainyard.yml"), "utf8");
  await writeFile(
    join(dir, "trainyard.yml"),
    config.replace(
      "command: node trainers/node/train.mjs",
      "command: node trainers/node/train-with-mlmodel.mjs",
    ),
  );
  return { dir, model };
}

async function expectNothingRegistered(dir: string, model: string) {
  const { registry } = openTracking({ uri: "", cwd: dir, env: {} });
  expect(await registry.listModelVersions(model).catch(() => [])).toEqual([]);
}

describe("a model that cannot be packaged stops train with a clear message; nothing is registered", () => {
  it("an MLmodel that does not parse", async () => {
    const { dir, model } = await nativeProject("flavors: [unclosed\n");
    const result = await cli(dir, pathWithVenv(), "run", "--tracking-uri", "", "--approved-by", "ci");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/MLmodel does not parse as YAML, so MLflow cannot read it/);
    await expectNothingRegistered(dir, model);
  }, 120_000);

  it("a signature that does not match the test file's columns", async () => {
    const { dir, model } = await nativeProject(
      `flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n    model_path: model.pkl\nsignature:\n  inputs: '[{"type": "long", "name": "no_such_column", "required": true}]'\n  outputs: null\n`,
    );
    const result = await cli(dir, pathWithVenv(), "run", "--tracking-uri", "", "--approved-by", "ci");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(
      /does not match the test file's columns: it requires column\(s\) "no_such_column"/,
    );
    await expectNothingRegistered(dir, model);
  }, 120_000);

  it("a flavor whose loader is missing", async () => {
    const { dir, model } = await nativeProject(
      "flavors:\n  python_function:\n    loader_module: trainyard_no_such_loader\n    model_path: model.pkl\n",
    );
    const result = await cli(dir, pathWithVenv(), "run", "--tracking-uri", "", "--approved-by", "ci");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/does not load and predict.*trainyard_no_such_loader/s);
    await expectNothingRegistered(dir, model);
  }, 180_000);

  it("no Python on the machine: a trainer's MLflow Model cannot be checked; a wrapped model skips parity", async () => {
    // A PATH with node alone.
    const bin = await mkdtemp(join(tmpdir(), "serving-no-python-"));
    await mkdir(bin, { recursive: true });
    await symlink(process.execPath, join(bin, "node"));
    const env = { PATH: bin, HOME: process.env.HOME };
    const native = await nativeProject("flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n");
    const stopped = await cli(native.dir, env, "run", "--tracking-uri", "", "--approved-by", "ci");
    expect(stopped.code).not.toBe(0);
    expect(stopped.stderr).toMatch(/cannot be checked: no Python found \(looked for python3 on PATH/);
    await expectNothingRegistered(native.dir, native.model);

    const wrapped = await project("node", `serving-nopy-${randomUUID().slice(0, 8)}`);
    const ran = await cli(
      wrapped,
      env,
      "run",
      "--tracking-uri",
      "",
      "--approved-by",
      "ci",
      "--bootstrap",
      "50",
      "--json",
    );
    expect(ran.code, ran.stderr).toBe(0);
    const outputs = JSON.parse(ran.stdout);
    const comparison = parseComparisonReport(
      await readFile(outputs["report-path"], "utf8"),
      outputs["report-path"],
    );
    expect(comparison.rules.find((rule) => rule.id === "serving.parity")).toMatchObject({
      verdict: "skip",
      message: expect.stringMatching(/no Python found/),
    });
  }, 180_000);
});

describe("promote with serve-check", () => {
  it("does not move the champion when the served version does not answer as recorded", async () => {
    const model = `serving-promote-${randomUUID().slice(0, 8)}`;
    const dir = await project("node", model);
    const env = pathWithVenv();
    // Registered as the challenger; without an approval the pipeline stops before promote.
    const ran = await cli(dir, env, "run", "--tracking-uri", "", "--bootstrap", "50", "--json");
    expect(ran.code, ran.stderr).toBe(0);
    const outputs = JSON.parse(ran.stdout);
    expect(outputs).toMatchObject({ decision: "promote", promoted: false, version: "1" });
    // The registered bytes change after the comparison: /invocations gets a body it cannot read.
    const { tracker, registry } = openTracking({ uri: "", cwd: dir, env: {} });
    const broken = join(dir, "broken.json");
    await writeFile(broken, '{"dataframe_split": {"columns": ["nope"], "data": [[1]]}}');
    await tracker.uploadArtifact(outputs["run-id"], broken, "model/serving_input_example.json");
    const promoted = await cli(
      dir,
      env,
      "register",
      "promote",
      "--tracking-uri",
      "",
      "--approved-by",
      "ci",
      "--serve-check",
      "true",
      "--python",
      VENV_PYTHON,
    );
    expect(promoted.code).not.toBe(0);
    expect(promoted.stderr).toMatch(/serve-check of .* version 1 failed: \/invocations answered HTTP 4\d\d/);
    expect(await registry.getVersionByAlias(model, "champion")).toBeUndefined();
  }, 240_000);
});
