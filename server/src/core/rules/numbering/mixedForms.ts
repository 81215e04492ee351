import type { NumberedItem } from "../../model/types.js";
import { markerForm } from "../../numbering/edits.js";
import { isNonStandardMarker } from "./markerStyle.js";
import type { Rule } from "../types.js";

const LEVEL_NAMES = ["", "第1级编号", "第2级编号", "第3级编号", "第4级编号", "列表符号"];
const CANONICAL_FORMS = ["", "一、", "（一）", "1.", "（1）", "——"];

/**
 * A level written in more than one form within one document (（一） here, (一) there). A marker
 * not in its level's standard form is numbering/marker-style's alone, which names the defect and
 * fixes it (one defect, one finding): so this rule reports the markers that differ from the
 * document's usual form and marker-style does not, the standard ones in a level the document
 * mostly writes in a variant (a （三） among (一) (二) (四)). A document that uses one form
 * throughout (Nanjing's (一)) is consistent and not reported here.
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
        "同一级编号在一个文件中应当写法一致。多人分头起草、从不同来源拼合的文本，常常一部分写“（一）”，另一部分写“(一)”，或“1.”与“1、”混用。本规则统计每一级（及 `——` 列表）各种写法的数量，找出本文多用的写法，在消息中说明。",
        "",
        "这与 numbering/marker-style 不同：后者按国标检查每个编号，全文一贯使用“(一)”的文件（如南京市的方案）每项都会被它报告，但不会被本规则报告，因为它自身是一致的。",
        "",
        "不规范的编号只由 numbering/marker-style 报告：多用“（一）”的文件中的一个“(三)”、多用“1.”的文件中的一个“1、”或“１６．”，既不规范又与多数不一致，但这是同一处问题，由说明问题并提供修复的 marker-style 报告一次，本规则不再报告。因此本规则报告的是 marker-style 不报告的那一种不一致：全文多用某种不规范写法（如“(一)”）时，写成规范形式（“（三）”）的个别编号。",
        "",
        "本规则不提供自动修复：统一为多数写法可能恰好背离国标；应使用 numbering/marker-style 的修复把全文改为规范写法，不一致随之消除。",
      ].join("\n"),
      incorrect: "一、总体要求\n(一)指导思想\n(二)主要目标\n（三）基本原则\n(四)工作要求\n",
      correct: "一、总体要求\n（一）指导思想\n（二）主要目标\n（三）基本原则\n（四）工作要求\n",
    },
  },
  check({ plan, report }) {
    const byLevel = new Map<number, Array<{ item: NumberedItem; form: string }>>();
    for (const item of plan.allItems) {
      // A lost, mistyped or other level's marker is not a form of its level: its own rule's.
      const style = item.marker.style;
      if (style === "missingNumeral" || style === "mistyped" || style === "otherLevel") continue;
      // A numbered list entry (① ⑴ 1)) has no standard form to differ from, and one list in ①
      // and another in ⑴ are two lists, not one level written two ways (the —— entries are).
      if (item.kind === "list" && item.marker.value !== null) continue;
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
      // Where the standard form is the usual one, every other form is non-standard: marker-style's.
      if (majority === canonical) continue;
      for (const { item } of items) {
        // A non-standard marker is marker-style's finding alone; what is left is the standard one.
        if (isNonStandardMarker(item.marker)) continue;
        report({
          start: item.marker.start,
          end: item.marker.end,
          // The forms are written with the numeral 一 (（一）, (一)); the item is named by its own marker.
          message: `${LEVEL_NAMES[level]}写法不一致：本文多用“${majority}”式（${counts.get(majority)} 处），此处“${item.marker.text}”为规范写法`,
        });
      }
    }
  },
};
