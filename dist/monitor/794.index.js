export const id = 794;
export const ids = [794];
export const modules = {

/***/ 17074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ DEFAULT_PART_BYTES),
/* harmony export */   mM: () => (/* binding */ planParts),
/* harmony export */   on: () => (/* binding */ readPart),
/* harmony export */   qP: () => (/* binding */ endsInsideQuotes)
/* harmony export */ });
/* harmony import */ var _csv_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44366);
/* harmony import */ var _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38594);
/* harmony import */ var _data_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53293);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40089);
/* harmony import */ var _read_csv_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73027);
/* harmony import */ var _read_jsonl_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63801);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(42576);
/* harmony import */ var _row_batch_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(30109);








/** Bytes per part: large enough that the per-part work (starting, merging sketches) is noise. */
const DEFAULT_PART_BYTES = 16 * 1024 * 1024;
/**
 * The Parquet reader (and hyparquet) is loaded when a Parquet file is read, not when this module is: a
 * process or worker that reads only CSV or JSON Lines never evaluates it.
 */
const loadParquetReader = () => Promise.all(/* import() */[__webpack_require__.e(992), __webpack_require__.e(663)]).then(__webpack_require__.bind(__webpack_require__, 27663));
/** The parts of one file, in order. */
async function planParts(path, format, partBytes) {
    if ((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .isGzipped */ .WV)(path))
        return [{ kind: "whole" }];
    if (format === "parquet") {
        const { parquetGroupRanges } = await loadParquetReader();
        const ranges = await parquetGroupRanges(path, partBytes);
        if (ranges.length <= 1)
            return [{ kind: "whole" }];
        return ranges.map(({ from, to }) => ({ kind: "parquet", from, to }));
    }
    const handle = await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .openForRead */ .od)(path);
    try {
        const { size } = await handle.stat();
        const starts = [0];
        for (let nominal = partBytes; nominal < size; nominal += partBytes) {
            const previous = starts[starts.length - 1];
            if (nominal <= previous)
                continue;
            const start = await lineStartFrom(handle, nominal, size);
            if (start === undefined)
                break;
            if (start > previous && start < size)
                starts.push(start);
        }
        return starts.map((start, i) => ({ kind: "text", start, end: starts[i + 1] ?? size }));
    }
    catch (error) {
        throw (0,_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .fileAccessError */ .z9)(path, error);
    }
    finally {
        await handle.close();
    }
}
/** The offset just past the first LF at or after `offset`, or undefined when there is none. */
async function lineStartFrom(handle, offset, size) {
    const window = new Uint8Array(1 << 16);
    for (let at = offset; at < size; at += window.length) {
        const { bytesRead } = await handle.read(window, 0, Math.min(window.length, size - at), at);
        if (bytesRead === 0)
            return undefined;
        const lf = window.subarray(0, bytesRead).indexOf(10);
        if (lf >= 0)
            return at + lf + 1;
    }
    return undefined;
}
/** A CSV part that ends inside a quoted field: its end was not a row boundary (a quoted line break). */
function endsInsideQuotes(error) {
    const cause = error instanceof _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL ? error.cause : error;
    return cause instanceof _csv_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .CsvSyntaxError */ .oC && /never closed/.test(cause.reason);
}
/**
 * Reads one part of a file, calling `onRows` with its rows in order; returns the rows and physical lines it
 * held. With an exact `origin`, errors name the file's own row and line numbers as a whole-file read would;
 * without one (a speculative read), numbers count from the part's start and the caller must not report them
 * (it reads the part again with its origin once the parts before it are known). `columns` is the file's
 * header (CSV, JSON Lines): a part other than the first has none of its own. With `onCsv`, a CSV byte-range
 * part hands its records to `onCsv` instead of `onRows`; with `onParquet`, a Parquet file that decodes
 * column-wise hands its row groups' columns to `onParquet` instead.
 */
async function readPart(path, format, part, columns, origin, onRows, onCsv, onParquet) {
    if (format === "parquet" && onParquet && part.kind !== "text") {
        const [from, to] = part.kind === "parquet" ? [part.from, part.to] : [0, Number.POSITIVE_INFINITY];
        const { readParquetGroupColumns } = await loadParquetReader();
        let rows = 0;
        for await (const group of readParquetGroupColumns(path, from, to)) {
            if (group.columns)
                onParquet(group.columns, group.count, rows + 1);
            else
                onRows(group.rows, rows + 1);
            rows += group.count;
        }
        return { rows, lines: 0 };
    }
    if (part.kind === "whole") {
        let rows = 0;
        const batches = format === "csv"
            ? (0,_read_csv_js__WEBPACK_IMPORTED_MODULE_4__/* .readCsv */ .Nb)(path, _row_batch_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_BATCH_SIZE */ .jg)
            : format === "jsonl"
                ? (0,_read_jsonl_js__WEBPACK_IMPORTED_MODULE_5__/* .readJsonl */ .fl)(path, _row_batch_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_BATCH_SIZE */ .jg, columns)
                : (await loadParquetReader()).readParquet(path, _row_batch_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_BATCH_SIZE */ .jg);
        for await (const batch of batches) {
            if (batch.rows.length > 0)
                onRows(batch.rows, batch.firstRowNumber);
            rows += batch.rows.length;
        }
        return { rows, lines: 0 };
    }
    if (part.kind === "parquet") {
        const { readParquetGroups } = await loadParquetReader();
        let rows = 0;
        for await (const group of readParquetGroups(path, part.from, part.to)) {
            onRows(group.rows, rows + 1);
            rows += group.rows.length;
        }
        return { rows, lines: 0 };
    }
    return format === "csv"
        ? readCsvPart(path, part, columns, origin, onRows, onCsv)
        : readJsonlPart(path, part, columns, origin, onRows);
}
/** The part's bytes decoded as strict UTF-8 in pieces aligned to the whole-file reader's 256 KiB chunks. */
async function* decodePart(path, part) {
    const handle = await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .openForRead */ .od)(path);
    // A part after the first starts after an LF: a character boundary; its U+FEFF, if any, is data.
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: part.start > 0 });
    const buffer = new Uint8Array(_read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .CHUNK_BYTES */ .EC);
    let at = part.start;
    let last = new Uint8Array(0);
    try {
        while (at < part.end) {
            const stop = Math.min(part.end, (Math.floor(at / _read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .CHUNK_BYTES */ .EC) + 1) * _read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .CHUNK_BYTES */ .EC);
            let filled = 0;
            while (filled < stop - at) {
                const { bytesRead } = await handle.read(buffer, filled, stop - at - filled, at + filled);
                if (bytesRead === 0)
                    throw new Error(`the file ended at byte ${at + filled}, before byte ${part.end}`);
                filled += bytesRead;
            }
            const piece = buffer.subarray(0, filled);
            last = piece;
            let text;
            try {
                text = decoder.decode(piece, { stream: true });
            }
            catch {
                throw await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .invalidUtf8 */ .tR)(path, at + (0,_read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .firstInvalidByte */ .iB)(piece));
            }
            at += filled;
            if (text.length > 0)
                yield text;
        }
        let rest;
        try {
            rest = decoder.decode();
        }
        catch {
            throw await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .invalidUtf8 */ .tR)(path, at - (0,_read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .unfinishedTail */ .yB)(last), "the file ends in the middle of a UTF-8 character");
        }
        if (rest.length > 0)
            yield rest;
    }
    catch (error) {
        throw (0,_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .fileAccessError */ .z9)(path, error);
    }
    finally {
        await handle.close();
    }
}
/**
 * The part's bytes in pieces aligned to the whole-file reader's 256 KiB chunks (so errors come in its order).
 * The next piece is read while the caller works on the current one, so the thread never waits for a read
 * between pieces (a read error still surfaces when its piece is asked for, after the pieces before it).
 * Pieces are views of three buffers taken in turn, not new allocations (each fresh 256 KiB buffer cost page
 * faults and old-space GCs): a piece stays intact while the caller works on it and on the piece after it,
 * which is as long as CsvTokenizer keeps a chunk (it copies what it carries over).
 */
