"""The churn example's training command with scikit-learn: a HistGradientBoostingClassifier.

It follows trainyard's train contract: every input comes from a TRAINYARD_* variable, the model goes to
TRAINYARD_OUTPUT_DIR (model.pkl and model.json) and the training curve to TRAINYARD_METRICS_FILE.
Deterministic: random_state is TRAINYARD_SEED, so the same data, params and seed give the same bytes.
Resumable: with TRAINYARD_CHECKPOINT_DIR it boosts in chunks of CHECKPOINT_EVERY iterations (warm_start),
pickling the model there after each chunk, and continues from a checkpoint trainyard restored there.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import platform
import sys

import numpy as np

# No __pycache__ next to the scripts: the repository's working tree stays clean (lineage records dirtiness).
sys.dont_write_bytecode = True

from churn_features import (  # noqa: E402 (after the flag above)
    CATEGORICAL,
    LABEL,
    NUMERIC,
    column_indexes,
    fail,
    feature_matrix,
    feature_names,
    read_csv,
    require_env,
)

# The params this trainer accepts (HistGradientBoostingClassifier's own names) and its defaults; any other
# key is an error, so a misspelt param cannot be ignored silently. random_state comes from TRAINYARD_SEED.
DEFAULTS = {"max_iter": 100, "learning_rate": 0.1, "max_depth": 3, "early_stopping": False}
ACCEPTED = sorted(
    set(DEFAULTS)
    | {
        "max_leaf_nodes",
        "min_samples_leaf",
        "l2_regularization",
        "max_features",
        "max_bins",
        "class_weight",
        "validation_fraction",
        "n_iter_no_change",
        "tol",
    }
)
MAX_CURVE_POINTS = 200
CHECKPOINT_EVERY = 20


def load_checkpoint(directory: str):
    """The model and step of checkpoint.json and the pickle it names, if both are there and match."""
    try:
        with open(os.path.join(directory, "checkpoint.json"), encoding="utf-8") as handle:
            saved = json.load(handle)
        with open(os.path.join(directory, saved["file"]), "rb") as handle:
            data = handle.read()
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if hashlib.sha256(data).hexdigest() != saved.get("sha256"):
        print("the checkpoint's model file does not match its checkpoint.json; training from the start")
        return None
    return pickle.loads(data), int(saved["step"])


def save_checkpoint(directory: str, model, step: int) -> bytes:
    """The model, then checkpoint.json naming it, each written under a temporary name and renamed."""
    data = pickle.dumps(model, protocol=5)
    name = f"model-{step}.pkl"
    with open(os.path.join(directory, name + ".tmp"), "wb") as handle:
        handle.write(data)
    os.replace(os.path.join(directory, name + ".tmp"), os.path.join(directory, name))
    record = {"step": step, "file": name, "sha256": hashlib.sha256(data).hexdigest()}
    with open(os.path.join(directory, "checkpoint.json.tmp"), "w", encoding="utf-8") as handle:
        json.dump(record, handle)
    os.replace(os.path.join(directory, "checkpoint.json.tmp"), os.path.join(directory, "checkpoint.json"))
    for other in os.listdir(directory):
        if other.startswith("model-") and other.endswith(".pkl") and other != name:
            os.remove(os.path.join(directory, other))
    return data


def fit_with_checkpoints(model, x, y, directory: str):
    """Boosts CHECKPOINT_EVERY iterations at a time, checkpointing after each chunk, from a restored one."""
    total = model.max_iter
    restored = load_checkpoint(directory)
    if restored is not None and restored[1] <= total:
        model, step = restored
        print(f"resuming from the checkpoint at step {step}")
    else:
        step = 0
    model.set_params(warm_start=True)
    while step < total:
        target = min(step + CHECKPOINT_EVERY, total)
        model.set_params(max_iter=target)
        model.fit(x, y)
        if model.n_iter_ < target:  # early stopping ended the boosting
            break
        step = target
        # Carry on with the checkpoint's own copy, as a resumed training does: both then pickle alike.
        model = pickle.loads(save_checkpoint(directory, model, step))
    model.set_params(warm_start=False, max_iter=total)
    return model


def read_params(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as handle:
            given = json.load(handle)
    except OSError as error:
        fail(f"cannot read the params file {path}: {error.strerror}")
    except json.JSONDecodeError as error:
        fail(f"the params file {path} is not JSON: {error}")
    if not isinstance(given, dict):
        fail(f"the params file {path} must hold a JSON object, found {json.dumps(given)}")
    if "random_state" in given:
        fail("param random_state is not accepted: the seed comes from TRAINYARD_SEED")
    unknown = sorted(set(given) - set(ACCEPTED))
    if unknown:
        fail(f"unknown params {', '.join(unknown)} (this trainer accepts {', '.join(ACCEPTED)})")
    return {**DEFAULTS, **given}


def read_seed() -> int:
    text = require_env("TRAINYARD_SEED").strip()
    try:
        seed = int(text)
    except ValueError:
        fail(f'TRAINYARD_SEED must be an integer, found "{text}"')
    if not 0 <= seed < 2**32:
        fail(f"TRAINYARD_SEED must be between 0 and 2**32 - 1 for scikit-learn, found {seed}")
    return seed


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-15, 1 - 1e-15)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def write_curve(metrics_file: str, model, x: np.ndarray, y: np.ndarray) -> None:
    """The train log loss after each boosting iteration, at most MAX_CURVE_POINTS lines (every k-th)."""
    iterations = model.n_iter_
    every = max(1, math.ceil(iterations / MAX_CURVE_POINTS))
    lines = []
    for step, proba in enumerate(model.staged_predict_proba(x), start=1):
        if step % every == 0 or step == iterations:
            value = log_loss(y, proba[:, 1])
            lines.append(json.dumps({"name": "train_log_loss", "value": value, "step": step}) + "\n")
    with open(metrics_file, "a", encoding="utf-8") as handle:
        handle.writelines(lines)


def save_mlflow_model(output_dir: str, model, categories: dict[str, list[str]]) -> None:
    """The same model as an MLflow Model, the usual way (mlflow.sklearn.save_model): a Pipeline that one-hot
    encodes the raw columns like feature_matrix does, then the fitted classifier; pyfunc returns
    predict_proba. It is written first, as save_model wants an empty folder; trainyard adds the signature
    and the input example from the snapshot."""
    import mlflow.sklearn
    import pandas as pd
    import sklearn
    from sklearn.compose import ColumnTransformer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import OneHotEncoder

    encode = ColumnTransformer(
        [
            (
                "categories",
                OneHotEncoder(categories=[categories[name] for name in CATEGORICAL], handle_unknown="ignore"),
                CATEGORICAL,
            ),
            ("numbers", "passthrough", NUMERIC),
        ],
        sparse_threshold=0,
    )
    sample = pd.DataFrame({name: categories[name][:1] for name in CATEGORICAL} | {name: [0.0] for name in NUMERIC})
    encode.fit(sample)
    pipeline = Pipeline([("encode", encode), ("model", model)])
    mlflow.sklearn.save_model(
        pipeline,
        output_dir,
        serialization_format="cloudpickle",
        pyfunc_predict_fn="predict_proba",
        pip_requirements=[
            f"mlflow=={mlflow.__version__}",
            f"scikit-learn=={sklearn.__version__}",
            f"numpy=={np.__version__}",
            f"pandas=={pd.__version__}",
        ],
    )


def main() -> None:
    train_file = require_env("TRAINYARD_TRAIN_FILE")
    output_dir = require_env("TRAINYARD_OUTPUT_DIR")
    params = read_params(require_env("TRAINYARD_PARAMS_FILE"))
    seed = read_seed()
    metrics_file = os.environ.get("TRAINYARD_METRICS_FILE", "")

    columns, rows = read_csv(train_file)
    if not rows:
        fail(f"{train_file} has a header but no rows")
    index = column_indexes(columns, [LABEL, *CATEGORICAL, *NUMERIC], train_file)
    categories = {name: sorted({row[index[name]] for row in rows}) for name in CATEGORICAL}
    x = feature_matrix(rows, index, categories)
    labels = [row[index[LABEL]].strip() for row in rows]
    wrong = next((i for i, label in enumerate(labels) if label not in ("0", "1")), None)
    if wrong is not None:
        fail(f'{train_file}: row {wrong + 1} has {LABEL} = "{labels[wrong]}", expected 0 or 1')
    y = np.array([int(label) for label in labels], dtype=np.int64)
    if len(set(labels)) < 2:
        fail(f"{train_file}: {LABEL} has a single class ({labels[0]}); a classifier needs both")

    # Imported once the inputs are checked: a wrong variable or param fails at once, not after ~1 s.
    import sklearn
    from sklearn.ensemble import HistGradientBoostingClassifier
    from threadpoolctl import threadpool_limits

    model = HistGradientBoostingClassifier(**params, random_state=seed)
    # One thread: on a few thousand rows OpenMP's threads cost more than they give, and on a busy runner
    # (more threads than free cores) they make training many times slower.
    with threadpool_limits(limits=1):
        try:
            checkpoint_dir = os.environ.get("TRAINYARD_CHECKPOINT_DIR", "")
            if checkpoint_dir:
                model = fit_with_checkpoints(model, x, y, checkpoint_dir)
            else:
                model.fit(x, y)
        except (ValueError, TypeError) as error:
            fail(f"scikit-learn rejected the params {json.dumps(params, sort_keys=True)}: {error}")
        if metrics_file:
            write_curve(metrics_file, model, x, y.astype(np.float64))

    save_mlflow_model(output_dir, model, categories)
    model_bytes = pickle.dumps(model, protocol=5)
    description = {
        "kind": "sklearn-hist-gradient-boosting",
        "label": LABEL,
        "positive_class": 1,
        "params": params,
        "seed": seed,
        "features": feature_names(categories),
        "categories": categories,
        "numeric": NUMERIC,
        "model_file": "estimator.pkl",
        "model_sha256": hashlib.sha256(model_bytes).hexdigest(),
        "iterations": int(model.n_iter_),
        "training": {"rows": len(rows), "positives": int(y.sum())},
        "versions": {
            "python": platform.python_version(),
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
        },
    }
    try:
        with open(os.path.join(output_dir, "estimator.pkl"), "wb") as handle:
            handle.write(model_bytes)
        with open(os.path.join(output_dir, "model.json"), "w", encoding="utf-8") as handle:
            handle.write(json.dumps(description, indent=2) + "\n")
    except OSError as error:
        fail(f"cannot write the model to {output_dir}: {error.strerror}")
    print(
        f"trained HistGradientBoostingClassifier on {len(rows)} rows, {x.shape[1]} features, "
        f"{model.n_iter_} iterations"
    )


if __name__ == "__main__":
    main()
