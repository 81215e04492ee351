import { citableDocuments, citedDocument } from "../../parents/documents.js";
import { issuerPlaces } from "../../parents/issuerPlaces.js";
import type { Rule } from "../types.js";
import { deferredFix } from "../../fixes/fix.js";

/**
 * A document's title takes 《》 (GB/T 15834). Pasted from a web page or typed in haste it arrives
 * in quotation marks: `为贯彻落实“质量强国建设纲要”`. The grammar reads such a title as the
 * citation it is (QuotedCitation: a title that ends in the word for a kind of document, never a
 * quoted phrase such as “放管服”), so the plan's parent is found; this rule says the marks are
 * wrong and makes them 《》, the title unchanged.
 */

/**
 * What only a document's title says: 关于, or an issuer at its start — national (中共, 国务院, 国家)
 * or a province (a province's name is two or three characters; 市, 区 and 县 also end words,
 * 城市, 社区, so a place of those levels counts only with its issuing body: issuerPlaces).
 */
const DOCUMENT_TITLE = /关于|^(?:中共|国务院|国家|[\u4e00-\u9fff]{2,3}省)/;

/**
 * The name of a document's genre at a title's end, after a subject of at least four characters
 * (`赣州市质量强市建设实施方案`, `质量提升三年行动计划`, `…的通知`): what a document's title ends in
 * and a programme's name or a term does not. A bare 方案 or 计划 is no proof (`智慧城市建设方案`,
 * a project, is rightly quoted), nor is 战略 or 纲领 (`质量强国战略`); a short phrase is none
 * (`中国方案`: the grammar reads no citation there).
 */
const DOCUMENT_GENRE_END = /^.{4,}(?:实施方案|工作方案|行动方案|行动计划|工作计划|规划|实施意见|指导意见|意见|通知|办法|纲要|条例|规定|细则|决定)$/u;

export const titleMarks: Rule = {
  meta: {
    id: "xref/title-marks",
    family: "xref",
    severity: "warning",
    description: "文件标题应使用书名号《》，不用引号",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "文件、规划的标题用书名号“《》”（GB/T 15834《标点符号用法》）。从网页复制或匆忙录入时，常把标题写在引号中，如“为贯彻落实“质量强国建设纲要””。检查器把以“纲要”“规划”“方案”“意见”“通知”“计划”“办法”“条例”等结尾、长度足以作为文件标题的引号内文字读作对“该文件”的引用（据此找到上位文件），本规则报告引号用错，修复把引号改为书名号，标题文字不变。引号中的“放管服”“十四五”“中国方案”等短语不是文件标题，不报告。以“计划”“方案”等结尾的引号内文字也可能是某项工作、某个行动的名称（“质量提升三年行动计划”“智慧城市建设方案”），这时用引号是对的：本规则只报告看得出是文件标题的——检查器已知的文件、后面写有文号的、含“关于”的、以发文机关（××市人民政府、国务院、中共××省委等）或省名开头的，以及以文种结尾的（“赣州市质量强市建设实施方案”“质量提升三年行动计划”：以“实施方案”“工作方案”“行动方案”“行动计划”“规划”“意见”“通知”“办法”“条例”“规定”“细则”“决定”等结尾，前面至少有四个字）。只以“方案”“计划”结尾的项目名称（“智慧城市建设方案”）和“质量月”“三品”之类的短语不报告。",
      incorrect: "示例市深化质量强市建设实施方案\n为贯彻落实“质量强国建设纲要”，制定本方案。\n一、总体要求\n",
      correct: "示例市深化质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n",
    },
  },
  check(context) {
    // Not destructured: reading knownParents parses the built-in outline, which a plan that
    // quotes no title never needs (a one-file run loads no data it does not use).
    const { plan, report } = context;
    let documents: ReturnType<typeof citableDocuments> | null = null;
    for (const citation of plan.citations) {
      if (!citation.quoted) continue;
      // A quoted name may be a programme's (“智慧城市建设方案”, “浙江制造”行动计划), which quotation
      // marks rightly set apart: only a title that says it is a document's is reported — one the
      // checker knows, one with its 文号, one that says 关于 or names its issuer (赣州市人民政府、
      // 国务院 …), or that ends in a document's genre (实施方案, 行动计划, 规划, 意见, 通知, 办法 …).
      if (citation.docNumber === null && !DOCUMENT_TITLE.test(citation.title) && !DOCUMENT_GENRE_END.test(citation.title) && issuerPlaces(citation.title).length === 0 && citedDocument(citation.title, (documents ??= citableDocuments(context.knownParents))) === null) continue;
      const close = citation.titleStart + citation.title.length;
      report({
        start: citation.start,
        end: close + 1,
        message: `文件标题“${citation.title}”应使用书名号：《${citation.title}》`,
        fix: deferredFix("把引号改为书名号《》", () => [
          { start: citation.start, end: citation.titleStart, newText: "《" },
          { start: close, end: close + 1, newText: "》" },
        ]),
      });
    }
  },
};
