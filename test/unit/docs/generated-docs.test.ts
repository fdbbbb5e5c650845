import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");
const script = join(root, "scripts", "generate-docs.mjs");

function generate(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const actionSources = [
  ...(existsSync(join(root, "action.yml")) ? [{ page: "trainyard", source: "action.yml" }] : []),
  ...readdirSync(join(root, "actions"))
    .filter((name) => existsSync(join(root, "actions", name, "action.yml")))
    .map((name) => ({ page: name, source: `actions/${name}/action.yml` })),
];

describe("docs generated from action.yml and the trainyard.yml schema", () => {
  it("are in sync (run `node scripts/generate-docs.mjs` after changing an action.yml or the schema)", () => {
    const result = generate("--check");
    expect(result.output).toMatch(/up to date/);
    expect(result.status).toBe(0);
  });

  it.each(actionSources)("document every input and output of $source", ({ page, source }) => {
    const metadata = parseYaml(readFileSync(join(root, source), "utf8")) as {
      inputs?: Record<string, unknown>;
      outputs?: Record<string, unknown>;
    };
    const text = readFileSync(join(root, "docs", "actions", `${page}.md`), "utf8");
    for (const name of [...Object.keys(metadata.inputs ?? {}), ...Object.keys(metadata.outputs ?? {})])
      expect(text).toContain(`| \`${name}\` |`);
  });

  it("document every key of schema/trainyard.schema.json", () => {
    const schema = JSON.parse(readFileSync(join(root, "schema", "trainyard.schema.json"), "utf8"));
    const paths: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      for (const [key, child] of Object.entries(
        (node.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        paths.push(`${path}${key}`);
        walk(child, `${path}${key}.`);
      }
      for (const variant of (node.anyOf ?? []) as Record<string, unknown>[]) walk(variant, path);
      const extra = node.additionalProperties;
      if (extra && typeof extra === "object" && !node.properties)
        walk(extra as Record<string, unknown>, `${path}<name>.`);
    };
    walk(schema, "");
    expect(paths.length).toBeGreaterThan(50);
    const text = readFileSync(join(root, "docs", "configuration.md"), "utf8");
    for (const path of paths) expect(text).toContain(`| \`${path}\` |`);
  });
});

describe("the --check mode", () => {
  const docs = mkdtempSync(join(tmpdir(), "trainyard-docs-"));
  afterAll(() => rmSync(docs, { recursive: true, force: true }));

  it("fails naming each stale, missing or orphaned page", () => {
    expect(generate("--docs", docs).status).toBe(0);
    expect(generate("--check", "--docs", docs).status).toBe(0);

    writeFileSync(join(docs, "actions", "train.md"), "# edited by hand\n");
    unlinkSync(join(docs, "configuration.md"));
    writeFileSync(join(docs, "actions", "retired-step.md"), "# an action that is gone\n");
    const result = generate("--check", "--docs", docs);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/train\.md is stale/);
    expect(result.output).toMatch(/configuration\.md is missing/);
    expect(result.output).toMatch(/retired-step\.md documents an action that no longer exists/);

    expect(generate("--docs", docs).status).toBe(0);
    expect(existsSync(join(docs, "actions", "retired-step.md"))).toBe(false);
    expect(generate("--check", "--docs", docs).status).toBe(0);
  });
});
