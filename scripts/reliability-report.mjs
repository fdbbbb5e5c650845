#!/usr/bin/env node
// Writes docs/reliability.md from what the reliability tests recorded in .cache/reliability/*.json.
//
//   node scripts/reliability-report.mjs                       read .cache/reliability/, write docs/reliability.md
//   node scripts/reliability-report.mjs --in <dir> --out <file>   other places (tests)
//
// Each file holds one kind of result (several files may hold the same kind; their rows are joined, files in
// name order). The shape, written by test/harness/reliability-log.ts:
//
//   {
//     "kind": "faults" | "races" | "bad-input",
//     "rows": [
//       {
//         "name":    "corrupt-parquet",                      // short and unique within the kind
//         "tried":   "a Parquet source whose first page …",  // what was done; `code spans` allowed
//         "outcome": "exit 1: trainyard: data.parquet: …",   // what happened, the message the user saw
//         "lost":    "nothing"                                // exactly "nothing", or what was lost / leaked / left half-written
//       }
//     ]
//   }
//
// Text is escaped for the table; `code spans` stay code. A row counts as "lost nothing" when `lost` is
// "nothing" (case and a final period aside).
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? resolve(args[index + 1]) : fallback;
};
const inputDir = option("--in", join(root, ".cache", "reliability"));
const outputFile = option("--out", join(root, "docs", "reliability.md"));

const KINDS = [
  { kind: "faults", title: "Faults injected and survived", unit: "faults injected" },
  { kind: "races", title: "Races run", unit: "races run" },
  { kind: "bad-input", title: "Bad inputs tried", unit: "bad inputs tried" },
];

/** Plain text for a table cell: one line, Markdown and HTML inert, `code spans` kept (with `|` escaped). */
function cell(text) {
  const value = String(text ?? "").replace(/\s*[\r\n]+\s*/g, " ");
  const parts = [];
  const codeSpan = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;
  let last = 0;
  for (const match of value.matchAll(codeSpan)) {
    parts.push(plain(value.slice(last, match.index)), match[0].replace(/\|/g, "\\|"));
    last = match.index + match[0].length;
  }
  parts.push(plain(value.slice(last)));
  return parts.join("");
}

