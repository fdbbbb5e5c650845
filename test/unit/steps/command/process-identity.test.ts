import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import {
  processRecord,
  processStartTicks,
  stopRecordedGroup,
} from "../../../../src/steps/command/process-identity.js";

describe.runIf(process.platform === "linux")("stopRecordedGroup", () => {
  it("stops the recorded process group, and never one whose pid now belongs to another process", async () => {
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], {
      detached: true,
      stdio: "ignore",
    });
    const exited = once(child, "exit");
    const pid = child.pid as number;
    const record = processRecord(pid);
    expect(record.startTicks).toMatch(/^\d+$/);
    expect(processStartTicks(pid)).toBe(record.startTicks);

    // Same pid, another start time: a reused pid, left alone.
    expect(stopRecordedGroup({ pid, startTicks: String(Number(record.startTicks) + 1) })).toBe(false);
    expect(stopRecordedGroup({ pid })).toBe(false);
    expect(child.exitCode).toBeNull();

    expect(stopRecordedGroup(record)).toBe(true);
    const [, signal] = await exited;
    expect(signal).toBe("SIGKILL");
    expect(stopRecordedGroup(record)).toBe(false);
  });
});
