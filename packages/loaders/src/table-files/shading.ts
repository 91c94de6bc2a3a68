/** A RAG colour a cell's shading stands for. */
export type ShadingColour = "red" | "amber" | "green" | "blue";

/**
 * Reads a cell's fill colour as a rating colour: a clearly red, amber (orange to yellow), green or
 * blue fill. Greys, whites, blacks and pale tints (header shading, banded rows) are no rating.
 *
 * @returns the colour, or null.
 * @example
 * shadingColour("#00b050"); // "green"
 * shadingColour("#ffc000"); // "amber"
 * shadingColour("#d9d9d9"); // null
 */
export function shadingColour(hex: string): ShadingColour | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((x) => Number.parseInt(x, 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const saturation = max === 0 ? 0 : (max - min) / max;
  if (max < 0.3 || saturation < 0.15) return null;
  let hue: number;
  if (max === r) hue = (60 * ((g - b) / (max - min)) + 360) % 360;
  else if (max === g) hue = 60 * ((b - r) / (max - min)) + 120;
  else hue = 60 * ((r - g) / (max - min)) + 240;
  if (hue < 18 || hue >= 340) return "red";
  if (hue < 66) return "amber";
  if (hue < 170) return "green";
  if (hue >= 185 && hue < 255 && saturation >= 0.35) return "blue";
  return null;
}
