import { ArgumentError, expectArray, expectString } from "../errors/argument-error.js";
/** Agreement of predicted with hand-coded themes for one theme. Ratios are null where undefined (0/0). */
export interface ThemeScore {
  readonly theme: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  /** Cohen's kappa of the two binary codings of this theme. */
  readonly kappa: number | null;
}

/** A unit where prediction and hand coding disagree on a theme. */
export interface ThemeError {
  readonly unit: string;
  readonly theme: string;
  readonly kind: "false-positive" | "false-negative";
  readonly text: string;
}

/** The evaluation of a coding against hand labels. */
export interface ThemeEvaluation {
  readonly units: number;
  readonly perTheme: ThemeScore[];
  /** Means over themes with a defined value. */
  readonly macro: { precision: number | null; recall: number | null; f1: number | null; kappa: number | null };
  /** Pooled counts over all themes, and over the core themes. */
  readonly micro: { f1: number | null; coreF1: number | null };
  readonly errors: ThemeError[];
  /** Labelled units the prediction does not cover (counted as predicting nothing). */
  readonly missing: string[];
}

/**
 * Parses a labelled file in the dev-label format: tab-separated `unit<TAB>themes` with a header row,
 * themes comma-separated (empty = none).
 *
 * @returns the labels by unit.
 * @example
 * parseThemeLabels("unit\tthemes\nstockton/R7.1\tsupervision,recording\n").get("stockton/R7.1"); // ["supervision", "recording"]
 */
export function parseThemeLabels(tsv: string): Map<string, string[]> {
  expectString(tsv, "tsv", "the text of a theme-labels TSV");
  const labels = new Map<string, string[]>();
  const [, ...rows] = tsv.replace(/\r\n?/gu, "\n").replace(/\n$/u, "").split("\n");
  for (const row of rows) {
    const [unit = "", themes = ""] = row.split("\t");
    if (unit.trim() === "") continue;
    labels.set(
      unit.trim(),
      themes
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
    );
  }
  return labels;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const mean = (xs: (number | null)[]) => {
  const defined = xs.filter((x): x is number => x !== null);
  return defined.length === 0 ? null : defined.reduce((s, x) => s + x, 0) / defined.length;
};

function f1Of(tp: number, fp: number, fn: number): number | null {
  return tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn);
}

function kappaOf(tp: number, fp: number, fn: number, tn: number): number | null {
  const n = tp + fp + fn + tn;
  if (n === 0) return null;
  const po = (tp + tn) / n;
  const pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n);
  return pe === 1 ? null : (po - pe) / (1 - pe);
}

/**
 * Compares predicted themes with hand labels over the labelled units: per theme precision, recall,
 * F1 and Cohen's kappa; macro averages over themes; micro F1 over all themes and over the core themes;
 * and every false positive and false negative with the unit's text.
 *
 * @returns the evaluation.
 * @example
 * const predicted = new Map([["stockton/R7.1", ["supervision"]]]);
 * const gold = new Map([["stockton/R7.1", ["supervision", "recording"]]]);
 * evaluateThemes(predicted, gold, ["supervision", "recording"]).macro.f1;
 */
export function evaluateThemes(
  predicted: ReadonlyMap<string, readonly string[]>,
  gold: ReadonlyMap<string, readonly string[]>,
  themes: readonly string[],
  options: { coreThemes?: readonly string[]; texts?: ReadonlyMap<string, string> } = {},
): ThemeEvaluation {
  if (!(predicted instanceof Map)) throw new ArgumentError("predicted", "a Map of unit → theme ids", predicted);
  if (!(gold instanceof Map))
    throw new ArgumentError("gold", "a Map of unit → theme ids, e.g. parseThemeLabels(tsv)", gold);
  expectArray(themes, "themes", "theme ids", "strings");
  const errors: ThemeError[] = [];
  const missing = [...gold.keys()].filter((u) => !predicted.has(u));
  const perTheme = themes.map((theme): ThemeScore => {
    let tp = 0,
      fp = 0,
      fn = 0,
      tn = 0;
    for (const [unit, labels] of gold) {
      const g = labels.includes(theme);
      const p = (predicted.get(unit) ?? []).includes(theme);
      if (g && p) tp++;
      else if (p) {
        fp++;
        errors.push({ unit, theme, kind: "false-positive", text: options.texts?.get(unit) ?? "" });
      } else if (g) {
        fn++;
        errors.push({ unit, theme, kind: "false-negative", text: options.texts?.get(unit) ?? "" });
      } else tn++;
    }
    return {
      theme,
      tp,
      fp,
      fn,
      tn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      f1: f1Of(tp, fp, fn),
      kappa: kappaOf(tp, fp, fn, tn),
    };
  });
  const pooled = (scores: ThemeScore[]) =>
    f1Of(...(scores.reduce((a, s) => [a[0] + s.tp, a[1] + s.fp, a[2] + s.fn], [0, 0, 0]) as [number, number, number]));
  const core = new Set(options.coreThemes ?? []);
  return {
    units: gold.size,
    perTheme,
    macro: {
      precision: mean(perTheme.map((s) => s.precision)),
      recall: mean(perTheme.map((s) => s.recall)),
      f1: mean(perTheme.map((s) => s.f1)),
      kappa: mean(perTheme.map((s) => s.kappa)),
    },
    micro: { f1: pooled(perTheme), coreF1: core.size ? pooled(perTheme.filter((s) => core.has(s.theme))) : null },
    errors: errors.sort((a, b) => a.unit.localeCompare(b.unit) || a.theme.localeCompare(b.theme)),
    missing,
  };
}
