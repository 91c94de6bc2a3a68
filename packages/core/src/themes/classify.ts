import { ArgumentError, expectObject, expectString } from "../errors/argument-error.js";
import { z } from "zod";
import { patternCandidates } from "../text/literal-gate.js";
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
  /**
   * `text`: the unit's own words; `recommendation`: taken from its recommendation through a pointer
   * phrase; `coder`: a researcher's coding (`rule` is `coding:<coder>`, `text` the note).
   */
  from: z.enum(["text", "recommendation", "coder"]),
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
  /** Position in the codebook's rule list, for `CompiledCodebook.candidates`. */
  index: number;
}

/** A codebook with its patterns compiled, ready to classify many texts quickly. */
export interface CompiledCodebook {
  readonly codebook: Codebook;
  /** Per theme: its rules and exclusions. */
  readonly themes: {
    id: string;
    rules: CompiledRule[];
    exclusions: CompiledRule[];
  }[];
  readonly pointers: CompiledRule[];
  readonly anaphora: CompiledRule[];
  readonly names: CompiledRule[];
  /**
   * The rules worth running on a text, a flag per `index` (1: run it): those whose required words
   * (see `requiredWords`) occur in it, found in one pass, plus those that have none.
   */
  readonly candidates: (lower: string) => Uint8Array;
}

/**
 * Validates and compiles a codebook's patterns once.
 *
 * @returns the compiled codebook.
 * @throws ArgumentError naming the rule whose pattern is not a valid regular expression.
 * @example
 * const compiled = compileCodebook(defaultCodebook); // compile once, classify many texts
 */
export function compileCodebook(input: CodebookInput | Codebook): CompiledCodebook {
  const codebook = CodebookSchema.parse(input);
  const all: PatternRule[] = [];
  const compile = (r: PatternRule): CompiledRule => {
    try {
      all.push(r);
      return {
        id: r.id,
        re: new RegExp(r.pattern, r.caseSensitive ? "g" : "gi"),
        appliesTo: r.appliesTo,
        index: all.length - 1,
      };
    } catch (error) {
      throw new ArgumentError(
        `codebook ${codebook.id}, rule ${r.id}`,
        `a valid regular expression (${(error as Error).message})`,
        r.pattern,
      );
    }
  };
  const themes = codebook.themes.map((t) => ({
    id: t.id,
    rules: t.rules.map(compile),
    exclusions: t.exclusions.map(compile),
  }));
  const pointers = codebook.pointers.map(compile);
  const anaphora = codebook.anaphora.map(compile);
  const names = codebook.names.map(compile);
  // One pass over a text finds the words any rule needs; only rules whose words occur run.
  const candidates = patternCandidates(all.map((r) => r.pattern));
  return { codebook, themes, pointers, anaphora, names, candidates };
}

type Unit = "action" | "recommendation";
const applies = (rule: CompiledRule, unit: Unit) => rule.appliesTo === "both" || rule.appliesTo === unit;

interface Match {
  start: number;
  end: number;
  text: string;
}

const NO_MATCHES: readonly Match[] = [];

/** @returns the rule's matches in the text, or none when the rule is not a candidate for it. */
function matches(rule: CompiledRule, text: string, candidates: Uint8Array): readonly Match[] {
  if (candidates[rule.index] !== 1) return NO_MATCHES;
  let found: Match[] | undefined;
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
    if (m[0] === "") {
      rule.re.lastIndex++;
      continue;
    }
    (found ??= []).push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found ?? NO_MATCHES;
}

/**
 * Classifies one text with a codebook: every theme whose rules match outside its exclusions, each
 * match kept as evidence with its offsets. For an action, a text that only points elsewhere takes no
 * theme; a text that refers to its recommendation's subject ("this issue", "the service") and whose
 * own words share no theme with the recommendation also takes the most specific of
 * `recommendationThemes` (codebook order), with the pointer phrase as evidence. Words inside a team's
 * or service's name that does or holds the work (the codebook's `names`) are not evidence.
 *
 * @returns the themes (alphabetical) and their evidence.
 * @example
 * const codebook = compileCodebook(defaultCodebook);
 * classifyText("Audit supervision records quarterly", codebook).themes; // ["quality_assurance", "recording", "supervision"]
 */
export function classifyText(
  text: string,
  codebook: CompiledCodebook,
  options: { unit?: Unit; recommendationThemes?: readonly string[] } = {},
): Classification {
  expectString(text, "text");
  expectObject(codebook, "codebook", "a compiled codebook, e.g. compileCodebook(defaultCodebook)", [
    "candidates",
    "themes",
  ]);
  expectObject(options, "options", "options { unit?, recommendationThemes? }");
  const unit = options.unit ?? "action";
  const candidates = codebook.candidates(text.toLowerCase());
  if (unit === "action") {
    const pointer = codebook.pointers.find((p) => matches(p, text, candidates).length > 0);
    if (pointer) return { themes: [], evidence: [], pointer: pointer.id };
  }
  const evidence: Evidence[] = [];
  let names: readonly Match[] | undefined;
  for (const theme of codebook.themes) {
    let excluded: readonly Match[] | undefined;
    for (const rule of theme.rules) {
      if (candidates[rule.index] !== 1 || !applies(rule, unit)) continue;
      for (const m of matches(rule, text, candidates)) {
        excluded ??= theme.exclusions.filter((r) => applies(r, unit)).flatMap((r) => matches(r, text, candidates));
        if (excluded.some((x) => x.start < m.end && m.start < x.end)) continue;
        names ??= codebook.names.filter((r) => applies(r, unit)).flatMap((r) => matches(r, text, candidates));
        if (names.some((x) => x.start <= m.start && m.end <= x.end)) continue;
        evidence.push({ theme: theme.id, rule: rule.id, start: m.start, end: m.end, text: m.text, from: "text" });
      }
    }
  }
  const own = new Set(evidence.map((e) => e.theme));
  const shared = options.recommendationThemes?.some((t) => own.has(t)) ?? false;
  if (unit === "action" && options.recommendationThemes?.length && !shared) {
    const inherited = codebook.themes.find((t) => options.recommendationThemes!.includes(t.id));
    const phrase =
      inherited && codebook.anaphora.flatMap((a) => matches(a, text, candidates).map((m) => ({ a, m })))[0];
    if (inherited && phrase) {
      const { text: words, start, end } = phrase.m;
      evidence.push({
        theme: inherited.id,
        rule: `context:${phrase.a.id}`,
        start,
        end,
        text: words,
        from: "recommendation",
      });
    }
  }
  evidence.sort((a, b) => a.start - b.start || a.theme.localeCompare(b.theme));
  return { themes: [...new Set(evidence.map((e) => e.theme))].sort(), evidence, pointer: null };
}
