import { toChineseNumeral } from "../../model/numerals.js";
import { titleKey } from "../../references/numbers.js";
import type { PlanDocument, Span } from "../../model/types.js";
import type { ParentDocument, ParentEntry, ResolvedParent } from "../../parents/types.js";
import { type CitedNumber, citedEntriesOf } from "../../xref/citedNumbers.js";
import { itemCitedNumbers, planCitedNumbers } from "../../xref/itemCitations.js";
import { annotationParent, referencedEntry } from "../../xref/annotations.js";
import { COVERAGE_THRESHOLD } from "../../xref/coverage.js";
import { planSubjectOf, rankItem, telling, type MappingCandidate } from "../../xref/mapping.js";
import { itemTextWithin, type ItemText } from "../../xref/tasks.js";
import { citingCells } from "../../xref/tableCitations.js";
import { tableRowText } from "../../xref/tableRowTasks.js";
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
 * `〔对应纲要：（二十一）〕` on a 工程质量 task, or 落实《纲要》第（二十一）条 in its words (read as an
 * annotation, xref/itemCitations.ts): a number that exists (xref/unknown-section is silent)
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
    description: "〔对应纲要：…〕所标注或正文写明落实的上位文件条目与任务内容无关，任务明显对应另一条",
    fixable: false,
    // It ranks each annotated item against every item of the parent (the mapping): it waits
    // for a pause in typing, like anything that reads a parent document's text.
    speed: "slow",
    docs: {
      rationale:
        "对应标注 `〔对应纲要：（七）〕` 决定覆盖情况把任务算在上位文件的哪一条下。编号存在、却指向任务根本没有涉及的条目（如在工程质量任务上标注（二十一）争创国内国际知名品牌）时，覆盖情况会把这一条算作已覆盖，而真正落实的那一条算作未覆盖。\n\n只在证据充分时报告：任务的文字（标题、正文及其下各项，不含责任单位和注释）中找不到所标注条目的任何一个有区分度的词（该条的标题、关键词和正文中的词，“加强”“推进”“工作”“建设”这类公文通用词及“质量”这类大多数条目都有的词不算），而且任务与另一条相近，相近到覆盖情况按文字推断时会把任务算在那一条下（相似度 0.2 以上，且该条不在本任务的标注中；任务文字很短的也一样）。标注的是部分（如 `七`）时，任务与该部分各条都没有共同的词才报告。报告说明任务更接近哪一条，并给出改为该条的建议（需起草人确认，不自动修复）。任务的标题与另一条的标题一字不差、且是与任务最相近的一条，而所对应的条目的标题不见于任务文字时，即使任务与所对应的条目有个别共同的词（相邻条目常共用“服务”这样的词），也报告。\n\n任务正文中写明落实的上位文件条目（`落实《纲要》第（十七）条`、`按照《质量强国建设纲要》第十八条要求`、`纲要第17条`、`第（十七）、（十八）条`、`第（十七）至（十九）条`、`对照纲要第七部分`，以及以层级称呼的本地上位文件之后的编号）与对应标注同样核对；其他文件的条款（`《中华人民共和国标准化法》第十条`）不是上位文件的条目。分工表中以上位文件名称为表头的一列（`《纲要》条目`、`对应纲要条款`）逐行写明的编号，按该行的重点任务、具体措施核对，与写在任务文字中的编号相同。改为另一条的建议只改编号的数字（`第（十七）条` 改为 `第（十八）条`），写法不变。与哪一条相近，和覆盖情况（`plancheck coverage`）的推断是同一个算法：方案自身的主题词（如计量发展规划中每项任务都有的“计量”、建设工程质量提升方案的“工程”）降低权重，不把任务拉向以该词命名的条目；任务与另一条共有的有区分度的词只有方案的主题词时，不算与那一条相近，不报告。相似度按字词计算，不理解语义：起草人有意为之的对应，可用 `// plancheck-disable-next-line xref/unrelated-section` 关闭。",
      incorrect:
        "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升工程质量水平。强化工程质量责任追溯追究，严格落实工程质量终身责任制，推行工程质量保险。〔对应纲要：（二十一）〕\n",
      correct:
        "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.提升工程质量水平。强化工程质量责任追溯追究，严格落实工程质量终身责任制，推行工程质量保险。〔对应纲要：（十三）〕\n",
    },
  },
  check(context) {
    const { plan, parents } = context;
    // A number cited in a task's words (落实《纲要》第（十七）条) ties it to an item as an
    // annotation does (xref/itemCitations.ts), and is read the same way.
    const citing = citingParents(plan, parents);
    // knownParents is read only for an annotation (reading it parses the built-in outline).
    if (plan.annotations.length === 0 && citing.length === 0) return;
    const ambiguous = readForSeveral(plan, citing);
    for (const item of plan.allItems) {
      const byParent = new Map<ParentDocument, Reference[]>();
      const add = (parent: ParentDocument, reference: Reference) => {
        let list = byParent.get(parent);
        if (!list) byParent.set(parent, (list = []));
        list.push(reference);
      };
      for (const annotation of item.annotations) {
        const parent = annotationParent(annotation, parents, context.knownParents);
        if (!parent) continue;
        for (const reference of annotation.references) {
          const target = referencedEntry(parent, reference);
          if (!target) continue;
          const entries = target.level === 1 ? parent.items.filter((e) => e.section === target) : [target];
          add(parent, { start: reference.start, end: reference.end, target, entries, rewrite: (best) => [{ start: reference.start, end: reference.end, newText: best.label }] });
        }
      }
      for (const parent of citing) {
        for (const cited of itemCitedNumbers(plan, parent, item, "item")) {
          const reference = citedReference(plan, parent, cited, ambiguous);
          if (reference !== null) add(parent, reference);
        }
      }
      for (const [parent, references] of byParent) checkWords(context, itemTextWithin(context.plan, item), parent, references);
    }
    for (const parent of citing) checkTableRows(context, parent, ambiguous);
  },
};

