/**
 * `text` cut to its first `max` code points with `…` after, as a message quotes a line or a
 * heading: by code point, so that a character outside the BMP is never split.
 */
export function clipped(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
}

/**
 * `text` in a message's quotation marks, as GB/T 15834 nests them: quotation marks inside it become
 * single ones (“‘互联网+明厨亮灶’覆盖学校食堂数”), where writing it between “ and ” as it is would
 * double them (““互联网+明厨亮灶”覆盖学校食堂数”).
 */
export function quoted(text: string): string {
  return `“${text.replace(/[“”]/g, (mark) => (mark === "“" ? "‘" : "’"))}”`;
}
