import { describe, expect, it } from "vitest";
import { publicAddress, RAY_ENTRYPOINT } from "../../../../src/steps/train/ray-jobs.js";

describe("Ray jobs", () => {
  it("records the cluster's address without credentials or query", () => {
    expect(publicAddress("https://user:secret@ray.example:8265/?token=abc")).toBe("https://ray.example:8265");
    expect(publicAddress("http://127.0.0.1:8265")).toBe("http://127.0.0.1:8265");
    expect(publicAddress("not a url")).toBe("(unparsable address)");
  });

  it("submits a fixed entrypoint: the command travels as JSON in an environment variable, never in shell text", () => {
    expect(RAY_ENTRYPOINT).toContain('os.environ["TRAINYARD_RAY_ARGV"]');
    expect(RAY_ENTRYPOINT).toContain("os.execvp(argv[0], argv)");
    expect(RAY_ENTRYPOINT).not.toMatch(/\$|`/);
  });
});
