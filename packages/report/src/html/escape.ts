/**
 * @returns `text` with the five HTML special characters escaped, safe in element content and quoted attributes.
 * @example
 * escapeHtml('<b>"R&D"</b>'); // "&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? "").replace(/[&<>"']/gu, (c) => ESCAPES[c]!);
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * @returns JSON for a `<script type="application/json">` block: `<`, `>`, `&` and line separators
 * written as Unicode escapes, so no document text can close the script element.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** @returns an id fragment safe in `id` attributes and URL fragments. */
export function anchor(...parts: string[]): string {
  return parts
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
}
