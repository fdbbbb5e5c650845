import { readdir, readFile } from "node:fs/promises";

const PAGE_SIZE = 4096;

/**
 * The resident memory of every process in a process group, from /proc (Linux). Undefined elsewhere or when
 * /proc cannot be read, so callers record "unknown" instead of a wrong number.
 */
export async function processGroupRss(groupId: number): Promise<number | undefined> {
  if (process.platform !== "linux") return undefined;
  let entries: string[];
  try {
    entries = await readdir("/proc");
  } catch {
    return undefined;
  }
  let total = 0;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "latin1").catch(() => undefined);
    if (!stat) continue;
    // The command name (field 2) may contain spaces and parentheses: parse after its closing ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) !== groupId) continue;
    total += Number(fields[21]) * PAGE_SIZE;
  }
  return total;
}

/** Samples the process group's memory until stopped; `peak` is the highest total seen. */
export function samplePeakMemory(groupId: number, intervalMs = 250) {
  let peak: number | undefined;
  let stopped = false;
  let pending: Promise<void> = Promise.resolve();
  const sample = () => {
    pending = processGroupRss(groupId).then((rss) => {
      if (rss !== undefined && rss > 0) peak = Math.max(peak ?? 0, rss);
    });
  };
  sample();
  const timer = setInterval(() => {
    if (!stopped) sample();
  }, intervalMs);
  timer.unref();
  return {
    async stop(): Promise<number | undefined> {
      stopped = true;
      clearInterval(timer);
      await pending;
      return peak;
    },
  };
}
