import { z } from "zod";

/** Where an action stands: the library's four statuses. */
export const StatusSchema = z.enum(["completed", "in_progress", "not_started", "unknown"]);

/** An action's status. */
export type Status = z.infer<typeof StatusSchema>;

/** A council's own RAG rating, lower case. */
export const RagSchema = z.enum(["red", "amber", "green", "grey", "blue"]);

/** A RAG rating. */
export type Rag = z.infer<typeof RagSchema>;
