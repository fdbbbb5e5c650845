/** The parts of the WebAssembly API used here (the project's TypeScript libraries do not declare it). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

/**
 * A WebAssembly kernel embedded in the bundle as base64 (compiled from its `.wat` by scripts/build-wasm.mjs,
 * so it survives ncc and loads in worker threads). It is compiled on the first `instantiate` and kept for
 * the thread; where WebAssembly (SIMD) is not available, `instantiate` gives undefined and the caller takes
 * its JavaScript path.
 */
export class EmbeddedKernel<Exports> {
  private compiled: object | null | undefined;

  constructor(private readonly base64: string) {}

  /** A new instance (its own memory), or undefined without WebAssembly (SIMD). */
  instantiate(): Exports | undefined {
    const api = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
    if (this.compiled === undefined) {
      try {
        this.compiled = api ? new api.Module(Buffer.from(this.base64, "base64")) : null;
      } catch {
        this.compiled = null;
      }
    }
    if (!this.compiled || !api) return undefined;
    return new api.Instance(this.compiled).exports as Exports;
  }
}
