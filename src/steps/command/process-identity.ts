import { readFileSync } from "node:fs";

/** What identifies a started command after its parent is gone: the pid that leads its process group. */
export interface ProcessRecord {
  pid: number;
  /** Start time in clock ticks since boot (Linux); absent where it cannot be read. */
  startTicks?: string;
}

/** A process's start time from /proc (Linux): tells it apart from a later process that reuses its pid. */
export function processStartTicks(pid: number): string | undefined {
  if (process.platform !== "linux") return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

export function processRecord(pid: number): ProcessRecord {
  const startTicks = processStartTicks(pid);
  return startTicks === undefined ? { pid } : { pid, startTicks };
}

/**
 * SIGKILLs the process group a record names, unless its pid now belongs to another process. Without a
 * start time to compare (not Linux) nothing is killed: a reused pid must never be signalled.
 * True when a signal was delivered.
 */
export function stopRecordedGroup(record: ProcessRecord): boolean {
  if (record.startTicks === undefined || process.platform === "win32") return false;
  const current = processStartTicks(record.pid);
  // The leader alive but started at another time: the pid was reused, the group is not ours.
  if (current !== undefined && current !== record.startTicks) return false;
  try {
    // The leader may be gone while others of its group live on; the group id stays theirs until the last exits.
    process.kill(-record.pid, "SIGKILL");
    return true;
  } catch {
    return false;
  }
}
