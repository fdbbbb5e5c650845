"""Converts the benchmark's CSV to Parquet with pyarrow (snappy, the pyarrow default), typed by rules.json.

    python csv_to_parquet.py data.csv data.parquet rules.json [row_group_rows]
"""

import json
import sys

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

source, target, rules_path = sys.argv[1:4]
row_group = int(sys.argv[4]) if len(sys.argv) > 4 else 65536
with open(rules_path) as handle:
    columns = json.load(handle)["columns"]
TYPES = {
    "integer": pa.int64(),
    "number": pa.float64(),
    "string": pa.string(),
    "boolean": pa.bool_(),
    "timestamp": pa.timestamp("ms", tz="UTC"),
}
types = {name: TYPES[rule["type"]] for name, rule in columns.items() if "type" in rule}
table = pacsv.read_csv(source, convert_options=pacsv.ConvertOptions(column_types=types, strings_can_be_null=True))
pq.write_table(table, target, row_group_size=row_group, compression="snappy")
print(f"{table.num_rows} rows, row groups of {row_group}")
