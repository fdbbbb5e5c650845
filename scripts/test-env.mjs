#!/usr/bin/env node
// Creates (once) the Python virtual environment that holds the test servers: a real MLflow tracking server
// and moto's S3-compatible server, pinned in test/servers/requirements.txt. The environment lives in
// .cache/test-venv and is rebuilt only when the pins or the Python version change.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const venvDir = process.env.TRAINYARD_TEST_VENV ?? join(root, ".cache", "test-venv");
const requirements = join(root, "test", "servers", "requirements.txt");
const stampFile = join(venvDir, ".trainyard-stamp");

function python() {
  for (const candidate of [process.env.PYTHON, "python3", "python"]) {
    if (!candidate) continue;
    const probe = spawnSync(candidate, ["--version"], { encoding: "utf8" });
    if (probe.status === 0) return { command: candidate, version: (probe.stdout || probe.stderr).trim() };
  }
  throw new Error("no python3 on PATH: the test servers (MLflow, moto) need Python 3.10 or newer");
}

export function venvBin(name) {
  return join(venvDir, process.platform === "win32" ? "Scripts" : "bin", name);
}

export function ensureTestVenv({ quiet = false } = {}) {
  const py = python();
  const stamp = createHash("sha256").update(py.version).update(readFileSync(requirements)).digest("hex");
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8").trim() === stamp) {
    if (!quiet) console.log(`test servers: reusing ${venvDir}`);
    return venvDir;
  }
  console.log(
    `test servers: creating ${venvDir} with ${py.version} (the first run installs MLflow and moto)`,
  );
  rmSync(venvDir, { recursive: true, force: true });
  execFileSync(py.command, ["-m", "venv", venvDir], { stdio: "inherit" });
  const pip = venvBin("pip");
  execFileSync(pip, ["install", "--quiet", "--disable-pip-version-check", "-r", requirements], {
    stdio: "inherit",
  });
  writeFileSync(stampFile, `${stamp}\n`);
  return venvDir;
}

/**
 * The Node that runs the action bundles in the tests: the version in .node-version, the one GitHub's
 * runner uses for `runs.using: node24`. It comes from the npm registry's per-platform package
 * (node-<platform>-<arch>), unpacked once into .cache/; where no such package exists, the tests fall back
 * to the Node that runs them, and say so.
 */
export const actionNodeDir = join(root, ".cache", "action-node");

export function ensureActionNode({ quiet = false } = {}) {
  const version = readFileSync(join(root, ".node-version"), "utf8").trim();
  const binary = join(
    actionNodeDir,
    version,
    "package",
    "bin",
    process.platform === "win32" ? "node.exe" : "node",
  );
  if (existsSync(binary)) {
    if (!quiet) console.log(`action node: reusing Node ${version} in ${dirname(dirname(binary))}`);
    return binary;
  }
  const name = `node-${process.platform === "win32" ? "win" : process.platform}-${process.arch}@${version}`;
  const target = join(actionNodeDir, version);
  try {
    console.log(
      `action node: fetching ${name} from the npm registry (once) to run the bundles as the runner does`,
    );
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    const packed = execFileSync("npm", ["pack", name, "--silent", "--pack-destination", target], {
      encoding: "utf8",
    }).trim();
    execFileSync("tar", ["-xzf", join(target, packed.split("\n").pop() ?? ""), "-C", target]);
    if (!existsSync(binary)) throw new Error(`${name} has no ${binary}`);
    return binary;
  } catch (error) {
    console.log(
      `action node: ${name} is not to be had (${error.message.split("\n")[0]}); bundles run on ${process.version}`,
    );
    return process.execPath;
  }
}

/**
 * The Ray test environment: a real Ray head (ray[default], with its dashboard's job API) and scikit-learn for
 * the example trainer, pinned in test/servers/requirements-ray.txt. Separate from the servers' venv so that
 * neither rebuilds the other; only the tests that start a Ray head create it (`node scripts/test-env.mjs --ray`).
 */
export const rayVenvDir = process.env.TRAINYARD_TEST_RAY_VENV ?? join(root, ".cache", "test-venv-ray");

export function rayVenvBin(name) {
  return join(rayVenvDir, process.platform === "win32" ? "Scripts" : "bin", name);
}

export function ensureRayVenv({ quiet = false } = {}) {
  const py = python();
  const pins = join(root, "test", "servers", "requirements-ray.txt");
  // The pins include the example trainer's requirements (`-r`), so both files make the stamp.
  const trainerPins = join(root, "examples", "churn", "trainers", "python", "requirements.txt");
  const stamp = createHash("sha256")
    .update(py.version)
    .update(readFileSync(pins))
    .update(readFileSync(trainerPins))
    .digest("hex");
  const stampPath = join(rayVenvDir, ".trainyard-stamp");
  if (existsSync(stampPath) && readFileSync(stampPath, "utf8").trim() === stamp) {
    if (!quiet) console.log(`ray: reusing ${rayVenvDir}`);
    return rayVenvDir;
  }
  console.log(`ray: creating ${rayVenvDir} with ${py.version} (the first run installs ray[default])`);
  rmSync(rayVenvDir, { recursive: true, force: true });
  execFileSync(py.command, ["-m", "venv", rayVenvDir], { stdio: "inherit" });
  execFileSync(rayVenvBin("pip"), ["install", "--quiet", "--disable-pip-version-check", "-r", pins], {
    stdio: "inherit",
  });
  writeFileSync(stampPath, `${stamp}\n`);
  return rayVenvDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `npm test` prepares everything here, outside any test's time limit; `--ray` prepares the Ray venv alone.
  if (process.argv.includes("--ray")) ensureRayVenv();
  else {
    ensureTestVenv();
    ensureRayVenv();
    ensureActionNode();
  }
}
