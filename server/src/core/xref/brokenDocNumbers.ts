import type { Span } from "../syntax/cst.js";
import { ANY_DIGIT } from "../text/codeUnits.js";
import { sortByStart } from "../text/sorted.js";

/**
 * 发文字号 whose year bracket lost one of its marks, so that year and number run together or
 * the year stands bare: `赣府发〔202311号` (no closing mark), `赣府发2023〕11号` (no opening
 * one). The year of a 发文字号 is always four digits (GB/T 9704—2012 7.2.4), so where the
 * bracket belongs is certain. So is it where a draft writes the year with 年 and no brackets at
 * all (`中发2022年17号`, as one says the number aloud): 年 stands where 〕 belongs, and only after
 * a 机关代字's last character (发, 字, 函, 办, 电), never after 印发 or 下发 (省委印发2023年1号文件
 * names the year of a numbered document, not a 文号). The grammar does not see these as 发文字号;
 * the xref rule reports them and the punctuation rules leave their lone bracket alone (one
 * defect, one finding).
 */
export interface BrokenDocNumber extends Span {
  /** Where the year's four digits start and end. */
  yearStart: number;
  yearEnd: number;
  /** The bracket that is there, and where ([open or close, its offset]); for `both`, the 年 in the closing bracket's place. */
  mark: { text: string; start: number };
  missing: "open" | "close" | "both";
}

const OPEN = "〔[【(（﹝［";
const CLOSE = "〕\\]】)）﹞］";
/**
 * A 文号's figures in either width: a WPS or web copy writes them full-width (`赣府发〔２０２３１１号`),
 * as the grammar's DocDigit reads a whole 文号; each digit is one code unit either way, so the
 * year is still the four code units after its mark.
 */
const YEAR = `((?:19|20|１９|２０)${ANY_DIGIT}{2})`;
const NUMBER = `(${ANY_DIGIT}{1,4})`;
/** Opening mark, year run into the number, 号 (after an agency code, checked in code: a look-behind would cost a check per character). */
const UNCLOSED = new RegExp(`([${OPEN}])${YEAR}${NUMBER}号`, "g");
/** Year, closing mark, number, 号 — the opening mark lost (after an agency code). */
const UNOPENED = new RegExp(`${YEAR}([${CLOSE}])${NUMBER}号`, "g");
/** Year, 年, number, 号 — no bracket at all (after an agency code, checked in code). */
const YEAR_WORD = new RegExp(`${YEAR}(年)${NUMBER}号`, "g");
const HAN = /[\u4e00-\u9fff]/;
/** The last character of a 机关代字 (中发, 赣府字, 国办函, 国办发明电). */
const AGENCY_CODE_END = /[发字函办电]/;
/** Verbs ending in 发 that say a document was issued: the year after them is no 文号's. */
const ISSUING = /[印下转颁制分]发$/;

function afterAgencyCode(content: string, index: number): boolean {
  return index > 0 && HAN.test(content[index - 1]!);
}

/** The broken 发文字号 in a line's content; offsets are `offset` plus the index in `content`. */
export function brokenDocNumbersIn(content: string, offset = 0): BrokenDocNumber[] {
  if (!content.includes("号")) return [];
  const found: BrokenDocNumber[] = [];
  for (const match of content.matchAll(UNCLOSED)) {
    if (!afterAgencyCode(content, match.index)) continue;
    const start = offset + match.index;
    const yearStart = start + match[1]!.length;
    found.push({ start, end: start + match[0].length, yearStart, yearEnd: yearStart + 4, mark: { text: match[1]!, start }, missing: "close" });
  }
  for (const match of content.matchAll(UNOPENED)) {
    if (!afterAgencyCode(content, match.index)) continue;
    const start = offset + match.index;
    found.push({ start, end: start + match[0].length, yearStart: start, yearEnd: start + 4, mark: { text: match[2]!, start: start + 4 }, missing: "open" });
  }
  for (const match of content.matchAll(YEAR_WORD)) {
    if (!afterAgencyCode(content, match.index) || !AGENCY_CODE_END.test(content[match.index - 1]!) || ISSUING.test(content.slice(Math.max(0, match.index - 2), match.index))) continue;
    const start = offset + match.index;
    found.push({ start, end: start + match[0].length, yearStart: start, yearEnd: start + 4, mark: { text: match[2]!, start: start + 4 }, missing: "both" });
  }
  return sortByStart(found);
}
