import type { PlanDocument } from "../model/types.js";
import { type Article, ARTICLE_WORD, articlesOf } from "../references/articles.js";
import { countBreakMessage, countBreaks } from "./parts.js";

/**
 * The numbering of a document written in articles (第一条、第二条…, references/articles.ts): the
 * articles count 1, 2, 3 … through the whole document, across its 章 — as a 办法 or a 条例
 * numbers them — or, where every 章 starts again at 第一条, within each 章. An article inserted
 * or deleted leaves the count broken as an item does: one finding where it breaks, none for
 * every article after it (parts.ts countBreaks).
 */
export interface ArticleBreak {
  kind: "gap" | "duplicate" | "order" | "start";
  article: Article;
  previous: Article | null;
  /** Where it stands in its run (0 for the first). */
  index: number;
}

export function articleBreaks(plan: PlanDocument): ArticleBreak[] {
  const breaks: ArticleBreak[] = [];
  for (const run of articleRuns(plan)) {
    for (const { kind, at: article, index, previous } of countBreaks(run)) breaks.push({ kind, article, previous, index });
  }
  return breaks;
}

/** The message of an article's break: `编号不连续：“第五条”前一条为“第三条”，缺少“第四条”`. */
export function articleBreakMessage(brk: ArticleBreak): string {
  return countBreakMessage(brk.kind, ARTICLE_WORD, counted(brk.article), brk.previous && counted(brk.previous), brk.index);
}

const counted = (article: Article) => ({ marker: article.heading.text, value: article.value });

/**
 * The runs the articles count in: one through the document, or one per part where the parts
 * that hold articles (two or more) each start at 第一条.
 */
function articleRuns(plan: PlanDocument): Article[][] {
  const articles = articlesOf(plan);
  if (articles.length === 0 || plan.parts.length < 2) return articles.length === 0 ? [] : [articles];
  const byPart: Article[][] = [];
  let part = -1;
  for (const article of articles) {
    let at = part;
    while (at + 1 < plan.parts.length && plan.parts[at + 1]!.start <= article.start) at++;
    if (at !== part || byPart.length === 0) byPart.push([]);
    part = at;
    byPart[byPart.length - 1]!.push(article);
  }
  return byPart.length >= 2 && byPart.every((run) => run[0]!.value === 1) ? byPart : [articles];
}
