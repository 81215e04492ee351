import { numberingOf } from "../../numbering/runs.js";
import type { NumberMarker, NumberedItem } from "../../model/types.js";
import { toChineseNumeral, toFullwidthDigits } from "../../model/numerals.js";
import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";
import { shownMarker } from "../../numbering/edits.js";

/**
 * `（西）丙任务` between `（三）` and `（五）`: a bracketed numeral mistyped (a slip of the eye or of a
 * pinyin input method); `—、总体要求` before `二、`, `l.` before `2.`: a numeral or digit typed or
 * scanned as a character of its shape; `3 .` between `2.` and `4.`: a space inside the marker,
 * which the grammar does not read as one; `三　保障措施` after `二、`: a space for the 、. The model reads the line as the item it is
 * (model/misreadMarkers.ts), so the outline, the clauses and the count stay right; this rule
 * reports the marker, and corrects its numeral where the next item confirms the number due.
 * A space inside a marker of the other levels (`（ 一 ）`, `( 1 )`, `一 、`, pasted from a web page)
 * the grammar reads (MarkerGap), the model gives it this rule's style (model/markers.ts), and
 * this rule reports it and takes the spaces out, whatever the count around it.
 */
export const markerTypo: Rule = {
  meta: {
    id: "numbering/marker-typo",
    family: "numbering",
    severity: "warning",
    description: "编号数字疑似录入错误（如“（三）”之后的“（西）”、“二、”之前的“—、”、“2.”之前的“l.”、“2.”之后的“3 .”、“1.”之后的“2,”），或编号中夹有空格（“（ 一 ）”）、丢了一个括号（“（二强化……”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "编号中的数字打错一个字，这一行就不再是编号：“（三）乙任务”之后的“（西）丙任务”、“（十七）”之后的“（十人）”。这多是看错（西—四、人—八、土—十）或拼音输入法选错了字（死—四、是—十），也有写成大写数字的（肆—四）。扫描识别（OCR）或从 PDF 复制的文本还常把数字换成形状相同的字符：“一、”成了破折号或连字符“—、”“－、”，“1.”成了小写字母 l、大写字母 I 或竖线“l.”“I.”“|.”，“10.”中的 0 成了字母 O。编号的数字与标点之间多打了空格（“3 .”）也是一样。这一项于是并入上一项（或成了“—”列表项），其责任单位也算作上一项的；若它是本组第一项，本组看来从“二、”“2.”开始，按编号顺序修复会把其后各项逐一改小，留下两个“一、”。",
        "",
        "检查器按前后编号判断：行首编号中的字与此处应有的编号数字字数相同，每个字或是该数字本身、或是它常被误作的字（括号中的编号包括形近、音近的字，不带括号的“—、”“l.”只包括形状相同的字符，因为“西、南两区……”这样的行是正文），而下一项编号与之相接（或本组到此为止），就把这一行读作它本来的条目（大纲、责任单位、编号顺序、方案标题都按此计算），由本规则报告一次；numbering/sequence 不再报告其后的“（五）”，也不重新编号。此处应有的编号是同级上一项加一，本组第一项则是一；第一项只在下一项正是“二”“2”时才这样读。括号中是其他字的行（“（注）”“（略）”“（附）”“（续）”等）不会被读作编号。",
        "",
        "下一项编号证实了应有的编号时（“（三）”“（西）”“（五）”），快速修复只改正其中的数字（“（四）”“一、”“1.”），括号、顿号等编号形式由 numbering/marker-style 另行检查；本组到此为止、无从证实时只报告，不提供修复，numbering/sequence 也不据此重新编号。数字本身无误、只多了空格时（“3 .”），快速修复删去空格。“1.”与“3.”之间的“2,”“2，”（扫描识别或录入时把下脚点打成了逗号）同样按前后编号读作第 2 项，快速修复改为“2.”；行首的“3，4月份……”这样的正文不在其列。“二、”之后的“三　保障措施”“三 保障措施”（网页或 WPS 中的标题以空格代替了顿号）同样按前后编号读作第三部分，快速修复把空格改为顿号（“三、保障措施”），而不是删去空格、把标题连成“三保障措施”并把其下的“（一）”“（二）”接着上一部分重新编号；只读汉字数字之后、整行是一个不含句读标点的短标题的（“五 是加强宣传，营造良好氛围。”是正文）。",
        "",
        "从网页复制的文本常在编号中夹有空格（半角、全角或不换行空格）：“（ 一 ）指导思想”“（一 ）”“( 1 )”“一 、总体要求”。括号中只有数字、或汉字数字后紧跟空格和顿号的行首，不会是正文的开头，检查器无论前后编号如何都把它读作编号（数值照常计算，编号文字保留原样），由本规则报告空格，快速修复删去空格（“（一）”）；半角括号等写法随后由 numbering/marker-style 检查。括号中不是数字的插入语（“（ 见附件 ）”）不是编号。阿拉伯数字后带空格的“3 .”仍按前后编号判断，因为网页正文中的数字两侧常有空格；一组各项都带空格时（“1 .”“2 .”“3 .”），其后的“2 .”同样证实第一项“1 .”。",
        "",
        "编号的标点也可能单独丢失：误删了顿号的“二主要任务”夹在“一、”与“三、”之间，误删了下脚点的“3开展品牌培育。……”夹在“2.”与“4.”之间。行首的数字正是此处应有的编号、其后紧接着标题的文字时（numbering/missing-numeral 读出丢失编号的那些条件同样成立），这个数字是编号的，不是标题的第一个字：本规则报告它，修复把它补全为“二、”“3.”，而不是在它前面再写一个编号（“二、二主要任务”）。数字之后还是数字时（应为“十”而写的是“十一”），不作此读；带括号的“（二）”“（2）”一次误删不会丢掉两个括号，整个编号丢失而标题恰以这个数字开头（“二次创业质量攻坚”）时，数字是标题的，由 numbering/missing-numeral 补上整个编号。",
        "",
        "带括号的编号也可能只丢了一个括号：粘贴时截掉了右括号的“（二强化质量基础支撑”、丢了左括号的“二）强化质量基础支撑”，夹在“（一）”与“（三）”之间。括号中的数字正是此处应有的编号、其后紧接着标题的文字、本行没有与这个左括号配对的右括号时（“（一季度完成）加强……”是插入语，不是编号），这一行读作第（二）项：本规则报告丢失的括号，修复补全为“（二）”；其后的“（三）”不是编号错误，不重新编号。",
      ].join("\n"),
      incorrect: "一、主要任务\n（一）推动质量变革创新。\n（二）开展质量提升行动。\n（三）落实质量主体责任。\n（西）夯实质量技术基础。\n（五）提升质量服务效能。\n",
      correct: "一、主要任务\n（一）推动质量变革创新。\n（二）开展质量提升行动。\n（三）落实质量主体责任。\n（四）夯实质量技术基础。\n（五）提升质量服务效能。\n",
    },
  },
  check({ plan, config, report }) {
    let numbering: ReturnType<typeof numberingOf> | null = null;
    for (const item of plan.allItems) {
      const marker = item.marker;
      if (marker.style !== "mistyped") continue;
      numbering ??= numberingOf(plan, config);
      const position = numbering.runOf.get(item);
      const items = position?.run.items ?? [];
      const index = position?.index ?? -1;
      const previous = index > 0 ? items[index - 1]! : null;
      const next = index >= 0 && index + 1 < items.length ? items[index + 1]! : null;
      const corrected = correctedMarker(marker);
      // Only spaces wrong (`3 .`, `（ 四）`): the number is as written, and the message says so.
      const spaced = marker.text.replace(/\s/g, "") === corrected;
      if (!marker.valueCertain) {
        report({ start: marker.start, end: marker.end, message: `“${marker.text}”疑为编号“${corrected}”之误${around(previous, null, plan.items)}，请核对后改正` });
        continue;
      }
      report({
        start: marker.start,
        end: marker.end,
        message: lostBracket(marker)
          ? `编号“${marker.text}”丢失了${CLOSING[marker.text[0]!] === undefined ? "左" : "右"}括号，应为“${corrected}”${around(previous, next, plan.items)}`
          : lostMark(marker)
          ? `编号“${marker.numeral}”丢失了${item.level === 1 ? "顿号" : item.level === 3 ? "下脚点" : "括号"}，应为“${corrected}”${around(previous, next, plan.items)}`
          : spaced
          ? `编号“${marker.text}”中夹有空格，应为“${corrected}”${around(previous, next, plan.items)}`
          : item.level === 3 && isComma(marker.text[marker.text.length - 1]!) && marker.numeral === corrected.slice(0, -1)
            ? `编号“${marker.text}”以逗号代替下脚点，应为“${corrected}”${around(previous, next, plan.items)}`
            : item.level === 1 && /\s/.test(marker.text[marker.text.length - 1]!) && marker.numeral === corrected.slice(0, -1)
              ? `编号“${marker.numeral}”之后以空格代替顿号，应为“${corrected}”${around(previous, next, plan.items)}`
            : `“${marker.text}”疑为编号“${corrected}”之误${around(previous, next, plan.items)}`,
        fix: spanFix(`改为“${corrected}”`, marker.start, marker.end, corrected),
      });
    }
  },
};