async function* partBytes(path, part) {
    const handle = await (0,_read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .openForRead */ .od)(path);
    const buffers = [0, 1, 2].map(() => Buffer.allocUnsafeSlow(_read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .CHUNK_BYTES */ .EC));
    let turn = 0;
    const readPiece = async (at) => {
        const stop = Math.min(part.end, (Math.floor(at / _read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .CHUNK_BYTES */ .EC) + 1) * _read_text_js__WEBPACK_IMPORTED_MODULE_6__/* .CHUNK_BYTES */ .EC);
        const piece = buffers[turn].subarray(0, stop - at);
        turn = (turn + 1) % buffers.length;
        let filled = 0;
        while (filled < piece.length) {
            const { bytesRead } = await handle.read(piece, filled, piece.length - filled, at + filled);
            if (bytesRead === 0)
                throw new Error(`the file ended at byte ${at + filled}, before byte ${part.end}`);
            filled += bytesRead;
        }
        return piece;
    };
    let pending;
    try {
        let at = part.start;
        if (at < part.end)
            pending = readPiece(at);
        while (pending) {
            const piece = await pending;
            pending = undefined;
            at += piece.length;
            if (at < part.end) {
                pending = readPiece(at);
                pending.catch(() => undefined); // awaited on the next turn, or settled below if the caller stops
            }
            yield piece;
        }
    }
    catch (error) {
        throw (0,_data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .fileAccessError */ .z9)(path, error);
    }
    finally {
        if (pending)
            await pending.catch(() => undefined);
        await handle.close();
    }
}
async function readCsvPart(path, part, columns, origin, onRows, onCsv) {
    const base = origin ?? { rows: 0, lines: 0 };
    // A part after the first starts after an LF, at a record boundary past the header; its U+FEFF, if any, is data.
    const tokenizer = part.start > 0
        ? _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvTokenizer */ .YB.forRange(columns, { line: base.lines + 1, rows: base.rows, offset: part.start })
        : new _csv_tokenizer_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvTokenizer */ .YB();
    const startRows = tokenizer.rows;
    const startLine = tokenizer.nextLine;
    const feed = async (bytes, final) => {
        if ((await (0,_read_csv_js__WEBPACK_IMPORTED_MODULE_4__/* .feedCsv */ .NX)(path, tokenizer, bytes, final)) === 0)
            return;
        const firstRow = tokenizer.rows - tokenizer.records + 1 - startRows;
        if (onCsv)
            return onCsv(tokenizer, firstRow);
        const rows = [];
        tokenizer.rowsInto(rows);
        onRows(rows, firstRow);
    };
    for await (const bytes of partBytes(path, part))
        await feed(bytes, false);
    await feed(new Uint8Array(0), true);
    if (tokenizer.header === undefined)
        throw new _data_error_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL({ file: path }, "has no header row (the file is empty or blank)");
    return { rows: tokenizer.rows - startRows, lines: tokenizer.nextLine - startLine };
}
async function readJsonlPart(path, part, columns, origin, onRows) {
    const base = origin ?? { rows: 0, lines: 0 };
    const parser = new _read_jsonl_js__WEBPACK_IMPORTED_MODULE_5__/* .JsonLinesParser */ .zl(path, base);
    let rows = [];
    let first = 1;
    const toRow = (0,_read_jsonl_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonlRowMapper */ .mV)(path, columns, (values) => rows.push(values));
    const flush = () => {
        if (rows.length === 0)
            return;
        onRows(rows, first);
        first += rows.length;
        rows = [];
    };
    for await (const text of decodePart(path, part)) {
        parser.feed(text, false, toRow);
        flush();
    }
    parser.feed("", true, toRow);
    flush();
    return { rows: parser.rows - base.rows, lines: parser.line - 1 - base.lines };
}


/***/ }),

/***/ 73676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ dataThreads),
/* harmony export */   X: () => (/* binding */ DATA_THREADS_ENV),
/* harmony export */   rV: () => (/* binding */ PARALLEL_MIN_BYTES),
/* harmony export */   wT: () => (/* binding */ PARQUET_PARALLEL_MIN_BYTES)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/** How many threads a table pass reads with: a module of its own, so that deciding loads no reader. */

/** Environment variable: threads reading a table's parts; 1 = never use workers, whatever the size. */
const DATA_THREADS_ENV = "TRAINYARD_DATA_THREADS";
/**
 * Below this many bytes of input, one thread reads everything by default: a worker costs ~0.1–0.2 s to
 * start from a bundle (it evaluates the bundle's modules up to this one) and parts are 16 MiB, so smaller
 * inputs have at most a couple of parts to share. Measured: see bench/README.md.
 */
const PARALLEL_MIN_BYTES = 24 * 1024 * 1024;
/**
 * {@link PARALLEL_MIN_BYTES} for input that is all Parquet: its bytes are compressed, so a part (16 MiB,
 * about 4 row groups of 65,536 rows × 20 columns) is ~3× a CSV part's rows, and a file under this size has
 * too few parts for a worker to pay off. Measured on a 2-vCPU machine (bench/validate.mjs data, 1M rows,
 * 73 MiB, 4 parts): 1 thread 1.33–1.40 s wall and 1.7–1.8 s CPU, 2 threads 1.48–1.55 s and 2.5–2.6 s; at
 * 5M rows (364 MiB) 2 threads are faster.
 */
const PARQUET_PARALLEL_MIN_BYTES = 128 * 1024 * 1024;
/** Threads for a pass over `bytes` of input: `requested`, else TRAINYARD_DATA_THREADS, else
 * os.availableParallelism() from `minBytes` (default PARALLEL_MIN_BYTES) on and 1 below. */
function dataThreads(bytes, requested, minBytes = PARALLEL_MIN_BYTES) {
    if (requested !== undefined)
        return Math.max(1, Math.floor(requested));
    const fromEnv = Number(process.env[DATA_THREADS_ENV] ?? Number.NaN);
    if (Number.isInteger(fromEnv) && fromEnv >= 1)
        return fromEnv;
    return bytes >= minBytes ? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() : 1;
}


/***/ }),

/***/ 34794:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DATA_THREADS_ENV: () => (/* reexport safe */ _data_threads_js__WEBPACK_IMPORTED_MODULE_7__.X),
/* harmony export */   PARALLEL_MIN_BYTES: () => (/* reexport safe */ _data_threads_js__WEBPACK_IMPORTED_MODULE_7__.rV),
/* harmony export */   PARQUET_PARALLEL_MIN_BYTES: () => (/* reexport safe */ _data_threads_js__WEBPACK_IMPORTED_MODULE_7__.wT),
/* harmony export */   PASS_LAYOUT: () => (/* binding */ PASS_LAYOUT),
/* harmony export */   columnCheckers: () => (/* binding */ columnCheckers),
/* harmony export */   dataThreads: () => (/* reexport safe */ _data_threads_js__WEBPACK_IMPORTED_MODULE_7__.Kn),
/* harmony export */   passSummary: () => (/* binding */ passSummary),
/* harmony export */   runTablePass: () => (/* binding */ runTablePass)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var _data_read_range_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17074);
/* harmony import */ var _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29649);
/* harmony import */ var _validation_column_checker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50935);
/* harmony import */ var _validation_dataset_checker_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12754);
/* harmony import */ var _validation_parse_typed_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48289);
/* harmony import */ var _workers_worker_entry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58272);
/* harmony import */ var _data_threads_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73676);
/**
 * One pass over a table's files that profiles its columns and/or checks validation rules, using every core.
 *
 * Each file is cut into parts (src/data/read-range.ts: byte ranges of CSV and JSON Lines starting at a line,
 * runs of Parquet row groups; a gzipped file is one part) that depend only on the file's bytes, never on the
 * number of threads. Each part is read, profiled (a ColumnProfiler per column) and checked (a ColumnChecker
 * per rule, a DatasetPartial for the row-spanning rules) on its own, by worker threads and the calling
 * thread when there are several; the calling thread then merges the parts' states in file and part order. So the profile and the
 * report are the same bytes with 1, 2 or 16 threads: a part's statistics never depend on which thread read
 * it, and merging follows the parts' order.
 *
 * Parts after the first of a text file are read speculatively, before the rows and lines ahead of them are
 * known, with numbers counted from the part's start. The calling thread takes the parts in order: a part
 * whose read succeeded starts right where the one before it ended (a row boundary), so its state is used
 * as it is and its numbers are shifted. A part whose read failed is read again here with its exact origin,
 * which reproduces the error a whole-file read gives (same file, row, line and message). One failure is not
 * an error: a CSV part that ends inside a quoted field (its last LF was a line break inside quotes, so the
 * next part's start was no row boundary); that part is read again together with the next one, and so on
 * until a part ends on a row boundary. Which parts merge depends only on the bytes, so this too is the same
 * whatever the number of threads.
 *
 * Workers start where src/workers/worker-entry.ts says (in an ncc bundle: on the bundle's entry, which then
 * loads only this module and what it imports; in a tsc build: on this module's file). This module sees its
 * worker data at the end of its evaluation and then waits for tasks forever (a top-level await), so the
 * program's own code never runs in a worker. A worker that cannot start (e.g. under vitest, which runs TypeScript sources) costs nothing: its
 * parts are read in the calling thread.
 */








