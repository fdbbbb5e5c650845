export interface ConfigIssue {
  path: (string | number)[];
  line?: number;
  column?: number;
  message: string;
  expected?: string;
  found?: string;
  suggestion?: string;
}

export function formatIssue(file: string, issue: ConfigIssue): string {
  const where = issue.line ? `${file}:${issue.line}${issue.column ? `:${issue.column}` : ""}` : file;
  const path = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return `${where}: ${path}${issue.message}`;
}

/** trainyard.yml is missing, malformed or invalid; `issues` says where and what, one per problem. */
export class ConfigError extends Error {
  constructor(
    readonly path: string,
    readonly issues: ConfigIssue[],
  ) {
    super(issues.map((issue) => formatIssue(path, issue)).join("\n"));
    this.name = "ConfigError";
  }
}
