import type { Span } from "../syntax/cst.js";
import { sortByStart } from "../text/sorted.js";

/**
 * 发文字号 whose year bracket lost one of its marks, so that year and number run together or
 * the year stands bare: `赣府发〔202311号` (no closing mark), `赣府发2023〕11号` (no opening
 * one). The year of a 发文字号 is always four digits (GB/T 9704—2012 7.2.4), so where the
 * bracket belongs is certain. The grammar does not see these as 发文字号; the xref rule reports
 * them and the punctuation rules leave their lone bracket alone (one defect, one finding).
 */
export interface BrokenDocNumber extends Span {
  /** Where the year's four digits start and end. */
  yearStart: number;
  yearEnd: number;
  /** The bracket that is there, and where ([open or close, its offset]). */
  mark: { text: string; start: number };
  missing: "open" | "close";
}

const OPEN = "〔[【(（﹝［";
const CLOSE = "〕\\]】)）﹞］";
const YEAR = "((?:19|20)\\d\\d)";
/** Opening mark, year run into the number, 号 (after an agency code, checked in code: a look-behind would cost a check per character). */
const UNCLOSED = new RegExp(`([${OPEN}])${YEAR}(\\d{1,4})号`, "g");
/** Year, closing mark, number, 号 — the opening mark lost (after an agency code). */
const UNOPENED = new RegExp(`${YEAR}([${CLOSE}])(\\d{1,4})号`, "g");
const HAN = /[\u4e00-\u9fff]/;

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
  return sortByStart(found);
}
