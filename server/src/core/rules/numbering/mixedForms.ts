import { isWrittenInVariant, levelForms } from "../../numbering/levelForms.js";
import { isNonStandardMarker } from "./markerStyle.js";
import type { Rule } from "../types.js";

const LEVEL_NAMES = ["", "第1级编号", "第2级编号", "第3级编号", "第4级编号", "列表符号"];

/**
 * A level written in more than one form within one document (（一） here, (一) there). A marker
 * not in its level's standard form is numbering/marker-style's alone, which names the defect and
 * fixes it (one defect, one finding): so this rule reports the markers that differ from the
 * document's usual form and marker-style does not, the standard ones in a level the document
 * mostly writes in a variant (a （三） among (一) (二) (四)). A document that uses one form
 * throughout (Nanjing's (一)) is consistent and not reported here. marker-style fixes such a
 * level whole (numbering/levelForms.ts reads the usual form for both), so that its quick fix,
 * applied alone, never leaves a standard marker among variants for this rule to report.
 *
 * Forms are compared as a reader sees them: the width of the Arabic digits and of the 下脚点 is
 * no form of its own (a `3.` among `１．` `２．` is the same 1. form). GB/T 15835 writes the digits
 * half-width and GB/T 15834 counts the 下脚点 a Western mark some guides write `．`: a marker
 * written wider than its form is a width slip, numbering/marker-style's (its width habit when a
 * WPS copy writes them all so), and the half-width one among them is right, no odd form out. The
 * brackets, the 顿号 and the comma are Chinese punctuation whose width GB/T 15834 fixes: `(1)`
 * among `（1）` is the mixed bracket style the 公文 norms name, and stays a form of its own.
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
        "只差在数字或下脚点全角、半角的编号是同一种写法：GB/T 15835 规定阿拉伯数字用半角，GB/T 15834 把下脚点列为西文标点（也有写作“．”的），读者看到的“１．”与“3.”都是“1.”式。因此多用“１．”的文件中的一个“3.”不是写法不一致（它恰是规范写法）；全角的“１．”由 numbering/marker-style 报告（整篇全角时只报告一次）。括号、顿号、逗号是中文标点，其全角、半角由 GB/T 15834 规定，“(1)”与“（1）”混用仍是写法不一致。",
        "",
        "本规则不提供自动修复：统一为多数写法可能恰好背离国标；应使用 numbering/marker-style 的修复把全文改为规范写法，不一致随之消除。全文多用某种不规范写法的一级，marker-style 只报告一次，其修复一并改正这一级的全部不规范编号，因此不会出现改好一处、其余未改、本规则又报告改好的那一处的情况。",
      ].join("\n"),
      incorrect: "一、总体要求\n(一)指导思想\n(二)主要目标\n（三）基本原则\n(四)工作要求\n",
      correct: "一、总体要求\n（一）指导思想\n（二）主要目标\n（三）基本原则\n（四）工作要求\n",
    },
  },
  check({ plan, report }) {
    for (const forms of levelForms(plan)) {
      // Where the standard form is the usual one, every other form is non-standard: marker-style's.
      if (forms.counts.size < 2 || !isWrittenInVariant(forms)) continue;
      for (const { item } of forms.items) {
        // A non-standard marker is marker-style's finding alone; what is left is the standard one.
        if (isNonStandardMarker(item.marker)) continue;
        report({
          start: item.marker.start,
          end: item.marker.end,
          // The forms are written with the numeral 一 (（一）, (一)); the item is named by its own marker.
          message: `${LEVEL_NAMES[forms.level]}写法不一致：本文多用“${forms.written.get(forms.usual)}”式（${forms.counts.get(forms.usual)} 处），此处“${item.marker.text}”为规范写法`,
        });
      }
    }
  },
};
