import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { hashFile } from "../../data/hash-file.js";
import type { Metric } from "../../tracking/ports.js";
import { finalValues } from "./curves.js";

export type ReproduceMode = "false" | "warn" | "error";

/** The pattern's tolerance: final metrics of two trainings may differ by at most 1 %. */
export const REPRODUCE_TOLERANCE = 0.01;

export interface ReproductionComparison {
  identicalFiles: boolean;
  differingFiles: string[];
  maxRelativeDifference: number;
  worstMetric?: string;
  reproducible: boolean;
  summary: string;
}

async function fileHashes(root: string): Promise<Map<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const hashes = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes.set(relative(root, path).split(sep).join("/"), (await hashFile(path)).sha256);
  }
  return hashes;
}

export function relativeDifference(a: number, b: number): number {
  if (a === b) return 0;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale === 0 ? 0 : Math.abs(a - b) / scale;
}

/** Compares two trainings from the same inputs: model bytes, and the final value of every curve (±1 %). */
export async function compareReproduction(
  firstDir: string,
  secondDir: string,
  firstCurves: Metric[],
  secondCurves: Metric[],
): Promise<ReproductionComparison> {
  const [a, b] = await Promise.all([fileHashes(firstDir), fileHashes(secondDir)]);
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differingFiles = names.filter((name) => a.get(name) !== b.get(name));
  const finalA = finalValues(firstCurves);
  const finalB = finalValues(secondCurves);
  let maxRelativeDifference = 0;
  let worstMetric: string | undefined;
  for (const key of Object.keys(finalA).sort()) {
    const other = finalB[key];
    const difference =
      other === undefined ? Number.POSITIVE_INFINITY : relativeDifference(finalA[key] as number, other);
    if (worstMetric === undefined || difference > maxRelativeDifference) {
      maxRelativeDifference = difference;
      worstMetric = key;
    }
  }
  const identicalFiles = differingFiles.length === 0;
  // Without curves, only the bytes can tell whether the two trainings agree.
  const withinTolerance = worstMetric !== undefined && maxRelativeDifference <= REPRODUCE_TOLERANCE;
  const filesText = identicalFiles
    ? `the model files are byte-identical (${names.length} file(s))`
    : `${differingFiles.length} of ${names.length} model file(s) differ (${differingFiles.slice(0, 5).join(", ")})`;
  const metricsText =
    worstMetric === undefined
      ? "no training curves to compare"
      : `the final curve values differ by at most ${(maxRelativeDifference * 100).toFixed(3)} % (${worstMetric}; tolerance 1 %)`;
  return {
    identicalFiles,
    differingFiles,
    maxRelativeDifference,
    ...(worstMetric ? { worstMetric } : {}),
    reproducible: identicalFiles || withinTolerance,
    summary: `trained twice from the same inputs: ${filesText}; ${metricsText}`,
  };
}

export function reproductionTags(comparison: ReproductionComparison): Record<string, string> {
  return {
    "trainyard.reproduce.identical_files": String(comparison.identicalFiles),
    "trainyard.reproduce.max_relative_difference": String(comparison.maxRelativeDifference),
    "trainyard.reproduce.reproducible": String(comparison.reproducible),
  };
}
