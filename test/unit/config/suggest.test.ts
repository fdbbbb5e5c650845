import { describe, expect, it } from "vitest";
import { editDistance, nearestKey } from "../../../src/config/suggest.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent transpositions", () => {
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("mni", "min")).toBe(1);
    expect(editDistance("ca", "abc")).toBe(3);
  });

  it("is symmetric and zero only for equal strings", () => {
    const words = ["seed", "sede", "speed", "sed", "", "threshold", "thresholds"];
    for (const a of words)
      for (const b of words) {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }
  });
});

describe("nearestKey", () => {
  const keys = [
    "min",
    "max",
    "max_null_fraction",
    "mean",
    "std",
    "allowed",
    "pattern",
    "max_age",
    "required",
  ];

  it("suggests the closest key for a typo", () => {
    expect(nearestKey("mni", keys)).toBe("min");
    expect(nearestKey("alowed", keys)).toBe("allowed");
    expect(nearestKey("requried", keys)).toBe("required");
    expect(nearestKey("MAX", keys)).toBe("max");
  });

  it("treats kebab-case as snake_case and completes a unique prefix or suffix", () => {
    expect(nearestKey("max-age", keys)).toBe("max_age");
    expect(nearestKey("null_fraction", keys)).toBe("max_null_fraction");
    expect(nearestKey("timeout", ["timeout_minutes", "seed"])).toBe("timeout_minutes");
  });

  it("suggests nothing when no key is close", () => {
    expect(nearestKey("gpu", keys)).toBeUndefined();
    expect(nearestKey("minimum_rows", keys)).toBeUndefined();
    expect(nearestKey("x", [])).toBeUndefined();
  });
});
