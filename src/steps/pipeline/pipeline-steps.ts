/** The steps of `trainyard run`, in order (its --from choices). */
export const PIPELINE_STEPS = [
  "snapshot",
  "validate",
  "train",
  "evaluate",
  "compare",
  "register",
  "promote",
] as const;
export type PipelineStep = (typeof PIPELINE_STEPS)[number];
