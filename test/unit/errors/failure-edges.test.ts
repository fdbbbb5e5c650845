import * as core from "@actions/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Command } from "../../../src/cli/command.js";
import { UsageError } from "../../../src/cli/command.js";
import { runCli } from "../../../src/cli/run-cli.js";
import { ConfigError } from "../../../src/config/config-error.js";
import { runAction } from "../../../src/context/run-action.js";
import { describeFailure } from "../../../src/errors/describe-failure.js";
import { BUG_REPORT_HINT, UserError } from "../../../src/errors/user-error.js";

vi.mock("@actions/core", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@actions/core")>()),
  setFailed: vi.fn(),
  debug: vi.fn(),
}));

afterEach(() => {
  vi.mocked(core.setFailed).mockClear();
  vi.mocked(core.debug).mockClear();
});

/** Runs a one-command CLI whose command throws `thrown`. */
async function cliThrowing(thrown: unknown) {
  const command: Command = {
    name: "fail",
    summary: "throws",
    usage: "",
    options: {},
    run: async () => {
      throw thrown;
    },
  };
  let stdout = "";
  let stderr = "";
  const code = await runCli([command], "0.0.0-test", {
    argv: ["fail"],
    env: {},
    cwd: process.cwd(),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

async function actionThrowing(thrown: unknown): Promise<string> {
  vi.mocked(core.setFailed).mockClear();
  await runAction(async () => {
    throw thrown;
  });
  expect(core.setFailed).toHaveBeenCalledTimes(1);
  return String(vi.mocked(core.setFailed).mock.calls[0]?.[0]);
}

describe("the action runner", () => {
  it("fails the step with a UserError's message alone, its stack only in the debug log", async () => {
    const message = await actionThrowing(new UserError("store: bucket missing"));
    expect(message).toBe("store: bucket missing");
    expect(core.debug).toHaveBeenCalledWith(expect.stringContaining("UserError: store: bucket missing"));
  });

  it("prints a subclass of UserError plainly too", async () => {
    const error = new ConfigError("trainyard.yml", [{ path: ["model"], line: 2, message: "required" }]);
    expect(await actionThrowing(error)).toBe("trainyard.yml:2: model: required");
  });

  it("fails the step of a bug with the stack and the bug-report hint", async () => {
    const message = await actionThrowing(new Error("undefined is not a column"));
    expect(message).toMatch(/^Error: undefined is not a column\n\s+at /);
    expect(message).toContain("failure-edges.test.ts");
    expect(message.endsWith(`\n${BUG_REPORT_HINT}`)).toBe(true);
  });

  it("treats a TypeError as a bug", async () => {
    const message = await actionThrowing(new TypeError("x is not a function"));
    expect(message).toMatch(/^TypeError: x is not a function\n\s+at /);
    expect(message).toContain(BUG_REPORT_HINT);
  });

  it("treats a thrown non-Error value as a bug and shows it", async () => {
    expect(await actionThrowing("plain string")).toBe(
      `a non-Error value was thrown: 'plain string'\n${BUG_REPORT_HINT}`,
    );
    expect(await actionThrowing({ code: 42 })).toBe(
      `a non-Error value was thrown: { code: 42 }\n${BUG_REPORT_HINT}`,
    );
    expect(await actionThrowing(undefined)).toContain("a non-Error value was thrown: undefined");
  });
});

describe("the CLI", () => {
  it("prints a UserError's message after `trainyard:`, exit code 1", async () => {
    const result = await cliThrowing(new UserError('no snapshot "abc"'));
    expect(result).toEqual({ code: 1, stdout: "", stderr: 'trainyard: no snapshot "abc"\n' });
  });

  it("keeps exit code 2 and the usage for a UsageError", async () => {
    const result = await cliThrowing(new UsageError("missing <snapshot>"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^trainyard fail: missing <snapshot>\n\n/);
    expect(result.stderr).not.toContain(BUG_REPORT_HINT);
  });

  it("prints a bug with its stack and the bug-report hint, exit code 1", async () => {
    const result = await cliThrowing(new RangeError("index 7 out of range"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^trainyard: RangeError: index 7 out of range\n\s+at /);
    expect(result.stderr.endsWith(`\n${BUG_REPORT_HINT}\n`)).toBe(true);
  });

  it("prints a thrown non-Error value as a bug, exit code 1", async () => {
    const result = await cliThrowing(null);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`trainyard: a non-Error value was thrown: null\n${BUG_REPORT_HINT}\n`);
  });
});

describe("describeFailure", () => {
  it("shows the causes of a bug", () => {
    const root = new Error("EBADF: bad file descriptor");
    const text = describeFailure(new Error("writing the manifest", { cause: root }));
    expect(text).toMatch(/^Error: writing the manifest\n/);
    expect(text).toContain("\ncaused by: Error: EBADF: bad file descriptor\n");
  });

  it("names a bug whose message changed after it was made", () => {
    const error = new Error("first");
    expect(error.stack).toMatch(/^Error: first\n/); // V8 formats the stack on first access
    error.message = "second";
    expect(describeFailure(error)).toMatch(/^Error: second\nError: first\n/);
  });

  it("shows an operating-system error (a missing file, a full disk) like a user's, without the bug hint", async () => {
    const missing = await import("node:fs/promises").then((fs) =>
      fs.readFile("/no/such/trainyard.yml").catch((error: unknown) => error),
    );
    expect(describeFailure(missing)).toBe("ENOENT: no such file or directory, open '/no/such/trainyard.yml'");
  });

  it("shows a UserError's message without its cause", () => {
    expect(describeFailure(new UserError("denied", { cause: new Error("403") }))).toBe("denied");
  });
});
