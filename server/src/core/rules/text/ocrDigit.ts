import { spanFix } from "../../fixes/fix.js";
import { TextLineFinder } from "../../model/setApart.js";
import { misreadNumbersOf } from "../../text/ocrDigits.js";
import type { Rule } from "../types.js";

/**
 * A number that text recognition misread in a scanned plan (text/ocrDigits.ts reads them): the
 * checker does not read such a number — `到2O25年` sets no target year — and a reader may not see
 * it. The fix writes the digits the letters stand for, in the run's own width (a full-width run,
 * `２Ｏ２５`, stays full-width: text/full-width-alnum reports the width). The lines the runs fall on are found by a
 * binary search.
 */
export const ocrDigit: Rule = {
  meta: {
    id: "text/ocr-digit",
    family: "text",
    severity: "warning",
    description: "数字中混入形近的字母或“〇”（多为扫描件文字识别错误，如“2O25年”“1S00批次”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "扫描件经文字识别（OCR）转成文字时，数字常被识读成形近的字母：0 识读成字母 O、o 或“〇”，1 识读成小写字母 l 或大写字母 I，2 识读成字母 Z 或 z，5 识读成字母 S，8 识读成字母 B（如“到2O25年”“达到l0个”“到２０Ｚ５年”“抽检1S00批次”“达到9B%”）。这样的数字看上去没有问题，检查器却读不出年份和数值（“到2O25年”不算写明了目标年份）。本规则只在数字和形近字母连在一起、后面紧接年月日、百分号、量词（个、家、项、亿元等）或年份区间的“—”“至”时报告；前后有其他字母的代码或名称（O2O、ISO9001、5G）不报告；S 和 B 也常是代码和等级中的字母（5S管理、B2B、S级、4S店），只在夹在两个数字之间（“1S00”）或紧接在数字之后、量词或百分号之前（“9B%”）时才报告，汉字数字中的“〇”（二〇二五年）是汉字零，不报告。从 WPS 或网页复制的全角数字（“到２Ｏ２５年”“达到ｌ０个”）同样检查。修复把字母改为它代表的数字，宽度与前后的数字相同（全角数字的宽度由 text/full-width-alnum 报告）。",
      incorrect: "一、总体要求\n（一）主要目标\n到2O25年，培育省级质量标杆企业l0家以上。\n",
      correct: "一、总体要求\n（一）主要目标\n到2025年，培育省级质量标杆企业10家以上。\n",
    },
  },
  check({ plan, report }) {
    const lines = new TextLineFinder(plan);
    for (const { start, end, written, digits } of misreadNumbersOf(plan)) {
      if (lines.lineAt(start) === null) continue;
      const letters = [...new Set(written.replace(/[0-9０-９]/g, ""))].map((letter) => `“${letter}”`).join("");
      report({
        start,
        end,
        message: `“${written}”中的${letters}疑为扫描件文字识别的错误，应为“${digits}”`,
        fix: spanFix(`改为“${digits}”`, start, end, digits),
      });
    }
  },
};
