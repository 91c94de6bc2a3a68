import { z } from "zod";
import { CouncilIdSchema, IsoDateSchema, StatusKeySchema } from "./plan.js";

/**
 * One document of the plan manifest (`data/manifest.json`): which council, which file, which layout,
 * and the dates the analysis depends on, each with the evidence for it.
 */
export const ManifestEntrySchema = z.object({
  /** Stable id of the document, used as `plan_id` in exports. */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/u, "a lower-case id"),
  council: CouncilIdSchema,
  councilName: z.string().min(1),
  title: z.string().min(1),
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the document says; null if undated. */
  documentDate: z.string().regex(/^\d{4}(?:-\d{2}){0,2}$/u).nullable(),
  /** The document date as printed, or why there is none ("undated (V2.2)"). */
  documentDateText: z.string().min(1),
  asOf: IsoDateSchema,
  asOfEvidence: z.string().min(1),
  /** Path of the text, relative to the manifest's folder. */
  file: z.string().min(1),
  /** Loader to use; omitted → detected from the text. */
  format: z.string().min(1).optional(),
  /** The plan's own status key (printed value → status), e.g. `{ "Fully achieved": "completed" }`. */
  statusKey: StatusKeySchema.optional(),
});

/** A manifest entry. */
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

/** The plan manifest: one entry per source document, ids unique. */
export const ManifestSchema = z.object({
  plans: z
    .array(ManifestEntrySchema)
    .min(1)
    .refine((plans) => new Set(plans.map((p) => p.id)).size === plans.length, {
      message: "plan ids must be unique",
    }),
});

/** The plan manifest. */
export type Manifest = z.infer<typeof ManifestSchema>;
