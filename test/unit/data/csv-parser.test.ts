import { describe, expect, it } from "vitest";
import { CsvParser, CsvSyntaxError } from "../../../src/data/csv-parser.js";

function parse(chunks: string[]): { header: string[] | undefined; rows: unknown[][] } {
  const parser = new CsvParser();
  const rows: unknown[][] = [];
  for (const chunk of chunks) parser.feed(chunk, false, rows);
  parser.feed("", true, rows);
  return { header: parser.header, rows };
}

function syntaxError(text: string): CsvSyntaxError {
  try {
    parse([text]);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvSyntaxError);
    return error as CsvSyntaxError;
  }
  throw new Error("expected a CsvSyntaxError");
}

const TRICKY =
  'id,text,note\r\n1,"a, b","say ""hi"""\r\n2,"line one\nline two",\r\n\r\n3,,"""quoted"""\n4,"",x"y\n5,"é😀中","\r\n"\n6,last,row';

const TRICKY_ROWS = [
  ["1", "a, b", 'say "hi"'],
  ["2", "line one\nline two", null],
  ["3", null, '"quoted"'],
  ["4", null, 'x"y'],
  ["5", "é😀中", "\r\n"],
  ["6", "last", "row"],
];

describe("CsvParser", () => {
  it("parses quoting, embedded newlines, blank lines, nulls and a missing final newline", () => {
    expect(parse([TRICKY])).toEqual({ header: ["id", "text", "note"], rows: TRICKY_ROWS });
  });

  it("gives the same result however the text is cut into chunks", () => {
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      expect(parse([TRICKY.slice(0, cut), TRICKY.slice(cut)]).rows).toEqual(TRICKY_ROWS);
    }
    expect(parse([...TRICKY]).rows).toEqual(TRICKY_ROWS);
  });

  it("accepts CR-only line endings and a trailing comma as an empty last field", () => {
    expect(parse(["a,b\r1,\r2,3\r"]).rows).toEqual([
      ["1", null],
      ["2", "3"],
    ]);
  });

  it("reads a one-column file whose null is written as a quoted empty field", () => {
    expect(parse(['v\nx\n""\ny\n']).rows).toEqual([["x"], [null], ["y"]]);
  });

  it("names the row and its first physical line for a ragged row", () => {
    const error = syntaxError('a,b,c\n1,"two\nlines",3\n4,5\n');
    expect(error.message).toBe("row 2 (line 4) has 2 fields, the header has 3");
    expect([error.row, error.line]).toEqual([2, 4]);
  });

  it("reports a quoted field that never closes", () => {
    expect(syntaxError('a,b\n1,2\n3,"open\n').message).toBe(
      "row 2 (line 3) opens a quoted field that is never closed",
    );
  });

  it("reports text after a closing quote", () => {
    expect(syntaxError('a,b\n1,"x"y\n').message).toBe(
      'row 1 (line 2) has "y" right after a closing quote in field 2; inside a quoted field, write a quote as ""',
    );
  });

  it("rejects duplicate and empty column names", () => {
    expect(syntaxError("a,b,a\n1,2,3\n").message).toBe(
      'the header (line 1) names column 1 and column 3 both "a"',
    );
    expect(syntaxError(",a\n1,2\n").message).toBe(
      "the header (line 1) has no name for column 1 (an unnamed index column? write the file without it)",
    );
  });

  it("leaves the header undefined for blank text", () => {
    expect(parse(["\n\r\n\n"])).toEqual({ header: undefined, rows: [] });
  });
});
