import { lazy } from "../../core/lazy.js";
import { codePointLabel } from "../../core/text/invisible.js";

/**
 * What a reader of plan text must be shown rather than have acted on or hidden:
 * - C0 controls, DEL and C1 controls, which a terminal may act on instead of showing
 *   (`ESC]0;…BEL` retitles the window, `ESC[2J` clears the screen, `\x9b` is `ESC[` in one code);
 * - characters that change how the text around them is shown, or are not shown at all: the
 *   bidi embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E/F,
 *   U+061C: “Trojan Source”, CVE-2021-42574 — a unit name that reads one way and is another),
 *   zero-width and other format characters (U+200B, U+FEFF, U+00AD, tags …), the line and
 *   paragraph separators, Unicode's default-ignorable code points (the Hangul fillers) and the
 *   noncharacters (U+FFFE and U+FFFF are not even allowed in XML). A zero-width space pasted
 *   into a unit name is also why the name is not found: the reader has to see it.
 * Variation selectors are left alone: they choose the glyph of the character before them.
 */
const HIDDEN = "(?!\\p{Variation_Selector})[\\p{Cf}\\p{Zl}\\p{Zp}\\p{Default_Ignorable_Code_Point}\\p{Noncharacter_Code_Point}]";
/**
 * The patterns are made on first use: V8 parses a pattern when it is made, and one of Unicode
 * properties is read out of ICU's tables (the three together about 0.8 ms of a one-file run on a
 * loaded host), while a run that prints no plan text — a stylish report without findings — never
 * asks.
 */
const UNSHOWN = lazy(() => new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f]|${HIDDEN}`, "gu"));
/** The same but the line feed, for text made of lines (stderr's messages). */
const UNSHOWN_BUT_NEWLINE = lazy(() => new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f]|${HIDDEN}`, "gu"));

/**
 * A control character as `\xHH`, any other as `<U+XXXX>` — the notations `less` uses for the
 * two kinds (and rustc's and GitHub's warnings name bidi characters by their code point). The
 * second is the core's (text/invisible.ts), which text/invisible-char's messages write too.
 */
function visible(char: string): string {
  const code = char.codePointAt(0)!;
  return code <= 0x9f ? `\\x${code.toString(16).padStart(2, "0")}` : codePointLabel(code);
}

/**
 * Plan text (a unit name, a heading, a fix's description) and file names as a reader may be
 * shown them: each character of UNSHOWN written out (`\x1b`, `<U+202E>`). A plan pasted from a
 * web page, or a file name in a shared folder, can hold escape sequences and bidi controls, and
 * the human-readable formats print both; the reader sees what is in the file instead. The
 * machine formats (JSON, SARIF) keep the data exact (`jsonText`). A format with escaping of
 * its own applies that first (GitHub's `%0A`, Markdown's `\|`), unless it must escape what
 * this writes: XML escapes the `<` of `<U+202E>` after.
 */
export function printable(text: string): string {
  return text.replace(UNSHOWN(), visible);
}

/** `printable`, keeping the line breaks of a message of several lines. */
export function printableLines(text: string): string {
  return text.replace(UNSHOWN_BUT_NEWLINE(), visible);
}

/**
 * In JSON text: what UNSHOWN holds that JSON.stringify writes as it is (it escapes only C0),
 * written as `\uXXXX` escapes instead (a character outside the BMP as its two surrogates). Only
 * strings can hold such characters, and any JSON reader reads the escape as the character: the
 * data stays exact, and `plancheck … --format json` printed to a terminal cannot act on it.
 */
const JSON_UNSHOWN = lazy(() => new RegExp(`[\\u007f-\\u009f]|${HIDDEN}`, "gu"));

const unicodeEscape = (char: string) => {
  let out = "";
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return out;
};

/** `JSON.stringify(value, null, 2)`, with JSON_UNSHOWN escaped: every JSON output of the CLI. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSHOWN(), unicodeEscape);
}
