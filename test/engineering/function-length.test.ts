import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * No function of the packages is over 60 lines: a longer one is split by the steps it already names.
 * Data tables (codebooks, finding codes) are object literals, not functions, and are not counted.
 */
const LIMIT = 60;
const ROOT = join(import.meta.dirname, "..", "..");

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")
        ? [join(dir, e.name)]
        : [],
  );

/** @returns every named function over the limit (an inner function counts towards the one holding it), with its length in lines. */
function longFunctions(): Record<string, number> {
  const found: Record<string, number> = {};
  for (const pkg of ["core", "loaders", "report"])
    for (const file of sources(join(ROOT, "packages", pkg, "src"))) {
      const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        const named =
          (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.body && node.name
            ? node.name.getText()
            : ts.isVariableDeclaration(node) &&
                node.initializer &&
                (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
              ? node.name.getText()
              : null;
        if (named) {
          const lines =
            source.getLineAndCharacterOfPosition(node.end).line -
            source.getLineAndCharacterOfPosition(node.getStart()).line +
            1;
          if (lines > LIMIT) found[`${relative(ROOT, file)} ${named}`] = lines;
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  return found;
}

describe("function length", () => {
  it(`no function over ${LIMIT} lines`, () => {
    expect(longFunctions()).toEqual({});
  });
});
