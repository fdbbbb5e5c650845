import { describe, expect, it } from "vitest";
import { schemaChecks } from "../../../src/validation/schema-checks.js";

describe("schemaChecks", () => {
  const columns = ["id", "age", "label"];

  it("fails a rule that names a column the snapshot lacks, listing the columns it has", () => {
    const [check] = schemaChecks({ columns: { agee: { type: "integer" } } }, columns);
    expect(check).toMatchObject({
      id: "column.agee.present",
      status: "fail",
      rulePath: ["validate", "columns", "agee"],
    });
    expect(check?.message).toBe(
      'a rule names column "agee", but the snapshot has no such column (columns: id, age, label)',
    );
  });

  it("skips an optional column and checks the columns other rules name", () => {
    const checks = schemaChecks(
      { columns: { extra: { required: false } }, unique: [["id", "day"]], label: { column: "target" } },
      columns,
    );
    expect(checks.map((check) => [check.id, check.status])).toEqual([
      ["column.extra.present", "skip"],
      ["column.day.present", "fail"],
      ["column.target.present", "fail"],
    ]);
  });

  it("with required_only, fails columns that have no rule", () => {
    const [check] = schemaChecks({ columns: { id: {}, age: {} }, required_only: true }, columns);
    expect(check).toMatchObject({ id: "dataset.required_only", status: "fail", observed: "label" });
  });
});
