import type { PlanDocument } from "../../core/model/types.js";
import { citableDocuments, type CitableDocument } from "../../core/parents/documents.js";
import { docNumberKey } from "../../core/parents/titles.js";
import type { CitationNode, DocNumberNode } from "../../core/syntax/cst.js";
import type { HoverProvider } from "./hover.js";

/** What may stand between a title and the 文号 written after it: spaces and an opening bracket. */
const TITLE_TO_NUMBER = /^[\s\u3000（(]*$/;

/**
 * Hover on a 发文字号 (赣府发〔2023〕11号): the document it belongs to where the plan says so —
 * the title written before it (《…》（赣府发〔2023〕11号）), the plan's own 文号 in its notice —
 * or a known document with that 文号, and its parts (机关代字, 年份, 序号). Asked before the
 * citation's hover, so that the 文号 inside a citation is described as a 文号.
 */
export const docNumberHover: HoverProvider = ({ analysis, mapper }, offset) => {
  const { plan, knownParents } = analysis;
  const node = plan.docNumbers.find((n) => offset >= n.start && offset <= n.end);
  if (!node) return null;
  const written = plan.text.slice(node.start, node.end);
  const key = `${node.code}${node.year}-${node.number}`;
  const known = citableDocuments(knownParents).find((d) => d.docNumber !== null && docNumberKey(d.docNumber) === key) ?? null;
  const lines = [`**发文字号 ${written}**`, ""];
  const owner = ownerOf(plan, node, key, known);
  if (owner !== null) lines.push(owner, "");
  lines.push(`- 机关代字：${node.code}`, `- 年份：${node.year}`, `- 序号：${node.number}`);
  return { contents: { kind: "markdown", value: lines.join("\n") }, range: mapper.rangeOf(node) };
};

/** The sentence that says whose 文号 it is, or null where neither the plan nor the known documents say. */
function ownerOf(plan: PlanDocument, node: DocNumberNode, key: string, known: CitableDocument | null): string | null {
  const title = titleBefore(plan, node);
  if (title !== null) {
    // The title the plan writes, and whether the document known by that 文号 is another.
    const other = known !== null && known.title !== title ? `；已知文件中此文号属于《${known.title}》` : "";
    return `《${title}》的文号（正文写在标题之后）${other}`;
  }
  const own = plan.metadata.docNumber;
  if (own !== null && docNumberKey(own) === key) {
    return plan.metadata.title ? `本文《${plan.metadata.title}》的文号` : "本文的文号";
  }
  return known !== null ? `已知文件《${known.title}》的文号${known.issuer ? `（${known.issuer}${known.date ? `，${known.date}` : ""}）` : ""}` : null;
}

/** The title a 文号 is written after: the citation it belongs to, or one just before it on its line. */
function titleBefore(plan: PlanDocument, node: DocNumberNode): string | null {
  let before: CitationNode | null = null;
  for (const citation of plan.citations) {
    if (citation.docNumber === node) return citation.title;
    if (citation.end <= node.start) before = citation;
    else break;
  }
  if (before === null) return null;
  return TITLE_TO_NUMBER.test(plan.text.slice(before.end, node.start)) ? before.title : null;
}
