import { UserError } from "../errors/user-error.js";
/** One problem in trainyard.yml. */
export interface ConfigIssue {
  /** Where in the config, e.g. ["validate", "columns", "age", "min"]; empty for the whole file. */
  path: (string | number)[];
  /** 1-based position of the offending node (of the key itself for an unknown key). */
  line?: number;
  column?: number;
  /** The whole explanation, including expected, found and suggestion when there are some. */
  message: string;
  expected?: string;
  found?: string;
  /** The known key or value the author most likely meant. */
  suggestion?: string;
}

/** `trainyard.yml:7:5: validate.columns.age.mni: unknown key; did you mean "min"?` */
export function formatIssue(file: string, issue: ConfigIssue): string {
  const where = issue.line ? `${file}:${issue.line}${issue.column ? `:${issue.column}` : ""}` : file;
  const path = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return `${where}: ${path}${issue.message}`;
}

/** trainyard.yml is missing, malformed or invalid; `issues` says where and what, one per problem. */
export class ConfigError extends UserError {
  constructor(
    /** The config file, as given to the loader. */
    readonly path: string,
    readonly issues: ConfigIssue[],
  ) {
    super(issues.map((issue) => formatIssue(path, issue)).join("\n"));
    this.name = "ConfigError";
  }
}
