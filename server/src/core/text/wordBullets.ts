/**
 * The bullets of Word's bullet library as a copy of a bulleted list brings them: Word draws a
 * list's bullet in a symbol font (Symbol, Wingdings), and a copy that loses the font keeps the
 * font's byte moved to the private use area (U+F0B7 for Symbol's •, U+F0A7 for Wingdings' ▪,
 * U+F0D8 for its ➢ …), which most fonts draw as a box or nothing. Which font drew it the text no
 * longer says; at a bullet's place (a line's start, a space or tab after it) the byte is one of
 * the library's, whose other readings (Symbol's ♣ for F0A7, λ for F06C, Wingdings' clock for
 * F0B7) no list uses. Elsewhere in a line the byte may be any glyph: no reading is given.
 */
const LIBRARY: ReadonlyMap<number, string> = new Map([
  [0xf0b7, "•"],
  [0xf0a7, "▪"],
  [0xf0d8, "➢"],
  [0xf06c, "●"],
  [0xf06e, "■"],
  [0xf075, "◆"],
  [0xf076, "❖"],
  [0xf071, "❑"],
  [0xf0a8, "◻"],
  [0xf0e8, "➔"],
  [0xf0fc, "✔"],
]);

/** The bullet the symbol-font byte at `at` draws where it stands at a bullet's place in `text`, else null. */
export function wordBulletAt(text: string, at: number): string | null {
  const bullet = LIBRARY.get(text.charCodeAt(at));
  if (bullet === undefined || !isSpaceOrTab(text.charCodeAt(at + 1))) return null;
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return bullet;
    if (!isSpaceOrTab(code)) return null;
  }
  return bullet;
}

function isSpaceOrTab(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}
