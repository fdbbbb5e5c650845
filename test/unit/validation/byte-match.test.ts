import { describe, expect, it } from "vitest";
import { ByteValueSet, compileBytePattern, trimmedAscii } from "../../../src/validation/byte-match.js";

const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

// Characters the patterns below care about, and some they do not (non-ASCII of 2, 3 and 4 UTF-8 bytes).
const ALPHABET = [
  "a",
  "z",
  "A",
  "_",
  "0",
  "9",
  "@",
  "-",
  ".",
  " ",
  "\t",
  "\n",
  "é",
  "日",
  "😀",
  "$",
  "^",
  "]",
  "\\",
];

function strings(count: number, seed: number): string[] {
  const next = random(seed);
  const out = ["", "a@b", "@", "a@", "@b", "a@b@c", "é@日", "😀@😀", "a.b", "ab.", "_-_", "$", "^"];
  while (out.length < count) {
    const length = Math.floor(next() * 9);
    let text = "";
    for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
    out.push(text);
  }
  return out;
}

describe("compileBytePattern", () => {
  const supported = [
    "^[^@]+@[^@]+$",
    "^[a-z]+$",
    "^[^a-z]*[0-9]+\\.?$",
    "^[\\w-]+$",
    "^\\d*a?\\$$",
    "^[-a]+[a-]*$",
    "^[]$",
    "^[^]+$",
    "^a\\^b$",
    "^[\\.-z]$",
    "^$",
    "^@?[^\\]\\\\]*$",
  ];
  const unsupported = [
    "[^@]+@[^@]+",
    "^a|b$",
    "^(ab)+$",
    "^.+$",
    "^\\s+$",
    "^a{2}$",
    "^a+?$",
    "^é+$",
    "^a\\$",
    "^\\bx$",
    "^[\\s]$",
    "^[[]$",
  ];

  it("matches exactly what RegExp(pattern, 'u').test matches, on bytes", () => {
    const inputs = strings(3000, 15);
    for (const source of supported) {
      const pattern = compileBytePattern(source);
      expect(pattern, source).toBeDefined();
      const regex = new RegExp(source, "u");
      for (const text of inputs) {
        const bytes = Buffer.from(`,${text},`, "utf8");
        expect(pattern?.test(bytes, 1, bytes.length - 1), `${source} on ${JSON.stringify(text)}`).toBe(
          regex.test(text),
        );
      }
    }
  });

  it("past its DFA's size it simulates the NFA, with the same answers", () => {
    // "an a nine symbols before the end": 2^10 DFA states, more than the table keeps
    const source = "^[ab]*a[ab][ab][ab][ab][ab][ab][ab][ab][ab]$";
    const pattern = compileBytePattern(source);
    const regex = new RegExp(source, "u");
    const next = random(3);
    for (let n = 0; n < 3000; n++) {
      let text = "";
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += next() < 0.5 ? "a" : "b";
      const bytes = Buffer.from(text);
      expect(pattern?.test(bytes, 0, bytes.length), text).toBe(regex.test(text));
    }
  });

  it("leaves every other pattern to RegExp", () => {
    for (const source of unsupported) expect(compileBytePattern(source), source).toBeUndefined();
  });
});

describe("ByteValueSet", () => {
  it("holds the UTF-8 of well-formed values and nothing else", () => {
    const set = new ByteValueSet(["US", "GB", "日本", "\uD83D", "", "a b"]);
    const has = (text: string) => {
      const bytes = Buffer.from(`x${text}y`, "utf8");
      return set.has(bytes, 1, bytes.length - 1);
    };
    expect(["US", "GB", "日本", "a b"].map(has)).toEqual([true, true, true, true]);
    expect(["U", "USA", "us", "日", "\uFFFD", " US"].map(has)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    const many = new ByteValueSet(Array.from({ length: 500 }, (_, i) => `v${i}`));
    const bytes = Buffer.from("v499 v500");
    expect(many.has(bytes, 0, 4)).toBe(true);
    expect(many.has(bytes, 5, 9)).toBe(false);
  });

  it("trimmedAscii: printable ASCII at both ends", () => {
    const bytes = Buffer.from(" ab é\t", "utf8");
    expect(trimmedAscii(bytes, 1, 3)).toBe(true);
    expect(trimmedAscii(bytes, 0, 3)).toBe(false);
    expect(trimmedAscii(bytes, 1, 6)).toBe(false);
    expect(trimmedAscii(bytes, 2, 2)).toBe(false);
  });
});
