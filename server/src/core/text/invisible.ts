import type { Span } from "../model/types.js";
import { isAnyDigitCode } from "./codeUnits.js";

/**
 * Characters no reader of a plan can see: Unicode's format characters (category Cf) — the
 * zero-width space, joiners and word joiner, the soft hyphen, the byte order mark inside the
 * text, the bidi marks, embeddings, overrides and isolates, the invisible operators. Text pasted
 * from web pages (WeChat articles put U+200B between words), from Word (soft hyphens, U+2060)
 * and from PDF readers brings them along. They render as nothing (or reorder what is around
 * them), so the reader sees `市市场监管局` while a search, the registry and the grammar see
 * another name, or a line that no longer starts with its marker.
 *
 * Where one of them does work, it is not one of these: the byte order mark that opens the text
 * (the CLI and VS Code drop it on reading; another editor may keep it), a zero-width joiner
 * inside an emoji sequence (👨‍👩‍👧) and the tags of a flag's tag sequence (🏴 + tags), and the
 * joiners, marks and separators that shape or order a script that needs them (ZWNJ/ZWJ in
 * Arabic, Persian, the Indic scripts; the Mongolian vowel separator; the bidi marks beside
 * Arabic or Hebrew letters; Thai and Khmer words split by U+200B). Only the characters that never
 * do such work in running text — the soft hyphen, the word joiner and invisible operators, the
 * byte order mark, the bidi embeddings, overrides and isolates (“Trojan Source”, CVE-2021-42574,
 * whatever script is around them) and the deprecated format characters — are invisible
 * characters whatever their neighbours.
 */

/**
 * Control characters other than the tab and the line breaks: Word's manual line break (U+000B)
 * and page break (U+000C) in text it exports or pastes, the line and paragraph separators
 * (U+2028, U+2029) and NEL (U+0085) of web pages and PDF readers, and the other C0 and C1
 * controls that a broken conversion leaves. A plan's lines end in CR and LF only (as LSP and
 * the editor count them), so these are characters inside a line, with no width of their own.
 */
const CONTROLS = "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029";

/** A format character or a control (see CONTROLS); `u` regular expressions know the category (and the astral ones, tags …). */
const FORMAT = new RegExp(`[\\p{Cf}${CONTROLS}]`, "u");
const FORMAT_RUN = new RegExp(`[\\p{Cf}${CONTROLS}]+`, "gu");

