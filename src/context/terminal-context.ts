import type { AnnotationProperties, Context, Logger, Progress } from "./context.js";
import { throttledProgress } from "./format-progress.js";

export interface TerminalContextOptions {
  env?: Record<string, string | undefined>;
  workingDirectory?: string;
  /** Where log lines go; stderr by default so that `--json` output on stdout stays clean. */
  write?: (line: string) => void;
  verbose?: boolean;
}

function where(properties?: AnnotationProperties): string {
  if (!properties?.file) return "";
  const line = properties.startLine ? `:${properties.startLine}` : "";
  const column = properties.startLine && properties.startColumn ? `:${properties.startColumn}` : "";
  return `${properties.file}${line}${column}: `;
}

/** The Context of the `trainyard` CLI: logs go to stderr, the job summary is collected for stdout. */
export class TerminalContext implements Context {
  readonly summaries: string[] = [];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly workingDirectory: string;
  readonly log: Logger;
  private readonly secrets = new Set<string>();
  private readonly write: (line: string) => void;
  private depth = 0;

  constructor(options: TerminalContextOptions = {}) {
    this.env = options.env ?? process.env;
    this.workingDirectory = options.workingDirectory ?? process.cwd();
    const sink = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
    this.write = (line) => sink(`${"  ".repeat(this.depth)}${this.mask(line)}`);
    const verbose = options.verbose ?? false;
    this.log = {
      debug: (message) => {
        if (verbose) this.write(`debug: ${message}`);
      },
      info: (message) => this.write(message),
      notice: (message, properties) => this.write(`notice: ${where(properties)}${message}`),
      warning: (message, properties) => this.write(`warning: ${where(properties)}${message}`),
      error: (message, properties) => this.write(`error: ${where(properties)}${message}`),
    };
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.write(`▸ ${name}`);
    this.depth++;
    try {
      return await fn();
    } finally {
      this.depth--;
    }
  }

  setSecret(value: string): void {
    if (value) this.secrets.add(value);
  }

  async appendSummary(markdown: string): Promise<void> {
    this.summaries.push(this.mask(markdown));
  }

  progress(label: string, total: number, unit = "bytes"): Progress {
    return throttledProgress(label, total, unit, (line) => this.write(line), 2000);
  }

  mask(text: string): string {
    let masked = text;
    for (const secret of this.secrets) masked = masked.split(secret).join("***");
    return masked;
  }
}
