import { hasFullwidthDigits } from "../../model/numerals.js";
import type { NumberMarker } from "../../model/types.js";
import { canonicalFormEdits } from "../../numbering/edits.js";
import { loneMarkerItems } from "../../numbering/loneMarkers.js";
import { STANDARD_FORMS, type VariantLevel, variantLevelMarkers } from "../../numbering/levelForms.js";
import type { Rule, RuleContext } from "../types.js";
import { isPasteHabit } from "../pasteHabit.js";
import { deferredFix } from "../../fixes/fix.js";

/** Why a marker is not canonical, in Chinese: its punctuation, then its digits' width. */
function problemOf(marker: NumberMarker): string {
  const punctuation = punctuationProblemOf(marker);
  if (!hasFullwidthDigits(marker.numeral)) return punctuation;
  return punctuation === "" ? "使用了全角数字" : `${punctuation}，且使用了全角数字`;
}

function punctuationProblemOf(marker: NumberMarker): string {
  switch (marker.style) {
    case "asciiParens":
      return "使用了半角括号";
    case "mixedParens":
      return "全角、半角括号混用";
    case "asciiDot":
      return marker.level === 1 ? "以半角点代替顿号" : "使用了半角点";
    case "fullwidthDot":
      return marker.level === 1 ? "以全角点代替顿号" : "使用了全角点";
    case "asciiComma":
      return "以半角逗号代替顿号";
    case "fullwidthComma":
      return "以全角逗号代替顿号";
    case "ideographicComma":
      return "使用了顿号";
    case "doubleHyphen":
      return "以两个连字符代替破折号";
    case "singleDash":
      return "只有一个破折号";
    case "canonical":
    case "otherLevel": // reported with its own message
    case "missingNumeral": // numbering/missing-numeral's
    case "mistyped": // numbering/marker-typo's
      return "";
  }
}

/**
 * Whether marker-style reports a marker: every one not in its level's standard form, except a
 * lost or mistyped numeral (numbering/missing-numeral's, numbering/marker-typo's). Such a marker
 * is this rule's alone: numbering/mixed-forms, which would call it the odd form out as well,
 * leaves it (one defect, one finding), since this rule names what is wrong and fixes it.
 */
export function isNonStandardMarker(marker: NumberMarker): boolean {
  if (marker.style === "missingNumeral" || marker.style === "mistyped") return false;
  return marker.style !== "canonical" || hasFullwidthDigits(marker.numeral);
}

/**
 * Markers not written in their level's GB/T 9704 form: (一) for （一）, 一. 一． 一, 一， for 一、,
 * 1、 1． for 1., (1) for （1）, -- — for ——, and full-width digits (`１.` `（１）`, pasted from
 * WPS or a web page) for half-width ones. Each is reported, also when a document uses the
 * variant throughout (Nanjing's (一)), and also where it is the odd form out: the standard form
 * is the defect's measure; numbering/mixed-forms speaks only of standard markers among variants.
 * A level the document writes mostly in a variant is one finding, its fix the whole level's
 * (reportVariantLevel): a marker fixed alone there would be mixed-forms' odd one out.
 * One exception: a paste's width (every Arabic marker full-width, a WPS copy) is one finding for
 * the whole text (rules/pasteHabit.ts), as text/full-width-alnum's digits are.
 */
