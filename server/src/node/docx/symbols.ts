/**
 * The character a `w:sym` shows. Word writes a character of a symbol font (Insert → Symbol in
 * Symbol or Wingdings) as `<w:sym w:font="Symbol" w:char="F0B3"/>`: the code is the font's own
 * byte, moved into the private use area, and means nothing without the font. A target written
 * `合格率≥98%` with Symbol's ≥ must read as ≥, so the font's byte is looked up in its Unicode
 * mapping (Unicode's SYMBOL.TXT for Symbol; for Wingdings the marks plans use: bullets, boxes,
 * ticks, stars, arrows). A code below the private use area is Unicode already. A symbol with no
 * known mapping gives nothing: a glyph of a decorative font is no word of the plan, and a
 * private-use code point would only be reported as an unknown character.
 */

const SYMBOL_LOW = " !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_\uF8E5αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼";
// 0xA0–0xE5: the bracket and arrow pieces past 0xE5 draw large symbols in parts and map to nothing.
const SYMBOL_HIGH = "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…\u23D0\u23AF↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑";

const WINGDINGS: Record<number, string> = {
  0x20: " ",
  0x6c: "●",
  0x6e: "■",
  0x71: "❑",
  0x75: "◆",
  0x76: "❖",
  0xa7: "▪",
  0xa8: "◻",
  0xab: "★",
  0xd8: "➢",
  0xe8: "➔",
  0xfb: "✘",
  0xfc: "✔",
  0xfd: "☒",
  0xfe: "☑",
};

/** The text of `<w:sym w:font=… w:char=…/>`: a Unicode character, or "" when the font's glyph has none known. */
export function symbolText(font: string | undefined, char: string | undefined): string {
  const code = Number.parseInt(char ?? "", 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return "";
  return glyph((font ?? "").toLowerCase(), code);
}

/** Whether a run's font draws its own glyphs in place of the characters' (Symbol, Wingdings 1–3). */
export function isSymbolFont(font: string | undefined): boolean {
  return font !== undefined && /^(symbol|wingdings)/i.test(font);
}

/**
 * The text of a run set in a symbol font, as the glyphs it draws: Word writes a symbol chosen
 * from Insert → Symbol as the font's byte moved to U+F0xx, older documents and WPS the byte
 * itself (an `l` in Wingdings is a ●, a `³` in Symbol ≥). Other characters (Chinese text, which
 * Word sets in the run's East Asian font) stay.
 */
export function symbolFontText(font: string, text: string): string {
  const lower = font.toLowerCase();
  return text.replace(/[\u0020-\u00ff\uf020-\uf0ff]/g, (char) => glyph(lower, char.charCodeAt(0)));
}

function glyph(symbolFont: string, code: number): string {
  // Word stores a symbol font's byte either as is or moved to U+F0xx.
  const byte = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code <= 0xff ? code : -1;
  if (symbolFont === "symbol" && byte >= 0) {
    if (byte >= 0x20 && byte <= 0x7e) return SYMBOL_LOW[byte - 0x20]!;
    if (byte >= 0xa0 && byte <= 0xe5) return SYMBOL_HIGH[byte - 0xa0]!;
    if (byte === 0xf1) return "〉";
    if (byte === 0xf2) return "∫";
    return "";
  }
  if (symbolFont === "wingdings") return (byte >= 0 && WINGDINGS[byte]) || "";
  // Wingdings 2 and 3 draw other glyphs: none is known here but the space.
  if (symbolFont.startsWith("wingdings")) return byte === 0x20 ? " " : "";
  // Another font: a code outside the private use area is the character itself.
  if (code >= 0xe000 && code <= 0xf8ff) return "";
  return String.fromCodePoint(code);
}
