import type { z } from "zod";
import { UserError } from "../../errors/user-error.js";

/** A contract file that failed to parse or validate: names the file and every field that is wrong. */
export class ContractError extends UserError {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "ContractError";
  }
}

function formatIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 10)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`)
    .join("; ");
}

/**
 * Parses a contract file handed from one step to another. `kind` and `version` are checked first so that a
 * file from another trainyard version says so instead of failing on some inner field.
 */
export function parseContract<T extends z.ZodType>(
  schema: T,
  text: string,
  file: string,
  expected: { kind: string; version: number },
): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ContractError(
      file,
      `not valid JSON (${(error as Error).message}); the file is damaged or truncated`,
    );
  }
  const header = json as { kind?: unknown; version?: unknown } | null;
  if (typeof header !== "object" || header === null || header.kind !== expected.kind) {
    throw new ContractError(
      file,
      `expected a ${expected.kind} file, found kind ${JSON.stringify(header?.kind)}`,
    );
  }
  if (header.version !== expected.version) {
    throw new ContractError(
      file,
      `${expected.kind} version ${JSON.stringify(header.version)} is not supported (this trainyard reads version ${expected.version})`,
    );
  }
  // jitless: a contract is parsed once or a few times per process, and zod's compiled object parser costs
  // more to generate (~3.5 ms for a snapshot manifest) than it saves on one parse (~0.1 ms a parse after).
  const result = schema.safeParse(json, { jitless: true });
  if (!result.success)
    throw new ContractError(file, `invalid ${expected.kind}: ${formatIssues(result.error.issues)}`);
  return result.data;
}

/** Serializes a contract with sorted-stable key order as given and a trailing newline. */
export function serializeContract(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
