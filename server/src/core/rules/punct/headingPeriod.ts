import type { ItemLevel, NumberedItem } from "../../model/types.js";
import type { Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";

/**
 * A heading that stands on its own line ends in `。` where the document's other stand-alone
 * headings of its level have none, or the reverse. GB/T 15834 wants no `。` after a stand-alone
 * heading, but documents differ and a drafter asks for consistency first: the document's
 * majority decides, and with no clear majority (a tie, or one heading on
 * each side) nothing is reported. A run-in heading
 * (`（一）指导思想。以……`) is a sentence and is not counted.
 * A stand-alone heading that ends in a comma (`（三）加强质量基础设施建设，` with the next item on
 * the line below) is reported whatever the majority: it is an OCR's 。 read as ，, or a slip,
 * never a style. Its fix writes the level's majority (the 。 or nothing; nothing with no
 * majority, as GB/T 15834 wants). One with paragraph lines under it is left alone: a PDF may have
 * broken a long heading after its comma (`（一）推动质量变革创新，` / `提高经济发展质量效益`).
 * A heading is a line with a text or items under it: a line with nothing under it (`（一）加强组织
 * 领导。` closing the plan, a run of one-line items) is an item of one sentence, its 。 the
 * sentence's, neither counted nor reported.
 */
export const headingPeriod: Rule = {
  meta: {
    id: "punct/heading-period",
    family: "punct",
    severity: "warning",
    description: "独占一行的标题末尾句号与本文同级标题不一致，或标题以逗号结尾",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "独占一行的标题（如“（一）指导思想”）按 GB/T 15834 不加句号。一份文件中同一级标题应写法一致：本规则按同级独立标题的多数写法报告个别带或不带“。”的标题，同级标题不足两个或两种写法一样多时不报告。标题与正文写在同一行（“（一）指导思想。以……”）时标题后的句号是正常写法，不在此列；其下既无正文也无下级条目的一行（如末尾的“（一）加强组织领导。”）是一句话的条目，句号属于这句话，同样不在此列。修复只删除或补上这个句号。独占一行的标题以逗号结尾（“（三）加强质量基础设施建设，”，下一行即为下一个条目）多是扫描识别把句号识别成了逗号，或是笔误，无论同级写法如何都会报告，修复按同级标题的多数写法改为句号或删除。",
      incorrect: "一、总体要求\n（一）指导思想\n以质量为先。\n（二）主要目标。\n到2025年，质量水平稳步提高。\n（三）基本原则\n坚持质量第一。\n",
      correct: "一、总体要求\n（一）指导思想\n以质量为先。\n（二）主要目标\n到2025年，质量水平稳步提高。\n（三）基本原则\n坚持质量第一。\n",
    },
  },
  check({ plan, report }) {
    const byLevel = new Map<ItemLevel, NumberedItem[]>();
    const withComma: NumberedItem[] = [];
    for (const item of plan.allItems) {
      if (item.kind !== "item" || !item.headingOnly || item.heading.text === "") continue;
      const last = plan.text.charCodeAt(item.heading.end - 1);
      if (last === 0xff0c || last === 0x2c) {
        // ， or , : a heading the next item follows, else maybe a heading broken after its comma.
        if (item.bodyLines.length === 0) withComma.push(item);
        continue;
      }
      if (item.line.terminator !== "" && item.line.terminator !== "。") continue;
      // Nothing under it (no paragraph, no item): a one-line item, whose 。 ends its sentence
      // (`（一）加强组织领导。` as a 保障措施's last line), no heading over a text.
      if (item.bodyLines.length === 0 && item.children.length === 0) continue;
      const items = byLevel.get(item.level);
      if (items) items.push(item);
      else byLevel.set(item.level, [item]);
    }
    for (const item of withComma) {
      const items = byLevel.get(item.level) ?? [];
      const withPeriod = items.filter((other) => other.line.terminator === "。").length;
      const period = withPeriod >= 2 && withPeriod > items.length - withPeriod;
      const at = item.heading.end - 1;
      const label = `${item.marker.text}${item.heading.text}`;
      report({
        start: at,
        end: at + 1,
        message: `标题“${label}”以逗号结尾：独占一行的标题不以逗号结尾（扫描识别常把句号识别成逗号），应${period ? "改为句号，与本文同级标题一致" : "删除"}`,
        fix: spanFix(period ? "将标题末尾的逗号改为句号" : "删除标题末尾的逗号", at, at + 1, period ? "。" : ""),
      });
    }
    for (const items of byLevel.values()) {
      const withPeriod = items.filter((item) => item.line.terminator === "。");
      const without = items.length - withPeriod.length;
      const periodWins = withPeriod.length > without;
      // A majority of one says nothing about the document's style.
      if (Math.max(withPeriod.length, without) < 2 || withPeriod.length === without) continue;
      for (const item of items) {
        const hasPeriod = item.line.terminator === "。";
        if (hasPeriod === periodWins) continue;
        const at = item.line.headingEnd;
        const label = `${item.marker.text}${item.heading.text}`;
        report(
          hasPeriod
            ? {
                start: at,
                end: at + 1,
                message: `标题“${label}”末尾有句号，本文同级的独立标题多数不加句号`,
                fix: spanFix("删除标题末尾的句号", at, at + 1, ""),
              }
            : {
                start: item.heading.start,
                end: item.heading.end,
                message: `标题“${label}”末尾没有句号，本文同级的独立标题多数以句号结尾`,
                fix: spanFix("在标题末尾补句号", item.heading.end, item.heading.end, "。"),
              },
        );
      }
    }
  },
};
