import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { compileWat, constantSource } from "../../../scripts/build-wasm.mjs";
import { CsvKernel } from "../../../src/data/csv-kernel.js";
import { CsvTokenizer } from "../../../src/data/csv-tokenizer.js";

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLAIN = ["a", "b", "7", " ", "é", "😀", "中", "x y", '"', "-1.5"];
const QUOTED = ["a", ",", "\n", "\r", "\r\n", '""', "é", "😀", " ", "z"];
const ENDS = ["\n", "\r\n", "\r"];

/** Random CSV bytes: quoted fields with delimiters, newlines and doubled quotes, CRLF and lone CR, blank lines, multibyte UTF-8, and now and then a defect (ragged row, text after a closing quote, an unclosed quote, invalid UTF-8). */
function randomCsv(next: () => number): Buffer {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const defects = next() < 0.3;
  const width = 1 + Math.floor(next() * 5);
  const field = (): string => {
    const kind = next();
    if (kind < 0.15) return "";
    if (kind < 0.55) {
      // a plain field: a quote inside it (not first) is a character
      let text = pick(PLAIN.filter((p) => p !== '"'));
      for (let k = Math.floor(next() * 4); k > 0; k--) text += pick(PLAIN);
      return text;
    }
    let text = "";
    for (let k = Math.floor(next() * 5); k > 0; k--) text += pick(QUOTED);
    if (defects && next() < 0.02) return `"${text}"${pick(["x", "é", " "])}`;
    return `"${text}"`;
  };
  const parts: string[] = [];
  if (next() < 0.1) parts.push("\ufeff");
  if (next() < 0.1) parts.push(pick(ENDS));
  parts.push(Array.from({ length: width }, (_, i) => (next() < 0.2 ? `"c""${i}"` : `c${i}`)).join(","));
  const rows = Math.floor(next() * 40);
  for (let r = 0; r < rows; r++) {
    parts.push(pick(ENDS));
    if (next() < 0.05) parts.push(pick(ENDS));
    let count = width;
    if (defects && next() < 0.02) count += next() < 0.5 ? -1 : 1;
    parts.push(Array.from({ length: Math.max(count, 1) }, field).join(","));
  }
  if (next() < 0.5) parts.push(pick(ENDS));
  if (defects && next() < 0.1) parts.push('"open');
  let bytes = Buffer.from(parts.join(""), "utf8");
  if (defects && next() < 0.1) {
    const at = Math.floor(next() * (bytes.length + 1));
    bytes = Buffer.concat([bytes.subarray(0, at), Uint8Array.of(0xff), bytes.subarray(at)]);
  }
  return bytes;
}

/** Everything a caller can read from the tokenizer's batches, feed by feed, and the error (if any). */
function observe(make: () => CsvTokenizer, chunks: Uint8Array[]): unknown[] {
  const tokenizer = make();
  const seen: unknown[] = [];
  try {
    for (let i = 0; i <= chunks.length; i++) {
      const final = i === chunks.length;
      const records = tokenizer.feed(final ? new Uint8Array(0) : (chunks[i] as Uint8Array), final);
      const batch: unknown[] = [records, tokenizer.rows, tokenizer.nextLine, tokenizer.header];
      for (let r = 0; r < records; r++) {
        batch.push(tokenizer.lines[r]);
        for (let f = 0; f < tokenizer.width; f++) {
          const at = r * tokenizer.width + f;
          batch.push(tokenizer.starts[at], tokenizer.ends[at], tokenizer.escaped[at], tokenizer.text(r, f));
        }
      }
      seen.push(batch);
    }
  } catch (error) {
    const e = error as Error & { row?: number; line?: number; byteOffset?: number; detail?: string };
    seen.push({
      error: e.name,
      message: e.message,
      row: e.row,
      line: e.line,
      at: e.byteOffset,
      detail: e.detail,
    });
  }
  return seen;
}

