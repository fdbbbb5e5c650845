import { readFile } from "node:fs/promises";
import type { Metric } from "../../tracking/ports.js";

export interface CurvePoints {
  metrics: Metric[];
  /** Lines that were not `{"name","value","step"}` objects, with their line numbers. */
  problems: string[];
}

/** Reads the training curves the command appended to TRAINYARD_METRICS_FILE (JSON Lines). */
export async function readCurves(path: string, timestamp: number): Promise<CurvePoints> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  const metrics: Metric[] = [];
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let point: { name?: unknown; value?: unknown; step?: unknown };
    try {
      point = JSON.parse(line);
    } catch {
      problems.push(`line ${index + 1}: not JSON`);
      return;
    }
    const step = point.step ?? 0;
    if (
      typeof point.name !== "string" ||
      !/^[\w./ -]+$/.test(point.name) ||
      typeof point.value !== "number" ||
      typeof step !== "number" ||
      !Number.isInteger(step)
    ) {
      problems.push(`line ${index + 1}: expected {"name": string, "value": number, "step": integer}`);
      return;
    }
    metrics.push({ key: point.name, value: point.value, step, timestamp });
  });
  return { metrics, problems };
}

/** The last value of each curve (by step, then by order). */
export function finalValues(metrics: Metric[]): Record<string, number> {
  const last: Record<string, { step: number; value: number }> = {};
  for (const metric of metrics) {
    const seen = last[metric.key];
    if (!seen || metric.step >= seen.step) last[metric.key] = { step: metric.step, value: metric.value };
  }
  return Object.fromEntries(Object.entries(last).map(([key, { value }]) => [key, value]));
}
