/** The bytes of a .wat file's module (wabt, SIMD enabled). */
export function compileWat(path: string): Promise<Buffer>;
/** The TypeScript source holding a module's bytes as a base64 constant. */
export function constantSource(name: string, bytes: Buffer): string;
