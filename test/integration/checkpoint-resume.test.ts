import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = resolve("dist/cli/index.js");

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  killed: boolean;
}

/**
 * `trainyard train` in `dir`, the model into `.trainyard/out/<outputDir>`; with `killAt`, SIGKILL as soon as
 * the output matches it. Only trainyard is killed: its trainer (a child process) runs on and writes its model,
 * so the models go where trainyard's own files go (not code), as the default output folder does.
 */
function modelDir(dir: string, outputDir: string): string {
  return join(dir, ".trainyard", "out", outputDir);
}

function train(dir: string, outputDir: string, killAt?: RegExp): Promise<Finished> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [
        CLI,
        "train",
        "--data-dir",
        "data/snap-ckpt",
        "--output-dir",
        modelDir(dir, outputDir),
        "--cache",
        "false",
      ],
      {
        cwd: dir,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", MLFLOW_TRACKING_URI: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    let killed = false;
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (killAt && !killed && killAt.test(output)) {
        killed = true;
        child.kill("SIGKILL");
      }
    };
    child.stdout.on("data", watch);
    child.stderr.on("data", watch);
    child.on("close", (code, signal) => done({ code, signal, output, killed }));
  });
}

/** The churn example with the Node trainer slowed to a few seconds and a checkpoint upload every second. */
async function project(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ckpt-"));
  await cp(resolve("examples/churn"), dir, { recursive: true });
  await mkdir(join(dir, "data", "snap-ckpt"), { recursive: true });
  await cp(join(dir, "data", "customers.csv"), join(dir, "data", "snap-ckpt", "train.csv"));
  const config = await readFile(join(dir, "trainyard.yml"), "utf8");
  await writeFile(
    join(dir, "trainyard.yml"),
    config.replace(
      "params: { learning_rate: 0.5, epochs: 200, l2: 0.001 }",
      "params: { learning_rate: 0.5, epochs: 3000, l2: 0.001 }\n  checkpoint: { interval: 1 }",
    ),
  );
  return dir;
}

describe("durable checkpoints through trainyard train", () => {
  it("SIGKILLed after its first checkpoint upload, a re-run resumes from that step and gives the same model bytes", async () => {
    const dir = await project();
    const first = await train(dir, "model-killed", /checkpoint 1 saved to the store \(run \S+, step \d+/);
    expect(first.killed, first.output).toBe(true);
    const saved = /checkpoint 1 saved to the store \(run (\S+), step (\d+)/.exec(first.output);
    const [, killedRun, step] = saved ?? [];

    const second = await train(dir, "model-resumed");
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain(`resuming from checkpoint`);
    expect(second.output).toContain(`(run ${killedRun}, step ${step},`);
    expect(second.output).toContain(`resuming from the checkpoint at step ${step}`);

    const clean = await project();
    const uninterrupted = await train(clean, "model");
    expect(uninterrupted.code, uninterrupted.output).toBe(0);
    expect(uninterrupted.output).not.toContain("resuming from");
    const resumedModel = await readFile(join(modelDir(dir, "model-resumed"), "model.json"));
    const cleanModel = await readFile(join(modelDir(clean, "model"), "model.json"));
    expect(resumedModel.equals(cleanModel)).toBe(true);

    const runs = join(dir, ".trainyard", "tracking");
    const tags = await findTag(runs, "trainyard.checkpoint.resumed_from");
    expect(tags).toEqual([`run ${killedRun}, step ${step}`]);
  }, 120_000);
});

/** Every value of a tag across the local tracker's runs (<root>/experiments/<id>/runs/<run>/tags.json). */
async function findTag(root: string, name: string): Promise<string[]> {
  const values: string[] = [];
  for (const experiment of await readdir(join(root, "experiments")).catch(() => [])) {
    const runs = join(root, "experiments", experiment, "runs");
    for (const run of await readdir(runs).catch(() => [])) {
      const tags = JSON.parse(await readFile(join(runs, run, "tags.json"), "utf8")) as Record<string, string>;
      if (tags[name]) values.push(tags[name]);
    }
  }
  return values;
}
