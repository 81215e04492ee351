import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument } from "../model/types.js";
import { digitValueOfCode, isAnyDigitCode, isAnyLatinCode, isFullWidthDigitCode } from "./codeUnits.js";

/**
 * Numbers that text recognition misread in a scanned plan: a letter that looks like a digit
 * written among digits (`2O25年`, `l0个`, `2〇27年`, `２０Ｚ５年`: O, o and 〇 for 0, l and I for 1, Z and z
 * for 2; `1S00批次`, `9B%`: S for 5, B for 8). One reading
 * for the two that need it: text/ocr-digit reports and fixes each run, and targets/horizon does
 * not say the goals have no year where the year is such a run (`到2O25年`): one defect, one finding.
 *
 * A run counts where it is a count, a year or a date: followed by a measure word, 年月日, a
 * percent sign, or (a four-digit year) a range's dash or 至. A code or a name (`O2O`, `ISO9001`,
 * `5G`, `COVID-19`) is never such a run: letters around it, or no measure after it. S and B are
 * letters of codes and grades more often than misreadings (5S管理, B2B, S级, 4S店, B1级): one counts
 * only where no code can put it, between two digits (`1S00`) or last before the measure
 * (`9B%`, `2O2S年`) — a code's letter opens the run or stands before a word (codeLettersPlacedAsDigits). `〇` with
 * Chinese numerals (`二〇二五年`) is the Chinese zero, no look-alike.
 *
 * A WPS copy or a PDF's text layer writes the figures full-width (`到２Ｏ２５年`, `达到ｌ０个`), the
 * letter in either width: the same run, read alike. The fix restores each letter as the digit it
 * stands for in the run's own width (the width of the digit nearest before it, else after it):
 * it mends the misreading only, and text/full-width-alnum reports the width, one defect each.
 *
 * The text is searched once for a look-alike (a native scan), and a digit looked for beside each;
 * only the hits are read further.
 */
export interface MisreadNumber {
  start: number;
  end: number;
  written: string;
  /** The digits the letters stand for: what the fix writes. */
  digits: string;
}

/**
 * Every misread number of the plan's text, in order: read once per plan (text/ocr-digit reports
 * them, targets/horizon reads the years among them; each read the whole text per keystroke).
 */
export function misreadNumbersOf(plan: Pick<PlanDocument, "text" | "memos">): readonly MisreadNumber[] {
  return read.of(plan, () => misreadNumbers(plan.text));
}

const read = new PlanMemo<readonly MisreadNumber[]>();

/** Every misread number in `text`, in order. */
export function misreadNumbers(text: string): MisreadNumber[] {
  const found: MisreadNumber[] = [];
  const lookalike = LOOKALIKE;
  lookalike.lastIndex = 0;
  let runEnd = -1;
  for (let hit = lookalike.exec(text); hit !== null; hit = lookalike.exec(text)) {
    if (hit.index < runEnd) continue;
    // A look-alike with a digit beside it, either way round: where a misread run can be.
    if (!isAnyDigitCode(text.charCodeAt(hit.index - 1)) && !isAnyDigitCode(text.charCodeAt(hit.index + 1))) continue;
    let start = hit.index;
    while (start > 0 && isRunCode(text.charCodeAt(start - 1))) start--;
    let end = hit.index + 1;
    while (end < text.length && isRunCode(text.charCodeAt(end))) end++;
    runEnd = end;
    lookalike.lastIndex = end;
    if (!readsAsNumber(text, start, end) || !codeLettersPlacedAsDigits(text, start, end)) continue;
    const written = text.slice(start, end);
    found.push({ start, end, written, digits: digitsOf(written) });
  }
  return found;
}

/**
 * A letter that looks like a digit, of either width (the text is searched for these, rare in a
 * plan, and a digit then looked for beside each: a third faster than searching for the pairs).
 */
const LOOKALIKE = /[OoIlZzSB〇ＯｏＩｌＺｚＳＢ]/g;

/**
 * The digit a look-alike stands for (O, o, 〇 for 0; I, l for 1; Z, z for 2, either width: a
 * recognised `２０Ｚ５年`, the 2's flat foot read as Z; S for 5 and B for 8, the digits' curves
 * read as the letters'); -1 for any other character.
 */
function lookalikeValue(code: number): number {
  switch (code) {
    case 0x4f: case 0x6f: case 0x3007: case 0xff2f: case 0xff4f:
      return 0;
    case 0x49: case 0x6c: case 0xff29: case 0xff4c:
      return 1;
    case 0x5a: case 0x7a: case 0xff3a: case 0xff5a:
      return 2;
    case 0x53: case 0xff33:
      return 5;
    case 0x42: case 0xff22:
      return 8;
    default:
      return -1;
  }
}

const isRunCode = (code: number) => isAnyDigitCode(code) || lookalikeValue(code) >= 0;
const isLatinOrDigit = (code: number) => isAnyDigitCode(code) || isAnyLatinCode(code);

/** The run with each look-alike written as its digit, in the width of the digit nearest before it (else after it). */
function digitsOf(written: string): string {
  let out = "";
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    const value = lookalikeValue(code);
    out += value < 0 ? written[i] : String.fromCharCode((fullWidthAt(written, i) ? 0xff10 : 0x30) + value);
  }
  return out;
}

/** Whether the digit nearest `at` in the run, looking back first, is full-width. */
function fullWidthAt(written: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) if (isAnyDigitCode(written.charCodeAt(i))) return isFullWidthDigitCode(written.charCodeAt(i));
  for (let i = at + 1; i < written.length; i++) if (isAnyDigitCode(written.charCodeAt(i))) return isFullWidthDigitCode(written.charCodeAt(i));
  return false;
}
/** What follows a count, a year or a date. */
const MEASURE = /^[年月日号%％个家项亿万元吨件次人倍座所条名户台套批处类种岁天期届]/;
/** A year's range sign (`2O25—2O27年`). */
const RANGE = /^[-—–~～至到]/;

/** S and B, either width: look-alikes that are letters of codes and grades too (codeLettersPlacedAsDigits). */
const isCodeLetter = (code: number) => code === 0x53 || code === 0x42 || code === 0xff33 || code === 0xff22;

/**
 * Whether every S or B of the run text[start, end) stands where only a digit can: between two
 * digits (`1S00批次`), or last, after a digit, with the measure right after it (`9B%`, `2O2S年`).
 * A code's letter opens its run or comes before a word (`B2B`, `5S管理`, `4S店`, `B1级`): it is
 * left as written.
 */
function codeLettersPlacedAsDigits(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    if (!isCodeLetter(text.charCodeAt(at))) continue;
    if (at === start || !isAnyDigitCode(text.charCodeAt(at - 1))) return false;
    if (at + 1 < end ? !isAnyDigitCode(text.charCodeAt(at + 1)) : !MEASURE.test(text.slice(end, end + 1))) return false;
  }
  return true;
}

function readsAsNumber(text: string, start: number, end: number): boolean {
  // A code or a name goes on in letters or digits on either side.
  if (start > 0 && isLatinOrDigit(text.charCodeAt(start - 1))) return false;
  if (end < text.length && isLatinOrDigit(text.charCodeAt(end))) return false;
  const after = text.slice(end, end + 1);
  if (MEASURE.test(after)) return true;
  const first = digitValueOfCode(text.charCodeAt(start));
  const yearLike = end - start === 4 && (first === 1 || first === 2);
  return yearLike && RANGE.test(after);
}
