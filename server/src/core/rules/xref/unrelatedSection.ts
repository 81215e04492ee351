import type { NumberedItem } from "../../model/types.js";
import type { ParentDocument, ParentEntry } from "../../parents/types.js";
import type { AnnotationReferenceNode } from "../../syntax/cst.js";
import { annotationParent, referencedEntry } from "../../xref/annotations.js";
import { COVERAGE_THRESHOLD } from "../../xref/coverage.js";
import { rankEntries, telling, type MappingCandidate } from "../../xref/mapping.js";
import { itemTextWithin } from "../../xref/tasks.js";
import type { Rule } from "../types.js";

/**
 * The score at which the item the task's words match best is the one it implements: the score
 * at which coverage counts a task for an item it infers (0.2). The annotation stands in for that
 * inference; a task with none of the annotated item's words whose inference would have counted
 * for another item is evidence enough, however short the task (加强品牌建设 annotated 强化工程质量
 * 保障): a stricter score let a short task's wrong annotation through, since a short text
 * matches nothing strongly.
 */
const CLEAR_MATCH = COVERAGE_THRESHOLD;

/**
 * `〔对应纲要：（二十一）〕` on a 工程质量 task: a number that exists (xref/unknown-section is silent)
 * but names an item the task does not take up, so coverage counts the wrong item. Only reported
 * on strong evidence, since a drafter's choice may rest on what the words do not show: the task
 * has not one word of the annotated item that tells items apart (its title, keywords or text,
 * the genre's words aside — see `telling`), and it clearly matches another item, which the
 * annotation does not name. The correction is a suggestion, never applied in bulk.
 */
export const unrelatedSection: Rule = {
  meta: {
    id: "xref/unrelated-section",
    family: "xref",
    severity: "warning",
    description: "〔对应纲要：…〕所标注的条目与任务内容无关，任务明显对应另一条",
    fixable: false,
    // It ranks each annotated item against every item of the parent (the mapping): it waits
    // for a pause in typing, like anything that reads a parent document's text.
    speed: "slow",
    docs: {
      rationale:
        "对应标注 `〔对应纲要：（七）〕` 决定覆盖情况把任务算在上位文件的哪一条下。编号存在、却指向任务根本没有涉及的条目（如在工程质量任务上标注（二十一）争创国内国际知名品牌）时，覆盖情况会把这一条算作已覆盖，而真正落实的那一条算作未覆盖。\n\n只在证据充分时报告：任务的文字（标题、正文及其下各项，不含责任单位和注释）中找不到所标注条目的任何一个有区分度的词（该条的标题、关键词和正文中的词，“加强”“推进”“工作”“建设”这类公文通用词及“质量”这类大多数条目都有的词不算），而且任务与另一条相近，相近到覆盖情况按文字推断时会把任务算在那一条下（相似度 0.2 以上，且该条不在本任务的标注中；任务文字很短的也一样）。标注的是部分（如 `七`）时，任务与该部分各条都没有共同的词才报告。报告说明任务更接近哪一条，并给出改为该条的建议（需起草人确认，不自动修复）。相似度按字词计算，不理解语义：起草人有意为之的对应，可用 `// plancheck-disable-next-line xref/unrelated-section` 关闭。",
      incorrect:
        "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升工程质量水平。强化工程质量责任追溯追究，严格落实工程质量终身责任制，推行工程质量保险。〔对应纲要：（二十一）〕\n",
      correct:
        "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升工程质量水平。强化工程质量责任追溯追究，严格落实工程质量终身责任制，推行工程质量保险。〔对应纲要：（十三）〕\n",
    },
  },
  check(context) {
    const { plan, parents } = context;
    // knownParents is read only for an annotation (reading it parses the built-in outline).
    if (plan.annotations.length === 0) return;
    for (const item of plan.allItems) {
      if (item.annotations.length === 0) continue;
      const byParent = new Map<ParentDocument, Reference[]>();
      for (const annotation of item.annotations) {
        const parent = annotationParent(annotation, parents, context.knownParents);
        if (!parent) continue;
        for (const reference of annotation.references) {
          const target = referencedEntry(parent, reference);
          if (!target) continue;
          const entries = target.level === 1 ? parent.items.filter((e) => e.section === target) : [target];
          let list = byParent.get(parent);
          if (!list) byParent.set(parent, (list = []));
          list.push({ reference, target, entries });
        }
      }
      for (const [parent, references] of byParent) checkItem(context, item, parent, references);
    }
  },
};

/** A reference of the item's annotations, the entry it names and the items that entry stands for (a part: each of its items). */
interface Reference {
  reference: AnnotationReferenceNode;
  target: ParentEntry;
  entries: ParentEntry[];
}

function checkItem(context: Parameters<Rule["check"]>[0], item: NumberedItem, parent: ParentDocument, references: readonly Reference[]): void {
  const { heading, body } = itemTextWithin(context.plan, item);
  const best = rankEntries(parent, heading, body, 1)[0];
  if (!best || best.score < CLEAR_MATCH) return;
  // The task matches one of its own annotations best: the others may be what it also takes up.
  if (references.some((r) => r.entries.includes(best.entry))) return;
  const text = `${heading}\n${body}`;
  for (const { reference, target, entries } of references) {
    // Nothing can be said of a part without items or of an item no task is matched against.
    const unrelated = entries.length > 0 && entries.every((entry) => telling(parent, entry, text)?.length === 0);
    if (!unrelated) continue;
    context.report({
      start: reference.start,
      end: reference.end,
      message: messageOf(parent, target, best),
      suggestions: [{ description: `改为“${best.entry.label}”`, edits: [{ start: reference.start, end: reference.end, newText: best.entry.label }] }],
    });
  }
}

function messageOf(parent: ParentDocument, target: ParentEntry, best: MappingCandidate): string {
  const named = target.level === 1 ? `第${target.label}部分“${target.title}”` : `${target.label}“${target.title}”`;
  return `本任务的文字中没有《${parent.title}》${named}的用词，而与${best.entry.label}“${best.entry.title}”相近（相似度 ${best.score.toFixed(2)}）：请核对对应关系`;
}