/**
 * The marker with its numeral written right and the rest as it was (`l．` → `1．`, `(西）` →
 * `(四）`): the slip is this rule's, the marker's form numbering/marker-style's. Digits keep
 * the width they were written in (`ｌ．` → `１．`).
 */
function correctedMarker(marker: NumberMarker): string {
  const { level, value, text } = marker;
  if (lostMark(marker)) return marker.canonicalText;
  // One bracket lost (`（二`, `二）`): the pair completed in the form of the one kept.
  if (lostBracket(marker)) {
    const kept = CLOSING[text[0]!] === undefined ? text[text.length - 1]! : text[0]!;
    return CLOSING[kept] === undefined ? `${OPENING[kept]}${marker.numeral}${kept}` : `${kept}${marker.numeral}${CLOSING[kept]}`;
  }
  const open = level === 2 || level === 4 ? text[0]! : "";
  const written = text[text.length - 1]!;
  // A comma for a level-3 marker's dot (`2,`, `2，`, model/misreadMarkers.ts) is the slip too.
  // A space for a level-1 marker's 、 (`三　保障措施`, model/misreadMarkers.ts) is the slip too.
  const close = level === 3 && isComma(written) ? (FULLWIDTH.test(marker.numeral) ? "．" : ".") : level === 1 && /\s/.test(written) ? "、" : written;
  if (level <= 2) return `${open}${toChineseNumeral(value!)}${close}`;
  const digits = String(value);
  return `${open}${FULLWIDTH.test(marker.numeral) ? toFullwidthDigits(digits) : digits}${close}`;
}

