import { describe, expect, it } from "vitest";
import {
  ByteNumberScanner,
  booleanBytes,
  parseIsoTimestampBytes,
  parseIsoTimestampCommon,
} from "../../../src/stats/parse-bytes.js";
import { NumberScanner, parseIsoTimestamp, trimText } from "../../../src/stats/parse-text.js";
import { parseTyped } from "../../../src/validation/parse-typed.js";
import { uniform } from "./random.js";

const next = uniform(5);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

/** Texts near the grammars: numbers, timestamps, booleans, with spaces (ASCII and not), signs and junk. */
function corpus(): string[] {
  const texts = [
    "0",
    "-0",
    "+0",
    "1e-7",
    "1E+7",
    ".5",
    "-.5",
    "5.",
    "1_000",
    "1,5",
    "0x10",
    "Infinity",
    "NaN",
    "1e400",
    "123456789012345678901234",
    "9007199254740993",
    "0.1",
    "1e",
    "e1",
    "+",
    "-",
    ".",
    "",
    " ",
    "\u00a0",
    " 12 ",
    "\t-3.5\n",
    "\u00a042\u3000",
    "4\u00a02",
    "١٢",
    "true",
    "FALSE",
    " True ",
    "1",
    "0",
    "tru",
    "\u00a0false",
    "2024-01-01",
    "2024-01-01T10:00:00Z",
    "2024-01-01T10:00:00.1234567+05:30",
    "2024-01-01 10:00+0100",
    " 2024-01-01",
    "2024-01-01 ",
    "2024-02-30",
    "2024-13-01",
    "2024-01-01T24:00",
    "2024-01-01T24:01",
    "2024-01-01T10:00:60Z",
    "2024-01-01T10:00+24:00",
    "2024-01-01T10:00:0",
    "2024-01-01T",
    "2024-01-01T10:00:00.",
    "2024-01-01T10:00:00Z ",
    "2024-01-01\u00a0",
    "２０２４-01-01",
    "0000-01-01",
  ];
  const pieces = ["1", "2", "9", "0", ".", "e", "E", "-", "+", " ", "\u00a0", "x", "é", "5", "7"];
  for (let i = 0; i < 1500; i++) {
    let text = "";
    const length = 1 + Math.floor(next() * 8);
    for (let k = 0; k < length; k++) text += pick(pieces);
    texts.push(text);
  }
  for (let i = 0; i < 1500; i++) {
    const chars = [..."2024-06-15T12:34:56.789+02:00"];
    const cut = Math.floor(next() * chars.length) + 1;
    const kept = chars.slice(0, cut);
    if (next() < 0.5)
      kept[Math.floor(next() * kept.length)] = pick(["0", "9", ":", "-", "Z", " ", "T", "+", "x"]);
    texts.push(kept.join(""));
  }
  return texts;
}

/** The text inside a longer buffer, so a scanner that reads past its end would see other bytes. */
function embedded(text: string): { bytes: Buffer; start: number; end: number } {
  const inner = Buffer.from(text, "utf8");
  const bytes = Buffer.concat([Buffer.from("9:+0"), inner, Buffer.from(":00+01:0099")]);
  return { bytes, start: 4, end: 4 + inner.length };
}

describe("byte scanners", () => {
  const texts = corpus();

  it("ByteNumberScanner gives NumberScanner's grammar and exact value (trimmed)", () => {
    const bytesScanner = new ByteNumberScanner();
    const textScanner = new NumberScanner();
    for (const text of texts) {
      const { bytes, start, end } = embedded(text);
      const expected = textScanner.scan(trimText(text));
      expect(bytesScanner.scan(bytes, start, end), JSON.stringify(text)).toBe(expected);
      if (expected !== 0)
        expect(Object.is(bytesScanner.value, textScanner.value), JSON.stringify(text)).toBe(true);
    }
  });

  it("parseIsoTimestampBytes gives parseIsoTimestamp's value, untrimmed and trimmed", () => {
    for (const text of texts) {
      const { bytes, start, end } = embedded(text);
      expect(parseIsoTimestampBytes(bytes, start, end), JSON.stringify(text)).toEqual(
        parseIsoTimestamp(text),
      );
      expect(parseIsoTimestampBytes(bytes, start, end, true), JSON.stringify(text)).toEqual(
        parseIsoTimestamp(trimText(text)),
      );
    }
  });

  it("parseIsoTimestampCommon gives parseIsoTimestamp's value or NaN, and a value for the common layouts", () => {
    // The common layouts from random instants over 0000–9999 (so the month cache changes year often), as
    // they are and with one byte changed, then the corpus.
    const common: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const iso = new Date(Math.floor((next() * 2 - 1) * 62_135_596_800_000) + 1_000_000).toISOString();
      const layout = pick([10, 19, 20, 23, 24]);
      let text =
        layout === 20 ? `${iso.slice(0, 19)}Z` : layout === 23 ? iso.slice(0, 23) : iso.slice(0, layout);
      if (layout > 10 && next() < 0.3) text = `${text.slice(0, 10)} ${text.slice(11)}`;
      common.push(text);
      const at = Math.floor(next() * text.length);
      common.push(
        text.slice(0, at) + pick(["0", "9", "3", ":", "-", "Z", " ", "T", ".", "x"]) + text.slice(at + 1),
      );
    }
    let numbers = 0;
    for (const text of [...common, ...texts]) {
      const { bytes, start, end } = embedded(text);
      const value = parseIsoTimestampCommon(bytes, start, end);
      if (Number.isNaN(value)) continue;
      numbers++;
      expect(value, JSON.stringify(text)).toBe(parseIsoTimestamp(text));
    }
    for (const text of common.filter((_, i) => i % 2 === 0)) {
      const { bytes, start, end } = embedded(text);
      expect(parseIsoTimestampCommon(bytes, start, end), JSON.stringify(text)).toBe(parseIsoTimestamp(text));
    }
    expect(numbers).toBeGreaterThan(3000);
  });

  it("booleanBytes gives parseTyped's boolean", () => {
    for (const text of texts) {
      const { bytes, start, end } = embedded(text);
      expect(booleanBytes(bytes, start, end), JSON.stringify(text)).toBe(parseTyped("boolean", text));
    }
  });
});
