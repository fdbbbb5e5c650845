import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { PYFUNC_WRAPPER_SOURCE, SERVING_HELPER_SOURCE } from "../../../src/serving/python-sources.js";

describe("the embedded Python sources", () => {
  it("equal src/serving/python/*.py (run node scripts/embed-serving-python.mjs after editing them)", async () => {
    expect(SERVING_HELPER_SOURCE).toBe(await readFile("src/serving/python/trainyard_serving.py", "utf8"));
    expect(PYFUNC_WRAPPER_SOURCE).toBe(await readFile("src/serving/python/trainyard_pyfunc.py", "utf8"));
  });
});
