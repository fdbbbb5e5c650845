const ZERO_WIDTH_SPACE = "\u200b";

/**
 * Escapes user text (column names, values, branch names) for GitHub-flavoured Markdown: no formatting, no
 * HTML, no links, no math, and no @mentions or #references that would ping people or link issues.
 * Backslash escapes stop Markdown itself (and the autolinks of `https://` and `www.`, which cmark-gfm
 * finds while parsing); mentions, issue references and e-mail links are found later in the rendered text,
 * where a backslash is gone, so a zero-width space after `@` and `#` breaks them instead. Line breaks
 * become spaces and bidirectional overrides are dropped, so one value cannot reshape the report.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\r\n|[\p{Cc}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/[\\`*_{}[\]()#+!|~>$:-]/g, (char) => `\\${char}`)
    .replace(/(www)\./gi, "$1\\.")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/[@#]/g, (char) => `${char}${ZERO_WIDTH_SPACE}`);
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
    .replace(/\r\n|[\r\n]/g, " ");
  return `\`${text}\``;
}

/**
 * Inline code inside a table cell: as `code`, and a `|` is written `\\|`, which GitHub's table parser
 * reads as a pipe inside the cell even within a code span (a bare `|` would end the cell).
 */
export function codeCell(value: unknown, maxLength = 120): string {
  const text = String(value ?? "");
  const short = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return code(short).replace(/\|/g, "\\|");
}
