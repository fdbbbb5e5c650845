import { describe, expect, it } from "vitest";
import { CommandLineError, splitCommand } from "../../../../src/steps/command/split-command.js";

describe("splitCommand", () => {
  it("splits words and keeps quoted spaces", () => {
    expect(splitCommand("python train.py --name 'my model' \"a b\"")).toEqual([
      "python",
      "train.py",
      "--name",
      "my model",
      "a b",
    ]);
  });

  it("keeps shell metacharacters inside words as plain data", () => {
    expect(splitCommand("echo '$(rm -rf /)' \"`id`\" a;b")).toEqual(["echo", "$(rm -rf /)", "`id`", "a;b"]);
  });

  it("handles escapes and empty quoted arguments", () => {
    expect(splitCommand('run a\\ b "" "x\\"y"')).toEqual(["run", "a b", "", 'x"y']);
  });

  it("refuses shell operators with a hint to use a script", () => {
    expect(() => splitCommand("pip install x && python train.py")).toThrow(/without a shell.*script/);
    expect(() => splitCommand("python train.py > log")).toThrow(CommandLineError);
  });

  it("refuses an empty command and an unclosed quote", () => {
    expect(() => splitCommand("   ")).toThrow(/empty/);
    expect(() => splitCommand("python 'train.py")).toThrow(/unclosed/);
  });
});
