#!/usr/bin/env node
// bench/snapshot: how fast `trainyard snapshot` hashes and stores CSV, as ratios against
//   (a) the machine's limit: `sha256sum` of the files, then `cp` of the same files into a fresh folder,
//   (b) trainyard snapshot into a fresh local store (no split: files are stored byte for byte),
//   (c) the same snapshot again, data unchanged (must upload 0 bytes),
//   (d) `dvc add` + `dvc push` to a local remote (DVC from PyPI, in the bench venv).
// (b) and (c) run on this Node (as the CLI does) and again on the Node that GitHub's runner gives the actions
// (`runs.using: node24`: .node-version, fetched once by scripts/test-env.mjs), as the snapshot-data action does.
// Trainyard runs without NODE_EXTRA_CA_CERTS (bench/common.mjs trainyardEnv); when this machine sets it, (c)
// runs once more with it, and the header prints what it costs Node to start.
// Prints a table; asserts nothing.
//
//   node bench/snapshot.mjs [--mb 200] [--files 4] [--repeat 1] [--no-dvc] [--no-runner-node] [--keep]
//                           [--work /tmp/trainyard-bench]
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import {
  actionsNode,
  ensureVenv,
  fixed,
  lastJson,
  machineLine,
  mustRun,
  nodeStartLine,
  parseArgs,
  pinCli,
  printTable,
  prng,
  quietEnv,
  trainyardEnv,
  VENV,
} from "./common.mjs";

const args = parseArgs(process.argv.slice(2), {
  mb: 200,
  files: 4,
  "no-dvc": false,
  "no-runner-node": false,
  repeat: 1,
  keep: false,
  work: "/tmp/trainyard-bench",
});
const MB = 1024 * 1024;

const countries = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "SE"];
const words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"];

/** Writes `files` CSV files of mb/files MiB each, deterministically (same options, same bytes). */
function generate(dir, mb, files) {
  const marker = join(dir, ".complete");
  if (existsSync(marker)) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const perFile = Math.floor((mb * MB) / files);
  const random = prng(20240501);
  let id = 0;
  const base = Date.UTC(2024, 0, 1) / 1000;
  for (let f = 0; f < files; f++) {
    const fd = openSync(join(dir, `part-${String(f).padStart(3, "0")}.csv`), "w");
    const header = "id,account_id,country,amount,age,score,event_time,label,email,note\n";
    writeSync(fd, header);
    let written = header.length;
    while (written < perFile) {
      const lines = [];
      let chunk = 0;
      for (let i = 0; i < 20000 && written + chunk < perFile; i++) {
        id++;
        const account = `A${String(Math.floor(random() * 1e6)).padStart(6, "0")}`;
        const country = countries[Math.floor(random() * countries.length)];
        const amount = (random() * 1000).toFixed(2);
        const age = random() < 0.01 ? "" : String(18 + Math.floor(random() * 70));
        const score = random().toFixed(5);
        const time = `${new Date((base + Math.floor(random() * 3e7)) * 1000).toISOString().slice(0, 19)}Z`;
        const label = random() < 0.2 ? "1" : "0";
        const email = `user${Math.floor(random() * 1e7)}@example.com`;
        const w1 = words[Math.floor(random() * words.length)];
        const w2 = words[Math.floor(random() * words.length)];
        const note = random() < 0.1 ? `"${w1}, ""${w2}"""` : `${w1} ${w2}`;
        const line = `${id},${account},${country},${amount},${age},${score},${time},${label},${email},${note}\n`;
        lines.push(line);
        chunk += line.length;
      }
      const text = lines.join("");
      writeSync(fd, text);
      written += text.length;
    }
    closeSync(fd);
  }
  writeFileSync(marker, "");
}

function totalBytes(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".csv"))
    .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

