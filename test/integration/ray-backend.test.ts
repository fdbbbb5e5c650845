import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CreateBucketCommand, ListObjectsV2Command } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RayJobsClient } from "../../src/steps/train/ray-jobs.js";
import { freePort } from "../harness/free-port.js";
import { type RayHead, startRayHead } from "../harness/ray-head.js";
import { s3TestEnvironment } from "../harness/s3-test-env.js";

const CLI = resolve("dist/cli/index.js");
let head: RayHead;
let started = 0;
/** The project the first test trained on Ray, with its model in model/. */
let trained: string | undefined;

beforeAll(async () => {
  started = performance.now();
  head = await startRayHead();
  console.log(`ray head up in ${((performance.now() - started) / 1000).toFixed(1)} s at ${head.address}`);
}, 120_000);

afterAll(async () => {
  await head?.stop();
  console.log(
    `ray suite with the head's start and stop: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
});

interface Finished {
  code: number | null;
  output: string;
}

/** `trainyard train` on the Ray head; with `onOutput`, called as output arrives (e.g. to cancel). */
function train(
  dir: string,
  args: string[],
  onOutput?: (output: string, pid: number) => void,
): Promise<Finished> {
  return cli(dir, ["train", "--data-dir", "data/snap-ray", ...args], {}, onOutput);
}

/** A trainyard command in `dir`, with the Ray venv's Python first on PATH. */
function cli(
  dir: string,
  args: string[],
  env: Record<string, string>,
  onOutput?: (output: string, pid: number) => void,
): Promise<Finished> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: dir,
      env: {
        PATH: `${head.binDir}:${process.env.PATH ?? ""}`,
        HOME: process.env.HOME ?? "",
        MLFLOW_TRACKING_URI: "",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (child.pid !== undefined) onOutput?.(output, child.pid);
    };
    child.stdout.on("data", watch);
    child.stderr.on("data", watch);
    // Bounded: a hung trainyard fails the test with its output instead of the test's timeout.
    const limit = setTimeout(() => child.kill("SIGKILL"), 100_000);
    child.on("close", (code) => {
      clearTimeout(limit);
      done({ code, output });
    });
  });
}

/** The churn example set to train with scikit-learn as a Ray job. */
async function project(extra = ""): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ray-train-"));
  await cp(resolve("examples/churn"), dir, { recursive: true });
  await mkdir(join(dir, "data", "snap-ray"), { recursive: true });
  await cp(join(dir, "data", "customers.csv"), join(dir, "data", "snap-ray", "train.csv"));
  const config = await readFile(join(dir, "trainyard.yml"), "utf8");
  await writeFile(
    join(dir, "trainyard.yml"),
    config
      .replace("command: node trainers/node/train.mjs", "command: python trainers/python/train.py")
      .replace(
        "params: { learning_rate: 0.5, epochs: 200, l2: 0.001 }",
        `params: { max_iter: 40 }\n  backend: ray\n  ray: { num_cpus: 1 }${extra}`,
      ),
  );
  return dir;
}

async function runTags(
  dir: string,
): Promise<{ status: string; tags: Record<string, string>; dir: string }[]> {
  const root = join(dir, ".trainyard", "tracking", "experiments");
  const runs = [];
  for (const experiment of await readdir(root).catch(() => [])) {
    for (const run of await readdir(join(root, experiment, "runs")).catch(() => [])) {
      const runDir = join(root, experiment, "runs", run);
      const info = JSON.parse(await readFile(join(runDir, "run.json"), "utf8"));
      const tags = JSON.parse(await readFile(join(runDir, "tags.json"), "utf8"));
      runs.push({ status: info.status ?? info.info?.status, tags, dir: runDir });
    }
  }
  return runs;
}

describe("train.backend: ray on a real local Ray head", () => {
  it("trains the scikit-learn example as a Ray job: run, curves, lineage and model land as on the runner", async () => {
    const dir = await project();
    const result = await train(dir, ["--ray-address", head.address, "--output-dir", "model"]);
    expect(result.code, result.output).toBe(0);
    // The job's log streamed into the step's log; the address is masked.
    expect(result.output).toContain("trained HistGradientBoostingClassifier on");
    expect(result.output).not.toContain(head.address);
    expect((await stat(join(dir, "model", "model.pkl"))).size).toBeGreaterThan(0);
    const model = JSON.parse(await readFile(join(dir, "model", "model.json"), "utf8"));
    expect(model.iterations).toBe(40);
    const [run] = await runTags(dir);
    expect(run?.status).toBe("FINISHED");
    const jobId = run?.tags["trainyard.ray.job_id"] as string;
    expect(jobId).toMatch(/^trainyard-/);
    expect(run?.tags["trainyard.ray.address"]).toBe(head.address);
    expect(JSON.parse(run?.tags["trainyard.ray.resources"] ?? "{}")).toEqual({ entrypoint_num_cpus: 1 });
    const metrics = await readFile(join(run?.dir as string, "metrics.jsonl"), "utf8");
    expect(metrics).toContain('"train_log_loss"');
    expect((await stat(join(run?.dir as string, "artifacts", "model", "model.pkl"))).size).toBeGreaterThan(0);
    expect((await new RayJobsClient(head.address).info(jobId)).status).toBe("SUCCEEDED");
    trained = dir;
  }, 120_000);

  it("evaluate.backend: ray runs the prediction command as a Ray job under the predict contract", async () => {
    const dir = trained as string;
    expect(dir).toBeDefined();
    const config = await readFile(join(dir, "trainyard.yml"), "utf8");
    await writeFile(
      join(dir, "trainyard.yml"),
      config.replace(
        "predict_command: node trainers/node/predict.mjs",
        "predict_command: python trainers/python/predict.py\n  backend: ray",
      ),
    );
    const result = await cli(
      dir,
      ["evaluate", "--model-dir", "model", "--test-file", "data/snap-ray/train.csv", "--bootstrap", "0"],
      { RAY_ADDRESS: head.address },
    );
    expect(result.code, result.output).toBe(0);
    const job = /the prediction command runs as Ray job (\S+)/.exec(result.output)?.[1] as string;
    expect(job).toMatch(/^trainyard-/);
    expect((await new RayJobsClient(head.address).info(job)).status).toBe("SUCCEEDED");
    expect(result.output).toMatch(/roc_auc/);
  }, 120_000);

  it("a failing job is FAILED with its log tail", async () => {
    const dir = await project();
    const result = await train(dir, ["--ray-address", head.address, "--params", "{ no_such_param: 1 }"]);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/run \S+ is marked FAILED/);
    expect(result.output).toContain("unknown params no_such_param");
    const [run] = await runTags(dir);
    expect(run?.status).toBe("FAILED");
  }, 120_000);

  it("the runner's cancel (SIGTERM) stops the Ray job and marks the run KILLED", async () => {
    const dir = await project();
    await writeFile(
      join(dir, "slow.py"),
      'import time\nprint("slow job started", flush=True)\ntime.sleep(120)\n',
    );
    let cancelled = false;
    const result = await train(
      dir,
      ["--ray-address", head.address, "--command", "python slow.py"],
      (output, pid) => {
        if (!cancelled && output.includes("slow job started")) {
          cancelled = true;
          process.kill(pid, "SIGTERM");
        }
      },
    );
    expect(cancelled, result.output).toBe(true);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/was cancelled/);
    const [run] = await runTags(dir);
    expect(run?.status).toBe("KILLED");
    const info = await new RayJobsClient(head.address).info(run?.tags["trainyard.ray.job_id"] as string);
    expect(info.status).toBe("STOPPED");
  }, 120_000);

  it("an unreachable address is one clear error, before any run is created", async () => {
    const dir = await project();
    const closed = `http://127.0.0.1:${await freePort()}`;
    const result = await train(dir, ["--ray-address", closed]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("cannot reach the Ray cluster's job API");
    expect(result.output).not.toContain("trainyard bug");
    expect(await runTags(dir)).toEqual([]);
  }, 60_000);

  it("train.ray.transfer s3: the job gets presigned S3 URLs and no runner path; model, curves come back through S3", async () => {
    const { env: awsEnv, client: s3 } = s3TestEnvironment();
    const bucket = `trainyard-ray-${Date.now().toString(36)}`;
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const dir = await project();
    const config = await readFile(join(dir, "trainyard.yml"), "utf8");
    await writeFile(
      join(dir, "trainyard.yml"),
      `store: s3://${bucket}/store\n${config.replace("ray: { num_cpus: 1 }", "ray: { num_cpus: 1, transfer: s3 }")}`,
    );
    // The code stands in for what a remote cluster has installed (its image, a working_dir): a folder
    // outside the project. The data, params, model, curves and checkpoints go through S3 only.
    const code = await mkdtemp(join(tmpdir(), "cluster-code-"));
    await cp(join(dir, "trainers", "python"), code, { recursive: true });
    const result = await cli(
      dir,
      [
        "train",
        "--data-dir",
        "data/snap-ray",
        "--output-dir",
        "model",
        "--command",
        `python ${code}/train.py`,
      ],
      { ...awsEnv, RAY_ADDRESS: head.address },
    );
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/fetched 2 input file\(s\) and 0 checkpoint file\(s\) through S3/);
    expect(result.output).toContain("trained HistGradientBoostingClassifier on");
    expect((await stat(join(dir, "model", "model.pkl"))).size).toBeGreaterThan(0);
    const [run] = await runTags(dir);
    expect(run?.status).toBe("FINISHED");
    expect(run?.tags["trainyard.ray.transfer"]).toBe("s3");
    expect(await readFile(join(run?.dir as string, "metrics.jsonl"), "utf8")).toContain('"train_log_loss"');
    // What Ray was given names no folder of the runner: not the project, not its run or data folders.
    const job = await new RayJobsClient(head.address).info(run?.tags["trainyard.ray.job_id"] as string);
    const given = JSON.stringify(job);
    expect(given).toContain("TRAINYARD_RAY_PLAN");
    expect(given).not.toContain(dir);
    // The job's transfer objects are deleted once fetched.
    const left = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: "store/ray-transfer/" }));
    expect(left.KeyCount ?? 0).toBe(0);
  }, 120_000);

  it("after trainyard was SIGKILLed, the next training of the same inputs stops its Ray job and marks its run KILLED", async () => {
    const dir = await project();
    // Slow until the flag file exists: the re-run (same command, same cache key) then ends at once. The
    // flag lives outside the project, whose files are part of the cache key (the code hash).
    const flag = join(await mkdtemp(join(tmpdir(), "ray-flag-")), "quick");
    await writeFile(
      join(dir, "slow.py"),
      [
        "import os, sys, time",
        `flag = ${JSON.stringify(flag)}`,
        "if os.path.exists(flag):",
        '    open(os.path.join(os.environ["TRAINYARD_OUTPUT_DIR"], "model.txt"), "w").write("ok")',
        "    sys.exit(0)",
        'print("slow job started", flush=True)',
        "time.sleep(120)",
        "",
      ].join("\n"),
    );
    let killed = false;
    const first = await train(
      dir,
      ["--ray-address", head.address, "--command", "python slow.py"],
      (output, pid) => {
        if (!killed && output.includes("slow job started")) {
          killed = true;
          process.kill(pid, "SIGKILL");
        }
      },
    );
    expect(killed, first.output).toBe(true);
    const [orphan] = await runTags(dir);
    expect(orphan?.status).toBe("RUNNING");
    const jobId = orphan?.tags["trainyard.ray.job_id"] as string;
    const client = new RayJobsClient(head.address);
    expect((await client.info(jobId)).status).toBe("RUNNING");

    await writeFile(flag, "");
    const again = await train(dir, ["--ray-address", head.address, "--command", "python slow.py"]);
    expect(again.output).toMatch(
      new RegExp(`marked KILLED; its Ray job ${jobId} was still RUNNING and has been stopped \\(STOPPED\\)`),
    );
    expect((await client.info(jobId)).status).toBe("STOPPED");
    const runs = await runTags(dir);
    expect(runs.find((run) => run.tags["trainyard.ray.job_id"] === jobId)?.status).toBe("KILLED");
  }, 120_000);
});
