"""Runs one rule set with pandera or Great Expectations (GX Core 1.x), end to end: import, read, validate.

    python validate_tool.py --tool pandera|gx --file data.csv|data.parquet --rules rules.json

rules.json is the `validate:` section of the benchmark's trainyard.yml, as JSON (bench/validate.mjs writes
both from one object), so all three tools get the same rules. Prints one JSON line: phase timings, whether
the data passed, and which checks failed. Reading uses pandas (C engine for CSV, pyarrow for Parquet), the
way both libraries are normally fed.
"""

import argparse
import json
import sys
import time

started = time.perf_counter()
parser = argparse.ArgumentParser()
parser.add_argument("--tool", choices=["pandera", "gx"], required=True)
parser.add_argument("--file", required=True)
parser.add_argument("--rules", required=True)
args = parser.parse_args()
with open(args.rules) as handle:
    rules = json.load(handle)
columns = rules["columns"]
unique = [key for key in rules.get("unique", [])]

import pandas as pd  # noqa: E402

if args.tool == "pandera":
    import pandera.pandas as pa
else:
    import great_expectations as gx
    import great_expectations.expectations as gxe
imported = time.perf_counter()

timestamp_columns = [name for name, rule in columns.items() if rule.get("type") == "timestamp"]
if args.tool == "gx":
    # GX 1.x's type expectations cannot name pandas 3's default string dtype (StringDtype(na_value=nan))
    # nor a time-zone-aware datetime dtype: strings are read as object (the pandas 2 behaviour GX targets)
    # and times are made naive UTC below. Both are part of GX's measured read time.
    pd.set_option("future.infer_string", False)
if args.file.endswith(".parquet"):
    df = pd.read_parquet(args.file)
else:
    df = pd.read_csv(args.file, parse_dates=timestamp_columns)
if args.tool == "gx":
    for name in timestamp_columns:
        if getattr(df[name].dtype, "tz", None) is not None:
            df[name] = df[name].dt.tz_convert(None)
read = time.perf_counter()


def bound(rule, key, naive=False):
    value = rule.get(key)
    if value is None:
        return None
    if rule.get("type") == "timestamp":
        stamp = pd.Timestamp(value)
        return stamp.tz_convert(None) if naive and stamp.tz is not None else stamp
    return value


# pandas dtype kinds that hold each trainyard type (integers are also valid numbers).
KINDS = {"integer": "iu", "number": "iuf", "boolean": "b", "timestamp": "M", "string": "OSUT"}


def is_string_dtype(dtype):
    return pd.api.types.is_string_dtype(dtype) or dtype == object


def run_pandera():
    schema_columns = {}
    for name, rule in columns.items():
        checks = []
        kind = rule.get("type")
        # The type: the column's dtype must hold the declared type (pandas parsed it while reading).
        if kind == "string":
            checks.append(pa.Check(lambda s: is_string_dtype(s.dtype), name="type_string", ignore_na=False))
        elif kind is not None:
            kinds = KINDS[kind]
            checks.append(
                pa.Check(lambda s, k=kinds: s.dtype.kind in k, name=f"type_{kind}", ignore_na=False)
            )
        low, high = bound(rule, "min"), bound(rule, "max")
        if low is not None:
            checks.append(pa.Check.ge(low))
        if high is not None:
            checks.append(pa.Check.le(high))
        if "allowed" in rule:
            checks.append(pa.Check.isin(rule["allowed"]))
        if "pattern" in rule:
            checks.append(pa.Check.str_matches(rule["pattern"]))
        fraction = rule.get("max_null_fraction")
        if fraction is not None and fraction > 0:
            checks.append(
                pa.Check(
                    lambda s, f=fraction: s.isna().mean() <= f, name="max_null_fraction", ignore_na=False
                )
            )
        schema_columns[name] = pa.Column(
            checks=checks,
            nullable=not (fraction is not None and fraction == 0),
            unique=[name] in unique,
        )
    schema = pa.DataFrameSchema(schema_columns, strict=False)
    try:
        schema.validate(df, lazy=True)
        return True, []
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        failed = sorted({f"{c}:{k}" for c, k in zip(cases["column"], cases["check"])})
        return False, failed


GX_TYPES = {
    "integer": ["int64", "int32", "Int64"],
    "number": ["float64", "Float64", "int64", "Int64"],
    "boolean": ["bool", "boolean"],
    # object columns are checked value by value: every non-null value must be a Python str
    "string": ["str"],
    # any resolution pandas or pyarrow may give (CSV: us, Parquet written by pyarrow: ms)
    "timestamp": ["datetime64[ns]", "datetime64[us]", "datetime64[ms]", "datetime64[s]"],
}


def run_gx():
    context = gx.get_context(mode="ephemeral")
    source = context.data_sources.add_pandas(name="bench")
    asset = source.add_dataframe_asset(name="table")
    batch_definition = asset.add_batch_definition_whole_dataframe("whole table")
    suite = gx.ExpectationSuite(name="rules")
    for name, rule in columns.items():
        kind = rule.get("type")
        if kind is not None:
            suite.add_expectation(gxe.ExpectColumnValuesToBeInTypeList(column=name, type_list=GX_TYPES[kind]))
        low, high = bound(rule, "min", naive=True), bound(rule, "max", naive=True)
        if low is not None or high is not None:
            suite.add_expectation(gxe.ExpectColumnValuesToBeBetween(column=name, min_value=low, max_value=high))
        if "allowed" in rule:
            suite.add_expectation(gxe.ExpectColumnValuesToBeInSet(column=name, value_set=rule["allowed"]))
        if "pattern" in rule:
            suite.add_expectation(gxe.ExpectColumnValuesToMatchRegex(column=name, regex=rule["pattern"]))
        fraction = rule.get("max_null_fraction")
        if fraction is not None:
            suite.add_expectation(gxe.ExpectColumnValuesToNotBeNull(column=name, mostly=1 - fraction))
    for key in unique:
        if len(key) == 1:
            suite.add_expectation(gxe.ExpectColumnValuesToBeUnique(column=key[0]))
        else:
            suite.add_expectation(gxe.ExpectCompoundColumnsToBeUnique(column_list=key))
    suite = context.suites.add(suite)
    batch = batch_definition.get_batch(batch_parameters={"dataframe": df})
    result = batch.validate(suite)
    failed = sorted(
        f"{r.expectation_config.kwargs.get('column', '')}:{r.expectation_config.type}"
        for r in result.results
        if not r.success
    )
    errors = [str(r.exception_info) for r in result.results if r.exception_info.get("raised_exception")]
    if errors:
        print(json.dumps({"exceptions": errors[:3]}), file=sys.stderr)
    return bool(result.success), failed


passed, failed = run_pandera() if args.tool == "pandera" else run_gx()
done = time.perf_counter()
print(
    json.dumps(
        {
            "tool": args.tool,
            "rows": len(df),
            "passed": passed,
            "failed": failed,
            "seconds": {
                "import": round(imported - started, 3),
                "read": round(read - imported, 3),
                "validate": round(done - read, 3),
                "total": round(done - started, 3),
            },
        }
    )
)
