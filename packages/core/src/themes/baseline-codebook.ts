import type { CodebookInput } from "./codebook.js";

const words = (theme: string, list: string) => ({
  id: theme,
  label: theme,
  definition: `Keyword search: ${list}`,
  rules: [{ id: `${theme}.keywords`, pattern: `\\b(?:${list})\\b` }],
});

/**
 * A plain keyword search, as text-search autocoding in NVivo or QualCoder would give: one obvious word
 * list per theme, case-insensitive, no exclusions and no context. It exists to measure what the
 * library's codebook adds.
 */
export const baselineCodebook = {
  id: "baseline/keyword-search",
  description: "One obvious word list per theme; no exclusions, no context rules.",
  themes: [
    words("advocacy", "advocacy|advocate|advocates|NYAS"),
    words("domestic_abuse", "domestic abuse|domestic violence|DA|DV|MARAC"),
    words("supervision", "supervision"),
    words("thresholds", "threshold|thresholds"),
    words("child_voice", "voice|views|wishes and feelings|participation"),
    words("diversity", "ethnicity|diversity|culture|religion"),
    words("early_help", "early help|early intervention|CAF"),
    words("looked_after", "looked after|care leaver|care leavers|foster|fostering"),
    words("recording", "recording|records|chronology|chronologies"),
    words("planning", "plan|plans|planning"),
    words("assessment", "assessment|assessments"),
    words("quality_assurance", "audit|audits|quality assurance"),
    words("workforce", "training|recruitment|staffing|workforce"),
    words("governance", "board|LSCB|governance"),
  ],
} satisfies CodebookInput;
