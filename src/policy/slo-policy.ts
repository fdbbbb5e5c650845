/**
 * The pipeline's service-level indicators, from what the tracker's runs and the registry's versions already
 * record, and their targets from `slo:` in trainyard.yml. Pure: the slo step gathers the history, this
 * module computes. docs/operating.md says how each is computed and what to do when one is breached.
 *
 * - M1 training success rate: training runs started in the window that ended FINISHED, over all that
 *   ended (FINISHED, FAILED, KILLED); runs still RUNNING are left out.
 * - M2 time-to-train: median and 95th percentile (linear interpolation, numpy's default) of the training
 *   command's duration (`trainyard.duration_seconds`) of the window's FINISHED runs that trained (cache hits,
 *   which train nothing, are left out).
 * - M3 data freshness: hours from the champion's training data to now: the as-of time of its snapshot
 *   (snapshot-data's `as_of`) if it has one, else the snapshot's creation (`createdAt` of its manifest in
 *   the store; the champion's `trainyard.snapshot.id` tag names it). Where the manifest cannot be read, the
 *   start of the champion's training run (the snapshot is taken just before training, so its data is at
 *   least that old), and the basis says so.
 * - M4 registration latency: median hours from a training run's end to the creation of its model version,
 *   over versions created in the window.
 * - M8 performance delta vs baseline: mean improvement, in the primary metric's good direction, that the
 *   versions promoted in the window showed over the champion they replaced (`trainyard.delta.<metric>`).
 * - M9 validation failure rate: of the window's candidates that reached data validation and went no
 *   further than the gate — validations that failed and stopped the pipeline (validate-data records each
 *   as a tracker run tagged `trainyard.kind: validation`) plus versions compared by the gate — the share
 *   that failed validation: the stopped ones plus compared versions whose gate failed the validation rule.
 * - M10 retrain-trigger usefulness: share of the retrains the monitor dispatched in the window that were
 *   followed by a promotion replacing the champion that was monitored.
 */
import { percentileSorted } from "../stats/bootstrap.js";
import { higherIsBetter } from "../stats/metric-names.js";

export interface TrainRunRecord {
  runId: string;
  status: "RUNNING" | "SCHEDULED" | "FINISHED" | "FAILED" | "KILLED";
  startTime: number;
  endTime?: number;
  durationSeconds?: number;
  cacheHit: boolean;
}

export interface VersionRecord {
  version: string;
  creationTimestamp: number;
  /** The end of the training run the version was made from. */
  runEndTime?: number;
  runStartTime?: number;
  champion: boolean;
  promotedAt?: number;
  previousChampion?: string;
  primaryMetric?: string;
  /** challenger − champion of the primary metric at comparison, as recorded. */
  primaryDelta?: number;
  decision?: string;
  gateFailed: string[];
}

export interface MonitorRunRecord {
  startTime: number;
  dispatched: boolean;
  championVersion: string;
}

export interface SloHistory {
  trainRuns: TrainRunRecord[];
  versions: VersionRecord[];
  monitorRuns: MonitorRunRecord[];
  /** Start times of the validations that failed and stopped a pipeline (validate-data's tracker runs). */
  failedValidations?: number[];
  /** The champion's training data: its snapshot's as-of or creation time, and what that is. */
  championData?: { time: number; basis: string };
  /** Why championData is absent although there is a champion (e.g. its manifest could not be read). */
  championDataNote?: string;
}

export interface SloTargets {
  training_success_rate?: { min: number } | undefined;
  time_to_train_minutes?: { median?: number | undefined; p95?: number | undefined } | undefined;
  data_freshness_hours?: { max: number } | undefined;
  registration_latency_hours?: { max: number } | undefined;
  performance_delta?: { min: number } | undefined;
  validation_failure_rate?: { max: number } | undefined;
  retrain_trigger_usefulness?: { min: number } | undefined;
}

export type SloStatus = "met" | "breached" | "no target" | "no data";

export interface SloIndicator {
  id: string;
  name: string;
  /** null where the window has nothing to compute it from. */
  value: number | null;
  unit: string;
  /** What it was computed from, e.g. "8 of 10 runs". */
  basis: string;
  target?: string;
  status: SloStatus;
}

const HOUR = 3_600_000;

function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  return percentileSorted(Float64Array.from(values).sort(), q);
}

function judge(
  value: number | null,
  bound: { min?: number; max?: number } | undefined,
): {
  status: SloStatus;
  target?: string;
} {
  if (!bound || (bound.min === undefined && bound.max === undefined))
    return { status: value === null ? "no data" : "no target" };
  const target = bound.min !== undefined ? `≥ ${bound.min}` : `≤ ${bound.max}`;
  if (value === null) return { status: "no data", target };
  const breached =
    (bound.min !== undefined && value < bound.min) || (bound.max !== undefined && value > bound.max);
  return { status: breached ? "breached" : "met", target };
}