export const markerStyle: Rule = {
  meta: {
    id: "numbering/marker-style",
    family: "numbering",
    severity: "warning",
    description: "编号写法不规范（如半角括号 (一)、一. 、1、、全角数字 １.），应为 GB/T 9704 规定的形式",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "GB/T 9704—2012《党政机关公文格式》规定结构层次序数依次用“一、”“（一）”“1.”“（1）”标注：第一层汉字数字加顿号，第二层汉字数字加全角括号，第三层阿拉伯数字加下脚点，第四层阿拉伯数字加全角括号。从网页或其他文档复制的文本常带有变体：半角括号“(一)”、全角半角混用的“（一)”、“一.”“一．”“一,”“一，”代替“一、”，“1、”“1．”代替“1.”，“(1)”代替“（1）”；列表符号“--”“—”代替“——”。从 WPS 或网页粘贴的文本还常用全角数字编号（“１.”“（１）”“１、”），阿拉伯数字应为半角。",
        "",
        "每个不规范的编号都会报告，即使全文一贯如此（如通篇使用“(一)”的文件）：规范以国标为准。一个不规范的编号若同时与全文多数写法不一致（多用“（一）”的文件中的一个“(三)”），也只由本规则报告一次——本规则说明问题所在并提供修复，numbering/mixed-forms 不再重复报告它；后者只报告全文多用某种不规范写法时、写成规范形式的个别编号。",
        "",
        "某一级编号全文多用不规范写法时（如南京市的方案通篇使用“(一)”，或多数写“(一)”、个别写“（一)”），逐个修复会适得其反：改好的第一个编号成了一群“(一)”中唯一的“（一）”，numbering/mixed-forms 随即报告它写法不一致。因此这样的一级只在第一个不规范编号处报告一次，说明共有几处，修复一次把这一级的不规范编号全部改为规范形式（只替换括号或标点）。全文多用规范写法时，个别不规范的编号照常逐处报告，单独修复其中一处不会留下新的问题。",
        "",
        "从 WPS 或网页整篇复制的文字，往往每个阿拉伯数字编号都是全角（“１．”“（１）”）：逐处报告会有几十条相同的提示，淹没其他问题。只有数字或下脚点是全角、其余已是规范形式的编号至少 3 处，且多于数字和标点都是半角的阿拉伯数字编号时，这是整篇的粘贴习惯而不是个别笔误：本规则只在第一处报告一次，说明共有几处，修复一次把这些编号全部改为半角的规范编号（只改编号中的数字和下脚点，不改动条目文字）；全文大多数编号是半角时，个别全角编号仍逐处报告。同时还有其他问题的编号（“１、”“(１)”）照常逐处报告。",
        "",
        "一项编号写成了另一级的形式、而前后编号正好经它接续时（“（三）”“(4)”“（五）”，“（二十三）”“（24）”“（二十五）”；各级都是如此：“2.”“(3)”“4.”，跨组连续编号的任务中“11.”“十二、”“13.”、“14.”“（十五）”“16.”），它就是这一级的那一项，只是写法不对：检查器按这一级读它（大纲、责任单位和编号顺序都按此计算），本规则报告一次，改为这一级的规范编号（“（四）”“（二十四）”“3.”“12.”“15.”）；numbering/nesting、numbering/scope 和 numbering/sequence 不再把它当作跳级、另起一组或另起一章的编号，也不报告其后的各项。前后编号不经它接续时（“（三）”“(4)”“（七）”），或按它自己那一级的编号也正好接续时（“1.”“二、”“3.”中的“二、”是一章），它原本应为哪一项并不明显，各规则照常按其写法检查。",
        "",
        "在两项任务之间新插入一项、却写成了另一级的形式时（“2.”与“3.”之间的“三、推进……。〔责任单位：……〕”），它与前后两项一样带有责任单位，而全文该级（章）的各项都不带：检查器把它读作新插入的任务“3.”，本规则报告其写法，numbering/sequence 报告其后重复的“3.”并把其后各项依次改大；各章、各组的编号不受影响。",
        "",
        "快速修复把编号改为规范形式，只替换括号或标点（全角数字改为同值的半角数字），不改动编号的数值和条目文字；编辑器中还提供“将全文编号改为规范写法”，一次修正整个文档。",
      ].join("\n"),
      incorrect: "一.总体要求\n(一)指导思想\n1、加快区域质量创新发展。\n２．加强质量基础设施建设。\n——经济发展质量效益持续增强。\n--质量总体水平持续提升。\n",
      correct: "一、总体要求\n（一）指导思想\n1.加快区域质量创新发展。\n2.加强质量基础设施建设。\n——经济发展质量效益持续增强。\n——质量总体水平持续提升。\n",
    },
  },
  check({ plan, report }) {
    // The markers written only wider than their form are gathered first: whether each is reported
    // alone depends on how many Arabic markers are so written (the paste's habit, below).
    const widened: NumberMarker[] = [];
    let halfWidthArabic = 0;
    for (const item of plan.allItems) {
      const marker = item.marker;
      if (isWidenedOnly(marker)) widened.push(marker);
      else if (isHalfWidthArabic(marker)) halfWidthArabic++;
    }
    const habit = isPasteHabit(widened.length, halfWidthArabic, WIDTH_HABIT_MINIMUM);
    if (habit) reportWidthHabit(widened, halfWidthArabic, report);
    const inVariantLevel = new Set<NumberMarker>();
    for (const variant of variantLevelMarkers(plan, isNonStandardMarker)) {
      reportVariantLevel(variant, report);
      for (const marker of variant.markers) inVariantLevel.add(marker);
    }
    // A marker alone over the same marker with its words: numbering/doubled-mark deletes its line.
    const lone = loneMarkerItems(plan);
    for (const item of plan.allItems) {
      const marker = item.marker;
      if (!isNonStandardMarker(marker) || (habit && isWidenedOnly(marker)) || inVariantLevel.has(marker) || lone.has(item)) continue;
      const canonical = canonicalOf(marker);
      report({
        start: marker.start,
        end: marker.end,
        message:
          marker.style === "otherLevel"
            ? `编号“${marker.text}”是${marker.writtenLevel === 5 ? "列表编号" : `第${marker.writtenLevel}级编号`}的写法，按前后编号此处是第${marker.level}级的一项，应为“${canonical}”`
            : `${marker.level === 5 ? "列表符号" : "编号"}“${marker.text}”${problemOf(marker)}，应为“${canonical}”`,
        fix: deferredFix(`改为规范编号“${canonical}”`, () => canonicalFormEdits(marker)),
      });
    }
  },
};

