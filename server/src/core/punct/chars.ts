import { isSpaceCode } from "../text/spaces.js";

/**
 * Character classes of Chinese typography (GB/T 15834): which characters make a context
 * Chinese, which half-width marks have a full-width form, which marks pair up.
 */

/** The half-width marks a Chinese text must write full-width, with their full-width forms. */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
};

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && isHanCode(ch.charCodeAt(0));
}

/**
 * The code-unit forms of the classes below, for loops over a text: `text[i]` of a Chinese
 * character allocates a string (V8 caches one-character strings only below U+0100), and the
 * punctuation rules look at every character of the plan on every keystroke. `NaN` (reading past
 * either end with `charCodeAt`) is in no class.
 */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

/**
 * The length in code units of the Han character at `at`: 1 for one isHanCode takes, 2 for one of
 * the extensions past the basic plane (B to H, U+20000–U+323AF: places are named with them, and a
 * copy brings them as surrogate pairs), 0 for any other.
 */
export function hanLengthAt(text: string, at: number): 0 | 1 | 2 {
  const c = text.charCodeAt(at);
  if (isHanCode(c)) return 1;
  if (c < 0xd840 || c > 0xd888) return 0;
  const point = text.codePointAt(at)!;
  return point >= 0x20000 && point <= 0x323af ? 2 : 0;
}

/** Full-width punctuation and the Chinese quotation marks, dashes and ellipsis, by UTF-16 code unit. */
export function isChinesePunctuationCode(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2014 ||
    c === 0x2026
  );
}

/** A code unit that makes the text around it Chinese: a Han character or Chinese punctuation. */
export function isChineseCode(c: number): boolean {
  return isHanCode(c) || isChinesePunctuationCode(c);
}

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isSpaceCode(ch.charCodeAt(0));
}

export { isSpaceCode };

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Sentence-internal and sentence-final 点号 that must not be doubled (`。。`, `，，`). */
export const POINT_MARKS = "。，、；：？！";

/** Pairs that must balance within a paragraph, opening → closing. */
export const PAIRS: Readonly<Record<string, string>> = {
  "“": "”",
  "‘": "’",
  "（": "）",
  "《": "》",
  "〔": "〕",
  "【": "】",
};

/** What a half-width mark counts as when pairs are balanced: `(` opens like `（`. */
export function pairForm(ch: string): string {
  return ch === "(" ? "（" : ch === ")" ? "）" : ch;
}

/**
 * Marks a paragraph of body text may end with (a sentence-final mark, or a list's ；：); the
 * half-width ones too, which punct/half-width reports as what they are.
 */
export const SENTENCE_FINAL = "。！？…；：!?;:.";

/** Closing marks that may follow the sentence-final mark (`……。”`, `……。）`). */
export const CLOSING_MARKS = "”’）)〕】》」』";