/**
 * The rows of a 分工表 whose column cites the parent's items (xref/tableCitations.ts), each
 * checked as a task: its 重点任务 and 具体措施 cells against the number its citing cell writes.
 */
function checkTableRows(context: Parameters<Rule["check"]>[0], parent: ParentDocument, ambiguous: ReadonlySet<number>): void {
  const { plan } = context;
  const cells = citingCells(plan, parent);
  if (cells.length === 0) return;
  const all = planCitedNumbers(plan, parent);
  // Both in text order: one cursor over the numbers serves every cell.
  let next = 0;
  for (const cell of cells) {
    while (next < all.length && all[next]!.start < cell.start) next++;
    const references: Reference[] = [];
    for (let i = next; i < all.length && all[i]!.end <= cell.end; i++) {
      const reference = citedReference(plan, parent, all[i]!, ambiguous);
      if (reference !== null) references.push(reference);
    }
    const words = references.length > 0 ? tableRowText(plan.text, cell.row) : null;
    if (words !== null) checkWords(context, words, parent, references);
  }
}

/**
 * A number cited in the plan's words as the rule checks it, or null: one the parent lacks, or one
 * whose quoted title is another item's, is xref/unknown-section's; a bare 纲要 read for two
 * parents names neither surely.
 */
function citedReference(plan: PlanDocument, parent: ParentDocument, cited: CitedNumber, ambiguous: ReadonlySet<number>): Reference | null {
  if (cited.numbered === null || (cited.titled !== null && cited.titled.entry !== cited.numbered) || ambiguous.has(cited.start)) return null;
  return { start: cited.start, end: cited.end, target: cited.numbered, entries: citedEntriesOf(parent, cited), rewrite: (best) => citedRewrite(plan.text, cited, best) };
}

/** The plan's parents whose numbers its text cites (most plans: none). */
function citingParents(plan: PlanDocument, parents: readonly ResolvedParent[]): ParentDocument[] {
  return [...new Set(parents.map((entry) => entry.parent))].filter((parent) => planCitedNumbers(plan, parent).length > 0);
}

/** Where a number is read for more than one parent (纲要第（五）条 of a plan with two 纲要 parents). */
function readForSeveral(plan: PlanDocument, parents: readonly ParentDocument[]): Set<number> {
  const seen = new Set<number>();
  const several = new Set<number>();
  for (const parent of parents) for (const cited of planCitedNumbers(plan, parent)) (seen.has(cited.start) ? several : seen).add(cited.start);
  return several;
}

