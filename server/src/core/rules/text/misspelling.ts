import { spanFix } from "../../fixes/fix.js";
import { TextLineFinder } from "../../model/setApart.js";
import { misspellings, type Misspelling } from "../../text/misspellings.js";
import type { LineNode } from "../../syntax/cst.js";
import { nodesAreKept } from "../../syntax/incremental.js";
import { NodeMemo } from "../../syntax/nodeMemo.js";
import { SpanCover } from "../../text/coverage.js";
import type { Rule } from "../types.js";

/**
 * Misspellings a proofreader marks (text/misspellings.ts: a list of words wrong wherever they
 * stand, with guards where a neighbour decides). One finding per occurrence; the fix writes the
 * right word and nothing else. A comment, front matter and text set apart (web debris, a table
 * of contents) are not the plan's prose and are not read; a responsible unit's name is read
 * against the registry by units/unknown, which names the unit meant (one defect, one finding).
 */
export const misspelling: Rule = {
  meta: {
    id: "text/misspelling",
    family: "text",
    severity: "warning",
    description: "常见错别字（如“布署”“截止2025年底”“95%已上”）或已不规范的异形写法（如“台帐”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "公文中常见的错别字多是形近字或音近字的误用：“布署”应为“部署”，“竟争”应为“竞争”，“峻工验收”应为“竣工验收”，“幅射带动”应为“辐射带动”，“标淮”“批淮”应为“标准”“批准”，“明查暗访”应为“明察暗访”，“再接再励”应为“再接再厉”。有些词取决于前后文：表示截到某一时间为止、后面紧跟时间的是“截至”（“截至2025年底”“截至目前”），“截止”用于不带时间的“报名截止”“截止日期”或“截止到……”；数量之后表示范围的是“以上”“以下”（“达到95%以上”），“已上”“已下”是错字。用拼音输入法录入本领域的常用词时，还常选错同音或近音的候选字：“质量监管”打成“质最监管”，“市场监管”打成“市场坚管”，“检验检测”打成“检验检侧”；本规则按词表收录本领域的常用词（质量强市、质量安全、市场监管、检验检测、计量测试、知识产权等）及其各字常被误选的字，整词中错了一个字即报告（只看整词：“品质最好”中的“质最”不是错字）。责任单位名称中的错字由 units/unknown 对照单位名录报告，本规则不重复报告。“台帐”“帐户”“记帐”等按现行规范写作“台账”“账户”“记账”，“图象”“好象”写作“图像”“好像”。",
        "",
        "本规则只报告一份词表中的写法，词表中的每一项在其适用的前后文中都一定是错的：在某些句子中正确的写法（如“按排名先后”中的“按排”、“既使……又……”中的“既使”）或加了前后文条件，或不收录；词表之外的错别字不报告。修复只把该词改为正确写法。注释、文首元数据和已识别为网页残留、目录的文字不检查。",
      ].join("\n"),
      incorrect: "一、总体要求\n（一）主要目标\n截止2025年底，制造业产品质量合格率达到95%已上。按照统一布署，加强质最监管，建立质量问题台帐。\n",
      correct: "一、总体要求\n（一）主要目标\n截至2025年底，制造业产品质量合格率达到95%以上。按照统一部署，加强质量监管，建立质量问题台账。\n",
    },
  },
  check({ plan, report }) {
    const lines = new TextLineFinder(plan);
    const kept = nodesAreKept(plan.syntax);
    // Made at the first misspelling (most plans have none).
    let unitNames: SpanCover | null = null;
    for (const line of plan.lines) {
      if (line.kind === "blank" || line.kind === "comment") continue;
      for (const { start: at, end: to, written, right, kind } of misspellingsOf(line, plan.text, kept)) {
        const start = line.start + at;
        const end = line.start + to;
        if (lines.lineAt(start) === null) continue;
        // A unit's name misspelt (市市场坚管局) is units/unknown's finding, with the registry's name.
        if ((unitNames ??= new SpanCover(plan.clauses.flatMap((clause) => clause.units))).covers(start)) continue;
        report({
          start,
          end,
          message: kind === "typo" ? `“${written}”应为“${right}”` : `“${written}”按现行规范写作“${right}”`,
          fix: spanFix(`改为“${right}”`, start, end, right),
        });
      }
    }
  },
};

/**
 * A line's misspellings, offsets from its start, remembered by its node while the server's parser
 * keeps it: with the input method's slips every 质, 市 and 检 of a plan is looked up, and a
 * keystroke changes one line. No entry holds a line break, so the lines' answers are the text's.
 */
function misspellingsOf(line: LineNode, text: string, kept: boolean): readonly Misspelling[] {
  const remembered = linesMisspellings.lookup(kept, line);
  if (remembered !== undefined) return remembered;
  const found = misspellings(text, line.start, line.end);
  for (const misspelling of found) {
    misspelling.start -= line.start;
    misspelling.end -= line.start;
  }
  return linesMisspellings.remember(kept, line, found.length > 0 ? found : NONE);
}

const NONE: readonly Misspelling[] = [];
const linesMisspellings = new NodeMemo<LineNode, readonly Misspelling[]>();
