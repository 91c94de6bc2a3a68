import { describe, expect, it } from "vitest";
import { detectLayout, isLoadError, LoadError, loadPlan, toSourceText } from "@ofsted-action-plans/loaders";
import { bundled } from "../helpers/corpus.js";

/** @returns the LoadError `fn` throws (failing the test if it throws something else or nothing). */
function loadError(fn: () => unknown): LoadError {
  try {
    fn();
  } catch (error) {
    expect(isLoadError(error)).toBe(true);
    return error as LoadError;
  }
  throw new Error("expected a LoadError");
}

describe("detection", () => {
  it.each(["reading", "stockton", "oxfordshire", "windsor-maidenhead", "herefordshire"])(
    "recognises %s's layout",
    (council) => {
      const { entry, text } = bundled(council);
      expect(detectLayout(toSourceText(text, entry.file)).format).toBe(entry.format);
    },
  );

  it("loads a plan without a format in the manifest by detecting it", () => {
    const { entry, text } = bundled("stockton");
    const { format: _, ...rest } = entry;
    expect(loadPlan(text, rest).plan.format).toBe("stockton-blocks");
  });

  it("names every layout it tried when none fits", () => {
    const error = loadError(() =>
      loadPlan("Minutes of the meeting\n\nApologies were received.\n", {
        ...bundled("reading").entry,
        format: undefined,
      }),
    );
    expect(error.code).toBe("unknown-layout");
    expect(error.expected).toContain("reading-tab-rows");
    expect(error.expected).toContain("herefordshire-theme-tables");
  });
});

describe("bad input gives a typed LoadError naming file, line and expectation", () => {
  const { entry, text } = bundled("reading");

  it("an empty file", () => {
    const error = loadError(() => loadPlan("", entry));
    expect(error).toMatchObject({ code: "empty", file: entry.file });
    expect(loadError(() => loadPlan(" \n\t\n", entry)).code).toBe("empty");
  });

  it("binary garbage", () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 97 + 13) % 256);
    expect(loadError(() => loadPlan(bytes, entry))).toMatchObject({ code: "binary", file: entry.file });
    const withNul = `${text.slice(0, 100)}\u0000${text.slice(100)}`;
    expect(loadError(() => loadPlan(withNul, entry))).toMatchObject({
      code: "binary",
      line: text.slice(0, 100).split("\n").length,
    });
  });

  it("invalid UTF-8 bytes, located by line", () => {
    const bytes = new TextEncoder().encode("line one\nline two\n");
    const broken = Uint8Array.from([...bytes.slice(0, 12), 0xff, 0xfe, ...bytes.slice(12)]);
    expect(loadError(() => loadPlan(broken, entry))).toMatchObject({ code: "binary", line: 2 });
  });

  it("a plan cut short after its first table heading", () => {
    const { entry: stockton, text: full } = bundled("stockton");
    const cut = full.split("\n").slice(0, 17).join("\n");
    const error = loadError(() => loadPlan(cut, stockton));
    expect(error).toMatchObject({ code: "truncated", line: 5 });
    expect(error.message).toContain("R1 has no actions");
  });

  it("a plan cut in the middle of a row", () => {
    const { entry: hereford, text: full } = bundled("herefordshire");
    const lines = full.split("\n");
    const cut = [...lines.slice(0, 110), lines[110]!.split("\t").slice(0, 4).join("\t")].join("\n");
    const error = loadError(() => loadPlan(cut, hereford));
    expect(error).toMatchObject({ code: "malformed", line: 111 });
    expect(error.expected).toContain("9 tab-separated cells");
  });

  it("a plan of another council passed to the wrong loader", () => {
    const { text: oxfordshire } = bundled("oxfordshire");
    const error = loadError(() => loadPlan(oxfordshire, entry));
    expect(error).toMatchObject({ code: "wrong-layout", file: entry.file });
    expect(error.expected).toContain("Ofsted Recommendation | Actions Proposed | Lead Officer");
  });

  it("an unknown format in the manifest", () => {
    expect(loadError(() => loadPlan(text, { ...entry, format: "pdf-tables" })).code).toBe("unknown-layout");
  });

  it("duplicated action rows", () => {
    const lines = text.split("\n");
    const doubled = [...lines.slice(0, 9), lines[8]!, ...lines.slice(9)].join("\n");
    expect(loadError(() => loadPlan(doubled, entry))).toMatchObject({ code: "malformed", line: 10 });
  });

  it("the message reads file:line: detail; expected …", () => {
    const error = new LoadError("malformed", "plan.txt", 12, "4 cells", "found 2");
    expect(error.message).toBe("plan.txt:12: found 2; expected 4 cells");
    expect(error.name).toBe("LoadError");
  });
});

describe("a truncated plan warns instead of loading silently", () => {
  it("Stockton cut at line 60 (on its running page header) loads with a truncation warning", () => {
    const { entry, text } = bundled("stockton");
    const result = loadPlan(text.split("\n").slice(0, 60).join("\n"), entry);
    expect(result.plan.recommendations).toHaveLength(4);
    expect(result.diagnostics.find((d) => d.code === "truncated")).toMatchObject({ severity: "warning", line: 60 });
  });

  it("a recommendation with no actions is kept and named in a warning", () => {
    const { entry, text } = bundled("stockton");
    const lines = text.split("\n");
    // Drop the action rows of recommendation 4 (lines 57–58), keeping its heading and table header.
    const result = loadPlan([...lines.slice(0, 56), ...lines.slice(58)].join("\n"), entry);
    expect(result.plan.recommendations.find((r) => r.id === "R4")?.actions).toEqual([]);
    expect(result.diagnostics.find((d) => d.code === "no-actions")).toMatchObject({ severity: "warning", line: 50 });
  });
});

describe("a document's text", () => {
  it("is its lines joined by \\n, whatever ended them", () => {
    for (const text of ["a\r\nb\r\n", "a\nb\n", "a\nb", "\uFEFFa\rb", "a\n\n", "a\r\n\nb"]) {
      const source = toSourceText(text, "plan.txt");
      expect(source.text, JSON.stringify(text)).toBe(source.lines.join("\n"));
    }
  });
});