/** Every indicator over the window ending at `now`, judged against the targets. */
export function computeSlos(
  history: SloHistory,
  targets: SloTargets,
  now: number,
  windowMs: number,
): SloIndicator[] {
  const from = now - windowMs;
  const inWindow = (time: number | undefined) => time !== undefined && time >= from && time <= now;
  const indicators: SloIndicator[] = [];

  const ended = history.trainRuns.filter(
    (run) =>
      inWindow(run.startTime) &&
      (run.status === "FINISHED" || run.status === "FAILED" || run.status === "KILLED"),
  );
  const finished = ended.filter((run) => run.status === "FINISHED");
  const successRate = ended.length > 0 ? finished.length / ended.length : null;
  indicators.push({
    id: "M1",
    name: "training success rate",
    value: successRate,
    unit: "fraction",
    basis: `${finished.length} of ${ended.length} training run(s) finished`,
    ...judge(successRate, targets.training_success_rate),
  });

  const minutes = finished
    .filter((run) => !run.cacheHit && run.durationSeconds !== undefined)
    .map((run) => (run.durationSeconds as number) / 60);
  const median = quantile(minutes, 0.5);
  const p95 = quantile(minutes, 0.95);
  const ttt = targets.time_to_train_minutes;
  indicators.push({
    id: "M2",
    name: "time to train, median",
    value: median,
    unit: "minutes",
    basis: `${minutes.length} run(s) that trained`,
    ...judge(median, ttt?.median !== undefined ? { max: ttt.median } : undefined),
  });
  indicators.push({
    id: "M2",
    name: "time to train, p95",
    value: p95,
    unit: "minutes",
    basis: `${minutes.length} run(s) that trained`,
    ...judge(p95, ttt?.p95 !== undefined ? { max: ttt.p95 } : undefined),
  });

  const champion = history.versions.find((version) => version.champion);
  const dataTime = champion ? (history.championData?.time ?? champion.runStartTime) : undefined;
  const freshness = dataTime !== undefined ? (now - dataTime) / HOUR : null;
  indicators.push({
    id: "M3",
    name: "data freshness",
    value: freshness,
    unit: "hours",
    basis: !champion
      ? "no champion"
      : history.championData
        ? `champion version ${champion.version}'s ${history.championData.basis}`
        : `champion version ${champion.version}'s training run start${history.championDataNote ? ` (${history.championDataNote})` : ""}`,
    ...judge(freshness, targets.data_freshness_hours),
  });

  const latencies = history.versions
    .filter((version) => inWindow(version.creationTimestamp) && version.runEndTime !== undefined)
    .map((version) => (version.creationTimestamp - (version.runEndTime as number)) / HOUR);
  const latency = quantile(latencies, 0.5);
  indicators.push({
    id: "M4",
    name: "registration latency, median",
    value: latency,
    unit: "hours",
    basis: `${latencies.length} version(s) registered`,
    ...judge(latency, targets.registration_latency_hours),
  });

  const gains = history.versions
    .filter(
      (version) =>
        inWindow(version.promotedAt) && version.primaryDelta !== undefined && version.primaryMetric,
    )
    .map((version) =>
      higherIsBetter(version.primaryMetric as string)
        ? (version.primaryDelta as number)
        : -(version.primaryDelta as number),
    );
  const gain = gains.length > 0 ? gains.reduce((sum, value) => sum + value, 0) / gains.length : null;
  indicators.push({
    id: "M8",
    name: "performance delta vs the replaced champion, mean",
    value: gain,
    unit: "primary metric",
    basis: `${gains.length} promotion(s) over a champion`,
    ...judge(gain, targets.performance_delta),
  });

  const compared = history.versions.filter(
    (version) => inWindow(version.creationTimestamp) && version.decision,
  );
  const invalid = compared.filter((version) => version.gateFailed.includes("validation"));
  const stopped = (history.failedValidations ?? []).filter((time) => inWindow(time)).length;
  const candidates = stopped + compared.length;
  const failureRate = candidates > 0 ? (stopped + invalid.length) / candidates : null;
  indicators.push({
    id: "M9",
    name: "validation failure rate",
    value: failureRate,
    unit: "fraction",
    basis: `${stopped} validation(s) stopped a pipeline; ${invalid.length} of ${compared.length} compared version(s) failed data validation`,
    ...judge(failureRate, targets.validation_failure_rate),
  });

  const triggers = history.monitorRuns.filter((run) => run.dispatched && inWindow(run.startTime));
  const useful = triggers.filter((trigger) =>
    history.versions.some(
      (version) =>
        version.promotedAt !== undefined &&
        version.promotedAt >= trigger.startTime &&
        version.previousChampion === trigger.championVersion,
    ),
  );
  const usefulness = triggers.length > 0 ? useful.length / triggers.length : null;
  indicators.push({
    id: "M10",
    name: "retrain-trigger usefulness",
    value: usefulness,
    unit: "fraction",
    basis: `${useful.length} of ${triggers.length} dispatched retrain(s) led to a promotion`,
    ...judge(usefulness, targets.retrain_trigger_usefulness),
  });
  return indicators;
}

/**
 * The train step's alert: a run that took more than twice the median of the model's last 20 successful
 * runs (at least 3 of them, so one odd run does not set the bar). Undefined when the run is not slow.
 */
export function slowRunWarning(seconds: number, previous: number[]): string | undefined {
  const recent = previous.filter((value) => Number.isFinite(value) && value > 0).slice(0, 20);
  if (recent.length < 3) return undefined;
  const median = quantile(recent, 0.5) as number;
  if (!(seconds > 2 * median)) return undefined;
  return `this training took ${seconds.toFixed(1)} s, ${(seconds / median).toFixed(1)}× the median ${median.toFixed(1)} s of the model's last ${recent.length} successful run(s) (alert above 2×); see "Time to train" in docs/operating.md`;
}
