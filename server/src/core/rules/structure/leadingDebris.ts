import { isLineFeed } from "../../syntax/parse.js";
import { clipped } from "../../text/clipped.js";
import { textEndOf } from "../../model/inline.js";
import type { DebrisSource, PlanDocument, Span } from "../../model/types.js";
import type { TextEdit } from "../types.js";
import { lineDeletions } from "./lineDeletions.js";
import { spanFix } from "../../fixes/fix.js";
import type { FindingReport, Rule } from "../types.js";

/**
 * Web-page furniture above the notice or the title (metadata table, breadcrumb, 发布时间 and
 * 来源 line, font-size, print and share bars, a file name), and what a forwarded mail or an OA
 * system's 办文单 wrote above the text (发件人：…, —— 转发的邮件 ——, 【办理意见】…), and a page's bar
 * on the title's own line (`【字体：大 中 小】 【打印】 【关闭】`), and a WeChat article's headline and
 * news lead over the plan (model/newsHeadlines.ts), and a 政府公报's name, issue and contents over
 * the document (model/gazetteHeader.ts). The model has already set those
 * lines apart; this rule reports them once and offers to delete them, and only them: a page
 * heading, the notice and the title between them stay.
 */
export const leadingDebris: Rule = {
  meta: {
    id: "structure/leading-debris",
    family: "structure",
    severity: "warning",
    description: "方案（或印发通知）之前的网页、邮件、办文单或公报版头残留文字（索引号、当前位置、发布时间、字体大小、打印、发件人、拟办意见、公报报头和目录等）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "从政府网站复制方案时，页面顶部的信息公开表格（索引号、主题分类、发文机关、成文日期、发布日期）、“当前位置：首页 > …”导航、“发布时间：… 来源：… 浏览次数：”、“【字体：大 中 小】”“打印”“关闭”“分享到”“扫一扫在手机打开当前页”以及附件文件名常被一并带入。这些文字不属于方案或印发通知，解析器把它们与正文分开保存（不丢失），不会把它们当作标题；本规则报告一次，修复只删除这些行，标题、通知正文和落款都保留；网页把“【字体：大 中 小】”“【打印】”“【关闭】”等按钮排在标题同一行末尾的，也报告并只删除标题后面的这些按钮文字；表格的“标题：”行是唯一的标题时，标题是其后的值，“标题：”标签也报告并可删除。表格中“成文日期”（或“发文日期”，两者都有时以成文日期为准）“发文机关”“文号”的值在正文没有时用作元数据；这时修复把它们移入文首元数据（front matter），不会丢失。表格中的“标题”行在其下另有公文自己的标题时也属于表格（网页上的标题常是简称），不会取代或并入公文标题；只有标题仅此一处时才保留。转发的邮件或 OA 系统流转的文件也会带入“发件人：”“发送时间：”“收件人：”“主题：”等邮件头、“—— 转发的邮件 ——”分隔行和办文单的“【办理意见】”“拟办意见：”“签批：”等，同样报告并可删除；“抄送：”“主题：”“附件：”等只在有“发件人：”的邮件头中才算残留，单独出现时可能是文件本身的内容。从微信公众号文章复制的（有“点击蓝字关注我们”、公众号署名行等），署名行上方单独成行的公众号名称（“××市场监管”）、文章自己的标题（“重磅！……”“【政策速递】我市印发……方案”）和导语（“近日，……印发《……》，全文如下：”）也不属于方案，只要其后还有方案（或印发通知）的标题，同样报告并可删除。从政府公报的 PDF 复制的，文首公报的报头（“××市人民政府公报”“2024年第3期（总第245期）”）和本期目录（“【市政府办公室文件】”、带页码的各篇文件标题）也不属于方案，同样报告并可删除（公报目录列的是本期各篇文件，不是方案的标题，不再由 structure/table-of-contents 报告）；正文中各页页眉的报头仍由 structure/page-number 报告。识别用的词语是数据文件（page-furniture.json），不是散落的正则表达式。",
      incorrect: "当前位置：首页 > 政务公开 > 政策文件\n索引号：11360700MB1234567X/2023-01234\n发布时间：2023-05-06 来源：市政府办公室\n【字体：大 中 小】 打印 关闭\n示例市质量强市建设三年行动方案\n一、总体要求\n",
      correct: "示例市质量强市建设三年行动方案\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    // A page's bar on the title's own line (标题 【字体：大 中 小】 【打印】 【关闭】): the title stays.
    const bar = plan.title?.furniture;
    if (bar) report(wordsOffTitle(plan.text, bar, (words) => [`标题行末尾有网页残留文字“${clipped(words, 20)}”，不属于标题`, "删除标题行末尾的网页残留文字"]));
    // A page's 标    题： row that is the only title: the value is the title, the label the table's.
    const label = plan.title?.label;
    if (label) report(wordsOffTitle(plan.text, label, (words) => [`标题前有网页信息表格的标签“${words}”，不属于标题`, `删除标题前的网页标签“${words}”`]));
    const debris = plan.leadingDebris;
    if (!debris) return;
    const first = debris.lines[0]!;
    const preview = plan.text.slice(first.indentEnd, textEndOf(first, plan.text));
    const count = debris.lines.length;
    const carried = carriedMetadata(plan);
    const edits = lineDeletions(plan.lines, debris.lines);
    if (carried) edits.unshift(carried.edit);
    const what = `${debris.sources.map((source) => SOURCE_NAMES[source]).join("、")}残留文字`;
    report({
      start: debris.start,
      end: debris.end,
      message: `方案之前有${what}（${count}行，自“${clipped(preview, 20)}”起），不属于方案或印发通知`,
      fix: { description: carried ? `删除开头的${what}，${carried.keys.join("、")}移入文首元数据` : `删除开头的${what}`, edits },
    });
  },
};

/** A finding on page words on the title's line that are no word of it, fixed by deleting them: its message and fix's description from the words. */
function wordsOffTitle(text: string, span: Span, say: (words: string) => [message: string, description: string]): FindingReport {
  const [message, description] = say(text.slice(span.start, span.end).trim());
  return { start: span.start, end: span.end, message, fix: spanFix(description, span.start, span.end, "") };
}

/** How the message names what left the lines: a drafter is told where they came from. */
const SOURCE_NAMES: Readonly<Record<DebrisSource, string>> = { web: "网页", mail: "邮件", office: "办文单", gazette: "公报版头" };

/** The front-matter key each page row the metadata relies on is carried over under. */
const FRONT_MATTER_KEY = { date: "成文日期", issuer: "发文机关", docNumber: "文号" } as const;

/**
 * The page rows the plan's metadata relies on (a 成文日期 the text states nowhere else), written
 * into front matter — a new block at the top, or the existing one before its closing `---` — so
 * that deleting the debris loses no value the checker reads (targets/horizon dates targets by it).
 */
function carriedMetadata(plan: PlanDocument): { keys: string[]; edit: TextEdit } | null {
  const debris = plan.leadingDebris!;
  if (debris.relied.length === 0) return null;
  const eol = plan.lines.find((line) => isLineFeed(line.eol))?.eol ?? "\n";
  const keys: string[] = [];
  let entries = "";
  for (const key of debris.relied) {
    const row = debris.metadata[key]!;
    keys.push(FRONT_MATTER_KEY[key]);
    entries += `${FRONT_MATTER_KEY[key]}: ${row.value}${eol}`;
  }
  const block = plan.syntax.frontMatter;
  const edit = block ? { start: block.closeStart, end: block.closeStart, newText: entries } : { start: 0, end: 0, newText: `---${eol}${entries}---${eol}` };
  return { keys, edit };
}
