/**
 * A set of characters by their UTF-16 code units, for loops that read the text by code unit
 * (`charCodeAt`): `text[i]` of a Chinese character makes a new one-character string, and the
 * hot loops of the core test a code unit against a few marks on every keystroke. Every
 * character given must be one code unit (the marks of Chinese typography are).
 */
export function codeUnitSet(chars: string): ReadonlySet<number> {
  const codes = new Set<number>();
  for (const char of chars) {
    if (char.length !== 1) throw new Error(`codeUnitSet: “${char}” is not one code unit`);
    codes.add(char.charCodeAt(0));
  }
  return codes;
}

/**
 * Whether `text` has the code unit `code` in [start, end). A bounded scan: `lastIndexOf` or
 * `indexOf` from a position searches on past the stretch to the text's end or start when the
 * character is not there, and asked per target or per line that made a check quadratic.
 */
export function hasCodeUnitIn(text: string, code: number, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/**
 * Whether `text` has at most `max` characters (code points), without the array `[...text]`
 * would make: asked of every line (is it short enough to be a title?), that array was one
 * string per character of the plan. A character is one or two code units, so most answers
 * come from the length alone.
 */
export function hasAtMostCodePoints(text: string, max: number): boolean {
  if (text.length <= max) return true;
  if (text.length > 2 * max) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A low surrogate after a high one is the second half of the character already counted.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    if (++count > max) return false;
  }
  return true;
}

/**
 * A half- or full-width digit as a regular expression's class, for the patterns that read a
 * document's furniture (文号, dates, page numbers): a WPS copy or a PDF's text layer writes them
 * in U+FF10–FF19, and the line is the same line (text/full-width-alnum reports the digits).
 */
export const ANY_DIGIT = "[0-9０-９]";

/**
 * `text` with its full-width digits written half-width: what a furniture line's figures are. Most
 * texts have none (markers and dates are read so on every keystroke): one look at the code units
 * answers them with the text itself.
 */
export function halfWidthDigits(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (isFullWidthDigitCode(text.charCodeAt(i))) return text.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  }
  return text;
}
const FULL_WIDTH_DIGIT = /[０-９]/g;

/** `text` with its half-width digits written full-width: a fix that writes figures in a full-width run's own width. */
export function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}

/** A half-width or full-width digit (０–９, as WPS and PDF copies write figures). */
export function isAnyDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

/** A full-width digit (０–９): the width text/full-width-alnum reports. */
export function isFullWidthDigitCode(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19;
}

/** The value of a half- or full-width digit's code unit (`7`, `７` → 7); -1 for any other. */
export function digitValueOfCode(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** A full-width Latin letter (Ａ–Ｚ, ａ–ｚ), as WPS and PDF copies write a term's letters (ＩＳＯ, ＧＤＰ). */
export function isFullWidthLatinCode(code: number): boolean {
  return (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
}

/** A half-width or full-width Latin letter (`I`, `Ｉ`): the same letter of a code or a name. */
export function isAnyLatinCode(code: number): boolean {
  return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || isFullWidthLatinCode(code);
}
