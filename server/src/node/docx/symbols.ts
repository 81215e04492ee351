/**
 * The character a `w:sym` shows. Word writes a character of a symbol font (Insert → Symbol in
 * Symbol or Wingdings) as `<w:sym w:font="Symbol" w:char="F0B3"/>`: the code is the font's own
 * byte, moved into the private use area, and means nothing without the font. A target written
 * `合格率≥98%` with Symbol's ≥ must read as ≥, so the font's byte is looked up in its Unicode
 * mapping (Unicode's SYMBOL.TXT for Symbol; for Wingdings the marks plans use: bullets, boxes,
 * ticks, stars, arrows). A code below the private use area is Unicode already.
 *
 * Wingdings 2, Wingdings 3 and Webdings (and the Wingdings bytes below) are not mapped: Unicode
 * 7.0 encoded their glyphs (UTC L2/12-368 lists where each went), but that table could not be
 * checked here glyph by glyph, and a guessed ☑ where the document has ☐ would be worse than
 * none. A glyph of theirs is kept as Word stores it, the font's byte at U+F0xx, so that a
 * check-box list keeps a mark where each box was; text/symbol-font-char reports it
 * (“无法识别的符号字体字符”) for the drafter to write the symbol the document shows. A piece of
 * Symbol's large brackets and a private-use code of another font still give nothing: they draw
 * no symbol a reader reads.
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

/** Whether a run's font draws its own glyphs in place of the characters' (Symbol, Wingdings 1–3, Webdings). */
export function isSymbolFont(font: string | undefined): boolean {
  return font !== undefined && /^(symbol|wingdings|webdings)/i.test(font);
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
  if (symbolFont === "wingdings") return (byte >= 0 && WINGDINGS[byte]) || unmapped(byte);
  // Wingdings 2 and 3 and Webdings draw other glyphs: none is mapped here but the space.
  if (symbolFont.startsWith("wingdings") || symbolFont.startsWith("webdings")) return byte === 0x20 ? " " : unmapped(byte);
  // Another font: a code outside the private use area is the character itself.
  if (code >= 0xe000 && code <= 0xf8ff) return "";
  return String.fromCodePoint(code);
}

/** A symbol font's glyph with no known character: its byte as Word stores it (U+F0xx), which text/symbol-font-char reports; nothing for a control or no byte. */
function unmapped(byte: number): string {
  return byte > 0x20 && byte <= 0xff ? String.fromCharCode(0xf000 + byte) : "";
}
