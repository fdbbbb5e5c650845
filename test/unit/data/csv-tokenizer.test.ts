import { describe, expect, it } from "vitest";
import { CsvParser, CsvSyntaxError } from "../../../src/data/csv-parser.js";
import { CsvTokenizer, firstInvalidUtf8, InvalidUtf8Error } from "../../../src/data/csv-tokenizer.js";
import { INTEGER_SYNTAX, NOT_NUMERIC } from "../../../src/stats/parse-text.js";
import { isNull } from "../../../src/validation/parse-typed.js";

/** Rows (strings and nulls) from the tokenizer, the bytes cut into the given chunks. */
function tokenize(chunks: Uint8Array[]): { header: string[] | undefined; rows: unknown[][] } {
  const tokenizer = new CsvTokenizer();
  const rows: unknown[][] = [];
  for (const chunk of chunks) {
    tokenizer.feed(chunk, false);
    tokenizer.rowsInto(rows);
  }
  tokenizer.feed(new Uint8Array(0), true);
  tokenizer.rowsInto(rows);
  return { header: tokenizer.header, rows };
}

/** The string parser's result, or its error's message, row and line. */
function parseText(text: string): unknown {
  const parser = new CsvParser();
  const rows: unknown[][] = [];
  try {
    parser.feed(text, true, rows);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { error: error.message, row: error.row, line: error.line };
  }
  return { header: parser.header, rows };
}

function parseBytes(chunks: Uint8Array[]): unknown {
  try {
    return tokenize(chunks);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { error: error.message, row: error.row, line: error.line };
  }
}

const utf8 = (text: string) => Buffer.from(text, "utf8");

const TRICKY =
  'id,text,note\r\n1,"a, b","say ""hi"""\r\n2,"line one\nline two",\r\n\r\n3,,"""quoted"""\n4,"",x"y\n5,"é😀中","\r\n"\n6,last,row';

const CASES = [
  TRICKY,
  "a,b\r1,\r2,3\r",
  'v\nx\n""\ny\n',
  "a,b,c\n1,2,3",
  "a,b\n1,2\n\n\n3,4\n",
  "\n\r\n\n",
  "",
  // errors
  'a,b,c\n1,"two\nlines",3\n4,5\n',
  'a,b\n1,2\n3,"open\n',
  'a,b\n1,"x"y\n',
  'a,b\n1,"x"é\n',
  'a,b\n1,"x"😀\n',
  "a,b,a\n1,2,3\n",
  ",a\n1,2\n",
  'a,"b""c"\n1,2\n',
  "a,b\n1,2,3,4,5\n",
  "a,b\n1\n",
];

