import { z } from "zod";
import { CouncilIdSchema, IsoDateSchema, StatusKeySchema } from "./plan.js";

/**
 * The columns a table layout reads, by role: `id` (Ref, No.), `area` (Area, Theme: a group of
 * recommendations), `recommendation`, `action`, `lead`, `due`, `progress` (progress words) and `rag`
 * (a rating: RAG, Rating, or a Status column of ratings).
 */
export const TableRoleSchema = z.enum(["id", "area", "recommendation", "action", "lead", "due", "progress", "rag"]);

/** A column role of a table layout. */
export type TableRole = z.infer<typeof TableRoleSchema>;

/**
 * How to read a plan published as a table (`"format": "table"`), when its header words are not
 * enough: which sheet, which column plays which role (by printed heading or 1-based position), the
 * plan's own status key, and whether actions with no due cell take their section heading's deadline.
 */
export const TableOptionsSchema = z.object({
  /** Sheet of a workbook, by name or 1-based position (default: the first). */
  sheet: z.union([z.string().min(1), z.number().int().positive()]).optional(),
  /**
   * Column for a role, by its printed heading or 1-based position, where the header words are
   * ambiguous. Roles: id, area, recommendation, action, lead, due, progress, rag.
   */
  columns: z
    .partialRecord(TableRoleSchema, z.union([z.string().min(1), z.number().int().positive()]), {
      error: (issue) => {
        const keys = (issue as { keys?: unknown }).keys;
        return (issue.code as string) === "unrecognized_keys" || issue.code === "invalid_key"
          ? `unknown column role${Array.isArray(keys) ? ` ${keys.map((k) => `"${String(k)}"`).join(", ")}` : ""} (roles: ${TableRoleSchema.options.join(", ")})`
          : undefined;
      },
    })
    .optional(),
  /** The plan's own status key (printed value → status), e.g. `{ "1": "completed" }`. */
  statusKey: StatusKeySchema.optional(),
  /** Actions with an empty due cell take the deadline printed in their section heading. */
  inheritSectionDeadline: z.boolean().optional(),
});

/** Options of a table layout. */
export type TableOptions = z.infer<typeof TableOptionsSchema>;

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
  documentDate: z
    .string()
    .regex(/^\d{4}(?:-\d{2}){0,2}$/u)
    .nullable(),
  /** The document date as printed, or why there is none ("undated (V2.2)"). */
  documentDateText: z.string().min(1),
  asOf: IsoDateSchema,
  asOfEvidence: z.string().min(1),
  /** Path of the text, relative to the manifest's folder. */
  file: z.string().min(1),
  /**
   * Loader to use: a built-in layout, or `"table"` for a plan published as a table (.xlsx, .docx,
   * .csv, or a tab- or pipe-separated text) read by its header words; omitted → detected from the text.
   */
  format: z.string().min(1).optional(),
  /** The plan's own status key (printed value → status), e.g. `{ "Fully achieved": "completed" }`. */
  statusKey: StatusKeySchema.optional(),
  /** For `"format": "table"`: the sheet, columns, status key and deadline rule (see `TableOptions`). */
  table: TableOptionsSchema.optional(),
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
