/**
 * What the gate judges: the measured metrics, slices, limits and validation of a challenger. Every rule is
 * described in gate-policy.ts.
 */
import type { Task } from "../config/trainyard-config.js";

/** A metric's point value and bootstrap interval; NaN where it is not defined. */
export interface MetricInterval {
  value: number;
  low: number;
  high: number;
  resamples: number;
}

export interface GateSlice {
  column: string;
  value: string;
  rows: number;
  challenger: Record<string, number>;
  champion?: Record<string, number>;
}

export interface GateValidation {
  passed: boolean;
  errors: number;
  warnings: number;
  snapshotId: string;
  failed: { id: string; severity: string; message: string }[];
}

export interface GateInput {
  model: string;
  task: Task;
  /** The challenger's metrics; with a champion, from the paired bootstrap on the same rows. */
  challenger: Record<string, MetricInterval>;
  champion?: Record<string, MetricInterval>;
  /** challenger − champion per metric, paired bootstrap interval (same resampled rows). */
  deltas?: Record<string, MetricInterval>;
  slices: GateSlice[];
  modelSizeBytes: number;
  msPer1kRows: number;
  validation?: GateValidation;
  /** The evaluate step's primary metric, used when gate.primary is absent. */
  defaultPrimaryMetric: string;
}

/** The primary rule's settings, defaults applied. */
export interface PrimarySettings {
  metric: string;
  minDelta: number;
  confidence: number;
}

/** What every metric rule reads: the input and the primary settings. */
export interface Judging {
  input: GateInput;
  primary: PrimarySettings;
}
