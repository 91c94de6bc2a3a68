import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of the reports, `<urn>-<council>.pdf`, wherever this package is installed. */
export const reportsDir = join(dirname(fileURLToPath(import.meta.url)), "reports");

/** The attribution the Open Government Licence asks for wherever the reports are redistributed. */
export const ATTRIBUTION =
  "Contains public sector information licensed under the Open Government Licence v3.0. © Crown copyright.";
