export const id = 4310;
export const ids = [4310];
export const modules = {

/***/ 4310:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ParquetTableWriter: () => (/* binding */ ParquetTableWriter),
/* harmony export */   inferKind: () => (/* binding */ inferKind)
/* harmony export */ });
/* harmony import */ var hyparquet_writer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3732);
/* harmony import */ var hyparquet_writer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9640);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3293);


/** Hands each finished row group's bytes to the sink instead of growing one buffer for the whole file. */
class SinkByteWriter extends hyparquet_writer__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U {
    sink;
    constructor(sink) {
        super(1 << 20);
        this.sink = sink;
    }
    flush() {
        // The sink may hold the chunk until the disk catches up, and ByteWriter reuses its buffer: copy.
        const bytes = new Uint8Array(this.buffer.slice(0, this.index));
        this.index = 0;
        return this.sink.write(bytes);
    }
    finish() {
        return this.flush();
    }
}
const SCHEMA = {
    boolean: { type: "BOOLEAN" },
    integer: { type: "INT64" },
    number: { type: "DOUBLE" },
    string: { type: "BYTE_ARRAY", converted_type: "UTF8" },
    timestamp: { type: "INT64", converted_type: "TIMESTAMP_MILLIS" },
    json: { type: "BYTE_ARRAY", converted_type: "JSON" },
    binary: { type: "BYTE_ARRAY" },
};
/**
 * Buffers rows into row groups of `rowGroupSize` rows and encodes each group as it fills, so memory holds
 * one row group. Column kinds not given are inferred from the first row group (numbers as doubles,
 * bigints as 64-bit integers, mixed types as JSON, all-null as string); a later value the column cannot
 * hold is an error that names its row and column.
 */
class ParquetTableWriter {
    sink;
    columns;
    givenKinds;
    rowGroupSize;
    buffered = [];
    writer;
    kinds;
    rowsWritten = 0;
    constructor(sink, columns, givenKinds, rowGroupSize) {
        this.sink = sink;
        this.columns = columns;
        this.givenKinds = givenKinds;
        this.rowGroupSize = rowGroupSize;
    }
    get rows() {
        return this.rowsWritten + this.buffered.length;
    }
    async writeRows(rows) {
        for (const row of rows) {
            this.buffered.push(row);
            if (this.buffered.length === this.rowGroupSize)
                await this.writeGroup();
        }
    }
    async finish() {
        if (this.buffered.length > 0 || !this.writer)
            await this.writeGroup();
        await this.writer?.finish();
    }
    async writeGroup() {
        const rows = this.buffered;
        this.buffered = [];
        this.kinds ??= this.columns.map((_, c) => this.givenKinds?.[c] ?? inferKind(rows, c));
        const kinds = this.kinds;
        this.writer ??= new hyparquet_writer__WEBPACK_IMPORTED_MODULE_2__/* .ParquetWriter */ .o({
            writer: new SinkByteWriter(this.sink),
            schema: [
                { name: "root", num_children: this.columns.length },
                ...this.columns.map((name, c) => ({
                    name,
                    repetition_type: "OPTIONAL",
                    ...SCHEMA[kinds[c] ?? "json"],
                })),
            ],
            createdBy: "trainyard",
        });
        const data = this.columns.map(() => new Array(rows.length));
        for (let r = 0; r < rows.length; r++) {
            const row = rows[r];
            for (let c = 0; c < kinds.length; c++) {
                const value = row[c];
                const column = data[c];
                if (value === null || value === undefined) {
                    column[r] = null;
                    continue;
                }
                const stored = store(kinds[c] ?? "json", value);
                if (stored === undefined)
                    throw this.mismatch(this.rowsWritten + r + 1, c, value);
                column[r] = stored;
            }
        }
        await this.writer.write({
            columnData: this.columns.map((name, c) => ({ name, data: data[c] })),
            rowGroupSize: Math.max(rows.length, 1),
        });
        this.rowsWritten += rows.length;
    }
    mismatch(row, c, value) {
        const column = this.columns[c] ?? String(c);
        const inferred = this.givenKinds?.[c] === undefined;
        return new _data_error_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL({ file: this.sink.path, row, column }, `row ${row}: column "${column}" holds ${describe(value)}, which a Parquet ${this.kinds?.[c]} column cannot store` +
            (inferred ? " (the type was inferred from the first rows; give the column kinds to the writer)" : ""));
    }
}
/** The value as the column kind stores it, or undefined when the kind cannot hold it. */
function store(kind, value) {
    switch (kind) {
        case "boolean":
            return typeof value === "boolean" ? value : undefined;
        case "integer":
            if (typeof value === "bigint")
                return value;
            return Number.isSafeInteger(value) ? BigInt(value) : undefined;
        case "number":
            if (typeof value === "number")
                return value;
            return typeof value === "bigint" && Number.isSafeInteger(Number(value)) ? Number(value) : undefined;
        case "string":
            return typeof value === "string" ? value : undefined;
        case "timestamp":
            return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
        case "binary":
            return value instanceof Uint8Array ? value : undefined;
        case "json":
            return value;
    }
}
function kindOfValue(value) {
    if (typeof value === "boolean")
        return "boolean";
    if (typeof value === "number")
        return "number";
    if (typeof value === "bigint")
        return "integer";
    if (typeof value === "string")
        return "string";
    if (value instanceof Date)
        return "timestamp";
    if (value instanceof Uint8Array)
        return "binary";
    return "json";
}
function inferKind(rows, column) {
    let numbers = false;
    let fractions = false;
    let bigints = false;
    let other;
    for (const row of rows) {
        const value = row[column];
        if (value === null || value === undefined)
            continue;
        const kind = kindOfValue(value);
        if (kind === "number") {
            numbers = true;
            if (!Number.isInteger(value))
                fractions = true;
        }
        else if (kind === "integer") {
            bigints = true;
        }
        else if (other === undefined) {
            other = kind;
        }
        else if (other !== kind) {
            return "json";
        }
    }
    if (other !== undefined)
        return numbers || bigints ? "json" : other;
    // A 64-bit integer column read back holds numbers where they fit in a double and bigints where they do not.
    if (bigints)
        return fractions ? "number" : "integer";
    return numbers ? "number" : "string";
}
function describe(value) {
    if (typeof value === "string")
        return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? "an invalid date" : "a date";
    if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
        return `the ${typeof value === "bigint" ? "integer" : typeof value} ${String(value)}`;
    }
    return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}


/***/ })

};
