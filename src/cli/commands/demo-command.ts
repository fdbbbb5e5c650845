import { existsSync, readFileSync } from "node:fs";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inputsOf } from "../../inputs/declared-inputs.js";
import { PIPELINE_INPUTS } from "../../steps/pipeline/pipeline-inputs.js";
import type { PipelineOptions } from "../../steps/pipeline/run-pipeline.js";
import { WORKSPACE_DIR, workspacePath } from "../../steps/workspace-paths.js";
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

/** The second demo run's params: a weaker model than the first, so the comparison has something to say. */
const CHALLENGER_PARAMS = "{learning_rate: 0.05, epochs: 40, l2: 0.05}";

export const demoCommand: Command = {
  name: "demo",
  summary: "Run the whole pipeline twice on examples/churn with the local store and registry",
  usage: "[--workdir <dir>]",
  description:
    'Copies examples/churn into a work folder (default .trainyard/demo) and runs the pipeline with the Node\ntrainer: the first run snapshots, validates, trains, evaluates and promotes a champion (approved by\n"demo"); the second, with other params, trains a challenger, compares it with the champion on the same\nrows, prints the report and writes it to report.md. Nothing outside the work folder is touched.',
  options: {
    workdir: {
      type: "string",
      placeholder: "dir",
      description: "Where the demo project is copied (default: .trainyard/demo)",
    },
  },
  async run(args, io) {
    const started = performance.now();
    const workdir = resolve(String(args.values.workdir ?? workspacePath.demo));
    await rm(join(workdir, WORKSPACE_DIR), { recursive: true, force: true });
    await mkdir(workdir, { recursive: true });
    await cp(join(packageRoot(), "examples", "churn"), workdir, { recursive: true, force: true });
    io.out(`trainyard demo in ${workdir}\n\n`);
    const { runPipeline } = await import("../../steps/pipeline/run-pipeline.js");
    const pipeline = async (inputs: { params?: string }, options: PipelineOptions = {}) => {
      const context = io.context({ workingDirectory: workdir });
      const declared = inputsOf(PIPELINE_INPUTS, { "tracking-uri": "", mode: "release", ...inputs });
      return { result: await runPipeline(context, declared, options), context };
    };

    io.out("Run 1: snapshot, validate, train, evaluate, compare, register, promote (approved by demo)\n");
    const first = await pipeline({}, { approvedBy: "demo", reason: "demo: the first model" });
    io.out(
      `  snapshot ${String(first.result.state.snapshot?.["snapshot-id"]).slice(0, 12)}, run ${first.result.state.train?.["run-id"]}, ` +
        `decision ${first.result.decision}, champion is version ${first.result.state.promote?.champion ?? "none"}\n\n`,
    );
    io.out(`Run 2: the same data, params ${CHALLENGER_PARAMS}: a challenger against the champion\n`);
    const second = await pipeline({ params: CHALLENGER_PARAMS });
    io.out(
      `  run ${second.result.state.train?.["run-id"]}, version ${second.result.state.register?.version}, decision ${second.result.decision}\n\n`,
    );
    const report = second.result.reportMarkdown ? await readFile(second.result.reportMarkdown, "utf8") : "";
    await writeFile(join(workdir, "report.md"), report);
    io.out(`${report}\n`);
    io.out(
      [
        `The report is also in ${join(workdir, "report.md")}.`,
        second.result.stoppedBefore ? `Not promoted: ${second.result.stoppedBefore.why}.` : "",
        `See every version's lineage: (cd ${workdir} && npx trainyard status)`,
        `Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
        "",
      ]
        .filter(Boolean)
        .join("\n"),
    );
    return 0;
  },
};
