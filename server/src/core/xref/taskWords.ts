import type { NumberedItem, PlanDocument } from "../model/types.js";
import type { ParentDocument, ParentEntry } from "../parents/types.js";
import { partitionPoint } from "../text/sorted.js";
import { telling } from "./mapping.js";
import { citingCells } from "./tableCitations.js";
import { tableRowText } from "./tableRowTasks.js";
import { itemTextWithin, type ItemText } from "./tasks.js";

/**
 * The words of the task a reference to a parent's item is written in, as xref/unrelated-section
 * reads them against the item it names: a 分工表 row's task and measure cells where a citing cell
 * holds the reference (the cell itself no word of them), else the item whose own lines hold it,
 * with the items under it. `holdsReference`: whether the words hold the reference's own text (an
 * item's, where 落实《纲要》第（二十）条“……” stands), so that a title written there is the task's words.
 */
export interface TaskWords {
  words: ItemText;
  holdsReference: boolean;
}

export function taskWordsAt(plan: PlanDocument, parent: ParentDocument, at: number): TaskWords | null {
  if (plan.tables.length > 0) {
    const cell = citingCells(plan, parent).find((candidate) => candidate.start <= at && at < candidate.end);
    if (cell !== undefined) {
      const words = tableRowText(plan.text, cell.row);
      return words === null ? null : { words, holdsReference: false };
    }
  }
  const item = itemHolding(plan.allItems, at);
  return item === null ? null : { words: itemTextWithin(plan, item), holdsReference: true };
}

/** The item whose own lines (its line and paragraphs, not its children's) hold `at`; items are in document order. */
function itemHolding(items: readonly NumberedItem[], at: number): NumberedItem | null {
  const index = partitionPoint(items.length, (k) => items[k]!.line.start <= at) - 1;
  const item = items[index];
  if (item === undefined) return null;
  const last = item.bodyLines[item.bodyLines.length - 1];
  return at < (last ?? item.line).contentEnd ? item : null;
}

/**
 * Whether a task whose cited number is kept and the title beside it rewritten as `entry`'s would
 * read as taking the entry up: its words hold a word of the entry that tells items apart
 * (xref/mapping.ts telling), the entry's title counted where the rewrite writes it among them; or
 * nothing can be said of the entry. Where not, xref/unrelated-section would report the rewritten
 * text: a fix's result draws no finding of its sibling rule.
 */
export function takesUpRetitled(parent: ParentDocument, entry: ParentEntry, task: TaskWords | null): boolean {
  if (task === null) return true;
  const { heading, body } = task.words;
  const told = telling(parent, entry, `${heading}\n${body}${task.holdsReference ? `\n${entry.title}` : ""}`);
  return told === null || told.length > 0;
}