/** A control that stands for a line or page break where it was written (Word's U+000B and U+000C, U+2028, U+2029, NEL). */
export function breaksLine(code: number): boolean {
  return code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/**
 * Whether the line break written as a character at text[at] (breaksLine) ends a line as the
 * drafter saw it end: between a heading and its text, between two sentences, and before a marker
 * whatever stands before it (`总体要求<U+000B>（一）指导思想`, `创新，提高效益<U+000B>1.提升…`). Not where the sentence certainly
 * goes on — a PDF reader's or a copy's break inside a sentence still open (a comma after its last
 * stop: `……合格率达到94%，农产品抽检合格<U+2028>率`; a sentence begun after a stop, a task's body
 * after its heading's 。: `发展。开展质量创新<U+000B>先导区创建工作。`), after a word that cannot end
 * one (、 的 和), before a figure (`达到<U+2028>94%`) or a bracket that opens no marker,
 * a mark that cannot start one or a clause's bracket (`推进建设。<U+2028>〔责任单位：…〕`): there it is
 * read through, as text/invisible-char's fix deletes it. syntax/parse.ts asks it of each such
 * character in order; the text before it is read back to the line's start: a CR or LF, or
 * `lineStart`, after the last such character that ended a line.
 */
export function endsLineWhereWritten(text: string, at: number, lineStart = 0): boolean {
  let after = at + 1;
  while (after < text.length && (text.charCodeAt(after) === 0x20 || text.charCodeAt(after) === 0x3000 || text.charCodeAt(after) === 0x09)) after++;
  const next = text.charCodeAt(after);
  if (after >= text.length || next === 0x0a || next === 0x0d || breaksLine(next)) return true;
  // A marker after it starts an item, whatever the line before says (a heading with a comma).
  if (opensNumberMarker(text, after) || opensBracketMarker(text, after) || opensChapterMarker(text, after)) return true;
  if (GOES_ON_AFTER.has(next) || isAnyDigitCode(next) || next === 0xff08 || next === 0x28) return false;
  let before = at - 1;
  while (before >= 0 && (text.charCodeAt(before) === 0x20 || text.charCodeAt(before) === 0x3000 || text.charCodeAt(before) === 0x09)) before--;
  if (before < lineStart || PARAGRAPH_ENDS.has(text.charCodeAt(before))) return true;
  if (CANNOT_END_LINE.has(text.charCodeAt(before))) return false;
  // The line so far: a heading (no stop, no comma) ends there; a sentence a comma left open, or
  // one begun after a stop (a task's body after its heading's 。), goes on.
  for (let k = before; k >= lineStart; k--) {
    const code = text.charCodeAt(k);
    if (code === 0x0a || code === 0x0d) return true;
    // The 、 of a chapter's marker (一、总体要求) is no comma.
    if (code === 0x3001 && opensLine(text, k, lineStart)) return true;
    if (code === 0xff0c || code === 0x2c || code === 0x3001 || SENTENCE_STOPS.has(code)) return false;
  }
  return true;
}

/** Whether only a numeral (and indentation) stands between the line's start and text[at]. */
function opensLine(text: string, at: number, lineStart: number): boolean {
  for (let k = at - 1; k >= lineStart; k--) {
    const code = text.charCodeAt(k);
    if (code === 0x0a || code === 0x0d) return true;
    if (!isAnyDigitCode(code) && !MARKER_NUMERALS.has(code) && code !== 0x20 && code !== 0x3000 && code !== 0x09) return false;
  }
  return true;
}

const MARKER_NUMERALS: ReadonlySet<number> = new Set([..."一二三四五六七八九十百零〇"].map((char) => char.charCodeAt(0)));

/** Whether a chapter's marker opens at text[at] (`二、`). */
function opensChapterMarker(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && k - at <= 3 && MARKER_NUMERALS.has(text.charCodeAt(k))) k++;
  return k > at && text.charCodeAt(k) === 0x3001;
}

/** Whether a bracketed marker opens at text[at] (`（一）`, `(2)`), not a clause's bracket (`（责任单位：…）`). */
function opensBracketMarker(text: string, at: number): boolean {
  const open = text.charCodeAt(at);
  if (open !== 0xff08 && open !== 0x28) return false;
  let k = at + 1;
  while (k < text.length && k - at <= 4 && (isAnyDigitCode(text.charCodeAt(k)) || MARKER_NUMERALS.has(text.charCodeAt(k)))) k++;
  const close = text.charCodeAt(k);
  return k > at + 1 && (close === 0xff09 || close === 0x29);
}

/** Whether a task's marker opens at text[at] (`1.提升…`, `2、`, `3．`), not a figure (`94%`, `2.5亿`). */
function opensNumberMarker(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && isAnyDigitCode(text.charCodeAt(k))) k++;
  const mark = text.charCodeAt(k);
  return k - at <= 3 && (mark === 0x2e || mark === 0xff0e || mark === 0x3001) && !isAnyDigitCode(text.charCodeAt(k + 1));
}

/** What the text before a line break cannot end a paragraph with (punct/breaks.ts reads breaks so). */
export const CANNOT_END_LINE: ReadonlySet<number> = new Set([..."，,、的和与及或并而在对将把被从向按由于"].map((char) => char.charCodeAt(0)));
/** What no line starts with: a mark that closes or goes on, a clause's or annotation's bracket. */
const GOES_ON_AFTER: ReadonlySet<number> = new Set([..."，,、。；;：:！？!?）)》”’〕】〔【﹝的地得了着过之"].map((char) => char.charCodeAt(0)));
const SENTENCE_STOPS: ReadonlySet<number> = new Set([..."。！？!?；;"].map((char) => char.charCodeAt(0)));
/** What a paragraph may end with (punct/breaks.ts's PARAGRAPH_END). */
const PARAGRAPH_ENDS: ReadonlySet<number> = new Set([..."。！？!?；;：:…”’」』）)〕】》"].map((char) => char.charCodeAt(0)));