function fresh(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function main() {
  const work = join(args.work, `snapshot-${args.mb}mb-${args.files}f`);
  const src = join(work, "src");
  mkdirSync(work, { recursive: true });
  const { cli: CLI, hash: cliHash } = pinCli(work);
  console.log(`bench/snapshot: ${machineLine()}`);
  console.log(`trainyard: dist/cli bundle sha256 ${cliHash}, run from a copy at ${CLI}`);
  const runnerNode = args["no-runner-node"] ? undefined : actionsNode();
  console.log(
    nodeStartLine([
      { binary: "node", label: process.version },
      ...(runnerNode ? [{ binary: runnerNode.binary, label: runnerNode.version }] : []),
    ]),
  );
  const genStart = Date.now();
  generate(src, args.mb, args.files);
  const bytes = totalBytes(src);
  const files = readdirSync(src)
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => join(src, name));
  console.log(
    `data: ${files.length} CSV file(s), ${(bytes / MB).toFixed(1)} MiB in ${src} (ready in ${((Date.now() - genStart) / 1000).toFixed(1)} s)`,
  );
  // Every tool reads from a warm page cache: read the files once first.
  spawnSync("sh", ["-c", `cat ${files.map((f) => `'${f}'`).join(" ")} > /dev/null`]);

  const rows = [];
  const mbps = (seconds) => bytes / MB / seconds;

  const quoted = files.map((f) => `'${f}'`).join(" ");
  let dvcVenv;
  if (!args["no-dvc"]) dvcVenv = ensureVenv(["dvc"], ["dvc"]);

  /** One round of every measurement, each tool into fresh folders. */
  async function round() {
    // (a) the limit: hash every file, then copy every file.
    const limitDest = fresh(join(work, "limit"));
    const hash = await mustRun("sh", ["-c", `sha256sum ${quoted} > /dev/null`]);
    const copy = await mustRun("sh", ["-c", `cp ${quoted} '${limitDest}/'`]);
    const sync = await mustRun("sh", [
      "-c",
      `sync ${readdirSync(limitDest)
        .map((f) => `'${join(limitDest, f)}'`)
        .join(" ")}`,
    ]);
    rmSync(limitDest, { recursive: true, force: true });

    // (b) and (c): trainyard snapshot, twice, into the same fresh store. The working directory and data root
    // are scratch folders too, so the snapshot's materialised copy lands under /tmp.
    const store = fresh(join(work, "store"));
    const cwd = fresh(join(work, "cwd"));
    const snapshotArgs = [
      CLI,
      "snapshot",
      "--source",
      src,
      "--store",
      store,
      "--data-root",
      join(cwd, "data"),
      "--json",
    ];
    const env = trainyardEnv();
    const first = await mustRun("node", snapshotArgs, { cwd, env });
    const firstOut = lastJson(first.stdout);
    const second = await mustRun("node", snapshotArgs, { cwd, env });
    const secondOut = lastJson(second.stdout);
    // The same unchanged snapshot once more, in this machine's own environment (see trainyardEnv).
    const secondAsSet = process.env.NODE_EXTRA_CA_CERTS
      ? await mustRun("node", snapshotArgs, { cwd })
      : undefined;
    let onRunner;
    if (runnerNode) {
      const runnerStore = fresh(join(work, "store"));
      const runnerCwd = fresh(join(work, "cwd"));
      const runnerArgs = [...snapshotArgs];
      runnerArgs[runnerArgs.indexOf(store)] = runnerStore;
      runnerArgs[runnerArgs.indexOf(join(cwd, "data"))] = join(runnerCwd, "data");
      const runnerFirst = await mustRun(runnerNode.binary, runnerArgs, { cwd: runnerCwd, env });
      const runnerSecond = await mustRun(runnerNode.binary, runnerArgs, { cwd: runnerCwd, env });
      onRunner = { first: runnerFirst, second: runnerSecond, firstOut: lastJson(runnerFirst.stdout) };
    }

    // (d) DVC: `dvc add` (md5 + move into .dvc/cache) and `dvc push` (copy to the remote).
    let dvc;
    if (args["no-dvc"]) dvc = { skipped: "--no-dvc" };
    else {
      const venv = dvcVenv;
      if (venv.skipped) dvc = venv;
      else {
        const dvcBin = join(VENV, "bin", "dvc");
        const ws = fresh(join(work, "dvc-ws"));
        const remote = fresh(join(work, "dvc-remote"));
        const env = quietEnv();
        const run = (dvcArgs) => mustRun(dvcBin, dvcArgs, { cwd: ws, env, offline: true });
        await run(["init", "--no-scm", "-q"]);
        await run(["config", "core.analytics", "false"]);
        await run(["config", "core.autostage", "false"]);
        await run(["remote", "add", "-d", "local", remote]);
        // The workspace needs its own copy of the data (dvc add moves files into its cache); not timed.
        mkdirSync(join(ws, "data"));
        spawnSync("sh", ["-c", `cp ${quoted} '${join(ws, "data")}/'`]);
        spawnSync("sh", ["-c", `cat '${join(ws, "data")}'/* > /dev/null`]);
        const add = await run(["add", "-q", "data"]);
        const push = await run(["push", "-q"]);
        const version = spawnSync(dvcBin, ["--version"], { encoding: "utf8", env }).stdout.trim();
        const pushed = Number(spawnSync("du", ["-sb", remote], { encoding: "utf8" }).stdout.split(/\s/)[0]);
        dvc = {
          add: add.seconds,
          push: push.seconds,
          version,
          pushed,
          peakMb: Math.max(add.peakMb, push.peakMb),
        };
      }
    }

    return { hash, copy, sync, first, firstOut, second, secondOut, secondAsSet, onRunner, dvc };
  }

  // With --repeat N, every number is the best (smallest) of N rounds: other load on the machine only adds time.
  const rounds = [];
  for (let i = 0; i < args.repeat; i++) rounds.push(await round());
  const min = (pick) => Math.min(...rounds.map(pick));
  const hash = { seconds: min((r) => r.hash.seconds) };
  const copy = { seconds: min((r) => r.copy.seconds) };
  const sync = { seconds: min((r) => r.sync.seconds) };
  const limit = min((r) => r.hash.seconds + r.copy.seconds);
  const first = {
    seconds: min((r) => r.first.seconds),
    peakMb: Math.max(...rounds.map((r) => r.first.peakMb)),
  };
  const second = {
    seconds: min((r) => r.second.seconds),
    peakMb: Math.max(...rounds.map((r) => r.second.peakMb)),
  };
  const { firstOut, secondOut } = rounds[0];
  const secondAsSet = rounds[0].secondAsSet && { seconds: min((r) => r.secondAsSet.seconds) };
  const runner = runnerNode && {
    first: {
      seconds: min((r) => r.onRunner.first.seconds),
      peakMb: Math.max(...rounds.map((r) => r.onRunner.first.peakMb)),
    },
    second: {
      seconds: min((r) => r.onRunner.second.seconds),
      peakMb: Math.max(...rounds.map((r) => r.onRunner.second.peakMb)),
    },
    sameId: rounds.every((r) => r.onRunner.firstOut["snapshot-id"] === firstOut["snapshot-id"]),
  };
  let dvc = rounds[0].dvc;
  if (!dvc.skipped) {
    const best = rounds.reduce((a, b) => (b.dvc.add + b.dvc.push < a.dvc.add + a.dvc.push ? b : a)).dvc;
    dvc = { ...best, peakMb: Math.max(...rounds.map((r) => r.dvc.peakMb)) };
  }

  const row = (tool, seconds, note = "", peakMb) => [
    tool,
    fixed(seconds),
    peakMb === undefined ? "-" : fixed(peakMb, 0),
    fixed(mbps(seconds), 0),
    fixed(seconds / limit),
    fixed(limit / seconds),
    note,
  ];
  rows.push(
    row("limit: sha256sum + cp", limit, `sha256sum ${fixed(hash.seconds)} s, cp ${fixed(copy.seconds)} s`),
  );
  rows.push(row("limit + sync (fsync the copies)", limit + sync.seconds, `sync ${fixed(sync.seconds)} s`));
  rows.push(
    row(
      "trainyard snapshot (1st)",
      first.seconds,
      `uploaded ${(firstOut["bytes-uploaded"] / MB).toFixed(1)} MiB, ${firstOut.rows} rows`,
      first.peakMb,
    ),
  );
  rows.push(
    row(
      "trainyard snapshot (2nd, unchanged)",
      second.seconds,
      `uploaded ${secondOut["bytes-uploaded"]} B, reused ${(secondOut["bytes-reused"] / MB).toFixed(1)} MiB; ${fixed(second.seconds / first.seconds)} of the 1st`,
      second.peakMb,
    ),
  );
  if (secondAsSet)
    rows.push(
      row(
        "trainyard snapshot (2nd), NODE_EXTRA_CA_CERTS set",
        secondAsSet.seconds,
        `as this machine sets it: Node 20 parses the bundle at start; ${fixed(secondAsSet.seconds / first.seconds)} of the 1st`,
      ),
    );
  if (runner) {
    const on = `Node ${runnerNode.version.replace(/^v/, "")}`;
    rows.push(
      row(
        `trainyard snapshot (1st), ${on}`,
        runner.first.seconds,
        `the actions' Node; ${runner.sameId ? "the same snapshot id" : "ANOTHER SNAPSHOT ID"}`,
        runner.first.peakMb,
      ),
    );
    rows.push(
      row(
        `trainyard snapshot (2nd), ${on}`,
        runner.second.seconds,
        `${fixed(runner.second.seconds / runner.first.seconds)} of its 1st`,
        runner.second.peakMb,
      ),
    );
  }
  if (dvc.skipped) rows.push(["dvc add + dvc push", "-", "-", "-", "-", "-", `skipped: ${dvc.skipped}`]);
  else {
    rows.push(
      row(
        `dvc add + dvc push (${dvc.version})`,
        dvc.add + dvc.push,
        `add ${fixed(dvc.add)} s, push ${fixed(dvc.push)} s; remote holds ${(dvc.pushed / MB).toFixed(1)} MiB`,
        dvc.peakMb,
      ),
    );
  }
  console.log("");
  printTable(["tool", "seconds", "peak MiB", "MiB/s", "time ÷ limit", "speed vs limit", "notes"], rows);
  console.log("");
  console.log(
    `best of ${args.repeat} round(s); snapshot ${firstOut["snapshot-id"]}; speed vs limit = limit seconds ÷ tool seconds (aim ≥ 0.8)`,
  );
  console.log(
    `2nd snapshot ÷ 1st: ${fixed(second.seconds / first.seconds, 3)} (aim < 0.1), bytes uploaded: ${secondOut["bytes-uploaded"]}`,
  );
  if (!dvc.skipped)
    console.log(`trainyard ÷ DVC: ${fixed(first.seconds / (dvc.add + dvc.push), 3)} (aim < 1)`);
  if (runner) {
    const dvcPart = dvc.skipped ? "" : `, ÷ DVC ${fixed(runner.first.seconds / (dvc.add + dvc.push), 3)}`;
    console.log(
      `on ${runnerNode.version} (the actions' runtime): 1st ÷ limit ${fixed(runner.first.seconds / limit, 3)}, speed vs limit ${fixed(limit / runner.first.seconds, 3)}${dvcPart}, 2nd ÷ 1st ${fixed(runner.second.seconds / runner.first.seconds, 3)}`,
    );
  }

  if (!args.keep) {
    for (const dir of ["store", "cwd", "dvc-ws", "dvc-remote"])
      rmSync(join(work, dir), { recursive: true, force: true });
    console.log(`(kept the generated data in ${src} for the next run; stores removed; --keep keeps them)`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
