/**
 * Escapes user text (column names, values, branch names) for GitHub-flavoured Markdown: no formatting, no
 * HTML, no links, and no @mentions or #references that would ping people or link issues.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (char) => `\\${char}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/@/g, "@\u200b")
    .replace(/\r?\n/g, " ");
}

/** Text inside a table cell: escaped, and kept short so one odd value cannot blow up the table. */
export function cell(value: unknown, maxLength = 120): string {
  const text = value === null || value === undefined ? "" : String(value);
  const short = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return escapeMarkdown(short);
}

export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Inline code: backslash escapes do not work inside code spans, so backticks are replaced instead. */
export function code(value: unknown): string {
  const text = String(value ?? "")
    .replace(/`/g, "ʼ")
    .replace(/\r?\n/g, " ");
  return `\`${text}\``;
}
