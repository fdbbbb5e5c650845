import { describe, expect, it } from "vitest";
import type { SloIndicator } from "../../../src/policy/slo-policy.js";
import { sloBadge } from "../../../src/report/slo-badge.js";

const indicator = (id: string, status: SloIndicator["status"]): SloIndicator => ({
  id,
  name: id,
  value: status === "no data" ? null : 1,
  unit: "fraction",
  basis: "",
  status,
});

describe("sloBadge", () => {
  it("is green with the count met, red naming each breached id once, grey without targets", () => {
    expect(sloBadge([indicator("M1", "met"), indicator("M2", "met"), indicator("M3", "no target")])).toEqual({
      schemaVersion: 1,
      label: "SLOs",
      message: "2/2 met",
      color: "brightgreen",
    });
    expect(
      sloBadge([indicator("M1", "breached"), indicator("M2", "breached"), indicator("M2", "breached")]),
    ).toEqual({ schemaVersion: 1, label: "SLOs", message: "M1, M2 breached", color: "red" });
    expect(sloBadge([indicator("M1", "no data"), indicator("M4", "no target")], "pipeline")).toEqual({
      schemaVersion: 1,
      label: "pipeline",
      message: "no targets",
      color: "lightgrey",
    });
  });
});
