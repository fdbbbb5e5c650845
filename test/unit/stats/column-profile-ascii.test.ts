import { describe, expect, it } from "vitest";
import { CsvTokenizer } from "../../../src/data/csv-tokenizer.js";
import { ColumnProfiler } from "../../../src/stats/column-profile.js";

// addCsvColumn asks the tokenizer once per batch whether its bytes are all ASCII (a text field's length is
// then its byte length); a later batch with non-ASCII text, of the same or another tokenizer, must be
// measured in UTF-16 units again.
describe("ColumnProfiler.addCsvColumn on ASCII and non-ASCII batches", () => {
  it("measures text by UTF-16 units in a non-ASCII batch after ASCII ones, and by bytes in ASCII ones", () => {
    const batches = [
      ["id-1", "name", "x"],
      ["aéééééééééééz", "b\u{1F600}\u{1F600}c", "ok"],
      ["short", "a"],
      ["d\u00e9j\u00e0 vu", "zzzzzzzzzzzzzzzzzzzzzzzz"],
    ];
    const byColumn = new ColumnProfiler("v");
    const byText = new ColumnProfiler("v");
    const tokenizers = [new CsvTokenizer(), new CsvTokenizer()];
    for (const tokenizer of tokenizers) tokenizer.feed(Buffer.from("v,i\n"), false);
    for (const [b, values] of batches.entries()) {
      // Two tokenizers in turn, as two files' parts are read on one thread.
      const tokenizer = tokenizers[b % 2] as CsvTokenizer;
      tokenizer.feed(Buffer.from(values.map((value, i) => `${value},${i}\n`).join("")), false);
      expect(tokenizer.records).toBe(values.length);
      byColumn.addCsvColumn(tokenizer, 0);
      for (const value of values) byText.add(value);
      expect(JSON.stringify(byColumn.toJSON()), `after batch ${b}`).toBe(JSON.stringify(byText.toJSON()));
    }
    const profile = byColumn.profile();
    expect(profile.minLength).toBe(1);
    expect(profile.maxLength).toBe(24);
  });
});
