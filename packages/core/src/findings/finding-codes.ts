import { ArgumentError, expectObject } from "../errors/argument-error.js";
import { z } from "zod";
import { type PatternRuleSchema, ThemeSchema } from "../themes/codebook.js";
import { classifyText, compileCodebook, type Evidence, type CompiledCodebook } from "../themes/classify.js";

/** A finding code: a specific weakness under a theme, with its definition and include/exclude rules. */
export const FindingCodeSchema = ThemeSchema.omit({ core: true }).extend({
  /** The theme it refines, e.g. `supervision` for `staff_supervision`. */
  parent: z.string().min(1),
});

/** A finding code. */
export type FindingCode = z.infer<typeof FindingCodeSchema>;

/** Finding codes as data: ids unique, in order of specificity. */
export const FindingCodebookSchema = z
  .object({
    id: z.string().min(1),
    description: z.string().default(""),
    codes: z.array(FindingCodeSchema).min(1),
  })
  .refine((c) => new Set(c.codes.map((x) => x.id)).size === c.codes.length, {
    message: "finding code ids must be unique",
  });

/** Finding codes (input form: defaults may be omitted). */
export type FindingCodebookInput = z.input<typeof FindingCodebookSchema>;

/** Validated finding codes. */
export type FindingCodebook = z.infer<typeof FindingCodebookSchema>;

/** Finding codes compiled for coding many texts. */
export interface CompiledFindingCodes {
  readonly codebook: FindingCodebook;
  readonly compiled: CompiledCodebook;
  readonly parent: ReadonlyMap<string, string>;
}

/**
 * Validates and compiles finding codes once, with the theme engine (rules, exclusions, evidence spans).
 *
 * @returns the compiled codes.
 * @example
 * const codes = compileFindingCodes(defaultFindingCodes);
 */
export function compileFindingCodes(input: FindingCodebookInput | FindingCodebook): CompiledFindingCodes {
  const codebook = FindingCodebookSchema.parse(input);
  const compiled = compileCodebook({
    id: codebook.id,
    themes: codebook.codes.map(({ parent: _parent, ...code }) => code),
  });
  return { codebook, compiled, parent: new Map(codebook.codes.map((c) => [c.id, c.parent])) };
}

/**
 * Codes one finding's text: every finding code whose rules match outside its exclusions, with the
 * matched spans as evidence.
 *
 * @returns the codes (alphabetical) and their evidence.
 * @example
 * codeFinding("Ensure that supervision is regular, reflective and recorded", compileFindingCodes(defaultFindingCodes)).codes;
 * // ["staff_supervision"]
 */
export function codeFinding(text: string, codes: CompiledFindingCodes): { codes: string[]; evidence: Evidence[] } {
  const { themes, evidence } = classifyText(text, codes.compiled, { unit: "recommendation" });
  return { codes: themes, evidence };
}

/**
 * Extends finding codes without editing the library: adds rules and exclusions to codes, and new codes.
 *
 * @returns the new finding codes; the base is not changed.
 * @example
 * extendFindingCodes(defaultFindingCodes, { rules: { complaints: [{ id: "complaints.grumbles", pattern: "\\bgrumbles?\\b" }] } });
 */
export function extendFindingCodes(
  base: FindingCodebookInput,
  extension: {
    id?: string;
    codes?: z.input<typeof FindingCodeSchema>[];
    rules?: Record<string, z.input<typeof PatternRuleSchema>[]>;
    exclusions?: Record<string, z.input<typeof PatternRuleSchema>[]>;
  },
): FindingCodebook {
  expectObject(base, "base", "finding codes, e.g. defaultFindingCodes", ["codes"]);
  expectObject(extension, "extension", "an extension { codes?, rules?, exclusions? }");
  const known = new Set(base.codes.map((c) => c.id));
  for (const id of [...Object.keys(extension.rules ?? {}), ...Object.keys(extension.exclusions ?? {})]) {
    if (!known.has(id))
      throw new ArgumentError(`extension: code "${id}"`, `a finding code of ${base.id}: no code "${id}"`, id);
  }
  return FindingCodebookSchema.parse({
    ...base,
    id: extension.id ?? `${base.id}+extended`,
    codes: [
      ...base.codes.map((c) => ({
        ...c,
        rules: [...c.rules, ...(extension.rules?.[c.id] ?? [])],
        exclusions: [...(c.exclusions ?? []), ...(extension.exclusions?.[c.id] ?? [])],
      })),
      ...(extension.codes ?? []),
    ],
  });
}