/** Format characters that are never at work in running text, whatever is around them; and the controls. */
function alwaysInvisible(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xad ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x206f) ||
    (code >= 0xfff9 && code <= 0xfffb)
  );
}

/**
 * Letters of the scripts whose text has no use for a format character: Chinese, the Latin,
 * Greek and Cyrillic alphabets, Japanese kana, Korean and 注音. A format character beside a
 * letter of any other script (Arabic, Mongolian, Tibetan, the Indic scripts, Thai …) may be
 * shaping or ordering it.
 */
const PLAIN_SCRIPT = /[\p{Script=Han}\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** What may end the emoji before a ZWJ of a sequence: the emoji, a skin tone, the emoji presentation selector. */
const EMOJI_END = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;

const codePointBefore = (text: string, at: number): number | undefined => {
  if (at <= 0) return undefined;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2);
  }
  return low;
};

const charOf = (code: number | undefined): string => (code === undefined ? "" : String.fromCodePoint(code));
const width = (code: number): number => (code > 0xffff ? 2 : 1);

/** Whether a code point is a letter of a script that uses format characters (see PLAIN_SCRIPT). */
function isShapingLetter(code: number | undefined): boolean {
  if (code === undefined) return false;
  const char = charOf(code);
  return LETTER.test(char) && !PLAIN_SCRIPT.test(char);
}

/**
 * Whether the format character at `at` (code point `code`, inside the run [runStart, runEnd) of
 * format characters) is at work there rather than invisible debris. Its neighbours are read
 * outside the run, so deleting the run's other characters never changes the verdict (the fix is
 * idempotent). `bomAtWork`: whether offset 0 is the start of the whole text.
 */
function atWork(text: string, code: number, at: number, runStart: number, runEnd: number, bomAtWork: boolean): boolean {
  if (code === 0xfeff && at === 0 && bomAtWork) return true;
  if (code === 0x200d) {
    const before = codePointBefore(text, runStart);
    const after = text.codePointAt(runEnd);
    if (before !== undefined && after !== undefined && EMOJI_END.test(charOf(before)) && PICTOGRAPH.test(charOf(after))) return true;
  }
  // A tag sequence: 🏴 (U+1F3F4) then tags (U+E0020–E007E) and its cancel tag (U+E007F).
  if (code >= 0xe0020 && code <= 0xe007f) {
    let back = at;
    while (back > runStart) {
      const previous = codePointBefore(text, back)!;
      if (previous < 0xe0020 || previous > 0xe007f) break;
      back -= width(previous);
    }
    if (codePointBefore(text, back) === 0x1f3f4) return true;
  }
  if (alwaysInvisible(code)) return false;
  // The letter before, past any combining marks on it; the letter after.
  let back = runStart;
  let before = codePointBefore(text, back);
  while (before !== undefined && MARK.test(charOf(before))) {
    back -= width(before);
    before = codePointBefore(text, back);
  }
  return isShapingLetter(before) || isShapingLetter(text.codePointAt(runEnd));
}

/**
 * The runs of invisible characters in `text`, in order: each a span of consecutive format
 * characters that are not at work where they stand. A clean text costs one regular-expression
 * scan that finds nothing. `text` may be one line of a plan (`atTextStart`: whether it opens
 * the plan, where a byte order mark is at work): a line's answer depends on its own characters
 * only, as a run's neighbours outside it are line breaks or nothing, which count alike (neither
 * is a letter nor an emoji), so the answer holds wherever the line moves.
 */
export function invisibleRuns(text: string, atTextStart = true): Span[] {
  const runs: Span[] = [];
  FORMAT_RUN.lastIndex = 0;
  for (let match = FORMAT_RUN.exec(text); match !== null; match = FORMAT_RUN.exec(text)) {
    const runStart = match.index;
    const runEnd = runStart + match[0].length;
    let open = -1;
    for (let at = runStart; at < runEnd; ) {
      const code = text.codePointAt(at)!;
      const invisible = !atWork(text, code, at, runStart, runEnd, atTextStart);
      if (invisible && open < 0) open = at;
      if (!invisible && open >= 0) {
        runs.push({ start: open, end: at });
        open = -1;
      }
      at += width(code);
    }
    if (open >= 0) runs.push({ start: open, end: runEnd });
  }
  return runs;
}

