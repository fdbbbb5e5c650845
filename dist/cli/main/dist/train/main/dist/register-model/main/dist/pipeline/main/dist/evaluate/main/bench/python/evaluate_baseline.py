"""The Python baseline of bench/evaluate.mjs: binary metrics and percentile bootstrap intervals in Python.

    python evaluate_baseline.py --file predictions.csv --method sklearn|numpy [--resamples 1000]
                                [--seed 7] [--confidence 0.95] [--paired] [--max-seconds 120]

The file has the columns label (0/1), score (P(label = 1)) and champion_score. Both methods read it with
pandas (C engine) and compute the point metrics with scikit-learn: accuracy, precision, recall, f1 (score
>= 0.5), roc_auc, average_precision, log_loss, brier_score_loss, and the expected calibration error in NumPy
(10 equal-width bins, bin = min(floor(10 s), 9), as trainyard defines it). Then the bootstrap:

- sklearn: the usual loop: each resample draws n row indices with replacement (numpy.random.Generator
  .integers), takes those rows, and calls the same scikit-learn functions on them.
- numpy: trainyard's algorithm in vectorised NumPy: rows sorted by score once; each resample is a vector
  of multinomial counts (numpy.bincount of n drawn indices), and all metrics come from weighted cumulative
  sums in score order (no per-resample sort, no scikit-learn).

--paired also scores champion_score on the same resampled rows and records challenger - champion deltas.
When the loop would run longer than --max-seconds it stops (after at least 5 resamples) and reports how
many it did; bench/evaluate.mjs then extrapolates linearly and says so.

Prints one JSON line: phase timings (import, read, metrics, bootstrap), resamples done, intervals.
"""

import argparse
import json
import time

started = time.perf_counter()
parser = argparse.ArgumentParser()
parser.add_argument("--file", required=True)
parser.add_argument("--method", choices=["sklearn", "numpy"], required=True)
parser.add_argument("--resamples", type=int, default=1000)
parser.add_argument("--seed", type=int, default=7)
parser.add_argument("--confidence", type=float, default=0.95)
parser.add_argument("--paired", action="store_true")
parser.add_argument("--max-seconds", type=float, default=120.0)
args = parser.parse_args()

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn import metrics  # noqa: E402

imported = time.perf_counter()

NAMES = [
    "accuracy",
    "precision",
    "recall",
    "f1",
    "roc_auc",
    "pr_auc",
    "log_loss",
    "brier",
    "expected_calibration_error",
]


def ece(y, s, w=None):
    w = np.ones_like(s) if w is None else w
    bins = np.minimum(np.floor(s * 10).astype(np.int64), 9)
    gap = np.bincount(bins, weights=w * (s - y), minlength=10)
    return float(np.abs(gap).sum() / w.sum())


def sklearn_metrics(y, s):
    pred = (s >= 0.5).astype(np.int64)
    return [
        metrics.accuracy_score(y, pred),
        metrics.precision_score(y, pred, zero_division=0),
        metrics.recall_score(y, pred, zero_division=0),
        metrics.f1_score(y, pred, zero_division=0),
        metrics.roc_auc_score(y, s),
        metrics.average_precision_score(y, s),
        metrics.log_loss(y, s),
        metrics.brier_score_loss(y, s),
        ece(y, s),
    ]