function plain(text) {
  return text
    .replace(/[\\`*_[\]|#~>!]/g, (char) => `\\${char}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;");
}

const lostNothing = (row) =>
  String(row.lost ?? "")
    .trim()
    .replace(/\.$/, "")
    .toLowerCase() === "nothing";

async function readResults() {
  const byKind = new Map();
  const sources = new Map();
  const files = existsSync(inputDir)
    ? (await readdir(inputDir)).filter((name) => name.endsWith(".json")).sort()
    : [];
  for (const name of files) {
    const file = join(inputDir, name);
    const data = JSON.parse(await readFile(file, "utf8"));
    if (typeof data.kind !== "string" || !Array.isArray(data.rows))
      throw new Error(`${file}: expected { kind, rows: [{ name, tried, outcome, lost }] }`);
    for (const [index, row] of data.rows.entries())
      for (const key of ["name", "tried", "outcome", "lost"])
        if (typeof row[key] !== "string") throw new Error(`${file}: rows[${index}].${key} is not a string`);
    byKind.set(data.kind, [...(byKind.get(data.kind) ?? []), ...data.rows]);
    sources.set(data.kind, [...(sources.get(data.kind) ?? []), name]);
  }
  return { byKind, sources };
}

/** The test files that record results (they call writeReliability), for the regeneration command. */
async function producers() {
  const dir = join(root, "test", "integration");
  const found = [];
  for (const name of (await readdir(dir)).sort()) {
    if (!name.endsWith(".test.ts")) continue;
    const text = await readFile(join(dir, name), "utf8");
    if (text.includes("writeReliability(")) found.push(`test/integration/${name}`);
  }
  return found;
}

function section({ kind, title, unit }, rows, sources) {
  const heading = `## ${title}`;
  if (!rows)
    return `${heading}\n\nNot measured yet: no \`.cache/reliability/*.json\` file of kind \`${kind}\`.`;
  const nothing = rows.filter(lostNothing).length;
  const lines = [
    heading,
    "",
    `**${rows.length} ${unit}, ${nothing} lost nothing.** From ${sources.map((name) => `\`${name}\``).join(", ")}.`,
    "",
    "| | name | tried | outcome | lost |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      (row) =>
        `| ${lostNothing(row) ? "✅" : "❌"} | ${cell(row.name)} | ${cell(row.tried)} | ${cell(row.outcome)} | ${cell(row.lost)} |`,
    ),
  ];
  const lost = rows.filter((row) => !lostNothing(row));
  if (lost.length > 0) lines.push("", `Lost something: ${lost.map((row) => cell(row.name)).join(", ")}.`);
  return lines.join("\n");
}

// Not generated: how trainyard tells a problem the user can fix from a trainyard bug (src/errors).
const ERROR_TAXONOMY = [
  "## What a failure says: your problem or a trainyard bug",
  "",
  "Every failure is one of two kinds, and the output says which (`src/errors/user-error.ts`).",
  "",
  "| kind | for example | the action's step | the CLI |",
  "| --- | --- | --- | --- |",
  "| **a problem you can fix**: a `UserError` | an invalid `trainyard.yml` or CLI flag, a data file that breaks a rule or cannot be read, a damaged or foreign contract file, a missing snapshot or blob, an S3 store or MLflow server that is unreachable, refuses the credentials or answers an error, a training or prediction command that fails or is not installed, predictions of the wrong shape, failed data validation, a rejected challenger, a champion that moved | fails with the message alone (the stack only in the debug log, `ACTIONS_STEP_DEBUG`) | `trainyard: <message>`, exit code 1; a wrong flag or argument: `trainyard <command>: <message>` and the usage, exit code 2 |",
  "| **a trainyard bug**: anything else (a plain `Error`, a `TypeError`, a thrown value that is not an `Error`) | a broken internal invariant | fails with the stack, the stacks of its causes, then `this is a trainyard bug: please report it at https://github.com/trainyard/trainyard/issues with the log above` | `trainyard: ` and the same text, exit code 1 |",
  "",
  "In the code: throw a `UserError` (or one of its subclasses: `ConfigError`, `DataError`, `ContractError`,",
  "`S3StoreError`, `MlflowError`, …) for anything the person running trainyard can act on, an unreachable",
  "server included, and a plain `Error` only for what can happen through a bug alone.",
  "`test/unit/errors/taxonomy.test.ts` checks that every exported error class in `src` extends `UserError`",
  "unless an allow-list names it with its reason.",
  "",
];

const { byKind, sources } = await readResults();
const tests = await producers();
const known = new Set(KINDS.map((entry) => entry.kind));
const kinds = [
  ...KINDS,
  ...[...byKind.keys()]
    .filter((kind) => !known.has(kind))
    .sort()
    .map((kind) => ({ kind, title: kind, unit: "tried" })),
];
const all = [...byKind.values()].flat();
const document = [
  "# Reliability",
  "",
  "What trainyard was put through (faults injected, races run, bad inputs tried), what the user saw, and for",
  "each what was lost. The goal is nothing: no lost or duplicated record, no half-written file, no leaked",
  "secret, no shell command run from data.",
  "",
  `Generated by \`node ${relative(root, fileURLToPath(import.meta.url))}\` from \`.cache/reliability/*.json\`, which the`,
  "integration tests write. To regenerate (the tests start MLflow and an S3 server themselves):",
  "",
  "```sh",
  `npx vitest run --project integration ${tests.join(" ")} \\`,
  "  && node scripts/reliability-report.mjs",
  "```",
  "",
  `In all: **${all.length} tried, ${all.filter(lostNothing).length} lost nothing.**`,
  "",
  ...kinds.flatMap((entry) => [section(entry, byKind.get(entry.kind), sources.get(entry.kind)), ""]),
  ...ERROR_TAXONOMY,
].join("\n");

await writeFile(outputFile, document);
console.log(`wrote ${relative(process.cwd(), outputFile)}: ${all.length} rows of ${byKind.size} kind(s)`);