function cut(bytes: Buffer, next: () => number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  const most = next() < 0.5 ? 4 : 64;
  for (let at = 0; at < bytes.length; ) {
    const size = next() < 0.1 ? bytes.length : 1 + Math.floor(next() * most);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return chunks;
}

describe("CsvTokenizer's WebAssembly kernel", () => {
  it("is the committed .wat, compiled (node scripts/build-wasm.mjs)", async () => {
    const bytes = await compileWat("src/data/wasm/csv-tokenizer-kernel.wat");
    const committed = await readFile("src/data/wasm/csv-tokenizer-kernel-wasm.ts", "utf8");
    expect(committed).toBe(constantSource("csv-tokenizer-kernel", bytes));
  });

  it("loads here (Node has WebAssembly SIMD)", () => {
    expect(CsvKernel.create(3)).toBeDefined();
  });

  it("gives the JavaScript loop's fields, lines and errors on random CSV cut into random chunks", () => {
    const next = random(20261206);
    let errors = 0;
    for (let i = 0; i < 600; i++) {
      const bytes = randomCsv(next);
      const chunks = cut(bytes, next);
      const expected = observe(() => new CsvTokenizer({ kernel: false }), chunks);
      expect(
        observe(() => new CsvTokenizer(), chunks),
        `${i}: ${JSON.stringify(bytes.toString("latin1"))}`,
      ).toEqual(expected);
      if ((expected.at(-1) as { error?: string }).error !== undefined) errors++;
    }
    // the generator's defects reach both paths
    expect(errors).toBeGreaterThan(20);
  });

  it("continues a worker's range alike", () => {
    const next = random(7);
    for (let i = 0; i < 100; i++) {
      const bytes = randomCsv(next);
      const start = { line: 3, rows: 1, offset: 10 };
      const chunks = cut(bytes, next);
      const header = ["a", "b", "c"];
      expect(observe(() => CsvTokenizer.forRange(header, start), chunks)).toEqual(
        observe(() => CsvTokenizer.forRange(header, start, { kernel: false }), chunks),
      );
    }
  });

  it("leaves a batch larger than it takes to the JavaScript loop, alike", () => {
    const next = random(99);
    const most = CsvKernel.maxBytes;
    CsvKernel.maxBytes = 40;
    try {
      for (let i = 0; i < 100; i++) {
        const bytes = randomCsv(next);
        const chunks = cut(bytes, next);
        expect(observe(() => new CsvTokenizer(), chunks)).toEqual(
          observe(() => new CsvTokenizer({ kernel: false }), chunks),
        );
      }
    } finally {
      CsvKernel.maxBytes = most;
    }
  });

  it("grows its arrays (and its memory) in the middle of a batch, alike", () => {
    // The batch's arrays are views of the kernel's memory: each growth makes new views, and new ones of the
    // bytes, which the tokenizer must read from then on (a carried record included).
    const next = random(4242);
    const first = CsvKernel.firstRecords;
    CsvKernel.firstRecords = 1;
    try {
      for (let i = 0; i < 150; i++) {
        const bytes = randomCsv(next);
        const chunks = cut(bytes, next);
        expect(observe(() => new CsvTokenizer(), chunks)).toEqual(
          observe(() => new CsvTokenizer({ kernel: false }), chunks),
        );
      }
      // one batch of 40,000 records, from a kernel that starts with room for one: it grows past 64 KiB
      // then a record it stops at (the JavaScript loop reads it from the grown memory) or a carried one
      for (const last of ["3,", '"x"y,2\n', "1,2,3\n", '"a\nb",c\n4,5']) {
        const many = Buffer.from(`a,b\n${"1,2\n".repeat(40000)}${last}`);
        const chunks = [many.subarray(0, 5), many.subarray(5)];
        expect(
          observe(() => new CsvTokenizer(), chunks),
          last,
        ).toEqual(observe(() => new CsvTokenizer({ kernel: false }), chunks));
      }
    } finally {
      CsvKernel.firstRecords = first;
    }
  });

  it("fills its arrays more than once in one chunk (wide records, many records)", () => {
    // 2^14 fields per kernel call: 16,384 records of 1 field, 5 of 3,000, 1 of 20,000 (more than fit)
    for (const [width, rows] of [
      [1, 17000],
      [3000, 12],
      [20000, 3],
    ] as const) {
      const line = (r: number) =>
        Array.from({ length: width }, (_, f) => (f % 7 === 3 ? `"${r},${f}"` : f === 0 ? "x" : "")).join(",");
      const header = Array.from({ length: width }, (_, f) => `c${f}`).join(",");
      const text = `${header}\n${Array.from({ length: rows }, (_, r) => line(r)).join("\n")}\n`;
      const chunks = [Buffer.from(text)];
      const kernel = observe(() => new CsvTokenizer(), chunks);
      const reference = observe(() => new CsvTokenizer({ kernel: false }), chunks);
      expect((kernel[0] as unknown[])[0]).toBe(rows);
      // element by element: a diff of arrays this long takes minutes
      const [a, b] = [kernel, reference].map((seen) => (seen as unknown[][]).flat());
      const first = (a as unknown[]).findIndex(
        (value, i) => JSON.stringify(value) !== JSON.stringify((b as unknown[])[i]),
      );
      expect([first, a?.length]).toEqual([-1, b?.length]);
    }
  });
});
