import { describe, expect, it } from "vitest";
import { cell, code, escapeMarkdown } from "../../../src/report/markdown.js";

describe("Markdown escaping of user text", () => {
  it("neutralises formatting, HTML, links and mentions", () => {
    const escaped = escapeMarkdown("**bold** <img src=x onerror=alert(1)> [link](http://x) @octocat #12 a|b");
    expect(escaped).not.toContain("<img");
    expect(escaped).toContain("&lt;img");
    expect(escaped).toContain("\\*\\*bold\\*\\*");
    expect(escaped).toContain("\\[link\\]\\(http://x\\)");
    expect(escaped).toContain("@\u200boctocat");
    expect(escaped).toContain("a\\|b");
  });

  it("keeps table cells on one line and short", () => {
    expect(cell("a\nb")).toBe("a b");
    expect(cell("x".repeat(300)).length).toBeLessThanOrEqual(120);
  });

  it("writes code spans without backslashes and without breaking out of them", () => {
    expect(code("monthly_spend")).toBe("`monthly_spend`");
    expect(code("a`b")).toBe("`aʼb`");
  });
});
