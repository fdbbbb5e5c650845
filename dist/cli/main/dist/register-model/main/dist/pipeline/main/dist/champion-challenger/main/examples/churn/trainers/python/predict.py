"""The churn example's prediction command for the scikit-learn trainer: trainyard's predict contract.

Reads TRAINYARD_MODEL_DIR (what train.py wrote), TRAINYARD_INPUT_FILE and writes TRAINYARD_PREDICTIONS_FILE:
`prediction,score`, one line per input row in input order, the predicted class (0 or 1) and P(churned = 1).
The label column, if present, is not read.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys

from threadpoolctl import threadpool_limits

# No __pycache__ next to the scripts: the repository's working tree stays clean (lineage records dirtiness).
sys.dont_write_bytecode = True

from churn_features import (  # noqa: E402 (after the flag above)
    CATEGORICAL,
    NUMERIC,
    column_indexes,
    fail,
    feature_matrix,
    read_csv,
    require_env,
)


def load_model(model_dir: str):
    description_file = os.path.join(model_dir, "model.json")
    try:
        with open(description_file, encoding="utf-8") as handle:
            description = json.load(handle)
        with open(os.path.join(model_dir, description.get("model_file", "model.pkl")), "rb") as handle:
            model_bytes = handle.read()
    except OSError as error:
        fail(f"cannot read the model in {model_dir}: {error.strerror} ({error.filename})")
    except json.JSONDecodeError as error:
        fail(f"{description_file} is not JSON: {error}")
    if description.get("kind") != "sklearn-hist-gradient-boosting":
        fail(f"{description_file} is not a model of trainers/python/train.py")
    # Only a model whose bytes train.py recorded is unpickled (pickle runs code: never load untrusted files).
    if hashlib.sha256(model_bytes).hexdigest() != description.get("model_sha256"):
        fail(f"the model file in {model_dir} does not match the sha256 in model.json")
    return description, pickle.loads(model_bytes)


def main() -> None:
    model_dir = require_env("TRAINYARD_MODEL_DIR")
    input_file = require_env("TRAINYARD_INPUT_FILE")
    predictions_file = require_env("TRAINYARD_PREDICTIONS_FILE")
    columns, rows = read_csv(input_file)
    index = column_indexes(columns, [*CATEGORICAL, *NUMERIC], input_file)
    description, model = load_model(model_dir)
    x = feature_matrix(rows, index, description["categories"])
    positive = list(model.classes_).index(description["positive_class"])
    with threadpool_limits(limits=1):  # small inputs: threads cost more than they give
        scores = model.predict_proba(x)[:, positive] if rows else []
    lines = ["prediction,score\n"]
    lines.extend(f"{1 if score >= 0.5 else 0},{float(score)!r}\n" for score in scores)
    try:
        with open(predictions_file, "w", encoding="utf-8", newline="") as handle:
            handle.writelines(lines)
    except OSError as error:
        fail(f"cannot write the predictions to {predictions_file}: {error.strerror}")


if __name__ == "__main__":
    main()
