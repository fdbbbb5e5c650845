import { describe, expect, it } from "vitest";
import { throttledProgress } from "../../../src/context/format-progress.js";
import { TerminalContext } from "../../../src/context/terminal-context.js";

describe("TerminalContext", () => {
  it("masks secrets in every line and in the summary", async () => {
    const lines: string[] = [];
    const context = new TerminalContext({ write: (line) => lines.push(line) });
    context.setSecret("s3cr3t-token");
    context.log.info("using s3cr3t-token to log in");
    context.log.error("failed with s3cr3t-token", { file: "trainyard.yml", startLine: 4 });
    await context.appendSummary("token: s3cr3t-token");
    expect(lines.join("\n")).not.toContain("s3cr3t-token");
    expect(lines[1]).toBe("error: trainyard.yml:4: failed with ***");
    expect(context.summaries[0]).toBe("token: ***");
  });

  it("indents groups", async () => {
    const lines: string[] = [];
    const context = new TerminalContext({ write: (line) => lines.push(line) });
    await context.group("Upload", async () => context.log.info("inside"));
    expect(lines).toEqual(["▸ Upload", "  inside"]);
  });
});

describe("throttledProgress", () => {
  it("prints at most once per interval and always at the end", () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = throttledProgress(
      "upload",
      4096,
      "bytes",
      (line) => lines.push(line),
      1000,
      () => clock,
    );
    progress.update(1024);
    clock = 500;
    progress.update(2048);
    clock = 1500;
    progress.update(3072);
    progress.finish();
    expect(lines).toEqual([
      "upload: 1.0 KiB of 4.0 KiB (25%)",
      "upload: 3.0 KiB of 4.0 KiB (75%)",
      "upload: 4.0 KiB of 4.0 KiB (100%)",
    ]);
  });
});
