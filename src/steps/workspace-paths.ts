import { join } from "node:path";

/** The folder, in the working directory, where trainyard keeps everything it makes locally. */
export const WORKSPACE_DIR = ".trainyard";

/** Every path trainyard keeps in the workspace, relative to the working directory. */
export const workspacePath = {
  /** The default blob store (trainyard.yml's `store`). */
  store: join(WORKSPACE_DIR, "store"),
  /** The default local tracker and registry. */
  tracking: join(WORKSPACE_DIR, "tracking"),
  /** Where snapshots are materialised (the data-root input). */
  data: join(WORKSPACE_DIR, "data"),
  run: (runId: string) => join(WORKSPACE_DIR, "runs", runId),
  trainCache: (key: string) => join(WORKSPACE_DIR, "train-cache", key),
  evaluation: (name: string) => join(WORKSPACE_DIR, "evaluations", name),
  comparisons: (name?: string) => join(WORKSPACE_DIR, "comparisons", ...(name ? [name] : [])),
  champion: (model: string, version: string) => join(WORKSPACE_DIR, "champions", `${model}-${version}`),
  validationReport: (snapshotId: string) => join(WORKSPACE_DIR, "reports", `validation-${snapshotId}.json`),
  pipelineState: join(WORKSPACE_DIR, "pipeline", "state.json"),
  demo: join(WORKSPACE_DIR, "demo"),
} as const;
