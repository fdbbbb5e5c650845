#!/usr/bin/env node
// Release notes from what a caller sees change between two refs: the inputs and outputs of every action.yml
// (the root action and actions/*/action.yml) and of every reusable workflow (.github/workflows/*.yml with
// on.workflow_call), and the permissions each reusable workflow's jobs ask for (a caller must grant them).
//
//   node scripts/release-notes.mjs --from v0.3.0 --to HEAD [--title v0.4.0] [--repo <dir>]
//
// --from empty (a first release) lists everything as added. Written to stdout as Markdown.
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { parse } from "yaml";

function git(repo, args) {
  return execFileSync("git", ["-C", repo, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** The files that define what callers use, at a ref: path → text. */
function surfaceAt(repo, ref) {
  if (!ref) return new Map();
  const files = git(repo, ["ls-tree", "-r", "--name-only", ref])
    .split("\n")
    .filter(
      (path) =>
        path === "action.yml" ||
        /^actions\/[^/]+\/action\.ya?ml$/.test(path) ||
        /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path),
    );
  return new Map(files.map((path) => [path, git(repo, ["show", `${ref}:${path}`])]));
}

const mapping = (value) => (value && typeof value === "object" && !Array.isArray(value) ? value : {});

/** What a caller sees of one file: inputs, outputs, and (reusable workflows) each job's permissions. */
export function surfaceOf(path, text) {
  const document = mapping(parse(text));
  if (path.startsWith(".github/workflows/")) {
    const on = mapping(document.on);
    if (!("workflow_call" in on)) return undefined;
    const call = mapping(on.workflow_call);
    const permissions = {};
    for (const [job, spec] of Object.entries(mapping(document.jobs)))
      permissions[job] = mapping(spec).permissions ?? document.permissions ?? "default";
    return {
      kind: "workflow",
      inputs: mapping(call.inputs),
      outputs: mapping(call.outputs),
      secrets: mapping(call.secrets),
      permissions,
    };
  }
  return {
    kind: "action",
    inputs: mapping(document.inputs),
    outputs: mapping(document.outputs),
    permissions: {},
  };
}

function describeInput(spec) {
  const parts = [];
  const value = mapping(spec);
  if (value.required === true) parts.push("required");
  if (value.default !== undefined && value.default !== "") parts.push(`default \`${String(value.default)}\``);
  if (value.type) parts.push(String(value.type));
  return parts.join(", ");
}

function describePermissions(value) {
  if (typeof value === "string") return value;
  const entries = Object.entries(mapping(value));
  return entries.length === 0 ? "none" : entries.map(([scope, level]) => `${scope}: ${level}`).join(", ");
}

/** The changes between two surfaces (maps path → text), as Markdown lines, grouped by file. */
export function diffSurfaces(before, after) {
  const sections = [];
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const path of paths) {
    const old = before.has(path) ? surfaceOf(path, before.get(path)) : undefined;
    const now = after.has(path) ? surfaceOf(path, after.get(path)) : undefined;
    if (!old && !now) continue;
    const lines = [];
    if (!old) lines.push(`- new ${now.kind}`);
    if (!now) lines.push(`- removed ${old.kind}`);
    const a = old ?? { inputs: {}, outputs: {}, secrets: {}, permissions: {} };
    const b = now ?? { inputs: {}, outputs: {}, secrets: {}, permissions: {} };
    for (const [what, key] of [
      ["input", "inputs"],
      ["output", "outputs"],
      ["secret", "secrets"],
    ]) {
      const x = mapping(a[key]);
      const y = mapping(b[key]);
      for (const name of Object.keys(y)
        .filter((n) => !(n in x))
        .sort())
        lines.push(
          `- added ${what} \`${name}\`${key === "inputs" && describeInput(y[name]) ? ` (${describeInput(y[name])})` : ""}`,
        );
      for (const name of Object.keys(x)
        .filter((n) => !(n in y))
        .sort())
        lines.push(`- removed ${what} \`${name}\``);
      if (key === "inputs")
        for (const name of Object.keys(y)
          .filter((n) => n in x)
          .sort()) {
          const was = describeInput(x[name]);
          const is = describeInput(y[name]);
          if (was !== is)
            lines.push(`- changed input \`${name}\`: ${was || "optional"} → ${is || "optional"}`);
        }
    }
    const jobs = [...new Set([...Object.keys(a.permissions), ...Object.keys(b.permissions)])].sort();
    for (const job of jobs) {
      const was = job in a.permissions ? describePermissions(a.permissions[job]) : undefined;
      const is = job in b.permissions ? describePermissions(b.permissions[job]) : undefined;
      if (was === is) continue;
      if (was === undefined) lines.push(`- permissions of new job \`${job}\`: ${is}`);
      else if (is === undefined) lines.push(`- job \`${job}\` removed (it asked for ${was})`);
      else lines.push(`- permissions of job \`${job}\`: ${was} → ${is}`);
    }
    if (lines.length > 0) sections.push({ path, lines });
  }
  return sections;
}

export function renderNotes(title, from, to, sections) {
  const out = [`# ${title}`, ""];
  out.push(from ? `Changes for callers since ${from} (${to}).` : `First release (${to}).`, "");
  if (sections.length === 0) out.push("No input, output, secret or permission changed.", "");
  for (const { path, lines } of sections) out.push(`## \`${path}\``, "", ...lines, "");
  out.push(
    "Pin a release by its commit SHA with the version in a comment, e.g.",
    `\`uses: trainyard/trainyard/.github/workflows/training-pipeline.yml@<sha> # ${title}\`.`,
    "",
  );
  return out.join("\n");
}

function main() {
  const { values } = parseArgs({
    options: {
      from: { type: "string", default: "" },
      to: { type: "string", default: "HEAD" },
      title: { type: "string" },
      repo: { type: "string", default: process.cwd() },
    },
  });
  const to = values.to;
  const before = surfaceAt(values.repo, values.from);
  const after = surfaceAt(values.repo, to);
  process.stdout.write(renderNotes(values.title ?? to, values.from, to, diffSurfaces(before, after)));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