/** `text` without its format characters: the name or title a reader sees. */
export function withoutFormatCharacters(text: string): string {
  return FORMAT.test(text) ? text.replace(/\p{Cf}+/gu, "") : text;
}

/**
 * A character as it is named wherever it cannot be shown: `<U+200B>`, the notation `less` uses
 * (and rustc's and GitHub's warnings for bidi characters). The rules' messages and the CLI's
 * output (cli/format/printable.ts) write the same.
 */
export function codePointLabel(code: number): string {
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

const NAMES: ReadonlyMap<number, string> = new Map([
  [0x000b, "垂直制表符，即 Word 的手动换行符"],
  [0x000c, "换页符，即 Word 的分页符"],
  [0x0085, "下一行符"],
  [0x2028, "行分隔符"],
  [0x2029, "段分隔符"],
  [0x00ad, "软连字符"],
  [0x061c, "阿拉伯字母标记"],
  [0x180e, "蒙古文元音分隔符"],
  [0x200b, "零宽空格"],
  [0x200c, "零宽非连接符"],
  [0x200d, "零宽连接符"],
  [0x200e, "从左至右标记"],
  [0x200f, "从右至左标记"],
  [0x202a, "从左至右嵌入"],
  [0x202b, "从右至左嵌入"],
  [0x202c, "嵌入结束"],
  [0x202d, "从左至右覆盖"],
  [0x202e, "从右至左覆盖"],
  [0x2060, "词连接符"],
  [0x2061, "不可见函数应用符"],
  [0x2062, "不可见乘号"],
  [0x2063, "不可见分隔符"],
  [0x2064, "不可见加号"],
  [0x2066, "从左至右隔离"],
  [0x2067, "从右至左隔离"],
  [0x2068, "首强隔离"],
  [0x2069, "隔离结束"],
  [0xfeff, "字节顺序标记"],
]);

/** The Chinese name of a format character, or what kind it is. */
export function invisibleCharName(code: number): string {
  return NAMES.get(code) ?? (code >= 0xe0000 && code <= 0xe007f ? "标签字符" : code < 0x20 || (code >= 0x7f && code <= 0x9f) ? "控制字符" : "格式字符");
}

/** The bidi controls: they change the order in which the text around them is shown. */
export function reordersText(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/**
 * A run of characters written out: each as its label, three or more of one in a row as
 * `<U+200B>×5`, so that a run of a hundred is one short phrase.
 */
export function labelledRun(text: string, start: number, end: number): string {
  let out = "";
  for (let at = start; at < end; ) {
    const code = text.codePointAt(at)!;
    let next = at + width(code);
    let count = 1;
    while (next < end && text.codePointAt(next) === code) {
      next += width(code);
      count++;
    }
    out += count >= 3 ? `${codePointLabel(code)}×${count}` : codePointLabel(code).repeat(count);
    at = next;
  }
  return out;
}

/** Text with every format character in it written as its label (text quoted in a message). */
export function labelledText(text: string): string {
  return FORMAT.test(text) ? text.replace(new RegExp(FORMAT.source, "gu"), (char) => codePointLabel(char.codePointAt(0)!)) : text;
}

/** Whether one UTF-16 code unit is a format character or a control (the BMP ones; a paragraph's end is read by code unit). */
export function isFormatCode(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  return code >= 0x7f && FORMAT.test(String.fromCharCode(code));
}

/** One white space or format character. */
const BLANK_OR_FORMAT = /[\s\p{Cf}]/u;

/**
 * Whether text[start, end) holds nothing a reader sees: white space and format characters. A
 * rule that asks what ends a paragraph sees `。<U+200B>` end in `。`, as the reader does; the
 * character is text/invisible-char's. Read by code point and never past `end`: a pattern run on
 * from `start` read a run of invisible lines to its end from every line in it (quadratic).
 */
export function isUnseenBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    const code = text.codePointAt(i)!;
    if (code < 0x80) {
      // ASCII: white space is the tab to the carriage return and the space; no format character.
      if (code !== 0x20 && (code < 0x09 || code > 0x0d)) return false;
    } else if (!BLANK_OR_FORMAT.test(String.fromCodePoint(code))) return false;
    i += code > 0xffff ? 2 : 1;
  }
  return true;
}
