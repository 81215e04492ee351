import type { NumberedItem, PlanDocument } from "../../model/types.js";
import { coverageItems, itemText } from "../../xref/tasks.js";
import type { Rule } from "../types.js";
import { uncertainBreaks } from "../../model/wrappedMarkers.js";

/**
 * A task that is only its heading and its units: `（二）强化资金保障。（责任单位：市财政局）`, with
 * no words after the heading, no paragraph under it, no sub-item, no `——` entry and no 专栏
 * box — a task whose content was lost on paste or never written. Not where a PDF's measure may
 * have begun a line with its marker inside the task above (model/wrappedMarkers.ts `uncertainBreaks`). The seeds write a heading
 * alone only over what follows it (a heading over 1. 2. 3., over its paragraph on the next
 * lines), and a terse plan or an attachment's 分工 list writes every task as its heading and its
 * units: so a task is reported only where the items beside it (its numbered siblings) mostly
 * write their content after their heading or under it, its heading is no longer than theirs (a
 * one-sentence item, `（四）各县（市、区）要……制定实施方案。`, is all content), and never in an
 * attachment, which restates the plan's tasks by their headings. A heading with no clause may
 * be one whose items or text a copy moved: left to the rules that read those. The 总体要求 part
 * is no task (xref/tasks.ts); the 保障措施 and 实施步骤 items are read as tasks are. No fix: the
 * content is the drafter's to write, or the item to delete.
 */
export const emptyTask: Rule = {
  meta: {
    id: "structure/empty-task",
    family: "structure",
    severity: "warning",
    description: "任务只有标题和责任单位，没有具体内容",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "任务应写明要做的工作。只有标题（如“（二）强化资金保障。”）和责任单位、标题后和下面都没有内容的任务，多半是复制时丢了正文，或起草时留待补充后忘了写。",
        "",
        "只在同一层级的其他条目大多在标题后或标题下写有内容、且本项的标题不比它们长时报告：标题下面有段落、子项（1. 2. 3.、（1）（2）、“——”条目）或专栏的，不算没有内容；整句话就是一项的（如“（四）各县（市、区）要结合实际制定具体实施方案。”）不是只有标题；整份方案（或同一层级）的任务都只写标题和责任单位的，是方案的写法，不报告；附件中按标题逐项列出正文任务及其分工的，也不报告。没有责任单位的标题可能是下文被移开的标题，不在检查之列；“总体要求”部分的条目不是任务，同样不查。",
        "",
        "补写内容还是删除此项，由起草者决定，因此本规则不提供自动修复。",
      ].join("\n"),
      incorrect:
        "三、保障措施\n（一）强化组织领导。市质量强市工作领导小组统筹推进各项任务落实。（责任单位：市市场监管局）\n（二）强化资金保障。（责任单位：市财政局）\n（三）强化考核激励。将质量工作纳入年度绩效考核。（责任单位：市委组织部）\n",
      correct:
        "三、保障措施\n（一）强化组织领导。市质量强市工作领导小组统筹推进各项任务落实。（责任单位：市市场监管局）\n（二）强化资金保障。市财政局统筹安排质量发展专项资金。（责任单位：市财政局）\n（三）强化考核激励。将质量工作纳入年度绩效考核。（责任单位：市委组织部）\n",
    },
  },
  check({ plan, report }) {
    const items = coverageItems(plan).all;
    // Each run of siblings is read once, for the first empty task found in it.
    const runs = new Map<readonly NumberedItem[], number>();
    for (const item of items) {
      // A clause says the task is done being written: a heading alone may be one whose items or text a copy moved.
      if (item.clauses.length === 0 || item.attachment !== null || item.box !== null || !isEmpty(plan, item)) continue;
      // A PDF's line the measure may have begun with the marker: its words the task above's.
      if (uncertainBreaks(plan).has(item.line)) continue;
      const siblings = siblingsOf(plan, item);
      let longest = runs.get(siblings);
      if (longest === undefined) runs.set(siblings, (longest = longestWrittenHeading(plan, siblings)));
      // A heading no longer than the run's: a heading, not a one-sentence item (（三）本方案由市市场监管局负责解释。).
      if ([...item.heading.text].length > longest) continue;
      report({
        start: item.marker.start,
        end: Math.max(item.heading.end, item.marker.end),
        message: `任务“${item.marker.text}${item.heading.text}”只有标题和责任单位，没有具体内容：应写明要做的工作，或删除此项`,
      });
    }
  },
};

/** The numbered items beside `item`: its parent's children, else its part's or the plan's top level. */
function siblingsOf(plan: PlanDocument, item: NumberedItem): readonly NumberedItem[] {
  return item.parent ? item.parent.children : item.part ? item.part.items : plan.items;
}

/**
 * Whether an item says nothing after its heading (clauses, annotations, deadlines and comments
 * aside), gives no figure in it (`5.新增省级质量标杆企业10家。` is a task's whole content), and has
 * nothing under it.
 */
function isEmpty(plan: PlanDocument, item: NumberedItem): boolean {
  if (item.kind !== "item" || item.children.length > 0 || item.bodyLines.length > 0 || item.boxes.length > 0 || item.targets.length > 0 || item.heading.text === "") return false;
  return !FIGURE.test(item.heading.text) && !WORD.test(itemText(plan, item).body);
}

/** A digit, in either width. */
const FIGURE = /[0-9０-９]/;

/**
 * How long the headings of a run's items that write their content (after the heading or in a
 * paragraph under it) are: the longest, in characters; -1 where fewer of its items write content
 * than say nothing, so a run of headings only is the plan's way and reports none.
 */
function longestWrittenHeading(plan: PlanDocument, siblings: readonly NumberedItem[]): number {
  let longest = -1;
  let written = 0;
  let empty = 0;
  for (const sibling of siblings) {
    if (sibling.kind !== "item") continue;
    if (isEmpty(plan, sibling)) {
      empty++;
      continue;
    }
    // Sub-items alone make a heading over tasks: a run of those says nothing of how tasks are written.
    if (sibling.bodyLines.length === 0 && !WORD.test(itemText(plan, sibling).body)) continue;
    written++;
    longest = Math.max(longest, [...sibling.heading.text].length);
  }
  return written >= empty ? longest : -1;
}

/** A character of a word: a Han character, a letter or a digit (marks and spaces are none). */
const WORD = /[\p{L}\p{N}]/u;
