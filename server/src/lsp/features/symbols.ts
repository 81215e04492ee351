import { type DocumentSymbol, SymbolKind } from "vscode-languageserver";
import { attachmentHeading } from "../../core/model/attachments.js";
import { openClausesOf } from "../../core/model/openClauses.js";
import { isBox, outlineChildren, outlineRoots, partSections } from "../../core/model/outline.js";
import type { Box, NumberedItem, PlanDocument, PlanPart } from "../../core/model/types.js";
import type { PositionMapper } from "../../core/text/positions.js";
import { articleSections } from "../../core/references/articleSections.js";
import { clausesOfTask } from "../../core/units/sharedClause.js";
import type { LanguageFeature } from "./feature.js";
import { partExtents } from "../../core/model/partExtents.js";

const KIND_BY_LEVEL: Record<number, SymbolKind> = {
  1: SymbolKind.Module,
  2: SymbolKind.Namespace,
  3: SymbolKind.Class,
  4: SymbolKind.Method,
  5: SymbolKind.Field,
};

/** The Outline view and breadcrumbs: 一、总体要求 › （一）指导思想 › 1.…, with the units as detail. */
export function documentSymbols(plan: PlanDocument, mapper: PositionMapper): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  if (plan.title) {
    const range = mapper.rangeOf(plan.title);
    // A draft mark under the title is the document's status, shown beside the title's name.
    const draftMark = plan.title.draftMark;
    const detail = draftMark ? `标题 ${plan.text.slice(draftMark.indentEnd, draftMark.contentEnd).trim()}` : "标题";
    symbols.push({ name: plan.title.text, detail, kind: SymbolKind.File, range, selectionRange: range });
  }
  // A part's symbol, for the divisions under it (第一节 under 第二章).
  const partSymbols = new Map<PlanPart, DocumentSymbol>();
  const extents = partExtents(plan.parts);
  // A document written in articles (第一条 …): each part's articles, each with the items its text lists.
  const sections = articleSections(plan) ?? partSections(plan).map(({ part, nodes }) => ({ part, nodes, articles: [] }));
  for (const { part, nodes, articles } of sections) {
    const children = nodes.map((item) => symbolOf(plan, item, mapper));
    for (const { article, span, nodes: listed } of articles) {
      children.push({
        name: article.title ? `${article.heading.text}　${article.title}` : article.heading.text,
        detail: "条",
        kind: SymbolKind.Module,
        range: mapper.rangeOf(span),
        selectionRange: mapper.rangeOf(article.heading),
        children: listed.map((item) => symbolOf(plan, item, mapper)),
      });
    }
    if (part === null) {
      symbols.push(...children);
      continue;
    }
    // A part (第一章 …) holds its items, as the reader's table of contents does.
    const symbol: DocumentSymbol = { name: part.heading.text, detail: "部分", kind: SymbolKind.Package, range: mapper.rangeOf(extents.get(part) ?? part), selectionRange: mapper.rangeOf(part.heading), children };
    partSymbols.set(part, symbol);
    const parent = part.within !== null ? partSymbols.get(part.within) : undefined;
    if (parent !== undefined) parent.children!.push(symbol);
    else symbols.push(symbol);
  }
  // An attachment's own outline is its own subtree, under a symbol for the attachment.
  for (const attachment of plan.attachments) {
    symbols.push({
      name: attachmentHeading(attachment),
      detail: "附件",
      kind: SymbolKind.Package,
      range: mapper.rangeOf(attachment),
      // With no label (a 分工表 pasted without one), its title, or the header line it opens at.
      selectionRange: mapper.rangeOf(attachment.label ?? attachment.title ?? { start: attachment.start, end: attachment.start }),
      children: outlineRoots(attachment.items, plan.boxes, attachment).map((item) => symbolOf(plan, item, mapper)),
    });
  }
  return symbols;
}

/**
 * An item with the units of the clauses that assign it (a group's clause is each grouped task's:
 * units/sharedClause.ts); a 专栏 box under the item it is set under, with its own list.
 */
function symbolOf(plan: PlanDocument, item: NumberedItem | Box, mapper: PositionMapper): DocumentSymbol {
  if (isBox(item)) {
    return {
      name: item.title ? `${item.label.text} ${item.title.text}` : item.label.text,
      detail: "专栏",
      kind: SymbolKind.Object,
      range: mapper.rangeOf(item),
      selectionRange: mapper.rangeOf({ start: item.label.start, end: item.title?.end ?? item.label.end }),
      children: item.items.map((child) => symbolOf(plan, child, mapper)),
    };
  }
  const heading = item.heading.text || "（无标题）";
  // A clause still being typed (no closing bracket yet: openClauses.ts) names the task's units too.
  const units = [...clausesOfTask(plan, item), ...openClausesOf(plan).filter((clause) => clause.item === item)].flatMap((clause) => clause.units.map((unit) => unit.text));
  return {
    name: `${item.marker.text}${heading}`,
    detail: units.length > 0 ? units.join("、") : undefined,
    kind: KIND_BY_LEVEL[item.level]!,
    range: mapper.rangeOf(item),
    selectionRange: mapper.rangeOf({ start: item.marker.start, end: Math.max(item.heading.end, item.marker.end) }),
    children: outlineChildren(item).map((child) => symbolOf(plan, child, mapper)),
  };
}

export const documentSymbolFeature: LanguageFeature = {
  capabilities: { documentSymbolProvider: { label: "实施方案大纲" } },
  register(session) {
    session.connection.onDocumentSymbol((params) => {
      // The outline of the current text, without waiting for the rules.
      const entry = session.modelOf(params.textDocument.uri);
      return entry ? documentSymbols(entry.analysis.plan, entry.mapper) : [];
    });
  },
};
