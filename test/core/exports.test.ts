import { formatLineList, jsonSchemas, SourceSpanSchema, toCsv } from "@ofsted-action-plans/core";
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

describe("a source span", () => {
  const span = (lines: number[], firstLine = lines[0] ?? 1, lastLine = lines.at(-1) ?? 1) => ({
    file: "plan.txt",
    firstLine,
    lastLine,
    lines,
  });

  it("is 1-based line numbers in increasing order, bounded by its first and last line", () => {
    expect(SourceSpanSchema.safeParse(span([3, 4, 9])).success).toBe(true);
    for (const bad of [
      span([]),
      span([0]),
      span([1.5]),
      span([4, 3]),
      span([3, 3]),
      span([3, 4], 2),
      span([3, 4], 3, 5),
    ])
      expect(SourceSpanSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it("says so in JSON Schema", () => {
    const schema = JSON.stringify(jsonSchemas().plan);
    expect(schema).toContain('"firstLine":{"type":"integer","minimum":1}');
    expect(schema).toContain('"lines":{"type":"array","items":{"type":"integer","minimum":1},"minItems":1}');
  });
});
