/**
 * `text` cut to its first `max` code points with `…` after, as a message quotes a line or a
 * heading: by code point, so that a character outside the BMP is never split.
 */
export function clipped(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
}
