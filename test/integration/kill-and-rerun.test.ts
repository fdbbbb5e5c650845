import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { blobKey, manifestKey, parseSnapshotManifest } from "../../src/config/contracts/snapshot-manifest.js";
import { PIPELINE_STEPS } from "../../src/steps/pipeline/run-pipeline.js";
import { openStore } from "../../src/store/open-store.js";
import { LocalRegistry } from "../../src/tracking/local/local-registry.js";
import { type ReliabilityRow, writeReliability } from "../harness/reliability-log.js";

const CLI = resolve("dist/cli/index.js");
const MODEL = "churn-classifier";
const rows: ReliabilityRow[] = [];

afterAll(async () => {
  await writeReliability("faults", rows, "kills");
});

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs `trainyard run` in `dir`; with `killAt`, sends SIGKILL as soon as that step's log group opens. */
function pipeline(dir: string, killAt?: string | RegExp): Promise<Finished & { killed: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, "run", "--approved-by", "tester", "--bootstrap", "200"], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", MLFLOW_TRACKING_URI: "" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let killed = false;
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const reached =
        typeof killAt === "string" ? stderr.includes(`▸ trainyard ${killAt}`) : killAt?.test(stderr);
      if (killAt && !killed && reached) {
        killed = true;
        child.kill("SIGKILL");
      }
    });
    child.on("close", (code, signal) => done({ code, signal, stderr, killed }));
  });
}

/** Alive and not a zombie (a container's PID 1 may not reap orphans). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, "latin1") : "";
  return !/\) Z /.test(stat);
}

async function runStatuses(dir: string): Promise<string[]> {
  const root = join(dir, ".trainyard", "tracking", "experiments");
  const statuses: string[] = [];
  for (const experiment of await readdir(root).catch(() => [])) {
    const runs = join(root, experiment, "runs");
    for (const run of await readdir(runs).catch(() => [])) {
      const info = JSON.parse(await readFile(join(runs, run, "run.json"), "utf8"));
      statuses.push(info.status ?? info.info?.status);
    }
  }
  return statuses;
}

async function storeIsConsistent(dir: string): Promise<number> {
  const store = await openStore(join(dir, ".trainyard", "store"));
  let manifests = 0;
  for await (const entry of store.list("snapshots/")) {
    if (!entry.key.endsWith("/manifest.json")) continue;
    const id = entry.key.split("/")[1] as string;
    const manifest = parseSnapshotManifest(
      (await store.getBytes(manifestKey(id))).toString("utf8"),
      entry.key,
    );
    for (const file of manifest.files)
      expect((await store.stat(blobKey(file.sha256)))?.size).toBe(file.bytes);
    manifests++;
  }
  return manifests;
}

describe("SIGKILL at each step, then a re-run", () => {
  it.each([...PIPELINE_STEPS])(
    "killed at %s: the re-run completes, reusing what was finished, without duplicates",
    async (step) => {
      const dir = await mkdtemp(join(tmpdir(), `kill-${step}-`));
      await cp(resolve("examples/churn"), dir, { recursive: true });
      const first = await pipeline(dir, step);
      expect(first.killed).toBe(true);
      expect(first.signal).toBe("SIGKILL");

      const second = await pipeline(dir);
      expect(second.code, second.stderr).toBe(0);
      const registry = new LocalRegistry(join(dir, ".trainyard", "tracking"));
      const versions = await registry.listModelVersions(MODEL);
      expect(versions.map((version) => version.version)).toEqual(["1"]);
      expect((await registry.getVersionByAlias(MODEL, "champion"))?.version).toBe("1");
      const statuses = await runStatuses(dir);
      expect(statuses).not.toContain("RUNNING");
      expect(await storeIsConsistent(dir)).toBe(1);
      const reused = [...second.stderr.matchAll(/(\w+): reusing the result of the interrupted run/g)].map(
        (match) => match[1],
      );
      rows.push({
        name: `SIGKILL during ${step}`,
        tried: `trainyard run killed with SIGKILL when the ${step} step began, then run again`,
        outcome: `re-run completed; reused ${reused.length ? reused.join(", ") : "nothing (the kill came first)"}; 1 model version, champion 1, runs ${statuses.join("/")}`,
        lost: "nothing",
      });
    },
    60_000,
  );

  it("killed while the training command runs: the orphaned run is marked KILLED and the re-run trains again", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kill-training-"));
    const pidFile = join(await mkdtemp(join(tmpdir(), "kill-training-pid-")), "training.pid");
    await cp(resolve("examples/churn"), dir, { recursive: true });
    await writeFile(
      join(dir, "slow-train.mjs"),
      [
        'import { existsSync, writeFileSync } from "node:fs";',
        // The pid goes outside the project: a new file in it would change the code's hash, so the inputs.
        `const pidFile = ${JSON.stringify(pidFile)};`,
        "const first = !existsSync(pidFile);",
        "writeFileSync(pidFile, String(process.pid));",
        'console.log("slow training started");',
        // The first training outlives the killed trainyard and is still running when the re-run looks for it.
        "if (first) await new Promise((done) => setTimeout(done, 30000));",
        'await import("./trainers/node/train.mjs");',
        "",
      ].join("\n"),
    );
    const config = await readFile(join(dir, "trainyard.yml"), "utf8");
    await writeFile(
      join(dir, "trainyard.yml"),
      config.replace("node trainers/node/train.mjs", "node slow-train.mjs"),
    );
    const first = await pipeline(dir, /slow training started/);
    expect(first.killed).toBe(true);
    expect(await runStatuses(dir)).toEqual(["RUNNING"]);
    const orphan = Number(await readFile(pidFile, "utf8"));
    expect(alive(orphan)).toBe(true);
    const second = await pipeline(dir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(
      /was still RUNNING: marked KILLED; its training command \(process group \d+\) was still running and has been stopped/,
    );
    expect(alive(orphan)).toBe(false);
    expect(Number(await readFile(pidFile, "utf8")), "the re-run trained again").not.toBe(orphan);
    expect((await runStatuses(dir)).sort()).toEqual(["FINISHED", "KILLED"]);
    const registry = new LocalRegistry(join(dir, ".trainyard", "tracking"));
    expect(await registry.listModelVersions(MODEL)).toHaveLength(1);
    rows.push({
      name: "SIGKILL while the training command runs",
      tried: "trainyard run killed with SIGKILL as a 30 s training started, then run again",
      outcome:
        "the re-run stopped the orphaned training command, marked its run KILLED, trained and promoted version 1; nothing duplicated",
      lost: "nothing",
    });
  }, 60_000);
});