/** What a pass's parts are cut by: part of the key of stored checks (a different cut, different sketches). */
const PASS_LAYOUT = { parts: _data_read_range_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PART_BYTES */ .SP, layout: 1 };
/** The column checkers of `rules` over `columns`, in the rules' order (columns that exist only). */
function columnCheckers(spec) {
    const checkers = [];
    for (const [name, rule] of Object.entries(spec.rules?.columns ?? {})) {
        const index = spec.columns.indexOf(name);
        if (index >= 0)
            checkers.push({
                index,
                checker: new _validation_column_checker_js__WEBPACK_IMPORTED_MODULE_3__/* .ColumnChecker */ .q(name, rule, ["validate", "columns", name], spec.now),
            });
    }
    return checkers;
}
/** Reads, profiles and checks one part; throws the reader's DataError. */
async function runPart(task) {
    const { file, spec } = task;
    const profilers = spec.profile ? spec.columns.map((name) => new _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnProfiler */ .kW(name)) : undefined;
    const checkers = spec.rules ? columnCheckers(spec) : [];
    const dataset = spec.rules ? new _validation_dataset_checker_js__WEBPACK_IMPORTED_MODULE_4__/* .DatasetPartial */ .QH(spec.rules, spec.columns, file.role) : undefined;
    const width = spec.columns.length;
    // A CSV part is checked from the tokenizer's bytes: numbers, timestamps and booleans are parsed without a
    // string per value, unique keys are written from the bytes, and only label and leakage columns become
    // strings (allowed and simple patterns too are checked on the bytes: byte-match.ts). Profiles read the
    // bytes too, column by column (ColumnProfiler.addCsvColumn): a string only for a value a column counts
    // among its distinct values for the first time.
    const read = dataset?.columnsRead();
    const keyRow = new Array(width).fill(null);
    const onCsv = (tokenizer, firstRow) => {
        // column by column over the batch (ColumnChecker.observeCsvRecords)
        for (let c = 0; c < checkers.length; c++) {
            const { index, checker } = checkers[c];
            checker.observeCsvRecords(tokenizer, index, firstRow, file.name);
        }
        if (profilers)
            for (let c = 0; c < width; c++)
                profilers[c].addCsvColumn(tokenizer, c);
        if (dataset)
            for (let r = 0; r < tokenizer.records; r++)
                dataset.observeCsv(tokenizer, r, keyRow);
    };
    // A Parquet row group is taken column by column from typed arrays (parquet-columns.ts): each profiler and
    // checker sees its column's values in row order, as from rows, without a row array or a Date, BigInt or
    // string per cell where its work does not need one.
    const onParquet = (columns, count, firstRow) => {
        if (profilers)
            for (let c = 0; c < width; c++)
                profileColumn(profilers[c], columns[c], count);
        for (let c = 0; c < checkers.length; c++) {
            const { index, checker } = checkers[c];
            checkColumn(checker, columns[index], count, firstRow, file.name);
        }
        if (!dataset)
            return;
        // unique keys of one number column each (an id): written from the typed arrays, without a row per row
        const numberKeys = dataset.observeNumberKeys(count, (index) => {
            const column = columns[index];
            return column?.kind === "number" && !column.big ? column : undefined;
        });
        if (numberKeys)
            return;
        for (let r = 0; r < count; r++) {
            if (read)
                for (let i = 0; i < read.length; i++) {
                    const c = read[i];
                    keyRow[c] = columns[c]?.value(r);
                }
            else
                for (let c = 0; c < width; c++)
                    keyRow[c] = columns[c]?.value(r);
            dataset.observe(keyRow);
        }
    };
    const { rows, lines } = await (0,_data_read_range_js__WEBPACK_IMPORTED_MODULE_1__/* .readPart */ .on)(file.path, file.format, task.part, spec.columns, task.origin, (batch, firstRow) => {
        for (let r = 0; r < batch.length; r++) {
            const row = batch[r];
            if (profilers)
                for (let c = 0; c < width; c++)
                    profilers[c].add(row[c]);
            for (let c = 0; c < checkers.length; c++) {
                const { index, checker } = checkers[c];
                checker.observe(row[index], firstRow + r, file.name);
            }
            dataset?.observe(row);
        }
    }, onCsv, onParquet);
    return {
        rows,
        lines,
        ...(profilers ? { profiles: profilers.map((profiler) => profiler.toJSON()) } : {}),
        ...(spec.rules ? { checkers: checkers.map(({ checker }) => checker.toJSON()) } : {}),
        ...(dataset ? { dataset: dataset.toJSON() } : {}),
    };
}
function profileColumn(profiler, column, count) {
    if (!column) {
        profiler.addNulls(count);
        return;
    }
    if (column.kind === "time") {
        for (let r = 0; r < count; r++) {
            const k = column.index(r);
            if (k < 0)
                profiler.add(null);
            else
                profiler.addTimestampMs(column.numbers[k]);
        }
        return;
    }
    for (let r = 0; r < count; r++)
        profiler.add(column.value(r));
}
function checkColumn(checker, column, count, firstRow, file) {
    // A null only counts (rows, nulls), whatever its place among the rows: nulls are counted and added at the end.
    if (!column) {
        checker.observeNulls(count);
        return;
    }
    if (column.kind === "time") {
        checker.observeTimes(column.numbers, column.at, count, firstRow, file);
        return;
    }
    if (column.kind === "string" && checker.presenceOnly()) {
        checkPresence(checker, column, count);
        return;
    }
    if (column.kind === "number" && !column.big) {
        checker.observeNumbers(column.numbers, column.at, count, firstRow, file);
        return;
    }
    if (column.kind === "boolean" || (column.kind === "string" && column.codes)) {
        checkRepeated(checker, column, count, firstRow, file);
        return;
    }
    for (let r = 0; r < count; r++)
        checker.observe(column.value(r), firstRow + r, file);
}
/**
 * checkColumn of a string column whose rule only tells null from present (ColumnChecker.presenceOnly): each
 * row's `observePresence(blank)`, counted here and added in two calls (observeNulls for the blank ones,
 * observePassing for the others: the same counts). A dictionary entry is judged once.
 */
function checkPresence(checker, column, count) {
    const codes = column.codes;
    // per dictionary entry: 0 not judged yet, 1 present, 2 blank
    const verdicts = new Uint8Array(column.dictionaryBytes.length);
    let blanks = 0;
    for (let r = 0; r < count; r++) {
        const k = column.index(r);
        if (k < 0) {
            blanks++;
            continue;
        }
        const code = codes[k];
        if (code < 0) {
            if (!column.surelyText(k) && (0,_validation_parse_typed_js__WEBPACK_IMPORTED_MODULE_5__/* .isNull */ .kZ)(column.text(k)))
                blanks++;
            continue;
        }
        let verdict = verdicts[code];
        if (verdict === 0) {
            verdict = !column.surelyText(k) && (0,_validation_parse_typed_js__WEBPACK_IMPORTED_MODULE_5__/* .isNull */ .kZ)(column.text(k)) ? 2 : 1;
            verdicts[code] = verdict;
        }
        if (verdict === 2)
            blanks++;
    }
    checker.observeNulls(blanks);
    checker.observePassing(count - blanks);
}
/**
 * checkColumn of a boolean column or a string column: each boolean and each dictionary string is judged once
 * (ColumnChecker.passes, on the entry's bytes where passesBytes decides); the rows of values that pass, and
 * nulls, are only counted, and only the other rows are observed, in row order (so the samples are those of a
 * row-by-row pass). Plain (non-dictionary) strings are judged one by one, on their bytes where passesBytes
 * decides, else as text.
 */
