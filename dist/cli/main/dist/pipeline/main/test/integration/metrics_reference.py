"""Reference values for test/integration/metrics-sklearn.test.ts, computed with scikit-learn.

Usage: python metrics_reference.py <in.json> <out.json>

The input holds generated predictions: {"binary": {"labels", "scores", "weights"},
"multiclass": {"labels", "probabilities" (row-major n x K), "k", "weights"},
"regression": {"actual", "predicted", "weights"}}; the output maps "<task>.<metric>" and
"<task>.<metric>.weighted" (sample_weight = the given integer counts) to floats.
Expected calibration error has no scikit-learn counterpart: a small NumPy reference of trainyard's
definition (10 equal-width bins, bin = min(floor(10 s), 9)) is used for it.
"""

import json
import sys

import numpy as np
from sklearn import metrics


def ece(y, s, w):
    w = np.ones_like(s) if w is None else w
    bins = np.minimum(np.floor(s * 10).astype(int), 9)
    total = 0.0
    for b in range(10):
        m = (bins == b) & (w > 0)
        if not m.any():
            continue
        share = w[m].sum() / w.sum()
        total += share * abs(np.average(s[m], weights=w[m]) - np.average(y[m], weights=w[m]))
    return total


def binary(d, w):
    y = np.asarray(d["labels"], dtype=np.int64)
    s = np.asarray(d["scores"], dtype=np.float64)
    pred = (s >= 0.5).astype(np.int64)
    return {
        "accuracy": metrics.accuracy_score(y, pred, sample_weight=w),
        "precision": metrics.precision_score(y, pred, sample_weight=w, zero_division=0),
        "recall": metrics.recall_score(y, pred, sample_weight=w, zero_division=0),
        "f1": metrics.f1_score(y, pred, sample_weight=w, zero_division=0),
        "roc_auc": metrics.roc_auc_score(y, s, sample_weight=w),
        "pr_auc": metrics.average_precision_score(y, s, sample_weight=w),
        "log_loss": metrics.log_loss(y, s, sample_weight=w),
        "brier": metrics.brier_score_loss(y, s, sample_weight=w),
        "ece": ece(y, s, w),
    }


def multiclass(d, w):
    y = np.asarray(d["labels"], dtype=np.int64)
    p = np.asarray(d["probabilities"], dtype=np.float64).reshape(-1, d["k"])
    pred = p.argmax(axis=1)
    return {
        "accuracy": metrics.accuracy_score(y, pred, sample_weight=w),
        "macro_f1": metrics.f1_score(y, pred, average="macro", sample_weight=w, zero_division=0),
        "weighted_f1": metrics.f1_score(y, pred, average="weighted", sample_weight=w, zero_division=0),
        "log_loss": metrics.log_loss(y, p, labels=list(range(d["k"])), sample_weight=w),
    }


def regression(d, w):
    y = np.asarray(d["actual"], dtype=np.float64)
    p = np.asarray(d["predicted"], dtype=np.float64)
    return {
        "rmse": metrics.root_mean_squared_error(y, p, sample_weight=w),
        "mae": metrics.mean_absolute_error(y, p, sample_weight=w),
        "r2": metrics.r2_score(y, p, sample_weight=w),
        "mape": metrics.mean_absolute_percentage_error(y, p, sample_weight=w),
    }


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    out = {"sklearn_version": __import__("sklearn").__version__}
    for task, fn in (("binary", binary), ("multiclass", multiclass), ("regression", regression)):
        d = data[task]
        w = np.asarray(d["weights"], dtype=np.float64)
        for name, value in fn(d, None).items():
            out[f"{task}.{name}"] = float(value)
        for name, value in fn(d, w).items():
            out[f"{task}.{name}.weighted"] = float(value)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