describe("CsvTokenizer", () => {
  it("gives CsvParser's rows and errors: quoted commas, doubled quotes, CRLF, embedded newlines", () => {
    for (const text of CASES) expect(parseBytes([utf8(text)]), JSON.stringify(text)).toEqual(parseText(text));
  });

  it("gives the same result however the bytes are cut into chunks", () => {
    for (const text of CASES) {
      const bytes = utf8(text);
      const whole = parseText(text);
      for (let cut = 0; cut <= bytes.length; cut++)
        expect(
          parseBytes([bytes.subarray(0, cut), bytes.subarray(cut)]),
          `${JSON.stringify(text)} @${cut}`,
        ).toEqual(whole);
      expect(parseBytes([...bytes].map((byte) => Uint8Array.of(byte)))).toEqual(whole);
    }
  });

  it("slices strings of a non-ASCII batch at the right characters, in any order of access", () => {
    const text = 'a,b\né,😀x\n"中""文",ä\nplain,"q ""😀"" r"\n';
    const tokenizer = new CsvTokenizer();
    tokenizer.feed(utf8(text), true);
    const expected = [
      ["é", "😀x"],
      ['中"文', "ä"],
      ["plain", 'q "😀" r'],
    ];
    expect([2, 0, 1].map((r) => [tokenizer.text(r, 0), tokenizer.text(r, 1)])).toEqual([
      expected[2],
      expected[0],
      expected[1],
    ]);
    const rows: unknown[][] = [];
    tokenizer.rowsInto(rows);
    expect(rows).toEqual(expected);
  });

  it("drops a byte-order mark, whole or cut", () => {
    const bytes = Buffer.concat([Uint8Array.of(0xef, 0xbb, 0xbf), utf8("a,b\n1,2\n")]);
    for (let cut = 0; cut <= 4; cut++)
      expect(tokenize([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual({
        header: ["a", "b"],
        rows: [["1", "2"]],
      });
  });

  it("refuses invalid UTF-8 with the file offset of the first bad sequence, before tokenizing past it", () => {
    const bad = (bytes: Uint8Array, chunk = bytes.length): InvalidUtf8Error => {
      const tokenizer = new CsvTokenizer();
      try {
        for (let at = 0; at < bytes.length; at += chunk)
          tokenizer.feed(bytes.subarray(at, at + chunk), false);
        tokenizer.feed(new Uint8Array(0), true);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidUtf8Error);
        return error as InvalidUtf8Error;
      }
      throw new Error("expected an InvalidUtf8Error");
    };
    const head = utf8("a,b\n1,x\n2,");
    const file = Buffer.concat([head, Uint8Array.of(0xe2, 0x28, 0xa1), utf8("\n3,4\n")]);
    for (const chunk of [1, 2, 5, file.length]) expect(bad(file, chunk).byteOffset).toBe(head.length);
    // With a byte-order mark the offset still counts from the file's first byte.
    expect(bad(Buffer.concat([Uint8Array.of(0xef, 0xbb, 0xbf), file])).byteOffset).toBe(head.length + 3);
    // An invalid byte right after a closing quote is an encoding error however the bytes are cut.
    const afterQuote = Buffer.concat([utf8('a,b\n1,"x"'), Uint8Array.of(0xc3, 0x28), utf8("\n")]);
    for (const chunk of [1, 2, 3, 11, afterQuote.length]) expect(bad(afterQuote, chunk).byteOffset).toBe(9);
    const truncated = bad(Buffer.concat([utf8("a\nx"), Uint8Array.of(0xe2, 0x82)]));
    expect([truncated.byteOffset, truncated.detail]).toEqual([
      3,
      "the file ends in the middle of a UTF-8 character",
    ]);
  });

  it("finds the first invalid sequence where TextDecoder fails", () => {
    const samples = [
      [0x41, 0xff, 0x41],
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf0, 0x9f, 0x98, 0x41],
      [0x41, 0xc3, 0xa9, 0x80],
      [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80],
    ];
    for (const sample of samples) {
      const bytes = Uint8Array.from(sample);
      let good = 0;
      while (good < bytes.length) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, good + 1), { stream: true });
          good++;
        } catch {
          break;
        }
      }
      const found = firstInvalidUtf8(bytes, 0, bytes.length);
      if (good === bytes.length) expect(found.at, String(sample)).toBe(bytes.length);
      else {
        // The failing byte belongs to the sequence that starts at `found.at`.
        expect(found.at, String(sample)).toBeLessThanOrEqual(good);
        expect(good - found.at, String(sample)).toBeLessThan(4);
      }
    }
  });

  it("reads numbers, timestamps and booleans straight from the bytes", () => {
    const tokenizer = new CsvTokenizer();
    tokenizer.feed(
      utf8(
        'n,t,b\n1e-7,2024-01-01T10:00:00.123+01:00,TRUE\n-0," 2024-01-01",0\n.5,2024-02-30,x\n1_000,,"1"\n',
      ),
      true,
    );
    expect(tokenizer.records).toBe(4);
    expect([tokenizer.number(0, 0), tokenizer.value]).toEqual([2, 1e-7]);
    expect(tokenizer.number(1, 0)).toBe(INTEGER_SYNTAX);
    expect(Object.is(tokenizer.value, -0)).toBe(true);
    expect([tokenizer.number(2, 0), tokenizer.value]).toEqual([2, 0.5]);
    expect(tokenizer.number(3, 0)).toBe(NOT_NUMERIC);
    expect(tokenizer.timestamp(0, 1)).toBe(Date.UTC(2024, 0, 1, 9, 0, 0, 123));
    expect(tokenizer.timestamp(1, 1)).toBeNaN();
    expect(tokenizer.timestamp(1, 1, true)).toBe(Date.UTC(2024, 0, 1));
    expect(tokenizer.timestamp(2, 1)).toBe(Date.UTC(2024, 2, 1));
    expect(tokenizer.isEmpty(3, 1)).toBe(true);
    expect([0, 1, 2, 3].map((r) => tokenizer.boolean(r, 2))).toEqual([true, false, undefined, true]);
    expect([...tokenizer.lines.subarray(0, 4)]).toEqual([2, 3, 4, 5]);
  });

  it("isBlank is parse-typed's isNull of the field's text", () => {
    const tokenizer = new CsvTokenizer();
    const values = ["x", " ", "\t", "\u00a0", " a ", "\u3000\u00a0", '" "', '""', "", "é", "\ufeffx"];
    tokenizer.feed(utf8(`v\n${values.join("\n")}\nend\n`), true);
    const rows: unknown[][] = [];
    tokenizer.rowsInto(rows);
    for (let r = 0; r < tokenizer.records; r++) {
      const text = rows[r]?.[0];
      expect(tokenizer.isBlank(r, 0), JSON.stringify(text)).toBe(isNull(text));
    }
  });

  it("continues from a record boundary in the middle of a file with the file's rows, lines and offsets", () => {
    const text = 'a,b\n1,2\n"x\ny",3\n4,5\n6\n';
    const cut = text.indexOf("4,5");
    const tokenizer = CsvTokenizer.forRange(["a", "b"], { line: 5, rows: 2, offset: cut });
    expect(tokenizer.feed(utf8(text.slice(cut, text.indexOf("6\n"))), false)).toBe(1);
    expect([tokenizer.text(0, 0), tokenizer.lines[0]]).toEqual(["4", 5]);
    expect(() => tokenizer.feed(utf8("6\n"), true)).toThrow("row 4 (line 6) has 1 field, the header has 2");
    const bad = CsvTokenizer.forRange(["a"], { line: 9, rows: 7, offset: 100 });
    expect(() => bad.feed(Uint8Array.of(0x41, 0x0a, 0xff, 0x0a), true)).toThrow(
      expect.objectContaining({ byteOffset: 102 }),
    );
  });

  it("keeps the line of every record of a large batch of narrow records", () => {
    const tokenizer = new CsvTokenizer();
    const values = Array.from({ length: 2000 }, (_, i) => `x${i}`);
    expect(tokenizer.feed(utf8(`v\n${values.join("\n")}\n`), true)).toBe(2000);
    expect([...tokenizer.lines.subarray(0, 2000)]).toEqual(values.map((_, i) => i + 2));
  });
});
