import type { NumberedItem } from "../../model/types.js";
import { markerForm } from "../../numbering/edits.js";
import type { Rule } from "../types.js";

const LEVEL_NAMES = ["", "第1级编号", "第2级编号", "第3级编号", "第4级编号", "列表符号"];
const CANONICAL_FORMS = ["", "一、", "（一）", "1.", "（1）", "——"];

/**
 * A level written in more than one form within one document (（一） here, (一) there): reported
 * on every item not in the form the document mostly uses, whichever forms they are. A document
 * that uses one variant throughout (Nanjing's (一)) is consistent and not reported here.
 */
export const mixedForms: Rule = {
  meta: {
    id: "numbering/mixed-forms",
    family: "numbering",
    severity: "warning",
    description: "同一级编号在文中写法不一致（如（一）与 (一) 混用）",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "同一级编号在一个文件中应当写法一致。多人分头起草、从不同来源拼合的文本，常常一部分写“（一）”，另一部分写“(一)”，或“1.”与“1、”混用。本规则统计每一级（及 `——` 列表）各种写法的数量，对不属于多数写法的每一项报告，并在消息中说明本文多用哪种写法。",
        "",
        "这与 numbering/marker-style 不同：后者按国标检查每个编号，全文一贯使用“(一)”的文件（如南京市的方案）每项都会被它报告，但不会被本规则报告，因为它自身是一致的。",
        "",
        "本规则不提供自动修复：统一为多数写法可能恰好背离国标；应使用 numbering/marker-style 的修复把全文改为规范写法，不一致随之消除。",
      ].join("\n"),
      incorrect: "一、总体要求\n（一）指导思想\n（二）主要目标\n(三)基本原则\n",
      correct: "一、总体要求\n（一）指导思想\n（二）主要目标\n（三）基本原则\n",
    },
  },
  check({ plan, report }) {
    const byLevel = new Map<number, Array<{ item: NumberedItem; form: string }>>();
    for (const item of plan.allItems) {
      // A lost, mistyped or other level's marker is not a form of its level: its own rule's.
      const style = item.marker.style;
      if (style === "missingNumeral" || style === "mistyped" || style === "otherLevel") continue;
      const items = byLevel.get(item.level) ?? [];
      items.push({ item, form: markerForm(item.marker) });
      byLevel.set(item.level, items);
    }
    for (const [level, items] of byLevel) {
      const counts = new Map<string, number>();
      for (const { form } of items) counts.set(form, (counts.get(form) ?? 0) + 1);
      if (counts.size < 2) continue;
      // The majority form; on a tie the canonical form if it is among the tied (so the standard
      // form is never called the odd one out for lack of a majority), else the one met first.
      const canonical = CANONICAL_FORMS[level];
      let majority = "";
      for (const [form, count] of counts) {
        const best = counts.get(majority) ?? 0;
        if (count > best || (count === best && form === canonical)) majority = form;
      }
      // Without a majority (1.、1、、1． once each) the kept form is not what the document mostly
      // uses: the message says which form to keep and why.
      const tied = [...counts.values()].filter((count) => count === counts.get(majority)).length > 1;
      const kept = tied ? `写法各占${counts.get(majority)} 处，宜统一为“${majority}”式${majority === canonical ? "（规范写法）" : ""}` : `本文多用“${majority}”式（${counts.get(majority)} 处）`;
      for (const { item, form } of items) {
        if (form === majority) continue;
        report({
          start: item.marker.start,
          end: item.marker.end,
          // The forms are written with the numeral 一 (（一）, (一)); the item is named by its own marker.
          message: `${LEVEL_NAMES[level]}写法不一致：${kept}，此处“${item.marker.text}”为“${form}”式`,
        });
      }
    }
  },
};
