import { numberingOf } from "../../numbering/runs.js";
import type { NumberedItem } from "../../model/types.js";
import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";

/**
 * `（西）丙任务` between `（三）` and `（五）`: a bracketed numeral mistyped (a slip of the eye or of a
 * pinyin input method). The model reads the line as the task it is (model/misreadMarkers.ts),
 * so the outline, the clauses and the count stay right; this rule reports the marker, and
 * corrects it where the next item confirms the number due.
 */
export const markerTypo: Rule = {
  meta: {
    id: "numbering/marker-typo",
    family: "numbering",
    severity: "warning",
    description: "编号数字疑似录入错误（如“（三）”之后的“（西）”、“（十七）”之后的“（十人）”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "编号中的数字打错一个字，这一行就不再是编号：“（三）乙任务”之后的“（西）丙任务”、“（十七）”之后的“（十人）”。这多是看错（西—四、人—八、土—十）或拼音输入法选错了字（死—四、是—十），也有写成大写数字的（肆—四）。这一项于是并入上一项，其责任单位也算作上一项的，而下一项“（五）”看来缺了“（四）”。",
        "",
        "检查器按前后编号判断：行首括号中的字与此处应有的编号数字字数相同，每个字或是该数字本身、或是它常被误作的字，而下一项编号与之相接（或本组到此为止），就把这一行读作它本来的条目（大纲、责任单位、编号顺序都按此计算），由本规则报告一次；numbering/sequence 不再报告其后的“（五）”，也不重新编号。括号中是其他字的行（“（注）”“（略）”“（附）”“（续）”等）不会被读作编号。",
        "",
        "下一项编号证实了应有的编号时（“（三）”“（西）”“（五）”），快速修复把它改为“（四）”；本组到此为止、无从证实时只报告，不提供修复，numbering/sequence 也不据此重新编号。",
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
      const canonical = marker.canonicalText;
      if (!marker.valueCertain) {
        report({ start: marker.start, end: marker.end, message: `“${marker.text}”疑为编号“${canonical}”之误${around(previous, null)}，请核对后改正` });
        continue;
      }
      report({
        start: marker.start,
        end: marker.end,
        message: `“${marker.text}”疑为编号“${canonical}”之误${around(previous, next)}`,
        fix: spanFix(`改为“${canonical}”`, marker.start, marker.end, canonical),
      });
    }
  },
};

/** 前一项为“（三）”，后一项为“（五）”, as far as there are such items. */
function around(previous: NumberedItem | null, next: NumberedItem | null): string {
  const parts: string[] = [];
  if (previous) parts.push(`前一项为“${previous.marker.text}”`);
  if (next) parts.push(`后一项为“${next.marker.text}”`);
  return parts.length === 0 ? "" : `：${parts.join("，")}`;
}
