import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";
import { loneMarkerCopies } from "../../numbering/loneMarkers.js";

/**
 * `（一）、`, `1.、`, `1、.`: the marker's punctuation typed twice (a marker pasted over one
 * Word had numbered, or two habits at once); `一、一、`, `（一）（一）`, `1.1.`: the whole marker
 * twice (WPS's or Word's numbering exported with the number typed in the text), on one line or
 * broken over two (`（十二）` / `（十二）提升…`, numbering/loneMarkers.ts). The item is still the item —
 * the model keeps the doubled mark out of the heading, the numbering the lone line out of the
 * count — and the fix deletes the repeat.
 */
export const doubledMark: Rule = {
  meta: {
    id: "numbering/doubled-mark",
    family: "numbering",
    severity: "warning",
    description: "编号后多了一个标点（如“（一）、”“1.、”）或编号写了两遍（如“一、一、”“1.1.”，或单独一行的“（十二）”下一行又是“（十二）…”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "编号自身已带标点（“一、”的顿号、“（一）”的括号、“1.”的下脚点），其后再加顿号、点号或逗号就重复了：“（一）、指导思想”“1.、加快区域质量创新发展”“1、.筑牢绿色发展质量根基”。这多是把编号粘贴在 Word 自动编号之上，或两种写法叠在一起。",
        "",
        "整个编号写了两遍（“一、一、总体要求”“（一）（一）指导思想”“1.1.实施产业链质量提升工程”）多是 WPS、Word 的自动编号导出后与正文中手写的编号叠在一起。条目按一个编号读入大纲（“1.1.”不当作小数），修复删除重复的一个；“1.1.1”这样的多级序号不在此列。",
        "",
        "编号单独占一行、下一行又以同一编号开头（“（十二）”下一行是“（十二）提升产品质量”，中间或隔空行、页码、页眉）是写了两遍的编号被 PDF、Word 拆成了两行：单独的一行不是一项，不计入编号，其后各项不重新编号；修复只删除单独的这一行。编号单独成行、文字在下一行（“（一）”下一行是“指导思想”）是另一回事，由 numbering/marker-space 合并。",
        "",
        "条目仍按它的编号读入大纲，多余的标点不计入标题。快速修复删除紧跟编号的多余标点；编号本身写法不规范（如“1、”）时，由 numbering/marker-style 另行报告和修复。",
      ].join("\n"),
      incorrect: "一、总体要求\n（一）、指导思想\n（二）主要目标\n二、主要任务\n1.、加快区域质量创新发展。\n2.增强产业质量竞争能力。\n",
      correct: "一、总体要求\n（一）指导思想\n（二）主要目标\n二、主要任务\n1.加快区域质量创新发展。\n2.增强产业质量竞争能力。\n",
    },
  },
  check({ plan, report }) {
    // A doubled marker a PDF broke over two lines (`（十二）` / `（十二）提升…`): the lone line is the
    // repeat, left out of the count (numbering/loneMarkers.ts); the fix deletes that line only.
    for (const [twin, lone] of loneMarkerCopies(plan)) {
      report({
        start: lone.marker.start,
        end: lone.marker.end,
        message: `编号“${lone.marker.text}”单独成行，下一行又以编号“${twin.marker.text}”开头（从 PDF、Word 复制时重复的编号常被拆成两行），应删除单独的一行`,
        fix: spanFix(`删除单独成行的编号“${lone.marker.text}”`, lone.line.start, lone.line.end, ""),
      });
    }
    for (const item of plan.allItems) {
      const doubled = item.marker.doubled;
      if (!doubled) continue;
      const extra = plan.text.slice(doubled.start, doubled.end);
      // The whole marker written twice (model/markers.ts): the numbering exported and typed too.
      if (doubled.repeat) {
        const again = extra.trim();
        report({
          start: item.marker.start,
          end: doubled.end,
          message:
            again === item.marker.text
              ? `编号“${item.marker.text}”写了两遍（从 WPS、Word 复制时自动编号与手写编号常叠在一起），应删除重复的一个`
              : `编号“${item.marker.text}”之后又有编号“${again}”（从 WPS、Word 复制时自动编号与手写编号常叠在一起），应只保留一个`,
          fix: spanFix(`删除重复的编号“${again}”`, doubled.start, doubled.end, ""),
        });
        continue;
      }
      report({
        start: item.marker.start,
        end: doubled.end,
        message: `编号“${item.marker.text}”后多了“${extra}”，编号自带标点，不应再加`,
        fix: spanFix(`删除多余的“${extra}”`, doubled.start, doubled.end, ""),
      });
    }
  },
};
