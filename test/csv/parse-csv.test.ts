import { readCsvRecords } from "@ofsted-action-plans/core/authoring";
import { describe, expect, it } from "vitest";

/** `readCsvRecords`: RFC 4180 records, the line each starts on, and what was read in place of the text. */
describe("readCsvRecords", () => {
  it("reads quoted cells with commas, doubled quotes and mixed line ends", () => {
    expect(readCsvRecords('a,b\r\n"x, y","he said ""hi"""\n3,4')).toEqual({
      rows: [
        ["a", "b"],
        ["x, y", 'he said "hi"'],
        ["3", "4"],
      ],
      lines: [1, 2, 3],
      problems: [],
    });
  });

  it("says which line each record starts on when a quoted cell holds a line break", () => {
    expect(readCsvRecords('a,b\n"one\ntwo",x\n3,4\n').lines).toEqual([1, 2, 4]);
  });

  it("takes ';' as the separator when the header has more of them than commas", () => {
    expect(readCsvRecords("a;b;c\n1;2,5;3\n").rows).toEqual([
      ["a", "b", "c"],
      ["1", "2,5", "3"],
    ]);
  });

  it("reads a quote that never closes as a literal quote, so the rows after it stay rows", () => {
    const { rows, problems } = readCsvRecords('a,b\n"open,1\n2,3\n');
    expect(rows).toEqual([
      ["a", "b"],
      ['"open', "1"],
      ["2", "3"],
    ]);
    expect(problems).toEqual([expect.objectContaining({ line: 2, kind: "unclosed-quote" })]);
  });

  it("ends lines at a lone CR only in a file with no LF; elsewhere it is a break inside the cell", () => {
    expect(readCsvRecords("a,b\r1,2\r3,4").rows).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
    const inCell = readCsvRecords("a,b\n1,x\ry\n");
    expect(inCell.rows[1]).toEqual(["1", "x\ny"]);
    expect(inCell.problems).toEqual([expect.objectContaining({ line: 2, kind: "bare-cr" })]);
  });

  it("drops a byte-order mark and keeps a last record with no line end", () => {
    expect(readCsvRecords("\uFEFFa,b\n1,2").rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});
