import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";

/**
 * `（一）、`, `1.、`, `1、.`: the marker's punctuation typed twice (a marker pasted over one
 * Word had numbered, or two habits at once). The item is still the item — the model keeps the
 * doubled mark out of the heading — and the fix deletes it.
 */
export const doubledMark: Rule = {
  meta: {
    id: "numbering/doubled-mark",
    family: "numbering",
    severity: "warning",
    description: "编号后多了一个标点（如“（一）、”“1.、”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "编号自身已带标点（“一、”的顿号、“（一）”的括号、“1.”的下脚点），其后再加顿号、点号或逗号就重复了：“（一）、指导思想”“1.、加快区域质量创新发展”“1、.筑牢绿色发展质量根基”。这多是把编号粘贴在 Word 自动编号之上，或两种写法叠在一起。",
        "",
        "条目仍按它的编号读入大纲，多余的标点不计入标题。快速修复删除紧跟编号的多余标点；编号本身写法不规范（如“1、”）时，由 numbering/marker-style 另行报告和修复。",
      ].join("\n"),
      incorrect: "一、总体要求\n（一）、指导思想\n（二）主要目标\n二、主要任务\n1.、加快区域质量创新发展。\n2.增强产业质量竞争能力。\n",
      correct: "一、总体要求\n（一）指导思想\n（二）主要目标\n二、主要任务\n1.加快区域质量创新发展。\n2.增强产业质量竞争能力。\n",
    },
  },
  check({ plan, report }) {
    for (const item of plan.allItems) {
      const doubled = item.marker.doubled;
      if (!doubled) continue;
      const extra = plan.text.slice(doubled.start, doubled.end);
      report({
        start: item.marker.start,
        end: doubled.end,
        message: `编号“${item.marker.text}”后多了“${extra}”，编号自带标点，不应再加`,
        fix: spanFix(`删除多余的“${extra}”`, doubled.start, doubled.end, ""),
      });
    }
  },
};
