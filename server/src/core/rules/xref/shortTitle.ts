import { writtenEnd } from "../../model/cutCitations.js";
import { normalizeTitle } from "../../parents/titles.js";
import type { CitationNode } from "../../syntax/cst.js";
import { isDeclared, isGenreOnly, shortTitleDeclarations } from "../../xref/shortTitles.js";
import type { Fix, Rule } from "../types.js";

/**
 * 《纲要》, 《意见》, 《实施方案》: a short title that is only a genre word names a document only
 * through a declaration where the document is first cited in full — （以下简称《纲要》）. Without
 * one, a reader (and this checker) cannot tell which of the documents cited it means.
 */
export const shortTitle: Rule = {
  meta: {
    id: "xref/short-title",
    family: "xref",
    severity: "warning",
    description: "用简称（如《纲要》《意见》）指代文件，但之前没有注明“以下简称”",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "公文中引用文件，首次应写全称，需要简称的在全称后注明“（以下简称《纲要》）”，此后才可用简称。《纲要》《意见》《实施方案》这类只有文种的简称，不注明就无从知道指哪一份文件，方案同时引用几份纲要、意见时更是如此。本规则对这类简称报告其第一次未经注明的使用（同一简称只报告一次，消息中给出共有几处）。之前只引用过一份以该文种结尾的文件时，提供建议：在首次引用它的全称（及文号）后插入“（以下简称《纲要》）”；之前没有或有多份这样的文件时，只有起草人知道所指，不提供建议。注明写在使用之后的，也报告（简称要先注明后使用），消息指出注明写在后文哪份文件之后，并建议此处改写该文件的全称。",
      incorrect: "示例市方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n1.对标落实。按照《纲要》要求，完善质量政策。\n",
      correct: "示例市方案\n为贯彻落实《质量强国建设纲要》（以下简称《纲要》），制定本方案。\n一、总体要求\n1.对标落实。按照《纲要》要求，完善质量政策。\n",
    },
  },
  check({ plan, report }) {
    const { text, citations } = plan;
    if (!citations.some((citation) => isGenreOnly(citation.title))) return;
    const declarations = shortTitleDeclarations(plan);
    const undeclared = new Map<string, CitationNode[]>();
    for (const citation of citations) {
      if (!isGenreOnly(citation.title) || isDeclared(text, citation)) continue;
      if (declarations.some((d) => d.short === citation.title && d.start < citation.start)) continue;
      const uses = undeclared.get(citation.title);
      if (uses) uses.push(citation);
      else undeclared.set(citation.title, [citation]);
    }
    for (const [short, uses] of undeclared) {
      const first = uses[0]!;
      const full = onlyFullTitleBefore(citations, first, short);
      const count = uses.length > 1 ? `（本文共${uses.length}处）` : "";
      // Declared only after its first use (《纲要》…《质量强国建设纲要》（以下简称《纲要》）): the
      // document is known, and the drafter is told so rather than asked to declare it.
      const later = full ? undefined : declarations.find((d) => d.short === short && d.start > first.start && d.full !== null);
      if (later?.full) {
        const title = later.full.title;
        report({
          start: first.start,
          end: first.end,
          message: `简称《${short}》用在注明之前${count}：后文《${title}》之后才注明“以下简称《${short}》”，此处应写全称，或把注明移到首次引用全称处`,
          suggestions: [{ description: `改为全称《${title}》`, edits: [{ start: first.titleStart, end: writtenEnd(plan.text, first.titleStart, first.title), newText: title }] }],
        });
        continue;
      }
      const suggestion: Fix | null = full && { description: `在《${full.title}》后注明“（以下简称《${short}》）”`, edits: [{ start: full.end, end: full.end, newText: `（以下简称《${short}》）` }] };
      report({
        start: first.start,
        end: first.end,
        message: full
          ? `简称《${short}》之前没有注明所指文件${count}：应在首次引用《${full.title}》时注明“（以下简称《${short}》）”`
          : `简称《${short}》之前没有注明所指文件${count}：应写全称，或在首次引用全称时注明“（以下简称《${short}》）”`,
        ...(suggestion ? { suggestions: [suggestion] } : {}),
      });
    }
  },
};

/**
 * The one document cited in full before `use` whose title ends with the short form's genre word
 * (《质量强国建设纲要》 for 《纲要》), at its first citation; null when there is none or several.
 */
function onlyFullTitleBefore(citations: readonly CitationNode[], use: CitationNode, short: string): CitationNode | null {
  let found: CitationNode | null = null;
  for (const citation of citations) {
    if (citation.start >= use.start) break;
    if (isGenreOnly(citation.title) || !normalizeTitle(citation.title).endsWith(short)) continue;
    if (found === null) found = citation;
    else if (normalizeTitle(found.title) !== normalizeTitle(citation.title)) return null;
  }
  return found;
}