function checkRepeated(checker, column, count, firstRow, file) {
    const boolean = column.kind === "boolean";
    const codes = column.codes;
    const numbers = column.numbers;
    const entries = column.dictionaryBytes;
    const plain = column.bytes;
    // per boolean (0/1) or dictionary entry: 0 not judged yet, 1 passes, 2 observe each row
    const verdicts = new Uint8Array(boolean ? 2 : entries.length);
    let nulls = 0;
    let passing = 0;
    for (let r = 0; r < count; r++) {
        const k = column.index(r);
        if (k < 0) {
            nulls++;
            continue;
        }
        const code = boolean ? numbers[k] : codes[k];
        if (code < 0) {
            // a plain string: judged on its bytes where that is exact (passesBytes), else observed as text
            const ranges = plain;
            const b = ranges.which[k];
            if (checker.passesBytes(ranges.buffers[b], ranges.start[k], ranges.end[k]) === true)
                passing++;
            else
                checker.observe(column.text(k), firstRow + r, file);
            continue;
        }
        let verdict = verdicts[code];
        if (verdict === 0) {
            let passes;
            if (boolean)
                passes = checker.passes(code === 1);
            else {
                const b = entries.which[code];
                passes =
                    checker.passesBytes(entries.buffers[b], entries.start[code], entries.end[code]) ?? checker.passes(column.text(k));
            }
            verdict = passes ? 1 : 2;
            verdicts[code] = verdict;
        }
        if (verdict === 1)
            passing++;
        else
            checker.observe(column.value(r), firstRow + r, file);
    }
    checker.observeNulls(nulls);
    checker.observePassing(passing);
}
/** Profiles and/or checks every row of `files`, in parallel where it pays; see the module comment. */
async function runTablePass(files, spec, options) {
    const partBytes = options.partBytes ?? _data_read_range_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PART_BYTES */ .SP;
    const plans = await Promise.all(files.map((file) => (0,_data_read_range_js__WEBPACK_IMPORTED_MODULE_1__/* .planParts */ .mM)(file.path, file.format, partBytes)));
    const tasks = [];
    plans.forEach((parts, f) => {
        parts.forEach((part) => {
            tasks.push({ key: tasks.length, file: files[f], part, spec });
        });
    });
    // The calling thread reads parts too, so `threads` threads read in all. Parts are merged as soon as the
    // ones before them are, so only the parts read ahead of the merge are held.
    const workerCount = Math.max(0, Math.min(options.threads, tasks.length) - 1);
    const results = new PartResults();
    const { signal } = options;
    signal?.throwIfAborted();
    const hereAfter = gate(options.hereAfter, signal);
    const pool = workerCount > 0 ? startPool(tasks, workerCount, results, hereAfter, signal) : undefined;
    if (!pool)
        results.close();
    const stop = () => {
        void pool?.stop();
        results.close();
    };
    signal?.addEventListener("abort", stop, { once: true });
    try {
        await hereAfter;
        return await mergeParts(files, plans, spec, options, results, workerCount, tasks.length);
    }
    finally {
        signal?.removeEventListener("abort", stop);
        await pool?.stop();
    }
}
/** Settles when `after` does, or rejects with the signal's reason once it is aborted, whichever comes first. */
function gate(after, signal) {
    const settled = (after ?? Promise.resolve()).then(() => undefined, () => undefined);
    if (!signal)
        return settled;
    const aborted = new Promise((_, reject) => {
        if (signal.aborted)
            reject(signal.reason);
        else
            signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    });
    aborted.catch(() => undefined);
    return Promise.race([settled, aborted]);
}
async function mergeParts(files, plans, spec, options, results, workerCount, partCount) {
    let profilers;
    const checkers = spec.rules ? columnCheckers(spec).map(({ checker }) => checker) : undefined;
    const dataset = spec.rules ? new _validation_dataset_checker_js__WEBPACK_IMPORTED_MODULE_4__/* .DatasetChecker */ .YG(spec.rules, spec.columns) : undefined;
    const fileRows = [];
    let partsHere = 0;
    let key = 0;
    for (const [f, parts] of plans.entries()) {
        const file = files[f];
        const origin = { rows: 0, lines: 0 };
        for (let i = 0; i < parts.length;) {
            let j = i;
            let part = parts[i];
            const found = await results.take(key + i);
            let state = found?.ok ? found.state : undefined;
            while (!state) {
                options.signal?.throwIfAborted();
                try {
                    partsHere++;
                    state = await runPart({ key: -1, file, part, origin: { ...origin }, spec });
                }
                catch (error) {
                    const next = parts[j + 1];
                    if (part.kind !== "text" || next?.kind !== "text" || !(0,_data_read_range_js__WEBPACK_IMPORTED_MODULE_1__/* .endsInsideQuotes */ .qP)(error))
                        throw error;
                    j++;
                    part = { kind: "text", start: part.start, end: next.end };
                }
            }
            if (state.profiles) {
                if (!profilers)
                    profilers = state.profiles.map((profile) => _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnProfiler */ .kW.fromJSON(profile));
                else
                    state.profiles.forEach((profile, c) => {
                        profilers?.[c]?.merge(_stats_column_profile_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnProfiler */ .kW.fromJSON(profile));
                    });
            }
            state.checkers?.forEach((checker, c) => {
                checkers?.[c]?.merge(checker, origin.rows);
            });
            if (state.dataset)
                dataset?.merge(state.dataset, origin.rows + 1, file.name, file.role);
            origin.rows += state.rows;
            origin.lines += state.lines;
            i = j + 1;
        }
        key += parts.length;
        fileRows.push(origin.rows);
    }
    const rows = fileRows.reduce((sum, count) => sum + count, 0);
    if (spec.profile && !profilers)
        profilers = spec.columns.map((name) => new _stats_column_profile_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnProfiler */ .kW(name));
    return {
        rows,
        fileRows,
        ...(profilers ? { profiles: profilers.map((profiler) => profiler.profile()) } : {}),
        ...(checkers ? { columnCheckers: checkers } : {}),
        ...(dataset ? { dataset } : {}),
        run: {
            threads: options.threads,
            workers: workerCount,
            parts: partCount,
            partsHere,
        },
    };
}
/** One log line on how a pass ran. */
function passSummary(pass) {
    const { parts, workers, partsHere } = pass.run;
    const where = workers > 0
        ? `${workers} worker thread(s)${partsHere > 0 ? `, ${partsHere} read again in this thread` : ""}`
        : "this thread";
    return `read ${pass.rows} rows in ${parts} part(s) on ${where}`;
}
// ---------------------------------------------------------------------------------------------------
// Workers
const WORKER_KEY = "trainyardTablePassWorker";
/** Results of parts as they come, taken in order by the merge; `take` gives undefined once none can come. */
class PartResults {
    ready = new Map();
    waiting = new Map();
    closed = false;
    set(result) {
        const waiter = this.waiting.get(result.key);
        if (waiter) {
            this.waiting.delete(result.key);
            waiter(result);
        }
        else
            this.ready.set(result.key, result);
    }
    take(key) {
        const result = this.ready.get(key);
        if (result) {
            this.ready.delete(key);
            return Promise.resolve(result);
        }
        if (this.closed)
            return Promise.resolve(undefined);
        return new Promise((resolve) => this.waiting.set(key, resolve));
    }
    /** No more results: whoever waits gets undefined (its part is then read by the merge itself). */
    close() {
        this.closed = true;
        for (const waiter of this.waiting.values())
            waiter(undefined);
        this.waiting.clear();
    }
}
/**
 * Hands the tasks to `count` workers and this thread, each taking the next task when it finishes one. Tasks
 * a worker could not finish (it failed to start, crashed, or the read failed) get no successful result.
 */
function startPool(tasks, count, results, hereAfter, signal) {
    let next = 0;
    const workers = [];
    const ended = [];
    for (let w = 0; w < count; w++) {
        let worker;
        try {
            worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker((0,_workers_worker_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .workerFile */ .Tv)(import.meta.url), {
                workerData: { [WORKER_KEY]: true, ...(0,_workers_worker_entry_js__WEBPACK_IMPORTED_MODULE_6__/* .workerModule */ .Fh)("table-pass") },
                // whatever a bundle's modules print while the worker evaluates them stays out of our output
                stdout: true,
                stderr: true,
            });
        }
        catch {
            continue;
        }
        workers.push(worker);
        ended.push(new Promise((done) => {
            // Tasks sent and not answered, in the order the worker reads them.
            const sent = [];
            const give = () => {
                // Two ahead while many remain, so the worker starts its next part as it ends one instead of
                // waiting for this thread (busy reading a part of its own) to answer; one near the end, so that no
                // part waits in a queue while another thread has none.
                const ahead = tasks.length - next > 2 * (count + 1) ? 2 : 1;
                while (sent.length < ahead && next < tasks.length) {
                    const key = next++;
                    sent.push(key);
                    worker.postMessage(tasks[key]);
                }
                if (sent.length === 0)
                    done();
            };
            worker.on("message", (result) => {
                sent.splice(sent.indexOf(result.key), 1);
                results.set(result);
                give();
            });
            // a worker that cannot start or dies: its tasks get failed results and are read by the merge
            const failed = () => {
                for (const key of sent.splice(0))
                    results.set({ key, ok: false });
                done();
            };
            worker.on("error", failed);
            worker.on("exit", failed);
            give();
        }));
    }
    // This thread reads parts as well; its reads are speculative too (the origin comes later).
    const here = (async () => {
        await hereAfter.catch(() => undefined);
        while (next < tasks.length && !signal?.aborted) {
            const task = tasks[next++];
            results.set(await runPart(task).then((state) => ({ key: task.key, ok: true, state }), () => ({ key: task.key, ok: false })));
        }
    })();
    const all = Promise.all([here, ...ended]).then(() => results.close());
    return {
        stop: async () => {
            next = tasks.length;
            for (const worker of workers)
                worker.terminate().catch(() => undefined);
            results.close();
            await all.catch(() => undefined);
        },
    };
}
function transfersOf(state) {
    return state.dataset ? (0,_validation_dataset_checker_js__WEBPACK_IMPORTED_MODULE_4__/* .partialTransfers */ .AS)(state.dataset) : [];
}
function isWorkerData(data) {
    return typeof data === "object" && data !== null && data[WORKER_KEY] === true;
}
// A worker started by runInWorkers: take tasks until terminated; never return to the rest of the file (in a
// bundle: the entry point).
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort && isWorkerData(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData)) {
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort;
    // Parts are read one at a time, in the order they came (the pool sends up to two ahead).
    const queue = [];
    let reading = false;
    const readNext = async () => {
        reading = true;
        for (let task = queue.shift(); task; task = queue.shift()) {
            const key = task.key;
            await runPart(task).then((state) => port.postMessage({ key, ok: true, state }, transfersOf(state)), () => port.postMessage({ key, ok: false }));
        }
        reading = false;
    };
    port.on("message", (task) => {
        queue.push(task);
        if (!reading)
            void readNext();
    });
    await new Promise(() => undefined);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 12754:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YG: () => (/* binding */ DatasetChecker),
  QH: () => (/* binding */ DatasetPartial),
  AS: () => (/* binding */ partialTransfers)
});

