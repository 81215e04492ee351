import { PlanMemo } from "./planMemo.js";
import type { LineNode } from "../syntax/cst.js";
import { codeUnitSet } from "../text/codeUnits.js";
import { partitionPoint } from "../text/sorted.js";
import { inlinePartsOf, textEndOf } from "./inline.js";
import type { NumberedItem, PlanDocument, Span } from "./types.js";

/**
 * Deadlines a task states in its own words rather than in a labelled 完成时限: `2024年底前，建成
 * 质量基础设施“一站式”服务平台`, `……，2022年底前完成首批攻关项目。`, `于2025年6月底前出台办法`.
 * Drafts date most tasks this way, and a task copied from an old plan keeps its old year here as
 * often as in a bracket. What makes it a deadline is the 前 after the date (by then); a date
 * without it is when something happens, not when it is due.
 *
 * Read from the plan's numbered items (their line and paragraphs), outside the parts of the line
 * that other readers own (a clause and its deadline, a citation, an annotation, a comment). A
 * clause that says the thing was done (`2022年底前已完成`, `截至2022年底前`) reports, and is left out.
 */
export interface ProseDeadline extends Span {
  /** The date as written, `2022年底前`: model/deadlines.ts `dueMonthOf` reads it. */
  value: string;
  /** The item whose text states it. */
  item: NumberedItem;
}

const cache = new PlanMemo<readonly ProseDeadline[]>();

export function proseDeadlinesOf(plan: PlanDocument): readonly ProseDeadline[] {
  let found = cache.get(plan);
  if (found === undefined) cache.set(plan, (found = read(plan)));
  return found;
}

/**
 * A year, an optional month and part of the year, and 前 (之前): `2024年底前`, `2025年6月底前`,
 * `2024年上半年前`. Not after 截至/到/至 (`截至2022年底前`, `到2025年前`: a report, or a goal's
 * horizon, which targets/ reads), not inside a longer number, and not 前后 (about then), 前期,
 * 前列 or 前三季度 (no deadline).
 */
const DUE = /(?<![0-9０-９截止至到])((?:[1１][9９]|[2２][0０])[0-9０-９]{2})\s*年(?:\s*[0-9０-９]{1,2}\s*月份?)?(?:底|末|年底|中旬|上旬|下旬|上半年|前三季度|第?[一二三四1-4１-４]季度)?之?前(?![后期列沿景提三])/gu;
/** Words that say the clause reports what was done, not what is due. */
const DONE = /已|曾|先后|以来|截至|截止/;
/** Where a clause ends. */
const CLAUSE_STOPS = codeUnitSet("。！？!?，,；;");
/** Inline parts whose text other readers own. */
const OWNED_PARTS: ReadonlySet<string> = new Set(["clause", "deadline", "citation", "annotation", "comment", "docNumber"]);

/**
 * One search of the whole text, then each match placed on its line: most plans date few tasks
 * this way, and a search line by line cost a slice of every item's line on every keystroke. The
 * pattern reads full-width figures (a WPS copy's ２０２４年底前) as they stand: a copy of the text
 * with its figures made half-width was a second plan-sized string per keystroke.
 */
function read(plan: PlanDocument): ProseDeadline[] {
  const found: ProseDeadline[] = [];
  let lines: Array<{ line: LineNode; item: NumberedItem }> | null = null;
  const clauses = new ClauseReader(plan.text);
  for (const match of plan.text.matchAll(DUE)) {
    lines ??= itemLinesOf(plan);
    const at = match.index;
    const until = at + match[0].length;
    const index = partitionPoint(lines.length, (i) => lines![i]!.line.end <= at);
    const entry = lines[index];
    if (entry === undefined || entry.line.start > at) continue;
    const { line, item } = entry;
    const from = line.kind === "item" || line.kind === "list" ? line.marker.end : line.indentEnd;
    if (at < from || until > textEndOf(line, plan.text)) continue;
    if (inlinePartsOf(line).some((part) => OWNED_PARTS.has(part.type) && part.start < until && at < part.end)) continue;
    // A deadline the model read past the grammar (a clause's sentence, a label line) is the item's already.
    if (item.deadlines.some((deadline) => deadline.start < until && at < deadline.end)) continue;
    if (clauses.reports(from, at, until)) continue;
    found.push({ start: at, end: until, value: plan.text.slice(at, until), item });
  }
  return found;
}

/** Every line of the plan's items (the item's line and its paragraphs), in document order. */
function itemLinesOf(plan: PlanDocument): Array<{ line: LineNode; item: NumberedItem }> {
  const lines: Array<{ line: LineNode; item: NumberedItem }> = [];
  for (const item of plan.allItems) {
    lines.push({ line: item.line, item });
    for (const line of item.bodyLines) lines.push({ line, item });
  }
  return lines.sort((a, b) => a.line.start - b.line.start);
}

/**
 * Whether the clause a date at [at, until) stands in reports (DONE), from the last stop before it
 * (not before `from`, its line's text) to the next after it. The dates come in text order and the
 * last clause is kept: a clause of eight thousand dates joined by 、 is read once, not once per date
 * (which was quadratic: ten seconds).
 */
class ClauseReader {
  private from = -1;
  private start = -1;
  private end = -1;
  private done = false;

  constructor(private readonly text: string) {}

  reports(from: number, at: number, until: number): boolean {
    if (from !== this.from || at < this.start || until > this.end) {
      const text = this.text;
      let start = at;
      while (start > from && !CLAUSE_STOPS.has(text.charCodeAt(start - 1))) start--;
      let end = until;
      while (end < text.length && !CLAUSE_STOPS.has(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x0a) end++;
      this.from = from;
      this.start = start;
      this.end = end;
      this.done = DONE.test(text.slice(start, end));
    }
    return this.done;
  }
}