class Sorted:
    """One model's rows in descending score order, with what every resample needs precomputed."""

    def __init__(self, y, s):
        self.order = np.argsort(-s, kind="stable")
        ss = s[self.order]
        self.y = y[self.order].astype(np.float64)
        self.s = ss
        last = np.ones(len(ss), dtype=bool)  # last row of each group of equal scores
        last[:-1] = ss[1:] != ss[:-1]
        self.group_end = np.flatnonzero(last)
        self.positive = np.searchsorted(-ss, -0.5, side="right")  # rows with score >= 0.5 come first
        eps = np.finfo(np.float64).eps
        p = np.clip(np.where(self.y == 1, ss, 1 - ss), eps, 1 - eps)
        self.loss = -np.log(p)
        self.sq = (self.y - ss) ** 2
        self.gap = ss - self.y
        self.bins = np.minimum(np.floor(ss * 10).astype(np.int64), 9)

    def metrics(self, counts):
        w = counts[self.order]
        total = w.sum()
        wp = w * self.y
        tp = np.cumsum(wp)
        fp = np.cumsum(w - wp)
        tp_g = tp[self.group_end]
        fp_g = fp[self.group_end]
        tp_prev = np.concatenate(([0.0], tp_g[:-1]))
        fp_prev = np.concatenate(([0.0], fp_g[:-1]))
        pos, neg = tp_g[-1], fp_g[-1]
        auc = np.sum((fp_g - fp_prev) * (tp_g + tp_prev)) / 2 / (pos * neg) if pos > 0 and neg > 0 else np.nan
        with np.errstate(invalid="ignore", divide="ignore"):
            precision_g = np.where(tp_g + fp_g > 0, tp_g / (tp_g + fp_g), 0.0)
        ap = np.sum((tp_g - tp_prev) * precision_g) / pos if pos > 0 else 0.0
        k = self.positive
        tpc = tp[k - 1] if k > 0 else 0.0
        fpc = fp[k - 1] if k > 0 else 0.0
        fn, tn = pos - tpc, neg - fpc

        def ratio(a, b):
            return a / b if b > 0 else 0.0

        return [
            (tpc + tn) / total,
            ratio(tpc, tpc + fpc),
            ratio(tpc, pos),
            ratio(2 * tpc, 2 * tpc + fpc + fn),
            auc,
            ap,
            np.dot(w, self.loss) / total,
            np.dot(w, self.sq) / total,
            np.abs(np.bincount(self.bins, weights=w * self.gap, minlength=10)).sum() / total,
        ]


def interval(values, confidence):
    values = np.asarray(values, dtype=np.float64)
    values = values[np.isfinite(values)]
    if len(values) == 0:
        return {"low": None, "high": None, "resamples": 0}
    alpha = (1 - confidence) / 2
    low, high = np.percentile(values, [100 * alpha, 100 * (1 - alpha)])
    return {"low": float(low), "high": float(high), "resamples": int(len(values))}


frame = pd.read_csv(args.file)
y = frame["label"].to_numpy(dtype=np.int64)
models = {"challenger": frame["score"].to_numpy(dtype=np.float64)}
if args.paired:
    models["champion"] = frame["champion_score"].to_numpy(dtype=np.float64)
n = len(y)
read = time.perf_counter()

values = {name: sklearn_metrics(y, s) for name, s in models.items()}
measured = time.perf_counter()

rng = np.random.default_rng(args.seed)
sorted_models = {name: Sorted(y, s) for name, s in models.items()} if args.method == "numpy" else None
draws = {name: [] for name in models}
loop_started = time.perf_counter()
done = 0
for r in range(args.resamples):
    idx = rng.integers(0, n, n)
    if args.method == "sklearn":
        yr = y[idx]
        for name, s in models.items():
            draws[name].append(sklearn_metrics(yr, s[idx]))
    else:
        counts = np.bincount(idx, minlength=n).astype(np.float64)
        for name, model in sorted_models.items():
            draws[name].append(model.metrics(counts))
    done = r + 1
    if done >= 5 and time.perf_counter() - loop_started > args.max_seconds:
        break
finished = time.perf_counter()

intervals = {}
for name in models:
    matrix = np.array(draws[name])
    intervals[name] = {
        metric: {"value": float(values[name][i]), **interval(matrix[:, i], args.confidence)}
        for i, metric in enumerate(NAMES)
    }
if args.paired:
    delta = np.array(draws["challenger"]) - np.array(draws["champion"])
    intervals["delta"] = {
        metric: {
            "value": float(values["challenger"][i] - values["champion"][i]),
            **interval(delta[:, i], args.confidence),
        }
        for i, metric in enumerate(NAMES)
    }

print(
    json.dumps(
        {
            "rows": n,
            "method": args.method,
            "resamples": done,
            "seconds": {
                "import": imported - started,
                "read": read - imported,
                "metrics": measured - read,
                "prepare": loop_started - measured,
                "bootstrap": finished - loop_started,
            },
            "intervals": intervals,
            "versions": {"numpy": np.__version__, "pandas": pd.__version__, "sklearn": __import__("sklearn").__version__},
        }
    )
)
