import { PlanMemo } from "../model/planMemo.js";
import type { PlanDocument, ResponsibilityClause, Span } from "../model/types.js";
import { type Article, firstSentence, provisionWords } from "../references/articles.js";
import { articleSections } from "../references/articleSections.js";
import { partitionPoint } from "../text/sorted.js";
import { inlinePartsOf } from "../model/inline.js";

/**
 * In a document written in articles (第一条…, references/articles.ts) the article is the unit of
 * work: `第三条　市市场监管局负责……（责任单位：市市场监管局）` gives its provision to the unit as an
 * item's clause gives the item. A clause in an article's own text — not in a numbered item under
 * it, whose task is the item — has the article for its task: its row of the unit matrix says
 * 第二章 › 第三条 and what the provision is about, where it said nothing, and an article's clauses
 * count once per unit, as an item's do (units/matrix.ts).
 */
export interface ArticleTask extends Span {
  article: Article;
  /** The parts the article stands in, outermost first, and the article: ["第二章", "第三条"], as an item's path (matrix.ts `pathOf`). */
  path: string[];
  /** The provision's first sentence, its clauses left out: what the article is about. */
  heading: string;
}

const tasksOf = new PlanMemo<ArticleTask[]>();

/** Every article of the plan as a task, in document order (the span is the provision's: references/articleSections.ts); empty for a plan of no articles. */
export function articleTasks(plan: PlanDocument): ArticleTask[] {
  let found = tasksOf.get(plan);
  if (found) return found;
  found = [];
  for (const section of articleSections(plan) ?? []) {
    const parts: string[] = [];
    for (let part = section.part; part !== null; part = part.within) parts.unshift(part.marker);
    for (const { article, span } of section.articles) {
      found.push({ article, path: [...parts, article.heading.text], heading: provisionHeading(plan, article), start: span.start, end: span.end });
    }
  }
  // Sections come part by part; a part's articles may stand before a later part's in no other order.
  found.sort((a, b) => a.start - b.start);
  tasksOf.set(plan, found);
  return found;
}

/** The article a clause gives its units, where it stands in an article's own text (not an item's, not a table row's); null otherwise. */
export function articleTaskOf(plan: PlanDocument, clause: ResponsibilityClause): ArticleTask | null {
  if (clause.item !== null || clause.tableRow !== null) return null;
  const tasks = articleTasks(plan);
  const at = partitionPoint(tasks.length, (i) => tasks[i]!.start <= clause.start) - 1;
  const task = tasks[at];
  return task !== undefined && clause.start < task.end ? task : null;
}

/** The provision's first sentence on its heading's line, its clauses, annotations and comment left out (第三条　加强品牌培育（责任单位：市工信局）。: 加强品牌培育). */
function provisionHeading(plan: PlanDocument, article: Article): string {
  // The line the article's heading opens (an article is one line: references/articles.ts).
  const line = plan.lines[partitionPoint(plan.lines.length, (i) => plan.lines[i]!.start <= article.start) - 1]!;
  // A task's heading ends on its words, not on the colon that introduces a list (下列条件：).
  return firstSentence(provisionWords(plan, inlinePartsOf(line), article.heading.end, article.end)).replace(/[：:，,\s\u3000]+$/u, "");
}
