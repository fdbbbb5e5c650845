/**
 * What a step may ask of the world it runs in. Steps receive a Context and never import `@actions/*`:
 * one implementation serves GitHub Actions (`actions-context.ts`), one the terminal (`terminal-context.ts`).
 * Inputs and outputs are not here: the edge reads a step's declared inputs (`src/inputs/`) and sets the
 * outputs the step returns.
 */

/** Where a warning or error points: GitHub shows it on that line of that file. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
}

/** Reports how far a long transfer has come; implementations throttle what they print. */
export interface Progress {
  update(done: number): void;
  finish(): void;
}

export type OutputValue = string | number | boolean;

/** A cache of folders that outlives the job (GitHub's Actions cache); steps fall back to the blob store without it. */
export interface DirectoryCache {
  /** Restores the folder saved under `key` into `directory`; false on a miss. */
  restore(directory: string, key: string): Promise<boolean>;
  save(directory: string, key: string): Promise<void>;
}

export interface Context {
  readonly log: Logger;
  /** Runs `fn` inside a collapsible log section. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Masks a value in every later log line. */
  setSecret(value: string): void;
  /** The text with every secret given to setSecret replaced by `***`, for files and errors that leave the log. */
  mask(text: string): string;
  /** Appends Markdown to the job summary (the terminal prints it). */
  appendSummary(markdown: string): Promise<void>;
  /** Starts progress reporting for a transfer of `total` units (bytes, rows, files). */
  progress(label: string, total: number, unit?: string): Progress;
  /** The environment the step sees; tests pass their own. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths are resolved against (GITHUB_WORKSPACE on a runner). */
  readonly workingDirectory: string;
  /** Present on a runner whose Actions cache service is available. */
  readonly cache?: DirectoryCache;
}