// EXTERNAL MODULE: ./.cache/build/lib/validation/check-result.js
var check_result = __webpack_require__(5761);
// EXTERNAL MODULE: ./.cache/build/lib/validation/column-checker.js + 1 modules
var column_checker = __webpack_require__(50935);
;// CONCATENATED MODULE: ./.cache/build/lib/validation/key-set.js
/**
 * Exact sets of row keys for `unique` and `leakage`, on fixed-width hashes instead of composite strings.
 *
 * A key (some columns of a row, or the whole row) is written as a compact canonical record: per value a type
 * tag and its payload (text as one byte per UTF-16 code unit below 0x80 and three bytes otherwise, ended by
 * 0x81; numbers and timestamps as their 8 IEEE-754 bytes; booleans as one byte; null as the tag alone). Two
 * keys are equal exactly when their records are byte-equal: `"1"` (text) and `1` (a number) differ, `0` and
 * `-0` do not, and a null is never equal to an empty string only because CSV gives both as null.
 *
 * The set is open addressing over a Uint32Array of entry numbers; each entry keeps a 64-bit hash of its
 * record (two 32-bit lanes, cyrb53's mixing without the truncation) and the record itself in a byte arena.
 * A lookup compares the 64-bit hash first and then the record's bytes, so a hash collision is detected and
 * the two keys stay apart: collisions are checked, never assumed away. Memory: about 24 bytes per distinct
 * key for the table and the entry arrays plus the record (for a one-column text key, its length plus 2).
 *
 * A key that is one text value in canonical decimal form (an id column read from CSV: "1042", not "01042"
 * or "1e3") is kept as its integer instead: in a bitmap while the integers are dense, else in a table of
 * integers (4 bytes a slot below 2^32, at most 3/4 full). Such records and integers correspond one to one,
 * so this too is exact. A key that is one number with a safe integer value (an INT64 or INT32 id column read
 * from Parquet) is kept likewise, in integer sets of its own (one for x ≥ 0, one for −x when x < 0): a
 * number record is its 8 IEEE-754 bytes (−0 written as 0), so equal integers are equal records, and the
 * number 7 stays apart from the text "7" as its record does.
 *
 * Records made in a worker ({@link KeyRecords}: the arena, the offsets and the hashes of its rows, all
 * typed arrays, so they move between threads without copying) are inserted into one set by the calling
 * thread, in row order, which makes the result the same whatever the number of threads.
 */
const TAG_NULL = 0;
const TAG_TEXT = 1;
const TAG_NUMBER = 2;
const TAG_BOOLEAN = 3;
const TAG_BIGINT = 4;
const TAG_DATE = 5;
const TAG_JSON = 6;
const ESCAPE = 0x80;
const END = 0x81;
const scratch = new DataView(new ArrayBuffer(8));
/** Digits of a text key kept as its integer (see {@link canonicalInteger}): below 2^53, so exact. */
const MAX_DIGITS = 15;
/**
 * The integer a record stands for when it is one text value in canonical decimal form (digits only, no
 * leading zero unless it is "0", at most 15 digits), else -1. Canonical forms and integers correspond one
 * to one, so such records are equal exactly when their integers are: the set keeps the integer instead.
 */
