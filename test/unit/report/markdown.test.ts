import { describe, expect, it } from "vitest";
import { cell, code, codeCell, escapeMarkdown } from "../../../src/report/markdown.js";

describe("Markdown escaping of user text", () => {
  it("neutralises formatting, HTML, links and mentions", () => {
    const escaped = escapeMarkdown("**bold** <img src=x onerror=alert(1)> [link](http://x) @octocat #12 a|b");
    expect(escaped).not.toContain("<img");
    expect(escaped).toContain("&lt;img");
    expect(escaped).toContain("\\*\\*bold\\*\\*");
    expect(escaped).toContain("\\[link\\]\\(http\\://x\\)");
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

  it("breaks mentions, issue references and autolinks, and leaves no HTML", () => {
    const escaped = escapeMarkdown(
      "@octocat @org/team #12 GH-3 me@example.com https://evil.example www.evil.example <script>x</script>",
    );
    expect(escaped).not.toMatch(/@[a-z]/);
    expect(escaped).not.toMatch(/#\d/);
    expect(escaped).toContain("https\\://evil.example");
    expect(escaped).toContain("www\\.evil.example");
    expect(escaped).not.toContain("<");
    expect(escaped).toContain("&lt;script\\>x&lt;/script\\>");
  });

  it("escapes math, and drops line breaks and bidirectional overrides", () => {
    expect(escapeMarkdown("$x^2$")).toBe("\\$x^2\\$");
    expect(escapeMarkdown("a\rb\r\nc\u2028d")).toBe("a b c d");
    expect(escapeMarkdown("abc\u202edef")).toBe("abcdef");
    expect(escapeMarkdown("tab\there\u0000")).toBe("tab here ");
  });

  it("writes code in table cells with escaped pipes", () => {
    expect(codeCell("a|b`c")).toBe("`a\\|bʼc`");
    expect(codeCell("x".repeat(200)).length).toBeLessThanOrEqual(122);
  });
});
