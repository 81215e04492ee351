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
