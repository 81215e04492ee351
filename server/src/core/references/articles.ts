import { PlanMemo } from "../model/planMemo.js";
import { fromChineseNumeral } from "../model/numerals.js";
import type { PlanDocument, Span } from "../model/types.js";
import type { InlineNode } from "../syntax/cst.js";
import { partitionPoint, spanHolding } from "../text/sorted.js";

/**
 * A plan's articles: 办法-like plans and some 工作要点 number their provisions 第一条、第二条…, each
 * opening its line (第三条　市市场监管局负责……), and refer to them so (本办法第三条, 按照第五条规定).
 * The model reads no outline from them (they are no 一、（一）1. items); references/ reads them
 * only as what such a reference names. A plan numbers by 条 where two lines open so: one line
 * that opens with 第三条 (a sentence quoting a law) makes no numbering.
 */
export interface Article extends Span {
  /** The number (第三条: 3). */
  value: number;
  /** 第三条 as written at the line's start: what the editor goes to. */
  heading: Span & { text: string };
  /** The provision's first sentence (or its first words), what the editor shows beside 第三条. */
  title: string;
}

/** The word a reference names an article by, as SectionReference's part word. */
export const ARTICLE_WORD = "条";

/**
 * 第三条 opening a line, and what follows it: a space, or the provision's words — not a word that
 * makes it a sentence about an article (第三条规定的, 第三条第二款, 第三条、第四条).
 */
const ARTICLE_HEADING = /^第([一二三四五六七八九十百零〇]{1,5})条(?=$|[ \t\u3000]|[^\s规款第的中所、，,。；;：:和及与至到])/u;
const DI = 0x7b2c; // 第

/** Whether a line opens with an article's heading (第三条　…), as planArticles reads one; `at` is where its text starts. */
export function opensWithArticle(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(at) !== DI) return false;
  const match = ARTICLE_HEADING.exec(text.slice(at, Math.min(end, at + 12)));
  return match !== null && fromChineseNumeral(match[1]!) !== null;
}

/** The plan's articles from `bodyStart`, outside its attachments (which number apart); empty where fewer than two lines open with one. */
export function planArticles(plan: PlanDocument, bodyStart: number): Article[] {
  const { text } = plan;
  const found: Article[] = [];
  for (const line of plan.lines) {
    // One look at a code unit per line: nearly no line opens with 第.
    if (line.start < bodyStart || line.kind !== "text" || text.charCodeAt(line.indentEnd) !== DI) continue;
    if (spanHolding(plan.attachments, line.start) !== null) continue;
    const match = ARTICLE_HEADING.exec(text.slice(line.indentEnd, Math.min(line.contentEnd, line.indentEnd + 12)));
    const value = match ? fromChineseNumeral(match[1]!) : null;
    if (match === null || value === null) continue;
    const heading = { start: line.indentEnd, end: line.indentEnd + match[0].length, text: match[0] };
    const words = provisionWords(plan, line.parts, heading.end, line.contentEnd, TITLE_REACH);
    found.push({ value, heading, title: firstSentence(words.slice(0, TITLE_REACH)).replace(/[ \t\u3000]+$/u, ""), start: line.indentEnd, end: line.contentEnd });
  }
  return found.length >= 2 ? found : [];
}

/** How much of a provision the editor shows: its first sentence, up to this many characters. */
const TITLE_REACH = 40;

/**
 * The parts of a provision's line that are none of its words, as an item's heading leaves them
 * out: a responsibility clause (第三条　市市场监管局负责……〔责任单位：…〕), an annotation
 * 〔对应纲要：…〕 and a trailing comment. Left in, a title showed the clause, and a 牵头单位：…；
 * in it ended the first sentence inside the brackets.
 */
const NOT_WORDS: ReadonlySet<InlineNode["type"]> = new Set(["clause", "annotation", "comment"]);

/**
 * A line's words from `from` to `end`, its clauses, annotations and comment left out, the words
 * around them joined; read until there are `reach` characters (enough for a title: a provision
 * may run on for a page). The clauses are the plan's, besides the line's parts: the model reads
 * some where the grammar saw words (a bracket of registry names, `（金陵海关、市商务局）`; a clause
 * a line break cut; a last sentence of names and roles: model/clauseReading.ts). The one reading
 * of an article's words: its title here, its task's heading (units/articleTasks.ts).
 */
export function provisionWords(plan: PlanDocument, parts: readonly InlineNode[], from: number, end: number, reach = Infinity): string {
  const { text, clauses } = plan;
  let words = "";
  // The plan's clauses are in document order: the first that ends after `from`, then on.
  let next = partitionPoint(clauses.length, (k) => clauses[k]!.end <= from);
  for (const part of parts) {
    if (part.end <= from || NOT_WORDS.has(part.type)) continue;
    if (part.start >= end || words.length >= reach) break;
    let at = Math.max(part.start, from);
    const stop = Math.min(part.end, end);
    for (; next < clauses.length && clauses[next]!.start < stop; next++) {
      const clause = clauses[next]!;
      if (clause.start > at) words += text.slice(at, clause.start);
      at = Math.max(at, clause.end);
      // A clause that goes on past this part is left out of the next one too.
      if (clause.end > stop) break;
    }
    if (at < stop) words += text.slice(at, stop);
  }
  return words;
}

/** The first sentence of a provision's words (up to 。 or ；), leading spaces left out. */
export function firstSentence(words: string): string {
  const trimmed = words.replace(/^[ \t\u3000]+/u, "");
  const stop = trimmed.search(/[。；;]/u);
  return stop < 0 ? trimmed : trimmed.slice(0, stop);
}

const read = new PlanMemo<Article[]>();

/**
 * The plan's articles (planArticles) from where they can start — the title's end, or the body's
 * start where that comes first (its preamble, first item or part): a 办法 whose 第三条 lists
 * （一）（二） has items, and its 第一条 and 第二条 stand before the first of them. Read once per
 * plan: the outline, the numbering and the references read the same articles.
 */
export function articlesOf(plan: PlanDocument): Article[] {
  let found = read.get(plan);
  if (found === undefined) read.set(plan, (found = planArticles(plan, articlesFrom(plan))));
  return found;
}

function articlesFrom(plan: PlanDocument): number {
  let from = plan.title?.end ?? Infinity;
  for (const start of [plan.preamble?.start, plan.items[0]?.start, plan.parts[0]?.start]) if (start !== undefined && start < from) from = start;
  return from === Infinity ? 0 : from;
}

/** The articles of a number (two where a 条 was inserted and the rest not renumbered). */
export function articlesNumbered(articles: readonly Article[], value: number): Article[] {
  return articles.filter((article) => article.value === value);
}