/**
 * A numeral whose mark was lost (`三保障措施` where 三、 is due, model/lostMarkers.ts): the marker is
 * the numeral alone, and the level's whole marker is what it lacks.
 */
const lostMark = (marker: NumberMarker) => marker.text === marker.numeral;

/**
 * A bracketed level's marker with one bracket of its pair (`（二强化…`, `二）强化…`,
 * model/misreadMarkers.ts): the other was lost, the numeral is as written.
 */
const lostBracket = (marker: NumberMarker) => (marker.level === 2 || marker.level === 4) && (CLOSING[marker.text[0]!] === undefined) !== (OPENING[marker.text[marker.text.length - 1]!] === undefined);

const OPENING: Readonly<Record<string, string>> = { "）": "（", ")": "(" };
const CLOSING: Readonly<Record<string, string>> = { "（": "）", "(": ")" };

const isComma = (mark: string) => mark === "," || mark === "，";

/** Full-width characters: digits, letters and the bar. */
const FULLWIDTH = /[\uff01-\uff5e]/;

/**
 * 前一项为“（三）”，后一项为“（五）”, as far as there are such items; one whose marker was lost is
 * named by the marker its fix writes (numbering/edits.ts shownMarker), as the outline shows it.
 */
function around(previous: NumberedItem | null, next: NumberedItem | null, roots: readonly NumberedItem[]): string {
  const parts: string[] = [];
  if (previous) parts.push(`前一项为“${shownMarker(previous, roots)}”`);
  if (next) parts.push(`后一项为“${shownMarker(next, roots)}”`);
  return parts.length === 0 ? "" : `：${parts.join("，")}`;
}
