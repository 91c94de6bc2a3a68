import { z } from "zod";
import { CodebookSchema, type Codebook, type CodebookInput, type PatternRule } from "./codebook.js";

/** Why a unit carries a theme: the rule, and the span of text it matched. */
export const EvidenceSchema = z.object({
  theme: z.string(),
  /** Rule id, e.g. `domestic_abuse.abbreviation`, or `context:<anaphora id>` for a theme taken from the recommendation. */
  rule: z.string(),
  /** Matched text and its offsets in the classified text (end exclusive). */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** `text`: the unit's own words; `recommendation`: taken from its recommendation through a pointer phrase. */
  from: z.enum(["text", "recommendation"]),
});

/** Evidence for a theme. */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The themes of one text with their evidence. `pointer` is set when the text only points elsewhere. */
export interface Classification {
  /** Theme ids, alphabetical. */
  readonly themes: string[];
  readonly evidence: Evidence[];
  /** The pointer rule that emptied this unit, if any. */
  readonly pointer: string | null;
}

interface CompiledRule {
  id: string;
  re: RegExp;
  appliesTo: PatternRule["appliesTo"];
}

/** A codebook with its patterns compiled, ready to classify many texts quickly. */
export interface CompiledCodebook {
  readonly codebook: Codebook;
  /** Per theme: its rules, exclusions, and one combined pattern per unit kind that any rule matching implies. */
  readonly themes: {
    id: string;
    rules: CompiledRule[];
    exclusions: CompiledRule[];
    prefilter: Record<Unit, RegExp | null>;
  }[];
  readonly pointers: CompiledRule[];
  readonly anaphora: CompiledRule[];
}

/**
 * Validates and compiles a codebook's patterns once.
 *
 * @returns the compiled codebook.
 * @throws Error naming the rule whose pattern is not a valid regular expression.
 */
export function compileCodebook(input: CodebookInput | Codebook): CompiledCodebook {
  const codebook = CodebookSchema.parse(input);
  const compile = (r: PatternRule): CompiledRule => {
    try {
      return { id: r.id, re: new RegExp(r.pattern, r.caseSensitive ? "g" : "gi"), appliesTo: r.appliesTo };
    } catch (error) {
      throw new Error(`codebook ${codebook.id}: rule ${r.id} has an invalid pattern: ${(error as Error).message}`);
    }
  };
  // A text matches some rule of a theme only if it matches the case-insensitive alternation of all of
  // them, so one test of that prefilter skips the theme for most texts; matching rules run exactly.
  const prefilter = (rules: PatternRule[], unit: Unit): RegExp | null => {
    const own = rules.filter((r) => r.appliesTo === "both" || r.appliesTo === unit);
    if (own.length === 0) return null;
    const source = own.map((r) => `(?:${r.pattern})`).join("|");
    try {
      return new RegExp(source, "i");
    } catch {
      return /[\s\S]/u; // patterns that cannot be combined: always run the rules
    }
  };
  return {
    codebook,
    themes: codebook.themes.map((t) => ({
      id: t.id,
      rules: t.rules.map(compile),
      exclusions: t.exclusions.map(compile),
      prefilter: { action: prefilter(t.rules, "action"), recommendation: prefilter(t.rules, "recommendation") },
    })),
    pointers: codebook.pointers.map(compile),
    anaphora: codebook.anaphora.map(compile),
  };
}

type Unit = "action" | "recommendation";
const applies = (rule: CompiledRule, unit: Unit) => rule.appliesTo === "both" || rule.appliesTo === unit;

function* matches(rule: CompiledRule, text: string): Generator<{ start: number; end: number; text: string }> {
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
    if (m[0] === "") {
      rule.re.lastIndex++;
      continue;
    }
    yield { start: m.index, end: m.index + m[0].length, text: m[0] };
  }
}

/**
 * Classifies one text with a codebook: every theme whose rules match outside its exclusions, each
 * match kept as evidence with its offsets. For an action, a text that only points elsewhere takes no
 * theme; a text that refers to its recommendation's subject ("this issue", "the service") and whose
 * own words share no theme with the recommendation also takes the most specific of
 * `recommendationThemes` (codebook order), with the pointer phrase as evidence.
 *
 * @returns the themes (alphabetical) and their evidence.
 */
export function classifyText(
  text: string,
  codebook: CompiledCodebook,
  options: { unit?: Unit; recommendationThemes?: readonly string[] } = {},
): Classification {
  const unit = options.unit ?? "action";
  if (unit === "action") {
    const pointer = codebook.pointers.find((p) => [...matches(p, text)].length > 0);
    if (pointer) return { themes: [], evidence: [], pointer: pointer.id };
  }
  const evidence: Evidence[] = [];
  for (const theme of codebook.themes) {
    if (!theme.prefilter[unit]?.test(text)) continue;
    let excluded: { start: number; end: number }[] | undefined;
    for (const rule of theme.rules) {
      if (!applies(rule, unit)) continue;
      for (const m of matches(rule, text)) {
        excluded ??= theme.exclusions.filter((r) => applies(r, unit)).flatMap((r) => [...matches(r, text)]);
        if (excluded.some((x) => x.start < m.end && m.start < x.end)) continue;
        evidence.push({ theme: theme.id, rule: rule.id, ...m, from: "text" });
      }
    }
  }
  const own = new Set(evidence.map((e) => e.theme));
  const shared = options.recommendationThemes?.some((t) => own.has(t)) ?? false;
  if (unit === "action" && options.recommendationThemes?.length && !shared) {
    const inherited = codebook.themes.find((t) => options.recommendationThemes!.includes(t.id));
    const phrase = inherited && codebook.anaphora.flatMap((a) => [...matches(a, text)].map((m) => ({ a, m })))[0];
    if (inherited && phrase) {
      evidence.push({ theme: inherited.id, rule: `context:${phrase.a.id}`, ...phrase.m, from: "recommendation" });
    }
  }
  evidence.sort((a, b) => a.start - b.start || a.theme.localeCompare(b.theme));
  return { themes: [...new Set(evidence.map((e) => e.theme))].sort(), evidence, pointer: null };
}

