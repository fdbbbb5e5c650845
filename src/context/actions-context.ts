import * as core from "@actions/core";
import type { AnnotationProperties, Context, DirectoryCache, Progress } from "./context.js";
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

  readonly cache: DirectoryCache | undefined = actionsCache();

  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(name, fn);
  }

  private readonly secrets = new Set<string>();

  mask(text: string): string {
    let masked = text;
    for (const secret of this.secrets) masked = masked.split(secret).join("***");
    return masked;
  }

  setSecret(value: string): void {
    if (value) this.secrets.add(value);
    if (value) core.setSecret(value);
  }

  async appendSummary(text: string): Promise<void> {
    // The runner masks its log, not the summary file: secrets are replaced here.
    const markdown = this.mask(text);
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

/** GitHub's Actions cache through @actions/cache, when the runner offers the service. */
function actionsCache(): DirectoryCache | undefined {
  if (!process.env.ACTIONS_CACHE_URL && !process.env.ACTIONS_RESULTS_URL) return undefined;
  const load = () => import("@actions/cache");
  return {
    async restore(directory, key) {
      const cache = await load();
      if (!cache.isFeatureAvailable()) return false;
      return (await cache.restoreCache([directory], key)) !== undefined;
    },
    async save(directory, key) {
      const cache = await load();
      if (!cache.isFeatureAvailable()) return;
      try {
        await cache.saveCache([directory], key);
      } catch (error) {
        // Another job saved the same key first: the entry exists, which is all we wanted.
        if ((error as Error).name !== "ReserveCacheError") throw error;
      }
    },
  };
}
