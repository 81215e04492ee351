import { wrapJoins } from "../../model/hardWrap.js";
import type { Rule } from "../types.js";

/**
 * A plan copied out of a PDF with the PDF's line breaks: every paragraph cut into lines of the
 * page's measure. Whether the document is so wrapped, and which lines are, is the model's reading
 * (model/hardWrap.ts); this rule says so once, for the whole document, and its fix joins each
 * wrapped line to the next. Until then the rules that read a paragraph as a line leave the
 * wrapped paragraphs alone: sentence-end and unbalanced skip them, half-width reports one finding
 * a paragraph, and the targets are read in the paragraphs as this fix joins them
 * (targets/extract.ts, through `wrapJoins`).
 */
export const hardWrap: Rule = {
  meta: {
    id: "structure/hard-wrap",
    family: "structure",
    severity: "warning",
    description: "段落按固定字数硬换行（从 PDF 复制时带入的排版换行），一段被拆成多行",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "从 PDF 复制文本时，版面上的每一行都成为单独的一行：一段文字按版心宽度（公文每行28字）被切成多行，切口落在词语中间、书名号中间，甚至“98%以”与“上”之间。逐行读取的检查会把每一行当作一段，报告大量“缺少句末标点”“书名号不成对”，目标和标题也会读错。",
        "",
        "本规则判断的是整篇文档：多行（至少5行）在同一宽度处中断、没有句末标点、下一行紧接正文，而且全文几乎没有比这一宽度更宽的行时，才认定为硬换行，在第一处报告一次。只有“写满一行”（与版心宽度相差不超过3个字）、不以句号等句末标点结束、且下一行不是编号、列表、表格行或页码的行，才视为被折断的行；正常分段的方案不会被报告。写满一行而恰以句号结束的行，可能是段落的末行，也可能是段落中间恰好在句号处折行：网页或 WPS 文字各段以“　　”缩进开头、折行后的各行顶格时，下一行顶格的正文就是这一段的继续，同样合并（各段开头几乎都缩进、折行后几乎都顶格时才这样判断）。修复把每一处折行与下一行合并，段落之间的空行和句末换行保持不变；折行处原有的空格照样保留：行末留有空格的（如联合发文机关之间的“中共四川省委 四川省人民政府”），合并时保留这个空格（多数折行行末都有空格时，那是复制带入的，一并删除），两侧都是英文单词时（两侧都是字母，或一侧字母、一侧数字，如“ISO”/“9001”“GB/T”/“19580”，全角的“ＩＳＯ”/“９００１”同样）补回复制丢掉的空格：两侧都是全角字符时补全角空格（全角文字中词间的空格本是全角的“ＩＳＯ　９００１”，由 text/full-width-alnum 连同字母、数字一起改为半角“ISO 9001”），否则补半角空格，两侧都是数字时不补（多是一个数被折断）。合并之前，其他检查不逐行误报：被折断的段落不报告句末标点和成对符号，一段中的半角标点合为一条，目标按合并后的段落读取（“食”/“用农产品监测合格率……”、“98%以”/“上”各是一个完整的目标，位置跨两行）。",
      ].join("\n"),
      incorrect:
        "示例市质量强市建设实施方案\n一、总体要求\n（一）指导思想\n以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党\n的二十大精神，坚持质量第一、效益优先，深入实施质量强市战略\n，推动全市质量整体水平跃上新台阶，为奋力谱写中国式现代化示\n例篇章提供坚实质量支撑。\n（二）主要目标\n到2025年，全市经济发展质量效益明显提升，产业质量竞争力持续\n增强，产品、工程、服务质量水平显著提升，质量基础设施更加现\n代高效，质量治理体系更加完善。\n",
      correct:
        "示例市质量强市建设实施方案\n一、总体要求\n（一）指导思想\n以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，坚持质量第一、效益优先，深入实施质量强市战略，推动全市质量整体水平跃上新台阶，为奋力谱写中国式现代化示例篇章提供坚实质量支撑。\n（二）主要目标\n到2025年，全市经济发展质量效益明显提升，产业质量竞争力持续增强，产品、工程、服务质量水平显著提升，质量基础设施更加现代高效，质量治理体系更加完善。\n",
    },
  },
  check({ plan, report }) {
    const wrap = plan.hardWrap;
    if (wrap === null) return;
    // The joins the model reads (model/hardWrap.ts): the targets are read across them as this fix will make them.
    const edits = wrapJoins(plan).map((join) => ({ start: join.start, end: join.end, newText: join.text }));
    const first = wrap.lines[0]!;
    report({
      start: first.indentEnd,
      end: first.contentEnd,
      message: `全文有 ${wrap.lines.length} 行在约 ${Math.round(wrap.measure / 2)} 字处硬换行（从 PDF 复制时带入的排版换行），段落被拆成多行，应把各段的折行合并`,
      ...(edits.length > 0 ? { fix: { description: `合并 ${edits.length} 处折行`, edits } } : {}),
    });
  },
};
