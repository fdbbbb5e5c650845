import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { snapshotStep } from "../../steps/snapshot/snapshot-step.js";
import { validateStep } from "../../steps/validate/validate-step.js";
import type { Command } from "../command.js";

/** The folder of the trainyard package (holding examples/), found from wherever this code runs. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "trainyard") return dir;
    dir = dirname(dir);
  }
  throw new Error("cannot find the trainyard package folder (with examples/)");
}

export const demoCommand: Command = {
  name: "demo",
  summary: "Run the pipeline's available steps on examples/churn with the local store and registry",
  usage: "[--workdir <dir>]",
  description:
    "Copies examples/churn into a work folder (default .trainyard/demo) and runs snapshot-data and\nvalidate-data on it, then snapshots again to show that unchanged data uploads nothing.",
  options: {
    workdir: {
      type: "string",
      placeholder: "dir",
      description: "Where the demo project is copied (default: .trainyard/demo)",
    },
  },
  async run(args, io) {
    const workdir = resolve(String(args.values.workdir ?? join(".trainyard", "demo")));
    await mkdir(workdir, { recursive: true });
    await cp(join(packageRoot(), "examples", "churn"), workdir, { recursive: true, force: true });
    io.out(`trainyard demo in ${workdir}\n\n`);
    const step = async <T>(
      inputs: Record<string, string>,
      run: (context: ReturnType<typeof io.context>) => Promise<T>,
    ) => {
      const context = io.context(inputs, { workingDirectory: workdir });
      const result = await run(context);
      for (const summary of context.summaries) io.out(`${summary}\n`);
      return result;
    };
    const first = await step({}, snapshotStep);
    const validated = await step({ snapshot: first["snapshot-id"] }, (context) => validateStep(context));
    const second = await step({}, snapshotStep);
    io.out(
      [
        `snapshot ${first["snapshot-id"]}: ${first.rows} rows, ${first["bytes-uploaded"]} bytes uploaded`,
        `validation: ${validated.passed ? "passed" : "failed"} (${validated.errors} errors, ${validated.warnings} warnings), report ${validated["report-path"]}`,
        `second snapshot of the same data: ${second["snapshot-id"]}, ${second["bytes-uploaded"]} bytes uploaded`,
        "",
        "Steps still to come: train, evaluate, champion-challenger, register-model.",
        "",
      ].join("\n"),
    );
    return 0;
  },
};
