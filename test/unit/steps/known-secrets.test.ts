import { describe, expect, it } from "vitest";
import { knownSecretValues } from "../../../src/steps/known-secrets.js";

describe("knownSecretValues", () => {
  it("takes the AWS, MLflow and GitHub secrets, the listed variables, and a tracking URI's password", () => {
    const values = knownSecretValues(
      {
        AWS_ACCESS_KEY_ID: "AKIAPUBLICID",
        AWS_SECRET_ACCESS_KEY: "aws-secret",
        AWS_SESSION_TOKEN: "aws-session",
        MLFLOW_TRACKING_PASSWORD: "mlflow-pass",
        MLFLOW_TRACKING_TOKEN: "mlflow-token",
        MLFLOW_TRACKING_URI: "https://me:p%40ss-word@mlflow.example/",
        GITHUB_TOKEN: "ghs_token",
        MY_KEY: "mine-secret",
        OTHER: "not-secret",
      },
      ["MY_KEY", "ABSENT"],
    );
    expect(values.sort()).toEqual(
      [
        "aws-secret",
        "aws-session",
        "ghs_token",
        "mine-secret",
        "mlflow-pass",
        "mlflow-token",
        "p@ss-word",
      ].sort(),
    );
  });

  it("masks each line of a multi-line secret and skips values too short to mask safely", () => {
    expect(knownSecretValues({ AWS_SESSION_TOKEN: "line-one\nline-two", GITHUB_TOKEN: "ab" })).toEqual([
      "line-one\nline-two",
      "line-one",
      "line-two",
    ]);
  });
});