function canonicalInteger(bytes, from, to) {
    const digits = to - from - 2;
    if (digits < 1 || digits > MAX_DIGITS || bytes[from] !== TAG_TEXT || bytes[to - 1] !== END)
        return -1;
    if (digits > 1 && bytes[from + 1] === 0x30)
        return -1;
    let value = 0;
    for (let i = from + 1; i < to - 1; i++) {
        const digit = bytes[i] - 0x30;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
/**
 * The number a record stands for when it is one number value whose value is a safe integer, else NaN: such
 * records are equal exactly when their numbers are (writeFloat writes −0 as 0).
 */
function safeIntegerNumber(bytes, from, to) {
    if (to - from !== 9 || bytes[from] !== TAG_NUMBER)
        return Number.NaN;
    // the 8 big-endian bytes, as two 32-bit words
    scratch.setInt32(0, (bytes[from + 1] << 24) |
        (bytes[from + 2] << 16) |
        (bytes[from + 3] << 8) |
        bytes[from + 4]);
    scratch.setInt32(4, (bytes[from + 5] << 24) |
        (bytes[from + 6] << 16) |
        (bytes[from + 7] << 8) |
        bytes[from + 8]);
    const value = scratch.getFloat64(0);
    return Number.isSafeInteger(value) ? value : Number.NaN;
}
const TWO_32 = 4294967296;
/**
 * An exact set of integers in [0, 2^53): a bitmap while they are dense, then open addressing with linear
 * probing, the integers themselves in
 * the table (below 2^32 − 1 as value + 1 in a Uint32Array, 0 = empty; larger ones in a Float64Array, −1 =
 * empty). A slot is found by a multiplicative hash and the stored integer is compared in full, so there is
 * nothing to collide. 4 bytes a slot (8 for the large ones), at most 3/4 full.
 */
class IntegerSet {
    /**
     * While the integers are dense (ids counted from 0 or 1), a bitmap of [0, 8 × its length) holds them
     * instead: kept while its bytes stay within 4 a key (+ 64 KiB), else moved into the tables for good.
     */
    bits = new Uint8Array(1 << 12);
    bitCount = 0;
    small = new Uint32Array(1 << 10);
    smallBits = 10;
    smallCount = 0;
    large;
    largeBits = 10;
    largeCount = 0;
    get count() {
        return this.bitCount + this.smallCount + this.largeCount;
    }
    has(value, insert) {
        const bits = this.bits;
        if (bits) {
            if (value < bits.length * 8) {
                const at = value >>> 3;
                const mask = 1 << (value & 7);
                if ((bits[at] & mask) !== 0)
                    return true;
                if (insert) {
                    bits[at] = bits[at] | mask;
                    this.bitCount++;
                }
                return false;
            }
            // beyond the bitmap, so not in the set
            if (!insert)
                return false;
            let length = bits.length * 2;
            while (length * 8 <= value)
                length *= 2;
            if (length <= 4 * (this.bitCount + 1) + (1 << 16)) {
                const grown = new Uint8Array(length);
                grown.set(bits);
                this.bits = grown;
                return this.has(value, insert);
            }
            this.leaveBitmap();
        }
        return value < TWO_32 - 1 ? this.hasSmall(value, insert) : this.hasLarge(value, insert);
    }
    /** Moves the bitmap's integers into the table (the integers have become too sparse for it). */
    leaveBitmap() {
        const bits = this.bits;
        this.bits = undefined;
        this.bitCount = 0;
        for (let at = 0; at < bits.length; at++) {
            const byte = bits[at];
            if (byte === 0)
                continue;
            for (let bit = 0; bit < 8; bit++)
                if ((byte & (1 << bit)) !== 0)
                    this.hasSmall(at * 8 + bit, true);
        }
    }
    hasSmall(value, insert) {
        const stored = value + 1;
        const table = this.small;
        const mask = table.length - 1;
        let slot = Math.imul(value, 0x9e3779b1) >>> (32 - this.smallBits);
        for (;;) {
            const entry = table[slot];
            if (entry === 0)
                break;
            if (entry === stored)
                return true;
            slot = (slot + 1) & mask;
        }
        if (!insert)
            return false;
        table[slot] = stored;
        if (++this.smallCount * 4 > table.length * 3)
            this.growSmall();
        return false;
    }
    growSmall() {
        const old = this.small;
        this.smallBits++;
        const table = new Uint32Array(1 << this.smallBits);
        const mask = table.length - 1;
        for (let i = 0; i < old.length; i++) {
            const stored = old[i];
            if (stored === 0)
                continue;
            let slot = Math.imul(stored - 1, 0x9e3779b1) >>> (32 - this.smallBits);
            while (table[slot] !== 0)
                slot = (slot + 1) & mask;
            table[slot] = stored;
        }
        this.small = table;
    }
    static largeSlot(value, bits) {
        const low = value % TWO_32;
        const high = (value - low) / TWO_32;
        return Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> (32 - bits);
    }
    hasLarge(value, insert) {
        if (!this.large)
            this.large = new Float64Array(1 << this.largeBits).fill(-1);
        const table = this.large;
        const mask = table.length - 1;
        let slot = IntegerSet.largeSlot(value, this.largeBits);
        for (;;) {
            const entry = table[slot];
            if (entry === -1)
                break;
            if (entry === value)
                return true;
            slot = (slot + 1) & mask;
        }
        if (!insert)
            return false;
        table[slot] = value;
        if (++this.largeCount * 4 > table.length * 3) {
            this.largeBits++;
            const grown = new Float64Array(1 << this.largeBits).fill(-1);
            const grownMask = grown.length - 1;
            for (let i = 0; i < table.length; i++) {
                const entry = table[i];
                if (entry === -1)
                    continue;
                let to = IntegerSet.largeSlot(entry, this.largeBits);
                while (grown[to] !== -1)
                    to = (to + 1) & grownMask;
                grown[to] = entry;
            }
            this.large = grown;
        }
        return false;
    }
}
/** A growing byte buffer that canonical records are written to. */
class ByteArena {
    bytes;
    length = 0;
    constructor(capacity = 1 << 12) {
        this.bytes = new Uint8Array(capacity);
    }
    reserve(extra) {
        if (this.length + extra <= this.bytes.length)
            return;
        let capacity = this.bytes.length * 2;
        while (capacity < this.length + extra)
            capacity *= 2;
        const grown = new Uint8Array(capacity);
        grown.set(this.bytes.subarray(0, this.length));
        this.bytes = grown;
    }
}
function writeText(arena, text) {
    arena.reserve(text.length * 3 + 1);
    const bytes = arena.bytes;
    let at = arena.length;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unit < 0x80)
            bytes[at++] = unit;
        else {
            bytes[at++] = ESCAPE;
            bytes[at++] = unit >>> 8;
            bytes[at++] = unit & 0xff;
        }
    }
    bytes[at++] = END;
    arena.length = at;
}
function writeFloat(arena, x) {
    arena.reserve(8);
    scratch.setFloat64(0, x === 0 ? 0 : x);
    for (let i = 0; i < 8; i++)
        arena.bytes[arena.length++] = scratch.getUint8(i);
}
function writeValue(arena, value) {
    arena.reserve(2);
    if (value === null || value === undefined) {
        arena.bytes[arena.length++] = TAG_NULL;
        return;
    }
    switch (typeof value) {
        case "string":
            arena.bytes[arena.length++] = TAG_TEXT;
            writeText(arena, value);
            return;
        case "number":
            arena.bytes[arena.length++] = TAG_NUMBER;
            writeFloat(arena, Number.isNaN(value) ? Number.NaN : value);
            return;
        case "boolean":
            arena.bytes[arena.length++] = TAG_BOOLEAN;
            arena.bytes[arena.length++] = value ? 1 : 0;
            return;
        case "bigint":
            arena.bytes[arena.length++] = TAG_BIGINT;
            writeText(arena, value.toString());
            return;
        default:
            if (value instanceof Date) {
                arena.bytes[arena.length++] = TAG_DATE;
                writeFloat(arena, value.getTime());
                return;
            }
            arena.bytes[arena.length++] = TAG_JSON;
            writeText(arena, JSON.stringify(value, (_key, item) => (typeof item === "bigint" ? item.toString() : item)) ?? "");
    }
}
/** 64 bits of cyrb53's mixing over bytes: [low lane, high lane]. */
function hashBytes(bytes, from, to, out, at) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = from; i < to; i++) {
        const byte = bytes[i];
        h1 = Math.imul(h1 ^ byte, 2654435761);
        h2 = Math.imul(h2 ^ byte, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    out[at] = h1 >>> 0;
    out[at + 1] = h2 >>> 0;
}
/** The readable form of a record, for report samples: values joined by ", " (a null shows as U+0000). */
function describeRecord(bytes, from, to) {
    const parts = [];
    let at = from;
    const readText = () => {
        let text = "";
        while (at < to && bytes[at] !== END) {
            const byte = bytes[at];
            if (byte === ESCAPE) {
                text += String.fromCharCode((bytes[at + 1] << 8) | bytes[at + 2]);
                at += 3;
            }
            else {
                text += String.fromCharCode(byte);
                at++;
            }
        }
        at++;
        return text;
    };
    const readFloat = () => {
        for (let i = 0; i < 8; i++)
            scratch.setUint8(i, bytes[at + i]);
        at += 8;
        return scratch.getFloat64(0);
    };
    while (at < to) {
        const tag = bytes[at++];
        switch (tag) {
            case TAG_NULL:
                parts.push("\u0000");
                break;
            case TAG_NUMBER:
                parts.push(String(readFloat()));
                break;
            case TAG_BOOLEAN:
                parts.push(bytes[at++] === 1 ? "true" : "false");
                break;
            case TAG_DATE: {
                const time = readFloat();
                parts.push(Number.isNaN(time) ? "Invalid Date" : new Date(time).toISOString());
                break;
            }
            default:
                parts.push(readText());
        }
    }
    return parts.join(", ");
}
/** Builds {@link KeyRecordsJSON}: one record per `add`, keys of `indexes` (or the whole row). */
class KeyRecords {
    indexes;
    arena = new ByteArena();
    offsets = new Uint32Array(1024);
    count = 0;
    /**
     * safeIntegerNumber of each record while every record came from `addNumbers` (undefined before the first
     * record), null once another kind of record was added.
     */
    integers;
    constructor(indexes) {
        this.indexes = indexes;
    }
    /** Room in `offsets` for one more record's end. */
    reserveRecord() {
        if (this.count + 2 > this.offsets.length) {
            const grown = new Uint32Array(this.offsets.length * 2);
            grown.set(this.offsets);
            this.offsets = grown;
        }
    }
    add(row) {
        this.integers = null;
        this.reserveRecord();
        this.offsets[this.count] = this.arena.length;
        const indexes = this.indexes;
        if (indexes)
            for (let i = 0; i < indexes.length; i++)
                writeValue(this.arena, row[indexes[i]]);
        else
            for (let i = 0; i < row.length; i++)
                writeValue(this.arena, row[i]);
        this.count++;
        this.offsets[this.count] = this.arena.length;
    }
    /**
     * `add(row)` where the row's key fields are `tokenizer.text(record, field)`, written from the field's
     * bytes when they are ASCII without a doubled quote (then writeText's record is those bytes: one byte per
     * code unit below 0x80), else from the text.
     */
    addCsv(tokenizer, record) {
        const indexes = this.indexes;
        if (!indexes)
            throw new Error("addCsv needs the key's column indexes");
        this.integers = null;
        this.reserveRecord();
        this.offsets[this.count] = this.arena.length;
        const arena = this.arena;
        const base = record * tokenizer.width;
        for (let i = 0; i < indexes.length; i++) {
            const at = base + indexes[i];
            const from = tokenizer.starts[at];
            const to = tokenizer.ends[at];
            const bytes = tokenizer.bytes;
            let ascii = tokenizer.escaped[at] !== 1;
            for (let b = from; ascii && b < to; b++)
                if (bytes[b] >= 0x80)
                    ascii = false;
            if (from === to || !ascii) {
                writeValue(arena, tokenizer.text(record, indexes[i]));
                continue;
            }
            arena.reserve(to - from + 2);
            const out = arena.bytes;
            let length = arena.length;
            out[length++] = TAG_TEXT;
            for (let b = from; b < to; b++)
                out[length++] = bytes[b];
            out[length++] = END;
            arena.length = length;
        }
        this.count++;
        this.offsets[this.count] = this.arena.length;
    }
    /**
     * `add(row)` for `count` rows whose key is one number column: row r's value is `numbers[k]` with
     * k = at[r] (r when `at` is undefined), null where k < 0. The records are written as writeValue writes a
     * number or a null, without a row or a value per row.
     */
    addNumbers(numbers, at, count) {
        if (this.indexes?.length !== 1)
            throw new Error("addNumbers needs a key of one column");
        let offsets = this.offsets;
        if (this.count + count + 1 > offsets.length) {
            let length = offsets.length * 2;
            while (this.count + count + 1 > length)
                length *= 2;
            offsets = new Uint32Array(length);
            offsets.set(this.offsets);
            this.offsets = offsets;
        }
        let integers = this.integers;
        if (integers !== null) {
            if (integers === undefined || integers.length < offsets.length) {
                const grown = new Float64Array(offsets.length);
                if (integers)
                    grown.set(integers);
                integers = grown;
                this.integers = integers;
            }
        }
        const arena = this.arena;
        arena.reserve(9 * count);
        const out = arena.bytes;
        let length = arena.length;
        let n = this.count;
        for (let r = 0; r < count; r++) {
            const k = at === undefined ? r : at[r];
            if (integers)
                integers[n] = k >= 0 && Number.isSafeInteger(numbers[k]) ? numbers[k] + 0 : Number.NaN;
            offsets[n++] = length;
            if (k < 0) {
                out[length++] = TAG_NULL;
                continue;
            }
            const x = numbers[k];
            out[length++] = TAG_NUMBER;
            // writeFloat: big-endian IEEE-754, −0 as 0 (and NaN as the one NaN writeValue writes)
            scratch.setFloat64(0, x === 0 ? 0 : Number.isNaN(x) ? Number.NaN : x);
            const high = scratch.getInt32(0);
            const low = scratch.getInt32(4);
            out[length] = high >>> 24;
            out[length + 1] = high >>> 16;
            out[length + 2] = high >>> 8;
            out[length + 3] = high;
            out[length + 4] = low >>> 24;
            out[length + 5] = low >>> 16;
            out[length + 6] = low >>> 8;
            out[length + 7] = low;
            length += 8;
        }
        offsets[n] = length;
        arena.length = length;
        this.count = n;
    }
    /** Adds an empty record, which stands for "no key" (a null leakage key); see {@link isAbsent}. */
    addAbsent() {
        this.integers = null;
        this.reserveRecord();
        this.offsets[this.count] = this.arena.length;
        this.count++;
        this.offsets[this.count] = this.arena.length;
    }
    toJSON() {
        const hashes = new Uint32Array(this.count * 2);
        const bytes = this.arena.bytes;
        const integers = this.integers;
        for (let i = 0; i < this.count; i++) {
            const from = this.offsets[i];
            const to = this.offsets[i + 1];
            // a KeySet keeps these as integers and never reads their hash
            if (integers) {
                if (!Number.isNaN(integers[i]))
                    continue;
            }
            else if (canonicalInteger(bytes, from, to) >= 0 || !Number.isNaN(safeIntegerNumber(bytes, from, to)))
                continue;
            hashBytes(bytes, from, to, hashes, 2 * i);
        }
        return {
            count: this.count,
            bytes: bytes.slice(0, this.arena.length),
            offsets: this.offsets.slice(0, this.count + 1),
            hashes,
            ...(integers ? { integers: integers.slice(0, this.count) } : {}),
        };
    }
}
/** Record i was added with `addAbsent` (a real record holds at least one tag byte). */
function isAbsent(records, i) {
    return records.offsets[i] === records.offsets[i + 1];
}
/** An exact set of records (see the module comment). */
class KeySet {
    table = new Uint32Array(1 << 10);
    mask = (1 << 10) - 1;
    size = 0;
    hashes = new Uint32Array(1 << 10);
    starts = new Uint32Array(1 << 9);
    ends = new Uint32Array(1 << 9);
    arena = new ByteArena(1 << 14);
    /** Hash hits whose records differed: collisions found and kept apart (for tests and diagnostics). */
    collisions = 0;
    /** Keys that are one canonical decimal integer as text (an id column), kept as the integer. */
    integers = new IntegerSet();
    /** Keys that are one number with a safe integer value x: x ≥ 0 here, −x in `negatives` when x < 0. */
    numbers = new IntegerSet();
    negatives = new IntegerSet();
    get count() {
        return this.size + this.integers.count + this.numbers.count + this.negatives.count;
    }
    /**
     * Record `i` of `records`: true when an equal record is already in the set; otherwise false, and the
     * record is added when `insert` is set.
     */
    has(records, i, insert) {
        const from = records.offsets[i];
        const to = records.offsets[i + 1];
        const bytes = records.bytes;
        let number;
        // a number or a null (never canonical text), with its safeIntegerNumber at hand
        if (records.integers !== undefined)
            number = records.integers[i];
        else {
            const integer = canonicalInteger(bytes, from, to);
            if (integer >= 0)
                return this.integers.has(integer, insert);
            number = safeIntegerNumber(bytes, from, to);
        }
        if (number >= 0)
            return this.numbers.has(number, insert);
        if (number < 0)
            return this.negatives.has(-number, insert);
        const h1 = records.hashes[2 * i];
        const h2 = records.hashes[2 * i + 1];
        let slot = h1 & this.mask;
        for (;;) {
            const entry = this.table[slot];
            if (entry === 0)
                break;
            const e = entry - 1;
            if (this.hashes[2 * e] === h1 && this.hashes[2 * e + 1] === h2) {
                if (this.sameRecord(e, bytes, from, to))
                    return true;
                this.collisions++;
            }
            slot = (slot + 1) & this.mask;
        }
        if (!insert)
            return false;
        this.insertAt(slot, h1, h2, bytes, from, to);
        return false;
    }
    sameRecord(e, bytes, from, to) {
        const start = this.starts[e];
        const length = this.ends[e] - start;
        if (length !== to - from)
            return false;
        const stored = this.arena.bytes;
        for (let i = 0; i < length; i++)
            if (stored[start + i] !== bytes[from + i])
                return false;
        return true;
    }
    insertAt(slot, h1, h2, bytes, from, to) {
        const e = this.size++;
        if (2 * this.size > this.hashes.length) {
            const hashes = new Uint32Array(this.hashes.length * 2);
            hashes.set(this.hashes);
            this.hashes = hashes;
            const starts = new Uint32Array(this.starts.length * 2);
            starts.set(this.starts);
            this.starts = starts;
            const ends = new Uint32Array(this.ends.length * 2);
            ends.set(this.ends);
            this.ends = ends;
        }
        this.hashes[2 * e] = h1;
        this.hashes[2 * e + 1] = h2;
        this.arena.reserve(to - from);
        this.arena.bytes.set(bytes.subarray(from, to), this.arena.length);
        this.starts[e] = this.arena.length;
        this.arena.length += to - from;
        this.ends[e] = this.arena.length;
        this.table[slot] = e + 1;
        if (2 * this.size > this.table.length)
            this.grow();
    }
    grow() {
        const table = new Uint32Array(this.table.length * 2);
        const mask = table.length - 1;
        for (let e = 0; e < this.size; e++) {
            let slot = this.hashes[2 * e] & mask;
            while (table[slot] !== 0)
                slot = (slot + 1) & mask;
            table[slot] = e + 1;
        }
        this.table = table;
        this.mask = mask;
    }
}

// EXTERNAL MODULE: ./.cache/build/lib/validation/parse-typed.js
var parse_typed = __webpack_require__(48289);
;// CONCATENATED MODULE: ./.cache/build/lib/validation/dataset-checker.js




function uniqueIndexes(rules, columns) {
    const found = [];
    for (const keyColumns of rules.unique ?? []) {
        const indexes = keyColumns.map((column) => columns.indexOf(column));
        if (indexes.every((index) => index >= 0))
            found.push({ columns: keyColumns, indexes });
    }
    return found;
}
/**
 * The row-spanning work on one run of rows (a part of a file, possibly in a worker thread): the keys of
 * `unique` and `leakage` as canonical records with their hashes (see key-set.ts), and the label counts.
 * It decides nothing: {@link DatasetChecker.merge} inserts the records in row order.
 */
class DatasetPartial {
    rows = 0;
    unique;
    labelIndex;
    labelCounts = new Map();
    leakIndex;
    leakRows;
    leakKeys;
    constructor(rules, columns, role) {
        this.unique = uniqueIndexes(rules, columns).map(({ indexes }) => new KeyRecords(indexes));
        this.labelIndex = rules.label ? columns.indexOf(rules.label.column) : -1;
        this.leakIndex = rules.leakage?.key ? columns.indexOf(rules.leakage.key) : -1;
        const leak = Boolean(rules.leakage) && role !== "data";
        this.leakRows = leak ? new KeyRecords() : undefined;
        this.leakKeys = leak && this.leakIndex >= 0 ? new KeyRecords([this.leakIndex]) : undefined;
    }
    /** The columns `observe` reads, or undefined when it reads the whole row (leakage rows). */
    columnsRead() {
        if (this.leakRows)
            return undefined;
        const read = new Set();
        for (const records of this.unique)
            for (const index of records.indexes ?? [])
                read.add(index);
        if (this.labelIndex >= 0)
            read.add(this.labelIndex);
        if (this.leakIndex >= 0)
            read.add(this.leakIndex);
        return [...read].sort((a, b) => a - b);
    }
    observe(row) {
        this.rows++;
        for (let i = 0; i < this.unique.length; i++)
            this.unique[i].add(row);
        this.observeLabelAndLeakage(row);
    }
    /**
     * `observe` of `count` rows where the row-spanning work reads only `unique` keys of one column each, and
     * `numberColumn(index)` gives each such column's values (row r: numbers[at[r]], or numbers[r] when `at` is
     * undefined; null where at[r] < 0): the keys are written straight from the typed arrays
     * (KeyRecords.addNumbers). Returns false, having observed nothing, when that does not hold: then each row
     * goes to `observe`.
     */
    observeNumberKeys(count, numberColumn) {
        if (this.labelIndex >= 0 || this.leakRows)
            return false;
        const columns = [];
        for (const records of this.unique) {
            const index = records.indexes?.length === 1 ? records.indexes[0] : undefined;
            const column = index === undefined ? undefined : numberColumn(index);
            if (!column)
                return false;
            columns.push(column);
        }
        this.rows += count;
        this.unique.forEach((records, i) => {
            const column = columns[i];
            records.addNumbers(column.numbers, column.at, count);
        });
        return true;
    }
    /**
     * `observe` of a CSV record whose fields are `tokenizer.text(record, field)`: the `unique` keys are written
     * from the bytes (KeyRecords.addCsv); the label and leakage columns become strings in `row` (a scratch row
     * of the table's width).
     */
    observeCsv(tokenizer, record, row) {
        this.rows++;
        for (let i = 0; i < this.unique.length; i++)
            this.unique[i].addCsv(tokenizer, record);
        if (this.labelIndex < 0 && !this.leakRows)
            return;
        if (this.leakRows)
            for (let c = 0; c < tokenizer.width; c++)
                row[c] = tokenizer.text(record, c);
        else
            row[this.labelIndex] = tokenizer.text(record, this.labelIndex);
        this.observeLabelAndLeakage(row);
    }
    observeLabelAndLeakage(row) {
        if (this.labelIndex >= 0) {
            const label = row[this.labelIndex];
            if (!(0,parse_typed/* isNull */.kZ)(label)) {
                const key = String(label);
                this.labelCounts.set(key, (this.labelCounts.get(key) ?? 0) + 1);
            }
        }
        if (this.leakRows) {
            this.leakRows.add(row);
            if (this.leakKeys) {
                const key = row[this.leakIndex];
                if (key === undefined || (0,parse_typed/* isNull */.kZ)(key))
                    this.leakKeys.addAbsent();
                else
                    this.leakKeys.add(row);
            }
        }
    }
    toJSON() {
        return {
            rows: this.rows,
            labels: [...this.labelCounts],
            unique: this.unique.map((records) => records.toJSON()),
            ...(this.leakRows ? { leakRows: this.leakRows.toJSON() } : {}),
            ...(this.leakKeys ? { leakKeys: this.leakKeys.toJSON() } : {}),
        };
    }
}
/** The typed arrays of a partial, to hand to postMessage's transfer list. */
function partialTransfers(partial) {
    const records = [...partial.unique, partial.leakRows, partial.leakKeys].filter((item) => item !== undefined);
    return records.flatMap((item) => [
        item.bytes.buffer,
        item.offsets.buffer,
        item.hashes.buffer,
        ...(item.integers ? [item.integers.buffer] : []),
    ]);
}
/**
 * The checks that span rows: row counts, compound uniqueness, label balance and train/test leakage.
 * Uniqueness and leakage keep each distinct key once, as a canonical record in an exact hash set (key-set.ts:
 * 64-bit hashes, collisions checked by comparing records), the one part of validation whose memory grows
 * with the data; everything else is constant. Partials merge in row order, so duplicates and leaks are
 * reported (and sampled) in row order whatever the number of threads that produced the partials.
 */
class DatasetChecker {
    rules;
    columns;
    rows = 0;
    unique = [];
    labelIndex = -1;
    labelCounts = new Map();
    leakageIndex = -1;
    trainKeys = new KeySet();
    trainRows = new KeySet();
    leakedKeys = 0;
    leakedRows = 0;
    leakSamples = [];
    rowSamples = [];
    sawTest = false;
    constructor(rules, columns) {
        this.rules = rules;
        this.columns = columns;
        for (const { columns: keyColumns, indexes } of uniqueIndexes(rules, columns)) {
            this.unique.push({ columns: keyColumns, indexes, seen: new KeySet(), duplicates: 0, samples: [] });
        }
        if (rules.label)
            this.labelIndex = columns.indexOf(rules.label.column);
        if (rules.leakage?.key)
            this.leakageIndex = columns.indexOf(rules.leakage.key);
    }
    /** One row (a convenience: the steps merge partials). Rows must arrive train first, then test. */
    observe(row, rowNumber, file, role) {
        const partial = new DatasetPartial(this.rules, this.columns, role);
        partial.observe(row);
        this.merge(partial.toJSON(), rowNumber, file, role);
    }
    /**
     * Adds a partial whose first row is data row `firstRow` of `file`. Partials must come in row order, every
     * train file before any test file, so leakage is judged in one pass.
     */
    merge(partial, firstRow, file, role) {
        this.rows += partial.rows;
        this.unique.forEach((state, u) => {
            const records = partial.unique[u];
            if (!records)
                return;
            for (let i = 0; i < records.count; i++) {
                if (!state.seen.has(records, i, true))
                    continue;
                state.duplicates++;
                if (state.samples.length < check_result/* MAX_SAMPLES */.x)
                    state.samples.push({ row: firstRow + i, file, value: (0,check_result/* formatValue */.F)(describe(records, i)) });
            }
        });
        for (const [label, count] of partial.labels)
            this.labelCounts.set(label, (this.labelCounts.get(label) ?? 0) + count);
        if (role === "data" || !this.rules.leakage)
            return;
        const { leakRows, leakKeys } = partial;
        if (!leakRows)
            return;
        if (role === "train") {
            for (let i = 0; i < leakRows.count; i++)
                this.trainRows.has(leakRows, i, true);
            if (leakKeys)
                for (let i = 0; i < leakKeys.count; i++)
                    if (!isAbsent(leakKeys, i))
                        this.trainKeys.has(leakKeys, i, true);
            return;
        }
        this.sawTest = true;
        for (let i = 0; i < leakRows.count; i++) {
            if (this.trainRows.has(leakRows, i, false)) {
                this.leakedRows++;
                if (this.rowSamples.length < check_result/* MAX_SAMPLES */.x)
                    this.rowSamples.push({ row: firstRow + i, file, value: (0,check_result/* formatValue */.F)(describe(leakRows, i)) });
            }
            if (leakKeys && !isAbsent(leakKeys, i) && this.trainKeys.has(leakKeys, i, false)) {
                this.leakedKeys++;
                if (this.leakSamples.length < check_result/* MAX_SAMPLES */.x)
                    this.leakSamples.push({ row: firstRow + i, file, value: (0,check_result/* formatValue */.F)(describe(leakKeys, i)) });
            }
        }
    }
    results() {
        const results = [];
        const { rules } = this;
        if (rules.rows) {
            const { min, max } = rules.rows;
            const failed = (min !== undefined && this.rows < min) || (max !== undefined && this.rows > max);
            const expected = [min !== undefined ? `≥ ${min}` : "", max !== undefined ? `≤ ${max}` : ""]
                .filter(Boolean)
                .join(" and ");
            results.push({
                id: "dataset.rows",
                rulePath: ["validate", "rows"],
                status: failed ? "fail" : "pass",
                severity: "error",
                observed: this.rows,
                expected,
                message: `${this.rows} rows`,
            });
        }
        rules.unique?.forEach((keyColumns, index) => {
            const state = this.unique.find((candidate) => candidate.columns === keyColumns);
            if (!state)
                return;
            const failed = state.duplicates > 0;
            results.push({
                id: `dataset.unique.${keyColumns.join("+")}`,
                rulePath: ["validate", "unique", index],
                status: failed ? "fail" : "pass",
                severity: "error",
                observed: state.duplicates,
                expected: `no two rows share (${keyColumns.join(", ")})`,
                message: failed
                    ? `${state.duplicates} duplicate row(s) of (${keyColumns.join(", ")})`
                    : `(${keyColumns.join(", ")}) is unique`,
                ...(failed ? { samples: state.samples, failingRows: state.duplicates } : {}),
            });
        });
        if (rules.label && this.labelIndex >= 0) {
            const total = [...this.labelCounts.values()].reduce((sum, count) => sum + count, 0);
            const minFraction = rules.label.min_class_fraction ?? 0;
            const fractions = [...this.labelCounts.entries()].map(([label, count]) => [label, total ? count / total : 0]);
            const smallest = fractions.reduce((low, entry) => (!low || entry[1] < low[1] ? entry : low), undefined);
            const failed = fractions.length < 2 || (smallest !== undefined && smallest[1] < minFraction);
            results.push({
                id: "dataset.label.min_class_fraction",
                rulePath: ["validate", "label"],
                column: rules.label.column,
                status: failed ? "fail" : "pass",
                severity: rules.label.severity ?? "error",
                observed: smallest ? (0,column_checker/* round */.L)(smallest[1]) : null,
                expected: `at least two classes, each ≥ ${minFraction}`,
                message: fractions.length < 2
                    ? `the label "${rules.label.column}" has ${fractions.length} class(es)`
                    : `class fractions: ${fractions.map(([label, fraction]) => `${label}=${(0,column_checker/* round */.L)(fraction, 3)}`).join(", ")}`,
            });
        }
        if (rules.leakage) {
            const severity = rules.leakage.severity ?? "error";
            if (!this.sawTest) {
                results.push({
                    id: "dataset.leakage",
                    rulePath: ["validate", "leakage"],
                    status: "skip",
                    severity,
                    observed: null,
                    expected: "a train/test split",
                    message: "the snapshot has no train/test split, so leakage cannot be checked",
                });
            }
            else {
                results.push({
                    id: "dataset.leakage.rows",
                    rulePath: ["validate", "leakage"],
                    status: this.leakedRows > 0 ? "fail" : "pass",
                    severity,
                    observed: this.leakedRows,
                    expected: "no test row also in train",
                    message: this.leakedRows > 0
                        ? `${this.leakedRows} test row(s) also appear in train`
                        : "no row is on both sides",
                    ...(this.leakedRows > 0 ? { samples: this.rowSamples, failingRows: this.leakedRows } : {}),
                });
                if (rules.leakage.key && this.leakageIndex >= 0) {
                    results.push({
                        id: `dataset.leakage.key.${rules.leakage.key}`,
                        rulePath: ["validate", "leakage", "key"],
                        column: rules.leakage.key,
                        status: this.leakedKeys > 0 ? "fail" : "pass",
                        severity,
                        observed: this.leakedKeys,
                        expected: `no ${rules.leakage.key} on both sides of the split`,
                        message: this.leakedKeys > 0
                            ? `${this.leakedKeys} test row(s) share a ${rules.leakage.key} with train`
                            : `no ${rules.leakage.key} is on both sides`,
                        ...(this.leakedKeys > 0 ? { samples: this.leakSamples, failingRows: this.leakedKeys } : {}),
                    });
                }
            }
        }
        return results;
    }
}
function describe(records, i) {
    return describeRecord(records.bytes, records.offsets[i], records.offsets[i + 1]);
}


/***/ })

};
