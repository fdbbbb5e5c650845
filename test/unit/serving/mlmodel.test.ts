import { describe, expect, it } from "vitest";
import type { StoredColumnProfile } from "../../../src/config/contracts/snapshot-manifest.js";
import {
  inputExampleFiles,
  inputSchema,
  MLmodelError,
  mlflowTypeOf,
  outputSchema,
  parseMLmodel,
  renderMLmodel,
  requirementsFor,
  signatureMismatch,
  signatureOf,
  wrappedMLmodel,
} from "../../../src/serving/mlmodel.js";

const column = (name: string, type: StoredColumnProfile["type"], nullCount = 0): StoredColumnProfile => ({
  name,
  type,
  count: 10,
  nullCount,
  invalidCount: 0,
  distinctCapped: false,
});

describe("the MLmodel a packaged version carries", () => {
  it("types the signature's inputs from the stored profile, the label left out", () => {
    const profile = [
      column("id", "string"),
      column("age", "integer"),
      column("tickets", "integer", 2),
      column("spend", "number"),
      column("at", "timestamp"),
      column("vip", "boolean"),
      column("churned", "integer"),
    ];
    const inputs = inputSchema(["id", "age", "tickets", "spend", "at", "vip", "churned"], profile, "churned");
    expect(inputs).toEqual([
      { type: "string", name: "id", required: true },
      { type: "long", name: "age", required: true },
      // MLflow's advice: an integer column with missing values is double, and not required.
      { type: "double", name: "tickets", required: false },
      { type: "double", name: "spend", required: true },
      { type: "datetime", name: "at", required: true },
      { type: "boolean", name: "vip", required: true },
    ]);
    expect(mlflowTypeOf(undefined)).toBe("string");
  });

  it("types the outputs from the predict contract's values", () => {
    expect(
      outputSchema(
        ["prediction", "score"],
        [
          ["1", "0.25"],
          ["0", "0.5"],
        ],
      ),
    ).toEqual([
      { type: "long", name: "prediction", required: true },
      { type: "double", name: "score", required: true },
    ]);
    expect(outputSchema(["prediction"], [["yes"]])[0]?.type).toBe("string");
  });

  it("writes a wrapped model MLflow reads back: flavors, models-from-code, signature JSON strings", () => {
    const signature = signatureOf(
      [{ type: "long", name: "age", required: true }],
      [{ type: "double", name: "score", required: true }],
    );
    const text = renderMLmodel(
      wrappedMLmodel({
        pythonVersion: "3.11.7",
        modelUuid: "abc",
        createdAt: new Date("2026-01-02T03:04:05.678Z"),
        signature,
        metadata: { packaging: "wrapped" },
      }),
    );
    const parsed = parseMLmodel(text, "MLmodel");
    expect(parsed.flavors.python_function).toMatchObject({
      loader_module: "mlflow.pyfunc.loaders.code_model",
      model_code_path: "trainyard_pyfunc.py",
    });
    expect(JSON.parse(parsed.signature?.inputs as string)).toEqual([
      { type: "long", name: "age", required: true },
    ]);
    expect(parsed.utc_time_created).toBe("2026-01-02 03:04:05.678");
    expect(parsed.saved_input_example_info).toMatchObject({
      artifact_path: "input_example.json",
      type: "dataframe",
    });
  });

  it("rejects an MLmodel MLflow could not load, naming the file and the problem", () => {
    expect(() => parseMLmodel("flavors: [unclosed", "m/MLmodel")).toThrow(
      /m\/MLmodel does not parse as YAML/,
    );
    expect(() => parseMLmodel("- a\n- b\n", "m/MLmodel")).toThrow(/must be a YAML mapping/);
    expect(() => parseMLmodel("model_uuid: x\n", "m/MLmodel")).toThrow(/has no "flavors"/);
    expect(() => parseMLmodel("flavors:\n  sklearn: {pickled_model: m.pkl}\n", "m/MLmodel")).toThrow(
      /no python_function flavor/,
    );
    expect(() => parseMLmodel("flavors:\n  python_function: {model_path: m.pkl}\n", "m/MLmodel")).toThrow(
      /names no loader_module/,
    );
    expect(() =>
      parseMLmodel(
        "flavors:\n  python_function: {loader_module: mlflow.sklearn}\nsignature:\n  inputs: 'not json'\n",
        "m/MLmodel",
      ),
    ).toThrow(MLmodelError);
  });

  it("says how a declared signature differs from the test file's columns", () => {
    const declared = [
      { type: "long" as const, name: "age", required: true },
      { type: "string" as const, name: "plan", required: true },
      { type: "long" as const, name: "churned", required: true },
    ];
    expect(signatureMismatch(declared, ["age", "country", "churned"], "churned")).toEqual([
      'it requires column(s) "plan", "churned" that the test file does not have',
      'it takes the label column "churned" as an input',
      'the test file\'s column(s) "country" are not in it',
    ]);
    expect(signatureMismatch(declared.slice(0, 2), ["age", "plan", "churned"], "churned")).toEqual([]);
  });

  it("writes the input example in pandas split orient and as the /invocations body", () => {
    const inputs = [
      { type: "long" as const, name: "age", required: true },
      { type: "string" as const, name: "plan", required: false },
    ];
    const files = inputExampleFiles(
      inputs,
      ["plan", "churned", "age"],
      [
        ["pro", "1", "31"],
        ["", "0", "40"],
      ],
    );
    expect(JSON.parse(files.inputExample)).toEqual({
      columns: ["age", "plan"],
      data: [
        [31, "pro"],
        [40, null],
      ],
    });
    expect(JSON.parse(files.servingInput)).toEqual({ dataframe_split: JSON.parse(files.inputExample) });
    const times = inputExampleFiles(
      [{ type: "datetime", name: "at", required: true }],
      ["at"],
      [["2024-03-01T10:00:00+02:00"]],
    );
    expect(JSON.parse(times.inputExample).data).toEqual([["2024-03-01T08:00:00.000"]]);
  });

  it("declares mlflow and the trainer's pins as requirements", () => {
    expect(requirementsFor("3.17.2", ["# pinned", "numpy==2.4.6", "", "-r other.txt"])).toEqual([
      "mlflow==3.17.2",
      "numpy==2.4.6",
    ]);
    expect(requirementsFor(undefined, ["mlflow==3.17.2"])).toEqual(["mlflow==3.17.2"]);
    expect(requirementsFor(undefined, [])).toEqual(["mlflow>=3,<4"]);
  });
});
