import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  baselineCodebook,
  classifyPlans,
  defaultCodebook,
  evaluateThemes,
  parseThemeLabels,
  type CodebookInput,
  type ThemeEvaluation,
} from "@ofsted-action-plans/core";
import { loadAll } from "@ofsted-action-plans/loaders";

const USAGE = `Usage: pnpm eval:themes [--actions FILE] [--recommendations FILE] [--data DIR] [--errors N]

Compares the library's theme coding, and a plain keyword-search baseline, with hand labels in the
dev-label format (unit<TAB>themes). Defaults: the bundled dev labels in data/labels.`;

/** Runs the theme evaluation; @returns the exit code. */
export function main(argv: readonly string[]): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      actions: { type: "string", default: "data/labels/themes-actions-dev.tsv" },
      recommendations: { type: "string", default: "data/labels/themes-recommendations-dev.tsv" },
      data: { type: "string" },
      errors: { type: "string", default: "40" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const plans = loadAll(values.data ? { dataDir: values.data } : {}).plans;
  const gold = {
    actions: parseThemeLabels(readFileSync(values.actions, "utf8")),
    recommendations: parseThemeLabels(readFileSync(values.recommendations, "utf8")),
  };
  const themes = defaultCodebook.themes.map((t) => t.id);
  const core = defaultCodebook.themes.filter((t) => "core" in t && t.core).map((t) => t.id);

  const evaluate = (codebook: CodebookInput) => {
    const coded = classifyPlans(plans, codebook);
    const units = [...coded.actions, ...coded.recommendations];
    const predicted = new Map(units.map((u) => [u.unit, u.classification.themes] as const));
    const texts = new Map(units.map((u) => [u.unit, u.text] as const));
    const all = new Map([...gold.actions, ...gold.recommendations]);
    return {
      actions: evaluateThemes(predicted, gold.actions, themes, { coreThemes: core, texts }),
      recommendations: evaluateThemes(predicted, gold.recommendations, themes, { coreThemes: core, texts }),
      all: evaluateThemes(predicted, all, themes, { coreThemes: core, texts }),
    };
  };
  const library = evaluate(defaultCodebook);
  const baseline = evaluate(baselineCodebook);

  console.log(
    `Theme coding against hand labels: ${library.all.units} units (${gold.actions.size} actions, ${gold.recommendations.size} recommendations)\n`,
  );
  console.log(scoreTable(library.all, baseline.all));
  console.log();
  for (const [name, lib, base] of [
    ["actions", library.actions, baseline.actions],
    ["recommendations", library.recommendations, baseline.recommendations],
    ["all units", library.all, baseline.all],
  ] as const) {
    console.log(
      `${name.padEnd(16)} library: core micro-F1 ${fmt(lib.micro.coreF1)}, macro-F1 ${fmt(lib.macro.f1)}, macro kappa ${fmt(lib.macro.kappa)}` +
        ` | baseline: core micro-F1 ${fmt(base.micro.coreF1)}, macro-F1 ${fmt(base.macro.f1)}, macro kappa ${fmt(base.macro.kappa)}`,
    );
  }
  const limit = Number(values.errors);
  console.log(
    `\nLibrary disagreements (${library.all.errors.length}${library.all.errors.length > limit ? `, first ${limit}` : ""}):`,
  );
  for (const e of library.all.errors.slice(0, limit)) {
    console.log(
      `  ${e.kind === "false-positive" ? "FP" : "FN"} ${e.theme.padEnd(18)} ${e.unit.padEnd(24)} ${e.text.slice(0, 110)}`,
    );
  }
  if (library.all.missing.length)
    console.log(`\nLabelled units not found in the plans: ${library.all.missing.join(", ")}`);
  return library.all.missing.length ? 1 : 0;
}

function fmt(x: number | null): string {
  return x === null ? "  –  " : x.toFixed(3);
}

/** A per-theme table: library P/R/F1/kappa, baseline F1/kappa, and the lift in F1. */
function scoreTable(lib: ThemeEvaluation, base: ThemeEvaluation): string {
  const header = ["theme", "tp", "fp", "fn", "precision", "recall", "F1", "kappa", "base F1", "base kappa", "lift F1"];
  const rows = lib.perTheme.map((s, i) => {
    const b = base.perTheme[i]!;
    const lift = s.f1 !== null && b.f1 !== null ? s.f1 - b.f1 : null;
    return [
      s.theme,
      s.tp,
      s.fp,
      s.fn,
      fmt(s.precision),
      fmt(s.recall),
      fmt(s.f1),
      fmt(s.kappa),
      fmt(b.f1),
      fmt(b.kappa),
      lift === null ? "  –  " : `${lift >= 0 ? "+" : ""}${lift.toFixed(3)}`,
    ];
  });
  rows.push([
    "macro",
    "",
    "",
    "",
    fmt(lib.macro.precision),
    fmt(lib.macro.recall),
    fmt(lib.macro.f1),
    fmt(lib.macro.kappa),
    fmt(base.macro.f1),
    fmt(base.macro.kappa),
    "",
  ]);
  const table = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, k) => Math.max(...table.map((r) => r[k]!.length)));
  return table
    .map((r) => r.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join("  "))
    .join("\n");
}

process.exitCode = main(process.argv.slice(2));
