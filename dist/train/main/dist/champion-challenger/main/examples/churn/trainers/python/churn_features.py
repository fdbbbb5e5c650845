"""Shared by train.py and predict.py: the contract's environment, CSV reading and the churn features."""

from __future__ import annotations

import csv
import math
import os
import sys
from typing import NoReturn

import numpy as np

LABEL = "churned"
CATEGORICAL = ["country", "plan"]
NUMERIC = ["age", "tenure_months", "monthly_spend", "support_tickets"]


def fail(message: str) -> NoReturn:
    """Stops with a clear message on stderr and exit code 2 (a usage or input error)."""
    print(f"error: {message}", file=sys.stderr)
    sys.exit(2)


def require_env(name: str) -> str:
    """A variable of trainyard's train or predict contract; missing or empty stops the command."""
    value = os.environ.get(name, "")
    if not value:
        fail(f"{name} is not set: this command follows trainyard's contract (see trainers/README.md)")
    return value


def read_csv(path: str) -> tuple[list[str], list[list[str]]]:
    """A CSV file with a header row (quoted fields allowed); blank lines are skipped."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.reader(handle, strict=True)
            records = [(reader.line_num, row) for row in reader if row]
    except OSError as error:
        fail(f"cannot read the CSV file {path}: {error.strerror}")
    except csv.Error as error:
        fail(f"{path} is not valid CSV: {error}")
    if not records:
        fail(f"{path} is empty: expected a header row")
    columns = records[0][1]
    for line, row in records[1:]:
        if len(row) != len(columns):
            fail(f"{path}:{line}: {len(row)} fields, but the header has {len(columns)}")
    return columns, [row for _, row in records[1:]]


def column_indexes(columns: list[str], names: list[str], path: str) -> dict[str, int]:
    """The position of each named column; a missing column stops the command."""
    missing = [name for name in names if name not in columns]
    if missing:
        listed = ", ".join(f'"{name}"' for name in missing)
        fail(f"{path} has no column {listed} (columns: {', '.join(columns)})")
    return {name: columns.index(name) for name in names}


def to_number(text: str) -> float:
    """A numeric cell; empty or non-numeric becomes NaN (the model handles missing values)."""
    try:
        value = float(text)
    except ValueError:
        return math.nan
    return value if math.isfinite(value) else math.nan


def feature_names(categories: dict[str, list[str]]) -> list[str]:
    return [f"{name}={category}" for name in CATEGORICAL for category in categories[name]] + NUMERIC


def feature_matrix(rows: list[list[str]], index: dict[str, int], categories: dict[str, list[str]]) -> np.ndarray:
    """One-hot categories (an unseen category is all zeros), then the numbers as they are (NaN if missing)."""
    width = sum(len(categories[name]) for name in CATEGORICAL) + len(NUMERIC)
    matrix = np.zeros((len(rows), width), dtype=np.float64)
    offset = 0
    for name in CATEGORICAL:
        position = {category: offset + k for k, category in enumerate(categories[name])}
        for i, row in enumerate(rows):
            column = position.get(row[index[name]])
            if column is not None:
                matrix[i, column] = 1.0
        offset += len(categories[name])
    for name in NUMERIC:
        matrix[:, offset] = [to_number(row[index[name]]) for row in rows]
        offset += 1
    return matrix
