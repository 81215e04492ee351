import { spanFix } from "../../fixes/fix.js";
import { TextLineFinder } from "../../model/setApart.js";
import type { Rule } from "../types.js";

/**
 * A number that text recognition misread in a scanned plan: a letter that looks like a digit
 * written among digits (`2O25年`, `l0个`, `2〇27年`: O, o and 〇 for 0, l and I for 1). The
 * checker does not read such a number — `到2O25年` sets no target year — and a reader may not see
 * it. Reported where the run of digits and look-alikes is a count, a year or a date: followed by a
 * measure word, 年月日, a percent sign, or (a four-digit year) a range's dash or 至. A code or a
 * name (`O2O`, `ISO9001`, `5G`, `COVID-19`) is never such a run: letters around it, or no measure
 * after it. `〇` with Chinese numerals (`二〇二五年`) is the Chinese zero, no look-alike. The fix
 * writes the digits the letters stand for.
 *
 * The text is searched once for a digit beside a look-alike (a native scan); only the hits are
 * read further, and the lines they fall on found by a binary search.
 */
export const ocrDigit: Rule = {
  meta: {
    id: "text/ocr-digit",
    family: "text",
    severity: "warning",
    description: "数字中混入形近的字母或“〇”（多为扫描件文字识别错误，如“2O25年”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "扫描件经文字识别（OCR）转成文字时，数字常被识读成形近的字母：0 识读成字母 O、o 或“〇”，1 识读成小写字母 l 或大写字母 I（如“到2O25年”“达到l0个”）。这样的数字看上去没有问题，检查器却读不出年份和数值（“到2O25年”不算写明了目标年份）。本规则只在数字和形近字母连在一起、后面紧接年月日、百分号、量词（个、家、项、亿元等）或年份区间的“—”“至”时报告；前后有其他字母的代码或名称（O2O、ISO9001、5G）不报告，汉字数字中的“〇”（二〇二五年）是汉字零，不报告。修复把字母改为它代表的数字。",
      incorrect: "一、总体要求\n（一）主要目标\n到2O25年，培育省级质量标杆企业l0家以上。\n",
      correct: "一、总体要求\n（一）主要目标\n到2025年，培育省级质量标杆企业10家以上。\n",
    },
  },
  check({ plan, report }) {
    const text = plan.text;
    LOOKALIKE_BESIDE_DIGIT.lastIndex = 0;
    const lines = new TextLineFinder(plan);
    let runEnd = -1;
    for (let hit = LOOKALIKE_BESIDE_DIGIT.exec(text); hit !== null; hit = LOOKALIKE_BESIDE_DIGIT.exec(text)) {
      if (hit.index < runEnd) continue;
      let start = hit.index;
      while (start > 0 && isRunCode(text.charCodeAt(start - 1))) start--;
      let end = hit.index + 2;
      while (end < text.length && isRunCode(text.charCodeAt(end))) end++;
      runEnd = end;
      LOOKALIKE_BESIDE_DIGIT.lastIndex = end;
      if (!readsAsNumber(text, start, end)) continue;
      if (lines.lineAt(start) === null) continue;
      const written = text.slice(start, end);
      const digits = written.replace(/[Oo〇]/g, "0").replace(/[Il]/g, "1");
      const letters = [...new Set(written.replace(/[0-9]/g, ""))].map((letter) => `“${letter}”`).join("");
      report({
        start,
        end,
        message: `“${written}”中的${letters}疑为扫描件文字识别的错误，应为“${digits}”`,
        fix: spanFix(`改为“${digits}”`, start, end, digits),
      });
    }
  },
};

/** A digit beside a look-alike, either way round: where a misread run can be. */
const LOOKALIKE_BESIDE_DIGIT = /[0-9][OoIl〇]|[OoIl〇][0-9]/g;
const isRunCode = (code: number) => (code >= 0x30 && code <= 0x39) || code === 0x4f || code === 0x6f || code === 0x49 || code === 0x6c || code === 0x3007;
const isLatinOrDigit = (code: number) => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0xff10 && code <= 0xff19);
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
