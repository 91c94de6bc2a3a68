import { z } from "zod";
import { DiagnosticSchema } from "./diagnostic.js";
import { ManifestSchema } from "./manifest.js";
import { PlanSchema } from "./plan.js";

/**
 * JSON Schemas (draft 2020-12) generated from the zod schemas, for users who validate `plans.json`,
 * `diagnostics.json` or a manifest outside TypeScript.
 *
 * @returns one schema per document kind, keyed `plan`, `manifest`, `diagnostic`.
 * @example
 * writeFileSync("plan.schema.json", JSON.stringify(jsonSchemas().plan, null, 2));
 */
export function jsonSchemas(): Record<"plan" | "manifest" | "diagnostic", unknown> {
  return {
    plan: z.toJSONSchema(PlanSchema, { io: "input" }),
    manifest: z.toJSONSchema(ManifestSchema, { io: "input" }),
    diagnostic: z.toJSONSchema(DiagnosticSchema, { io: "input" }),
  };
}
