import { atUnsettledNumeral, SEQUENCE_BREAKS } from "../../numbering/breaks.js";
import { breakMessage } from "../../numbering/describe.js";
import { isFlatteningTrace } from "../../numbering/inlineMarkers.js";
import { numberingOf } from "../../numbering/runs.js";
import type { Rule } from "../types.js";
import { renumberBreakFix, renumberPartBreakFix } from "./runFix.js";
import { partBreakMessage, partBreaks } from "../../numbering/parts.js";
import { articleBreakMessage, articleBreaks } from "../../numbering/articles.js";

/**
 * Gaps, duplicates, numbers out of order and runs that do not start at 1, at every level. What
 * counts as one run (restart per parent or continuous across parents) is the level's scope,
 * inferred or configured; items that break the scope itself are numbering/scope's.
 */
export const sequence: Rule = {
  meta: {
    id: "numbering/sequence",
    family: "numbering",
    severity: "warning",
    description: "编号不连续、重复、顺序颠倒或未从 1（一）开始",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "起草中最常见的缺陷是编号：删除、移动或从别的方案粘贴一项后，序号就断了。本规则在每一级（一、（一） 1. （1））检查同组编号是否从 1（一）开始、逐项加一，报告缺号、重号、顺序颠倒和未从 1 开始的一组。",
        "",
        "“同组”取决于该级的编号方式：按上级重新编号时，每个上级之下是一组（成都：每个（一）下从 1. 开始）；跨上级连续编号时，一组跨越多个上级（南京：三、下接着是（四）；赣州：（一）至（五）下的任务 1.–21. 是一组，而一、（二）主要目标下的 1.–5. 是另一组）。编号方式由 numbering/scope 推断或按配置确定，不符合该方式的条目由 numbering/scope 报告，本规则不重复报告。正文中粘贴的任务分工表，其分节行（“一、推动……”）与附件、专栏一样自成一组，不与方案的章合并计数；分节行接着章的序号编写的（表前为“二、”，分节行为“三、”“四、”），仍与章同为一组。",
        "",
        "每一项只与本组前一项比较，因此删掉一项只报告一处，而不是其后每一项；相邻两项前后颠倒（“二、”在“一、”之前，“1. 3. 2. 4.”）是一处缺陷，只在前一项报告一次，修复把两项依次改为正确的编号。`——` 列表项不编号，不在检查之列；（1）之下带编号的列表项（① ② …、⑴ ⑵ …、1) 2)）每个上级之下各为一组，同样检查，重新编号时保持原来的写法（“④”改为“③”）。句中的“①”（如“一是①……”）不是编号。一组编号的前几项写成“⑴”“①”“1)”、其后写成本级编号而序号相接（“⑴”之后是“（2）”“（3）”）时，是同一组，不报告未从 1 开始；写法不一致由 numbering/nesting 报告并改为本级写法。",
        "",
        "从方案中摘出的一段（如从“（十一）”开始的 PDF 摘录，其上没有“一、”等第1级标题）不是整篇方案：摘录的第一组编号就是它原来的编号，不报告未从“（一）”开始，摘录中缺号时重新编号从第一组的编号往下数。整篇方案的第一章、各上级之下的一组以及附件和专栏仍从 1（一）开始。",
        "",
        "第1级标题丢失了编号数字（“、主要任务”）时，补上数字是 numbering/missing-numeral 的修复，本规则不改动它。若前后编号不一致（“一、”之后是“、主要任务”，再后是“四、”），丢失的是“二、”还是“三、”只有起草者知道：此处由 numbering/missing-numeral 报告一次且不自动修复，本规则不再报告其后的“四、”，以免“重新编号”替起草者做出选择。其后别处的编号问题照常报告，重新编号（包括“重新编号整个文档”）从“四、”起接着往下数：“五、”之后的“七、”改为“六、”，同样不替起草者决定丢失的是哪个数字；悬停在“四、”上也只说明不能确定。补上编号后，本规则照常检查。",
        "",
        "方案分为“第一章”“第二部分”等部分的，各部分的编号同样检查：同一上级之下的部分（各章之下的“节”、各篇之下的“章”；并列的“第三章”“第四部分”）是一组，从“第一”起逐个加一；重新编号只改“第X章”中的数字。",
        "",
        "按“第一条、第二条……”分条编写的文件（办法、部分工作要点），各条的编号同样检查：全文各条是一组，跨章连续编号，从“第一条”起逐个加一（各章都从“第一条”重新编号的，每章是一组），报告缺条、重条和顺序颠倒。各条不自动重新编号：正文中引用各条的地方（“按照第五条规定”）需要起草者一并核对。",
        "",
        "快速修复“重新编号本组”从本组第一个编号错误的条目起，把其后各项依次改为正确的编号；只改动编号中的数字，不改动条目文字，也不改变编号的写法。",
        "",
        "正文中引用被改编号条目或部分的地方（“本方案第四部分”“上述第（五）项”“本方案第二部分第（三）项”“本方案第三章”）随之改为新的编号，修复的说明写明“并更新 N 处引用”；只改引用中的数字。只在确定无疑时才改：引用改前恰好指向一个条目，按新编号改写后仍恰好指向同一条目。改前所指不存在或不唯一（如各部分分别编号时的“上述第（二）项”）的引用不改，由 xref/section-ref 报告。",
      ].join("\n"),
      incorrect: "一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。\n2.增强产业质量竞争能力。\n4.筑牢绿色发展质量根基。\n",
      correct: "一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。\n2.增强产业质量竞争能力。\n3.筑牢绿色发展质量根基。\n",
    },
  },
  check({ plan, config, report }) {
    const numbering = numberingOf(plan, config);
    for (const brk of numbering.breaks) {
      if (!SEQUENCE_BREAKS.has(brk.kind)) continue;
      // Next to a lost numeral the neighbours do not settle, the break is numbering/missing-numeral's.
      if (atUnsettledNumeral(brk)) continue;
      // Items run together on one line are structure/flattened's one finding.
      if (isFlatteningTrace(plan, config, brk.run.level, brk.previous?.marker.end ?? 0, brk.item.marker.start)) continue;
      const fix = renumberBreakFix(plan, numbering, brk);
      report({ start: brk.item.marker.start, end: brk.item.marker.end, message: breakMessage(numbering, brk), ...(fix ? { fix } : {}) });
    }
    // A document written in articles (第一条 …) counts them as a level of its own. Reported
    // without a fix: renumbering them would have to carry the references to them along.
    for (const brk of articleBreaks(plan)) report({ start: brk.article.heading.start, end: brk.article.heading.end, message: articleBreakMessage(brk) });
    // The parts a plan is divided into (第一章 …, 第一部分 …) count as a level of their own.
    if (plan.parts.length === 0) return;
    for (const brk of partBreaks(plan)) {
      const fix = renumberPartBreakFix(plan, numbering, brk);
      report({ start: brk.part.heading.start, end: brk.part.heading.start + brk.part.marker.length, message: partBreakMessage(brk), ...(fix ? { fix } : {}) });
    }
  },
};
