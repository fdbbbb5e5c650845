import { afterEach, describe, expect, it, vi } from "vitest";
import { WASM_BASE64 } from "../../../src/data/wasm/csv-tokenizer-kernel-wasm.js";
import { EmbeddedKernel } from "../../../src/wasm/embedded-kernel.js";

describe("an embedded WebAssembly kernel", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("gives a new instance, with its own memory, each time", () => {
    const kernel = new EmbeddedKernel<{ memory: { buffer: ArrayBuffer } }>(WASM_BASE64);
    const one = kernel.instantiate();
    const two = kernel.instantiate();
    expect(one?.memory.buffer).toBeInstanceOf(ArrayBuffer);
    expect(two?.memory.buffer).not.toBe(one?.memory.buffer);
  });

  it("gives undefined where the bytes do not compile or WebAssembly is missing, so callers take their JavaScript path", () => {
    expect(new EmbeddedKernel(Buffer.from("not a module").toString("base64")).instantiate()).toBeUndefined();
    vi.stubGlobal("WebAssembly", undefined);
    expect(new EmbeddedKernel(WASM_BASE64).instantiate()).toBeUndefined();
  });
});
