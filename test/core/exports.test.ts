import { formatLineList, jsonSchemas, toCsv } from "@ofsted-action-plans/core";
import { describe, expect, it } from "vitest";

describe("toCsv (RFC 4180)", () => {
  it("writes a header, CRLF line ends and quotes only where needed", () => {
    const csv = toCsv(
      ["id", "text", "done"],
      [
        { id: "1", text: 'says "hi", then\nleaves', done: true },
        { id: "2", text: "plain", done: null },
      ],
    );
    expect(csv).toBe('id,text,done\r\n1,"says ""hi"", then\nleaves",true\r\n2,plain,\r\n');
  });
});

describe("formatLineList", () => {
  it.each([
    [[8], "8"],
    [[283, 285, 286], "283;285-286"],
    [[1, 2, 3, 10], "1-3;10"],
    [[], ""],
  ])("%j → %s", (lines, text) => {
    expect(formatLineList(lines)).toBe(text);
  });
});

describe("jsonSchemas", () => {
  it("describes the plan with its nested recommendations and actions", () => {
    const schema = jsonSchemas().plan as {
      properties: Record<string, { items?: { properties?: Record<string, unknown> } }>;
    };
    expect(Object.keys(schema.properties)).toContain("recommendations");
    expect(Object.keys(schema.properties.recommendations?.items?.properties ?? {})).toContain("actions");
  });
});