/**
 * The edit that makes a cited number name the item the task matches: the numeral alone, written
 * as the drafter wrote it (二十一, 21), 第, the brackets and 条 kept; a part's number (第七部分)
 * becomes the part that holds the item. None where a range's end would pass the other end.
 */
function citedRewrite(text: string, cited: CitedNumber, best: ParentEntry): Array<{ start: number; end: number; newText: string }> | null {
  const entry = cited.part ? best.section : best;
  if (!entry || (cited.rangeFrom !== null && entry.value <= cited.rangeFrom)) return null;
  const arabic = text.charCodeAt(cited.numeralStart) < 0x80;
  return [{ start: cited.numeralStart, end: cited.numeralEnd, newText: arabic ? String(entry.value) : toChineseNumeral(entry.value) }];
}

/**
 * A reference of the item's — an annotation's number, or a number its words cite — the entry it
 * names, the items that entry stands for (a part: each of its items; a range's end: the items
 * from the other end), and the edit that makes it name another item (null: none is certain).
 */
interface Reference extends Span {
  target: ParentEntry;
  entries: ParentEntry[];
  rewrite: (best: ParentEntry) => Array<{ start: number; end: number; newText: string }> | null;
}

/** A task's words (an item's, or a table row's) against the numbers it cites. */
function checkWords(context: Parameters<Rule["check"]>[0], words: ItemText, parent: ParentDocument, references: readonly Reference[]): void {
  const { heading, body } = words;
  // Ranked as coverage ranks the task (the plan's own subject weighed down, the item its heading
  // names first): the item this rule points to is the one coverage would count.
  const best = rankItem(context.plan, parent, words)[0];
  if (!best || best.score < CLEAR_MATCH) return;
  // The task matches one of its own annotations or citations best: the others may be what it also takes up.
  if (references.some((r) => r.entries.includes(best.entry))) return;
  const text = `${heading}\n${body}`;
  // Every task of a plan of one subject writes it (工程 in a construction plan, （十三）'s title
  // word): a task like its best item by that subject alone is like it as every other task is, and
  // says nothing against the item it cites (推进能源工程质量提升 citing （四）).
  const subject = planSubjectOf(context.plan, parent);
  if (subject.size > 0 && (telling(parent, best.entry, text) ?? []).every((gram) => subject.has(gram))) return;
  // The task's heading is its best match's title word for word: the drafter copied it.
  const headedByBest = titleKey(heading) === titleKey(best.entry.title);
  for (const reference of references) {
    const { target, entries } = reference;
    // Nothing can be said of a part without items or of an item no task is matched against.
    const told = entries.map((entry) => telling(parent, entry, text));
    if (told.length === 0 || told.some((words) => words === null)) continue;
    const unrelated = told.every((words) => words!.length === 0);
    // Items next to each other share words (（十七）促进生活服务品质升级 and （十八）提升公共服务质量
    // 效率 have 服务), so a task may have a word of the item it wrongly names; a heading that is
    // another item's title, copied whole, says which item it is as surely as the words do — where
    // the task writes no title of what it names.
    const misnamed = !unrelated && headedByBest && !entries.some((entry) => text.includes(entry.title));
    if (!unrelated && !misnamed) continue;
    const edits = reference.rewrite(best.entry);
    context.report({
      start: reference.start,
      end: reference.end,
      message: unrelated ? messageOf(parent, target, best) : misnamedMessage(parent, target, best),
      ...(edits ? { suggestions: [{ description: `改为“${best.entry.label}”`, edits }] } : {}),
    });
  }
}

/** An entry as the messages name it: 第七部分“……” for a part, （二十一）“……” for an item. */
function entryName(target: ParentEntry): string {
  return target.level === 1 ? `第${target.label}部分“${target.title}”` : `${target.label}“${target.title}”`;
}

function misnamedMessage(parent: ParentDocument, target: ParentEntry, best: MappingCandidate): string {
  return `本任务的标题是《${parent.title}》${best.entry.label}“${best.entry.title}”的标题，而写明对应的是${entryName(target)}：请核对对应关系`;
}

function messageOf(parent: ParentDocument, target: ParentEntry, best: MappingCandidate): string {
  const named = entryName(target);
  return `本任务的文字中没有《${parent.title}》${named}的用词，而与${best.entry.label}“${best.entry.title}”相近（相似度 ${best.score.toFixed(2)}）：请核对对应关系`;
}
