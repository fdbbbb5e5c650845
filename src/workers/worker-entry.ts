/**
 * Where a worker thread starts, and what it loads there.
 *
 * The data-reading workers (src/steps/table-pass/table-pass.ts) and the bootstrap workers
 * (src/stats/bootstrap-workers.ts) start on a file that, evaluated in a worker, runs the worker's code:
 *
 * - In a bundle (dist/<action>/index.js, dist/cli/index.js), that file is the bundle's entry. scripts/build.mjs
 *   gives every bundle a two-line entry, `if (await enterBundle(import.meta.url)) await import(<the real
 *   entry>)`, so the entry imports nothing but this module before it knows whether it runs in a worker: a
 *   worker then loads only its own module (an ncc chunk and what it imports), not the CLI's commands or the
 *   action's step. (A module's own `import.meta.url` is no answer in a bundle: once the module sits in an
 *   ncc chunk it names the chunk file, which only registers modules and runs nothing.)
 * - Without a bundle entry (the tsc build, or tests that compile a module and its imports into a folder),
 *   every module is its own file and the worker starts on the worker module's file itself, as before.
 *
 * Either way the worker module recognises its workerData at the end of its evaluation and does its work.
 */
import { isMainThread, workerData } from "node:worker_threads";

/** The modules that run in worker threads. */
export type WorkerModule = "table-pass" | "bootstrap";

/** The workerData key naming the module a worker runs. */
const MODULE_KEY = "trainyardWorkerModule";

/** The bundle entry's file, once {@link enterBundle} ran in the main thread; undefined outside a bundle. */
let bundleEntry: URL | undefined;

/** The file a worker of the module at `ownUrl` (its `import.meta.url`) starts on. */
export function workerFile(ownUrl: string): URL {
  return bundleEntry ?? new URL(ownUrl);
}

/** The workerData entry that names the module a worker runs: spread it into the worker's workerData. */
export function workerModule(module: WorkerModule): Record<typeof MODULE_KEY, WorkerModule> {
  return { [MODULE_KEY]: module };
}

/**
 * The first thing a bundle's entry does. In a worker started with {@link workerModule}'s marker: loads that
 * module (which then does the worker's work) and returns false, so the entry runs nothing else. Otherwise:
 * records `entryUrl` as the file workers start on and returns true (the entry then runs the program).
 */
export async function enterBundle(entryUrl: string): Promise<boolean> {
  if (!isMainThread && typeof workerData === "object" && workerData !== null) {
    const module = (workerData as Record<string, unknown>)[MODULE_KEY];
    if (module === "table-pass") {
      await import("../steps/table-pass/table-pass.js");
      return false;
    }
    if (module === "bootstrap") {
      await import("../stats/bootstrap-workers.js");
      return false;
    }
  }
  bundleEntry = new URL(entryUrl);
  return true;
}
