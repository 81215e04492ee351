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
