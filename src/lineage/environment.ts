import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { arch, cpus, platform, release } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import type { EnvironmentRecord } from "../config/contracts/lineage.js";
import { hashFile } from "../data/hash-file.js";

const run = promisify(execFile);

const LOCKFILE =
  /^(requirements.*\.txt|poetry\.lock|uv\.lock|Pipfile\.lock|environment\.ya?ml|package-lock\.json)$/;
const SKIP_DIRS = new Set([
  ".git",
  "node_modules",
  ".venv",
  "venv",
  ".trainyard",
  ".cache",
  "__pycache__",
  "dist",
]);

/** Every lockfile under `root` (a few levels deep), with its SHA-256, by path relative to `root`. */
export async function findLockfiles(root: string, maxDepth = 3): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < maxDepth && !SKIP_DIRS.has(entry.name)) await walk(path, depth + 1);
      } else if (entry.isFile() && LOCKFILE.test(entry.name)) {
        found[relative(root, path).split("\\").join("/")] = (await hashFile(path)).sha256;
      }
    }
  };
  await walk(root, 0);
  return found;
}

async function pythonVersion(env: Record<string, string | undefined>): Promise<string | undefined> {
  for (const program of ["python3", "python"]) {
    try {
      const { stdout, stderr } = await run(program, ["--version"], {
        env,
        timeout: 10_000,
        encoding: "utf8",
      });
      const version = /Python\s+(\S+)/.exec(`${stdout}${stderr}`)?.[1];
      if (version) return version;
    } catch {
      // not installed
    }
  }
  return undefined;
}

/** What the training ran on: OS, CPU, runner image, tool versions and lockfile hashes. */
export async function collectEnvironment(
  workingDirectory: string,
  env: Record<string, string | undefined>,
): Promise<EnvironmentRecord> {
  const cpuList = cpus();
  const python = await pythonVersion(env);
  return {
    os: `${platform()} ${release()}`,
    arch: arch(),
    cpuModel: cpuList[0]?.model.trim() ?? "unknown",
    cpus: cpuList.length,
    // GitHub's hosted runners name their image in ImageOS and ImageVersion.
    ...(env.ImageOS ? { runnerImage: env.ImageOS } : {}),
    ...(env.ImageVersion ? { runnerImageVersion: env.ImageVersion } : {}),
    node: process.versions.node,
    ...(python ? { python } : {}),
    lockfiles: await findLockfiles(workingDirectory),
  };
}
