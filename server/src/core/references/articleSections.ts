import { PlanMemo } from "../model/planMemo.js";
import { partSections } from "../model/outline.js";
import type { Box, NumberedItem, PlanDocument, PlanPart, Span } from "../model/types.js";
import { type Article, articlesOf } from "./articles.js";

/**
 * The outline of a document written in articles (第一条、第二条…, references/articles.ts): its
 * parts (第一章 …) as the model reads them, each with its articles in order, and under each
 * article the items its text lists (第三条 … 下列条件：（一）…（二）…). A 办法 has no 一、（一）
 * outline; its articles are its table of contents, what the editor's outline and `plancheck
 * outline` show. Null for a plan that has no articles: its outline is its items alone.
 */
export interface ArticleNode {
  article: Article;
  /** From 第三条 to the last line of its provision: up to the next article, part, attachment or the 落款. */
  span: Span;
  /** The items and 专栏 boxes inside the article's span, as the model nests them. */
  nodes: Array<NumberedItem | Box>;
}

export interface ArticleSection {
  /** The part (第二章) the articles stand in, or null for those before any part, or in a plan of none. */
  part: PlanPart | null;
  /** Items before the section's first article (none in a plan of articles as drafted). */
  nodes: Array<NumberedItem | Box>;
  articles: ArticleNode[];
}

export function articleSections(plan: PlanDocument): ArticleSection[] | null {
  const articles = articlesOf(plan);
  if (articles.length === 0) return null;
  const sections: ArticleSection[] = partSections(plan).map(({ part }) => ({ part, nodes: [], articles: [] }));
  const sectionOf = (start: number): ArticleSection => {
    // The innermost part whose heading comes before: a 节 after its 章 (parts are in document order).
    let found: ArticleSection | undefined;
    for (const section of sections) if (section.part !== null && section.part.start <= start) found = section;
    if (found !== undefined) return found;
    if (sections[0]?.part !== null) sections.unshift({ part: null, nodes: [], articles: [] });
    return sections[0]!;
  };
  const ends = provisionEnds(plan, articles);
  articles.forEach((article, i) => sectionOf(article.start).articles.push({ article, span: { start: article.start, end: ends[i]! }, nodes: [] }));
  for (const { nodes } of partSections(plan)) {
    for (const node of nodes) {
      const section = sectionOf(node.start);
      let holder: ArticleNode | undefined;
      for (const each of section.articles) if (each.article.start <= node.start) holder = each;
      (holder?.nodes ?? section.nodes).push(node);
    }
  }
  return sections.filter((section) => section.part !== null || section.articles.length > 0 || section.nodes.length > 0);
}

/**
 * Where each article's provision ends: the last line with text before whatever comes next — the
 * next article, a part's heading, an attachment, the 附件说明, the 落款 or 版记, or web-page debris.
 */
function provisionEnds(plan: PlanDocument, articles: readonly Article[]): number[] {
  const stops: number[] = [];
  for (const part of plan.parts) stops.push(part.start);
  for (const start of [plan.attachments[0]?.start, plan.attachmentNote[0]?.start, plan.signature?.start, plan.imprint?.start, plan.trailer?.start]) if (start !== undefined) stops.push(start);
  const { lines } = plan;
  let line = 0;
  return articles.map((article, i) => {
    let stop = articles[i + 1]?.start ?? plan.text.length;
    for (const at of stops) if (at > article.start && at < stop) stop = at;
    let end = article.end;
    while (line < lines.length && lines[line]!.start < article.start) line++;
    while (line < lines.length && lines[line]!.start < stop) {
      const each = lines[line]!;
      if (each.contentEnd > each.indentEnd && each.kind !== "comment") end = Math.max(end, each.contentEnd);
      line++;
    }
    return end;
  });
}

const holders = new PlanMemo<Map<NumberedItem | Box, Article>>();

/**
 * The article whose provision lists an outline root (an item or 专栏 box no item holds), as
 * `articleSections` nests it: 第五条 for the （一） its text lists. Null in a plan of no articles,
 * and for a root before the first article of its part. Read once per plan: a report asks for
 * the path of every task.
 */
export function articleHolding(plan: PlanDocument, root: NumberedItem | Box): Article | null {
  let byNode = holders.get(plan);
  if (byNode === undefined) {
    holders.set(plan, (byNode = new Map()));
    for (const section of articleSections(plan) ?? []) for (const { article, nodes } of section.articles) for (const node of nodes) byNode.set(node, article);
  }
  return byNode.get(root) ?? null;
}
