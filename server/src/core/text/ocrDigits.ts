import { isAnyDigitCode } from "./codeUnits.js";

/**
 * Numbers that text recognition misread in a scanned plan: a letter that looks like a digit
 * written among digits (`2O25年`, `l0个`, `2〇27年`: O, o and 〇 for 0, l and I for 1). One reading
 * for the two that need it: text/ocr-digit reports and fixes each run, and targets/horizon does
 * not say the goals have no year where the year is such a run (`到2O25年`): one defect, one finding.
 *
 * A run counts where it is a count, a year or a date: followed by a measure word, 年月日, a
 * percent sign, or (a four-digit year) a range's dash or 至. A code or a name (`O2O`, `ISO9001`,
 * `5G`, `COVID-19`) is never such a run: letters around it, or no measure after it. `〇` with
 * Chinese numerals (`二〇二五年`) is the Chinese zero, no look-alike.
 *
 * The text is searched once for a digit beside a look-alike (a native scan); only the hits are
 * read further.
 */
export interface MisreadNumber {
  start: number;
  end: number;
  written: string;
  /** The digits the letters stand for: what the fix writes. */
  digits: string;
}

/** Every misread number in `text`, in order. */
export function misreadNumbers(text: string): MisreadNumber[] {
  const found: MisreadNumber[] = [];
  const beside = LOOKALIKE_BESIDE_DIGIT;
  beside.lastIndex = 0;
  let runEnd = -1;
  for (let hit = beside.exec(text); hit !== null; hit = beside.exec(text)) {
    if (hit.index < runEnd) continue;
    let start = hit.index;
    while (start > 0 && isRunCode(text.charCodeAt(start - 1))) start--;
    let end = hit.index + 2;
    while (end < text.length && isRunCode(text.charCodeAt(end))) end++;
    runEnd = end;
    beside.lastIndex = end;
    if (!readsAsNumber(text, start, end)) continue;
    const written = text.slice(start, end);
    found.push({ start, end, written, digits: written.replace(/[Oo〇]/g, "0").replace(/[Il]/g, "1") });
  }
  return found;
}

/** A digit beside a look-alike, either way round: where a misread run can be. */
const LOOKALIKE_BESIDE_DIGIT = /[0-9][OoIl〇]|[OoIl〇][0-9]/g;
// ASCII digits only: a misread run is a scan's text layer, whose digits are half-width; a full-width run is text/full-width-alnum's.
const isRunCode = (code: number) => (code >= 0x30 && code <= 0x39) || code === 0x4f || code === 0x6f || code === 0x49 || code === 0x6c || code === 0x3007;
const isLatinOrDigit = (code: number) => isAnyDigitCode(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
/** What follows a count, a year or a date. */
const MEASURE = /^[年月日号%％个家项亿万元吨件次人倍座所条名户台套批处类种岁天期届]/;
/** A year's range sign (`2O25—2O27年`). */
const RANGE = /^[-—–~～至到]/;

function readsAsNumber(text: string, start: number, end: number): boolean {
  // A code or a name goes on in letters or digits on either side.
  if (start > 0 && isLatinOrDigit(text.charCodeAt(start - 1))) return false;
  if (end < text.length && isLatinOrDigit(text.charCodeAt(end))) return false;
  const after = text.slice(end, end + 1);
  if (MEASURE.test(after)) return true;
  const yearLike = end - start === 4 && (text.charCodeAt(start) === 0x31 || text.charCodeAt(start) === 0x32);
  return yearLike && RANGE.test(after);
}
