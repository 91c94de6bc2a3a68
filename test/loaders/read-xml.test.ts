import { describe, expect, it } from "vitest";
import { parseXml, streamXml, XML_LIMITS } from "../../packages/loaders/src/xml/read-xml.js";

/** The bounded XML reader every Office file and REFI-QDA project goes through. */
describe("parseXml and streamXml", () => {
  it("reads elements, attributes, entities and CDATA", () => {
    expect(parseXml('<r a="1 &amp; 2"><t>x &lt; y</t><![CDATA[<raw>]]><e/></r>', "part.xml")).toEqual({
      name: "r",
      attrs: { a: "1 & 2" },
      children: [{ name: "t", attrs: {}, children: ["x < y"] }, "<raw>", { name: "e", attrs: {}, children: [] }],
    });
  });

  it.each([
    [
      '<!DOCTYPE r [<!ENTITY a "b">]><r/>',
      "a document type or entity declaration (not read, so no entity is expanded)",
    ],
    ["<r><a></b></r>", "</b> where </a> was expected"],
    ["<r/><s/>", "a second root element"],
    ["text<r/>", "text outside the root element"],
    ["<r>", "the document ends inside <r>"],
    ["<r><!-- open </r>", "an unclosed comment"],
  ])("refuses %j: %s", (xml, message) => {
    expect(() => parseXml(xml, "part.xml")).toThrow(message);
  });

  it("refuses elements nested past the depth limit", () => {
    expect(() => parseXml("<a><a><a><a/></a></a></a>", "part.xml", { ...XML_LIMITS, depth: 3 })).toThrow(
      "elements nested 4 deep (limit 3)",
    );
  });

  it("streams the kept elements whole, and only the opening of the others", () => {
    const seen: unknown[] = [];
    streamXml('<w><sheetData><row r="1"><c>1</c></row><row r="2"/></sheetData></w>', "sheet.xml", {
      keep: (name) => name === "row",
      onElement: (e) => seen.push(e),
      onOpen: (name, _attrs, depth) => seen.push(`${name} at depth ${depth}`),
    });
    expect(seen).toEqual([
      "w at depth 1",
      "sheetData at depth 2",
      { name: "row", attrs: { r: "1" }, children: [{ name: "c", attrs: {}, children: ["1"] }] },
      { name: "row", attrs: { r: "2" }, children: [] },
    ]);
  });
});
