import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

/** One line of docs/reliability.md: what was tried, what happened, and what was lost (the goal: nothing). */
export interface ReliabilityRow {
  name: string;
  tried: string;
  outcome: string;
  lost: string;
}

/** Writes `.cache/reliability/<kind>.json`, which `scripts/reliability-report.mjs` turns into docs/reliability.md. */
export async function writeReliability(
  kind: "faults" | "races" | "bad-input",
  rows: ReliabilityRow[],
  file: string = kind,
) {
  if (rows.length === 0) return;
  const dir = resolve(".cache", "reliability");
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${file}.json`), `${JSON.stringify({ kind, rows }, null, 2)}\n`);
}
