import { shortHeading } from "../../numbering/describe.js";
import { numeralText } from "../../numbering/edits.js";
import { numberingOf } from "../../numbering/runs.js";
import type { PlanConfig } from "../../config/schema.js";
import type { NumberedItem, PlanDocument } from "../../model/types.js";
import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";

/**
 * `、总体要求`: a chapter heading whose numeral was lost (a list number Word drops on copy, a
 * character deleted by accident). The model reads it as the level-1 item it is, so the outline
 * stays right (model/reading.ts); this rule reports it, and restores the numeral when the
 * chapters around it settle it.
 */
export const missingNumeral: Rule = {
  meta: {
    id: "numbering/missing-numeral",
    family: "numbering",
    severity: "warning",
    description: "第1级标题丢失了编号数字（如“、总体要求”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "从 Word 复制自动编号、或误删一个字后，第1级标题常只剩下顿号：“、总体要求”。这样的行夹在上一章的“（三）”和下一章的“（一）”之间，显然是一章的标题，检查器把它读作第1级条目（其后的“（一）”等归入它之下，大纲不乱），并报告编号丢失。",
        "",
        "判断“显然是标题”不依赖词表：顿号之后是以汉字开头的短文字（不超过30字），没有句号、分号、冒号等句内外标点，并且紧接着下一级编号，或其后的下一级编号重新从“（一）”“1.”开始。",
        "",
        "编号数字按前后的第1级编号推断：前一章是“一、”、后一章是“三、”，就应为“二、”；它是第一章而后一章是“二、”，就应为“一、”。这时提供修复，修复只在顿号前补上数字。",
        "",
        "前后不一致时（“一、”之后是它，再后是“四、”；或它是第一章而后一章是“三、”），除了它，还有别的编号缺失或有误，丢失的是哪个数字只有起草者知道：本规则只报告，说明前后编号，不提供修复；numbering/sequence 也不再报告其后那一项、不重新编号，以免替起草者做出选择。补上编号后，numbering/sequence 照常检查其余编号。",
      ].join("\n"),
      incorrect: "一、总体要求\n（一）指导思想\n（二）主要目标\n（三）基本原则\n、主要任务\n（一）推动质量变革创新\n（二）开展质量提升行动\n三、保障措施\n（一）加强组织领导\n",
      correct: "一、总体要求\n（一）指导思想\n（二）主要目标\n（三）基本原则\n二、主要任务\n（一）推动质量变革创新\n（二）开展质量提升行动\n三、保障措施\n（一）加强组织领导\n",
    },
  },
  check({ plan, config, report }) {
    for (const item of plan.allItems) {
      const marker = item.marker;
      if (marker.style !== "missingNumeral") continue;
      const heading = `${marker.text}${item.heading.text}`;
      const numeral = marker.valueCertain ? numeralText(item.level, marker.value!) : null;
      const span = { start: marker.start, end: Math.max(marker.end, item.heading.end) };
      if (numeral === null) {
        report({ ...span, message: `标题“${heading}”丢失了第1级编号数字，${neighbours(plan, config, item)}，不能确定应为第几章，请核对后补上编号` });
        continue;
      }
      report({
        ...span,
        message: `标题“${heading}”丢失了第1级编号数字，按前后编号应为“${numeral}、”`,
        fix: spanFix(`补上编号“${numeral}、”`, marker.start, marker.start, numeral),
      });
    }
  },
};

/** What the chapters around an unsettled lost numeral say, for its message: 前一章为“一、”，后一章为“四、”. */
function neighbours(plan: PlanDocument, config: PlanConfig | undefined, item: NumberedItem): string {
  const position = numberingOf(plan, config).runOf.get(item);
  const items = position?.run.items ?? [];
  const index = position?.index ?? -1;
  const previous = index > 0 ? items[index - 1]! : null;
  const next = index >= 0 && index + 1 < items.length ? items[index + 1]! : null;
  const name = (chapter: NumberedItem) => (chapter.marker.style === "missingNumeral" ? `“、${shortHeading(chapter)}”（编号也已丢失）` : `“${chapter.marker.text}”`);
  if (previous === null) return next ? `它是第一章，后一章却为${name(next)}` : "前后编号不一致";
  return next ? `前一章为${name(previous)}，后一章为${name(next)}` : `前一章为${name(previous)}`;
}
