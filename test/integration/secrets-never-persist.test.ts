import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TerminalContext } from "../../src/context/terminal-context.js";
import { inputsOf } from "../../src/inputs/declared-inputs.js";
import { PIPELINE_INPUTS } from "../../src/steps/pipeline/pipeline-inputs.js";
import { pipelineOutputs, runPipeline } from "../../src/steps/pipeline/run-pipeline.js";

/**
 * Every value trainyard knows to be secret, planted in the environment the training and prediction commands
 * inherit. The commands print them all; nothing trainyard writes may keep one.
 */
const PLANTED = {
  AWS_SECRET_ACCESS_KEY: "planted-aws-secret-Kq7vX2mN9pL4",
  AWS_SESSION_TOKEN: "planted-aws-session-Zt5wR8yB1cH6",
  MLFLOW_TRACKING_PASSWORD: "planted-mlflow-password-Jd3sF7gA0e",
  MLFLOW_TRACKING_TOKEN: "planted-mlflow-token-Uo2iP5kL8n",
  GITHUB_TOKEN: "ghs_plantedGitHubToken0123456789abcdef",
  MY_API_KEY: "planted-secret-env-Wy4tE6rQ1z",
} as const;
const SECRETS = Object.values(PLANTED);

const PRINT_SECRETS = [
  `for (const name of ${JSON.stringify(Object.keys(PLANTED))})`,
  '  console.log(name + "=" + process.env[name]);',
  'console.error("stderr too:", process.env.AWS_SECRET_ACCESS_KEY, process.env.MY_API_KEY);',
].join("\n");

async function project(trainer: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "secrets-"));
  await cp(resolve("examples/churn"), dir, { recursive: true });
  await writeFile(join(dir, "leaky-train.mjs"), `${PRINT_SECRETS}\n${trainer}\n`);
  await writeFile(
    join(dir, "leaky-predict.mjs"),
    `${PRINT_SECRETS}\nawait import("./trainers/node/predict.mjs");\n`,
  );
  const config = (await readFile(join(dir, "trainyard.yml"), "utf8"))
    .replace(
      "command: node trainers/node/train.mjs",
      "command: node leaky-train.mjs\n  secret_env: [MY_API_KEY]",
    )
    .replace("predict_command: node trainers/node/predict.mjs", "predict_command: node leaky-predict.mjs");
  expect(config).toContain("secret_env: [MY_API_KEY]");
  await writeFile(join(dir, "trainyard.yml"), config);
  return dir;
}

/** Every file under a folder, recursively (the store, the tracker's artifacts, reports, pipeline state). */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function leaks(dir: string, texts: string[]): Promise<string[]> {
  const found: string[] = [];
  const files = await filesUnder(join(dir, ".trainyard"));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const content = (await readFile(file)).toString("latin1");
    for (const secret of SECRETS) if (content.includes(secret)) found.push(`${file}: ${secret}`);
  }
  for (const [i, text] of texts.entries())
    for (const secret of SECRETS) if (text.includes(secret)) found.push(`text ${i}: ${secret}`);
  return found;
}

function context(dir: string) {
  const lines: string[] = [];
  const ctx = new TerminalContext({
    workingDirectory: dir,
    env: { PATH: process.env.PATH ?? "", MLFLOW_TRACKING_URI: "", ...PLANTED },
    write: (line) => lines.push(line),
  });
  return { ctx, lines };
}

describe("secrets never persist", () => {
  it("a training command that prints every secret and fails leaves none in the tail artifact, the error or the logs", async () => {
    const dir = await project("process.exit(3);");
    const { ctx, lines } = context(dir);
    const error = await runPipeline(ctx, inputsOf(PIPELINE_INPUTS, { mode: "release" }), {
      approvedBy: "tester",
      bootstrap: 50,
    }).then(
      () => undefined,
      (failure: Error) => failure,
    );
    expect(error?.message).toMatch(/exited with code 3/);
    expect(error?.message).toContain("AWS_SECRET_ACCESS_KEY=***");
    expect(error?.message).toContain("MY_API_KEY=***");
    const tails = (await filesUnder(join(dir, ".trainyard"))).filter((file) =>
      file.endsWith("train-tail.log"),
    );
    expect(tails.length).toBeGreaterThan(0);
    expect(await readFile(tails[0] as string, "utf8")).toContain("AWS_SESSION_TOKEN=***");
    expect(await leaks(dir, [error?.message ?? "", ...lines, ...ctx.summaries])).toEqual([]);
  }, 60_000);

  it("a whole release run whose commands print every secret keeps none in the store, tracker, reports, outputs or summary", async () => {
    const dir = await project('await import("./trainers/node/train.mjs");');
    const { ctx, lines } = context(dir);
    const result = await runPipeline(ctx, inputsOf(PIPELINE_INPUTS, { mode: "release" }), {
      approvedBy: "tester",
      bootstrap: 50,
    });
    expect(result.decision).toBe("promote");
    const outputs = JSON.stringify(pipelineOutputs(result));
    expect(await leaks(dir, [outputs, ...lines, ...ctx.summaries, result.reportMarkdown ?? ""])).toEqual([]);
  }, 90_000);
});
