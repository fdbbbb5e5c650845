import { UserError } from "../errors/user-error.js";

/** Where in a data file a problem was found. Rows are 1-based data rows (the CSV header is not a row). */
export interface DataErrorLocation {
  file: string;
  row?: number;
  /** The physical line, for text formats. */
  line?: number;
  column?: string;
}

/**
 * A problem with a data file or source that the user has to fix: the message names the file and, where it
 * applies, the row, line and column, and says what is wrong.
 */
export class DataError extends UserError {
  override readonly name = "DataError";
  readonly file: string;
  readonly row: number | undefined;
  readonly line: number | undefined;
  readonly column: string | undefined;

  /** `reason` is the sentence after the file name, e.g. `row 17 (line 18) has 5 fields, the header has 6`. */
  constructor(location: DataErrorLocation, reason: string, options?: { cause?: unknown }) {
    super(`${location.file}: ${reason}`, options);
    this.file = location.file;
    this.row = location.row;
    this.line = location.line;
    this.column = location.column;
  }
}

/** `row 17 (line 18)`, or `row 17` when the line is unknown. */
export function rowLabel(row: number, line?: number): string {
  return line === undefined ? `row ${row}` : `row ${row} (line ${line})`;
}

/** Turns a failed open, stat or read of `file` into a DataError that says what happened in plain words. */
export function fileAccessError(file: string, error: unknown): DataError {
  if (error instanceof DataError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === "ENOENT"
      ? "does not exist"
      : code === "EACCES" || code === "EPERM"
        ? "cannot be read (permission denied)"
        : code === "EISDIR"
          ? "is a directory, not a file"
          : `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  return new DataError({ file }, reason, { cause: error });
}
