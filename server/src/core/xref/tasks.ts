import type { NumberedItem, PlanDocument, Span } from "../model/types.js";
import { isGoalsTitle } from "../targets/plan.js";
import { partitionPoint } from "../text/sorted.js";

/**
 * Titles of the parts of a plan (or a parent) that frame the tasks rather than being tasks: the
 * general requirements with guiding thought and goals, and the closing safeguards.
 */
const GENERAL_REQUIREMENTS = /总体要求|指导思想|基本原则|主要目标|工作目标|发展目标|总体目标/;
const SAFEGUARDS = /保障措施|组织保障|组织实施|实施保障|保障机制/;

/** A part of the 总体要求 kind: its items are not tasks a plan implements. */
export function isGeneralRequirements(title: string): boolean {
  // The goals headings are targets/plan.ts's, one definition: 行动目标 and 主要指标 as well.
  return GENERAL_REQUIREMENTS.test(title) || isGoalsTitle(title);
}

/** A part of the 保障措施 kind: counted as tasks of a plan, but not as outline tasks to cover. */
export function isSafeguards(title: string): boolean {
  return SAFEGUARDS.test(title);
}

/**
 * A plan's task items: the numbered items with no numbered item under them, outside the
 * 总体要求 part (Ganzhou's 1.–21. and its 保障措施 （一）–（三）; Nanjing's （一）… where tasks
 * are level 2). `——` entries are text of their item, not tasks; nor is a 专栏 box's list
 * (model/boxes.ts: its projects or figures).
 */
export function taskItems(plan: PlanDocument): NumberedItem[] {
  return plan.allItems.filter((item) => {
    if (item.kind !== "item" || item.box !== null || item.children.some((c) => c.kind === "item")) return false;
    for (let at: NumberedItem | null = item; at; at = at.parent) if (isGeneralRequirements(at.heading.text)) return false;
    return true;
  });
}

export interface ItemText {
  heading: string;
  body: string;
}

/**
 * The words of an item a reader would match against the parent: heading and body, without its
 * responsibility clauses and annotations (unit names and numbers say nothing about the subject)
 * and without the drafters' trailing comments (`// 待住建局确认`), which are not plan text.
 */
export function itemText(plan: PlanDocument, item: NumberedItem): ItemText {
  const end = item.bodyLines.length > 0 ? item.bodyLines[item.bodyLines.length - 1]!.contentEnd : item.line.contentEnd;
  const cut: Span[] = [...item.clauses, ...item.annotations, ...item.deadlines];
  const { comments } = plan;
  for (let i = partitionPoint(comments.length, (k) => comments[k]!.start < item.line.start); i < comments.length && comments[i]!.start < end; i++) cut.push(comments[i]!);
  cut.sort((a, b) => a.start - b.start);
  const slice = (start: number, end: number) => {
    let out = "";
    let at = start;
    for (const span of cut) {
      if (span.end <= at || span.start >= end) continue;
      out += plan.text.slice(at, Math.max(at, span.start));
      at = Math.max(at, span.end);
    }
    return out + plan.text.slice(at, end);
  };
  const body = [slice(item.line.bodyStart, item.line.contentEnd), ...item.bodyLines.map((l) => slice(l.indentEnd, l.contentEnd))].join("\n");
  return { heading: item.heading.text, body };
}

/**
 * An item's words with those of every item under it (its `——` entries, a chapter's tasks): what
 * an annotation on the item speaks for.
 */
export function itemTextWithin(plan: PlanDocument, item: NumberedItem): { heading: string; body: string } {
  const { heading, body } = itemText(plan, item);
  const parts = [body];
  const visit = (at: NumberedItem) => {
    for (const child of at.children) {
      const text = itemText(plan, child);
      parts.push(text.heading, text.body);
      visit(child);
    }
  };
  visit(item);
  return { heading, body: parts.join("\n") };
}
