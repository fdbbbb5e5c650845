import { readFile } from "node:fs/promises";
import { snappyUncompress as hyparquetSnappy } from "hyparquet/src/snappy.js";
import { describe, expect, it } from "vitest";
import { compileWat, constantSource } from "../../../scripts/build-wasm.mjs";
import { snappyUncompress, snappyUncompressJs, snappyUncompressKernel } from "../../../src/data/snappy.js";

/** A small deterministic generator (the same streams on every run). */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * n);
  };
}

function varint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  out.push(rest);
  return out;
}

/** A valid snappy stream of random literals (short and long forms) and copies (1-, 2-, 4-byte offsets, overlapping or not). */
function stream(random: (n: number) => number): { bytes: Uint8Array; length: number } {
  const body: number[] = [];
  let length = 0;
  const elements = 1 + random(60);
  for (let e = 0; e < elements; e++) {
    if (length === 0 || random(3) === 0) {
      const len = [1 + random(60), 61 + random(200), 300 + random(70000)][random(3)] as number;
      if (len <= 60) body.push((len - 1) << 2);
      else if (len <= 256) body.push(60 << 2, len - 1);
      else if (len <= 65536) body.push(61 << 2, (len - 1) & 0xff, (len - 1) >> 8);
      else body.push(62 << 2, (len - 1) & 0xff, ((len - 1) >> 8) & 0xff, (len - 1) >> 16);
      for (let i = 0; i < len; i++) body.push(random(256));
      length += len;
      continue;
    }
    const form = random(3);
    if (form === 0) {
      const len = 4 + random(8);
      const offset = 1 + random(Math.min(length, 2047));
      body.push(1 | ((len - 4) << 2) | ((offset >> 8) << 5), offset & 0xff);
      length += len;
    } else {
      const len = 1 + random(64);
      const offset = 1 + random(Math.min(length, form === 1 ? 65535 : 1 << 20));
      if (form === 1) body.push(2 | ((len - 1) << 2), offset & 0xff, offset >> 8);
      else body.push(3 | ((len - 1) << 2), offset & 0xff, (offset >> 8) & 0xff, offset >> 16, 0);
      length += len;
    }
  }
  return { bytes: Uint8Array.from([...varint(length), ...body]), length };
}

/** What a decoder gives: its output, or its error message. */
function run(
  decode: (input: Uint8Array, output: Uint8Array) => void,
  input: Uint8Array,
  length: number,
): string {
  const output = new Uint8Array(length);
  try {
    decode(input, output);
    return `ok ${Buffer.from(output).toString("base64")}`;
  } catch (error) {
    return (error as Error).message;
  }
}

describe("snappyUncompress", () => {
  it("gives hyparquet's output on valid streams, and its error or output on cut ones and wrong lengths", () => {
    const random = generator(15);
    for (let s = 0; s < 150; s++) {
      const { bytes, length } = stream(random);
      const expected = run(hyparquetSnappy, bytes, length);
      expect(expected.startsWith("ok ")).toBe(true);
      expect(run(snappyUncompress, bytes, length)).toEqual(expected);
      // a wrong output length, a cut stream, a flipped byte
      for (const size of [length - 1 - random(20), length + 1 + random(20)])
        expect(run(snappyUncompress, bytes, Math.max(0, size))).toEqual(
          run(hyparquetSnappy, bytes, Math.max(0, size)),
        );
      const cut = bytes.subarray(0, random(bytes.length));
      expect(run(snappyUncompress, cut, length)).toEqual(run(hyparquetSnappy, cut, length));
    }
  });

  it("the JavaScript decoder alone gives hyparquet's output and errors", () => {
    const random = generator(16);
    for (let s = 0; s < 30; s++) {
      const { bytes, length } = stream(random);
      expect(run(snappyUncompressJs, bytes, length)).toEqual(run(hyparquetSnappy, bytes, length));
      const cut = bytes.subarray(0, random(bytes.length));
      expect(run(snappyUncompressJs, cut, length)).toEqual(run(hyparquetSnappy, cut, length));
    }
  });
});

/** The kernel's answer: its output, "declined" (output untouched), or a difference from the JavaScript decoder. */
function kernelRun(input: Uint8Array, length: number): string {
  const output = new Uint8Array(length).fill(0xa5);
  if (!snappyUncompressKernel(input, output)) {
    return output.every((b) => b === 0xa5) ? "declined" : "declined, but wrote the output";
  }
  const js = run(snappyUncompressJs, input, length);
  const kernel = `ok ${Buffer.from(output).toString("base64")}`;
  return js === kernel ? "same" : `kernel ${kernel.slice(0, 60)} js ${js.slice(0, 60)}`;
}

describe("the WebAssembly snappy kernel", () => {
  // WebAssembly SIMD is in every Node.js the actions run on; without it the kernel declines everything
  const available = snappyUncompressKernel(Uint8Array.of(0), new Uint8Array(0));

  it("is the committed .wat, compiled (node scripts/build-wasm.mjs)", async () => {
    const bytes = await compileWat("src/data/wasm/snappy-kernel.wat");
    const committed = await readFile("src/data/wasm/snappy-kernel-wasm.ts", "utf8");
    expect(committed).toBe(constantSource("snappy-kernel", bytes));
  });

  it("decodes valid streams as the JavaScript decoder does", () => {
    expect(available).toBe(true);
    const random = generator(17);
    for (let s = 0; s < 60; s++) {
      const { bytes, length } = stream(random);
      expect(kernelRun(bytes, length)).toBe("same");
    }
    // runs of one byte and short patterns (offsets 1 to 20) over every length up to 64
    for (let offset = 1; offset <= 20; offset++)
      for (let len = 1; len <= 64; len++) {
        const literal = Array.from({ length: offset }, (_, i) => 1 + i);
        const body = [(offset - 1) << 2, ...literal, 2 | ((len - 1) << 2), offset, 0];
        expect(kernelRun(Uint8Array.from([...varint(offset + len), ...body]), offset + len)).toBe("same");
      }
  });

  it("declines wherever the JavaScript decoder throws, and agrees where it takes a damaged stream", () => {
    const random = generator(18);
    let declined = 0;
    for (let s = 0; s < 60; s++) {
      const { bytes, length } = stream(random);
      const cases: [Uint8Array, number][] = [
        [bytes.subarray(0, random(bytes.length)), length],
        [bytes, Math.max(0, length - 1 - random(20))],
        [bytes, length + 1 + random(20)],
      ];
      const flipped = bytes.slice();
      for (let f = 0; f <= random(4); f++) flipped[random(flipped.length)] = random(256);
      cases.push([flipped, length]);
      // an element with 32-bit fields whose top bit is set (negative in the JavaScript decoder's arithmetic)
      const wide = Uint8Array.from([
        ...bytes,
        random(2) ? 3 | (7 << 2) : 63 << 2,
        0,
        0,
        0,
        0x80 | random(128),
        1,
        2,
      ]);
      cases.push([wide, length + 8]);
      const garbage = Uint8Array.from({ length: 1 + random(80) }, () => random(256));
      cases.push([garbage, random(300)]);
      for (const [input, size] of cases) {
        const answer = kernelRun(input, size);
        if (answer === "declined") {
          declined++;
          continue;
        }
        expect(answer).toBe("same");
      }
    }
    expect(declined).toBeGreaterThan(150);
  });
});
