import { ArgumentError, expectObject } from "../errors/argument-error.js";
import { z } from "zod";

/** A pattern in a codebook: a regular expression source, matched case-insensitively unless `caseSensitive`. */
export const PatternRuleSchema = z.object({
  /** Stable id, reported as evidence (e.g. `supervision.term`). */
  id: z.string().min(1),
  /** Regular-expression source (JavaScript syntax, without the Unicode flag: write \u2019, not \u{2019}). */
  pattern: z.string().min(1),
  /** Abbreviations such as `DA`, `CAF` are matched case-sensitively. */
  caseSensitive: z.boolean().default(false),
  /** Which units the rule applies to (default both). */
  appliesTo: z.enum(["action", "recommendation", "both"]).default("both"),
  /** Why the rule exists, for readers of the codebook. */
  note: z.string().optional(),
});

/** A codebook pattern rule. */
export type PatternRule = z.infer<typeof PatternRuleSchema>;

/** One theme: what it means and the rules that detect it. */
export const ThemeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z_]*$/u, "a snake_case id"),
  label: z.string().min(1),
  definition: z.string().min(1),
  /** The four themes users named first; precision matters most there. */
  core: z.boolean().default(false),
  /** Terms, phrases and abbreviations that signal the theme. */
  rules: z.array(PatternRuleSchema).min(1),
  /** Spans that look like the theme but are not ("supervised contact", "advocate" as a verb). */
  exclusions: z.array(PatternRuleSchema).default([]),
});

/** A theme definition. */
export type Theme = z.infer<typeof ThemeSchema>;

/**
 * A codebook: themes in order of specificity (an action that points at its recommendation — "this
 * issue", "the service" — takes the first of the recommendation's themes in this order), plus the
 * context rules: `pointers` mark an action whose text only points elsewhere ("… to address this
 * action", "See 12b"), which takes no theme at all; `anaphora` mark an action that refers to its
 * recommendation's subject and so takes its most specific theme; `names` mark a team's or service's
 * name where it does the work or holds it ("Quality Assurance Service to lead…", "caseloads in the
 * looked-after children's team"): a theme's words inside such a name are not the text's subject.
 */
export const CodebookSchema = z
  .object({
    id: z.string().min(1),
    description: z.string().default(""),
    themes: z.array(ThemeSchema).min(1),
    pointers: z.array(PatternRuleSchema).default([]),
    anaphora: z.array(PatternRuleSchema).default([]),
    names: z.array(PatternRuleSchema).default([]),
  })
  .refine((c) => new Set(c.themes.map((t) => t.id)).size === c.themes.length, { message: "theme ids must be unique" });

/** A codebook (input form: defaults may be omitted). */
export type CodebookInput = z.input<typeof CodebookSchema>;

/** A validated codebook. */
export type Codebook = z.infer<typeof CodebookSchema>;

/**
 * Extends a codebook without editing library code: adds rules and exclusions to existing themes,
 * adds new themes (appended, least specific), and adds context rules. Validates the result.
 *
 * @returns the new codebook; the base is not changed.
 * @example
 * const mine = extendCodebook(defaultCodebook, {
 *   rules: { domestic_abuse: [{ id: "da.coercive-control", pattern: "\\bcoercive control\\b" }] },
 * });
 * classifyPlans(plans, mine);
 */
export function extendCodebook(
  base: CodebookInput,
  extension: {
    id?: string;
    themes?: z.input<typeof ThemeSchema>[];
    rules?: Record<string, z.input<typeof PatternRuleSchema>[]>;
    exclusions?: Record<string, z.input<typeof PatternRuleSchema>[]>;
    pointers?: z.input<typeof PatternRuleSchema>[];
    anaphora?: z.input<typeof PatternRuleSchema>[];
    names?: z.input<typeof PatternRuleSchema>[];
  },
): Codebook {
  expectObject(base, "base", "a codebook, e.g. defaultCodebook", ["themes"]);
  expectObject(extension, "extension", "an extension { themes?, rules?, exclusions?, … }");
  const known = new Set(base.themes.map((t) => t.id));
  for (const id of [...Object.keys(extension.rules ?? {}), ...Object.keys(extension.exclusions ?? {})]) {
    if (!known.has(id))
      throw new ArgumentError(`extension: theme "${id}"`, `a theme of codebook ${base.id}: no theme "${id}"`, id);
  }
  return CodebookSchema.parse({
    ...base,
    id: extension.id ?? `${base.id}+extended`,
    themes: [
      ...base.themes.map((t) => ({
        ...t,
        rules: [...t.rules, ...(extension.rules?.[t.id] ?? [])],
        exclusions: [...(t.exclusions ?? []), ...(extension.exclusions?.[t.id] ?? [])],
      })),
      ...(extension.themes ?? []),
    ],
    pointers: [...(base.pointers ?? []), ...(extension.pointers ?? [])],
    anaphora: [...(base.anaphora ?? []), ...(extension.anaphora ?? [])],
    names: [...(base.names ?? []), ...(extension.names ?? [])],
  });
}