function canonicalOf(marker: NumberMarker): string {
  return marker.level === 5 ? "——" : marker.canonicalText;
}

/**
 * A WPS or web copy writes every marker's digits full-width (`１．`, `（１）`): then the width is
 * the paste's habit, not a slip at one marker, and a finding at each of them (two dozen in a
 * plan) buries the rest. It is the habit where the markers written only wider than their form
 * number at least WIDTH_HABIT_MINIMUM and more than the Arabic markers written half-width; then
 * one finding stands for all of them, and a few among half-width markers stay findings of their own.
 */
const WIDTH_HABIT_MINIMUM = 3;

/**
 * Whether a marker's one defect is its width: full-width digits in the level's form (`１.`,
 * `（１）`), or the full-width point a paste writes with them (`１．`, and `1．` typed with the
 * input method's full-width punctuation). Its canonical form differs from it in width alone, so
 * a fix of all of them changes nothing but these characters. Brackets written half-width, or
 * another level's mark (`１、`), are defects of their own, reported each with their words.
 */
function isWidenedOnly(marker: NumberMarker): boolean {
  if (marker.style === "canonical") return hasFullwidthDigits(marker.numeral);
  return marker.style === "fullwidthDot" && marker.level === 3;
}

/** An Arabic marker whose digits and mark are half-width, whatever else its form: the width written right. */
function isHalfWidthArabic(marker: NumberMarker): boolean {
  if (marker.level !== 3 && marker.level !== 4) return false;
  if (marker.style === "missingNumeral" || marker.style === "mistyped" || marker.style === "otherLevel" || marker.style === "fullwidthDot") return false;
  return !hasFullwidthDigits(marker.numeral) && ASCII_DIGIT.test(marker.numeral);
}

const ASCII_DIGIT = /[0-9]/;

/** The habit, reported once at its first marker, with a fix that writes every such marker in its form. */
function reportWidthHabit(widened: readonly NumberMarker[], halfWidthArabic: number, report: RuleContext["report"]): void {
  const first = widened[0]!;
  const digits = widened.some((marker) => hasFullwidthDigits(marker.numeral));
  const points = widened.some((marker) => marker.style === "fullwidthDot");
  const what = digits && points ? "全角数字或全角点" : digits ? "全角数字" : "全角点";
  const arabic = widened.length + halfWidthArabic;
  const share = halfWidthArabic === 0 ? "" : `，${arabic}个阿拉伯数字编号中的${widened.length}个`;
  report({
    start: first.start,
    end: first.end,
    message: `全文共${widened.length}处编号使用了${what}（此处“${first.text}”是第一处${share}），多为从 WPS 或网页复制时留下，应改为半角的规范编号（如“${canonicalOf(first)}”）`,
    fix: deferredFix(`将全文${widened.length}处编号改为半角的规范编号`, () => widened.flatMap((marker) => canonicalFormEdits(marker))),
  });
}

/**
 * A level the document writes in a variant (Nanjing's (一) throughout, or mostly): one finding at
 * its first non-standard marker, whose fix writes all of them in the standard form. Fixed one at
 * a time, the first fixed would stand as the standard odd one out among the rest, and
 * numbering/mixed-forms would report it: a quick fix must never leave another rule's finding.
 */
function reportVariantLevel({ level, markers, variants, total }: VariantLevel, report: RuleContext["report"]): void {
  const first = markers[0]!;
  const name = level === 5 ? "列表符号" : `第${level}级编号`;
  const standard = STANDARD_FORMS[level]!;
  // The level's variant as the document writes it and what departs in it; other variants the fix takes along, each with its count.
  const [usual, ...others] = variants;
  const described =
    others.length === 0
      ? `${markers.length === total ? "" : "多"}写作“${usual!.written}”式（${problemOf(usual!.markers[0]!)}），共${markers.length}处`
      : `多写作${[usual!, ...others].map(({ written, markers: of }) => `“${written}”式（${problemOf(of[0]!)}，${of.length}处）`).join("，另有")}，共${markers.length}处不是规范写法`;
  report({
    start: first.start,
    end: first.end,
    message: `${name}全文${described}，应一并改为“${standard}”式`,
    fix: deferredFix(`将本级${markers.length}处编号改为“${standard}”式`, () => markers.flatMap((marker) => canonicalFormEdits(marker))),
  });
}
