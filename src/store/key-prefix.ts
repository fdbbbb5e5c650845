import { InvalidKeyError } from "./blob-store.js";

/**
 * A `list` prefix is any leading part of a valid key: empty, ending in `/`, or ending mid-segment
 * (`blobs/sha256/ab`). Only its complete segments are held to the key rules, so `a/.` stays a valid prefix
 * of `a/.hidden` while `../` and `/abs` are rejected.
 */
export function assertValidPrefix(prefix: string): void {
  if (prefix === "") return;
  const segments = prefix.split("/");
  const complete = segments.slice(0, -1);
  const last = segments[segments.length - 1] ?? "";
  if (
    prefix.startsWith("/") ||
    prefix.includes("\\") ||
    prefix.includes("\0") ||
    complete.some((part) => part === ".." || part === "." || part === "") ||
    last === ".."
  ) {
    throw new InvalidKeyError(prefix);
  }
}

/** S3's order: keys compared as UTF-8 bytes (differs from JavaScript's UTF-16 order for some characters). */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
