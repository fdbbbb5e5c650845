import * as core from "@actions/core";
import type { AnnotationProperties, Context, OutputValue, Progress } from "./context.js";
import { throttledProgress } from "./format-progress.js";

function toCore(properties?: AnnotationProperties): core.AnnotationProperties | undefined {
  return properties ? { ...properties } : undefined;
}

/** The Context of a JavaScript action on a GitHub runner, over `@actions/core`. */
export class ActionsContext implements Context {
  readonly env = process.env;
  readonly workingDirectory = process.env.GITHUB_WORKSPACE ?? process.cwd();
  readonly log = {
    debug: (message: string) => core.debug(message),
    info: (message: string) => core.info(message),
    notice: (message: string, properties?: AnnotationProperties) => core.notice(message, toCore(properties)),
    warning: (message: string, properties?: AnnotationProperties) =>
      core.warning(message, toCore(properties)),
    error: (message: string, properties?: AnnotationProperties) => core.error(message, toCore(properties)),
  };

  getInput(name: string): string | undefined {
    const value = core.getInput(name);
    return value === "" ? undefined : value;
  }

  setOutput(name: string, value: OutputValue): void {
    core.setOutput(name, value);
  }

  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn);
  }

  setSecret(value: string): void {
    if (value) core.setSecret(value);
  }

  async appendSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) {
      core.info(markdown);
      return;
    }
    await core.summary.addRaw(markdown, true).write();
  }

  progress(label: string, total: number, unit = "bytes"): Progress {
    return throttledProgress(label, total, unit, (line) => core.info(line), 5000);
  }
}
