import { PlanMemo } from "../model/planMemo.js";
import { isBackgroundHeading } from "../model/backgroundHeadings.js";
import { wrappedLineSet } from "../model/hardWrap.js";
import type { Attachment, NumberedItem, PlanDocument, Span } from "../model/types.js";
import type { LineNode } from "../syntax/cst.js";
import { isGoalsTitle } from "../targets/plan.js";
import { partitionPoint } from "../text/sorted.js";
import { closesItsSubItems } from "../units/sharedClause.js";

/**
 * Titles of the parts of a plan (or a parent) that frame the tasks rather than being tasks: the
 * general requirements with guiding thought and goals, and the closing safeguards.
 */
const GENERAL_REQUIREMENTS = /总体要求|指导思想|基本原则|主要目标|工作目标|发展目标|总体目标/;
/**
 * A department's own plan often closes with 工作要求 (压实工作责任, 强化督导考核, 加强经费保障) where a
 * government's writes 保障措施: the same chapter. As a chapter only (isCarryingOut); under 总体要求 it
 * is that part's, framing too.
 */
const SAFEGUARDS = /保障措施|组织保障|组织实施|实施保障|保障机制|^工作要求$/;

/**
 * A title as its words read: a PDF or a web page letter-spaces a chapter's heading (保 障 措 施,
 * 总　体　要　求), which names the same chapter.
 */
export function unspacedTitle(title: string): string {
  return title.includes(" ") || title.includes("\u3000") ? title.replace(/[ \u3000]+/g, "") : title;
}

/** A part of the 总体要求 kind: its items are not tasks a plan implements. */
export function isGeneralRequirements(title: string): boolean {
  const words = unspacedTitle(title);
  // The goals headings are targets/plan.ts's, one definition: 行动目标 and 主要指标 as well.
  return GENERAL_REQUIREMENTS.test(words) || isGoalsTitle(words);
}

/** A part of the 保障措施 kind: counted as tasks of a plan, but not as outline tasks to cover. */
export function isSafeguards(title: string): boolean {
  return SAFEGUARDS.test(unspacedTitle(title));
}

/**
 * Titles of a plan's timetable: its phases (启动实施阶段, 全面推进阶段, 总结评估阶段) say when the
 * tasks are done, not what is done.
 */
const STEPS = /实施步骤|工作步骤|推进步骤|方法步骤|步骤安排|进度安排|时间安排|实施进度|阶段安排|时间节点/;

/** A part of the 实施步骤 kind: its phases are not tasks. */
export function isImplementationSteps(title: string): boolean {
  return STEPS.test(unspacedTitle(title));
}

/**
 * Titles of a part that holds the division of work as a table (三、重点任务分工表, 附件 任务分工一览表,
 * 责任清单): its rows restate the tasks of the text with their departments
 * (units/tableTasks.ts), so the part is no task itself, and neither coverage nor the unit report
 * should list it as one without a match or without departments.
 */
const DIVISION_TABLE = /分工(?:一览)?表|(?:任务|责任)(?:分工)?清单$/;

/**
 * Titles of an attachment that sets criteria (××服务站建设标准, 评价标准, 考核评分细则, 评价指标体系):
 * its numbered lines say what a station, a firm or a county must have or score, not work the plan
 * does; coverage credits no outline item with them and lists none as a task of the plan's own.
 */
const CRITERIA = /(?:建设|评价|评定|认定|验收|考核|评分|服务|管理)(?:标准|规范|细则|指标体系)$/;

/** An attachment of criteria (CRITERIA), no list of tasks. */
function isCriteria(attachment: Attachment): boolean {
  return attachment.title !== null && CRITERIA.test(attachment.title.text);
}

/**
 * A chapter of four characters that frames the work rather than doing it, as a department's 专项整治,
 * 创建 or 活动 plan opens: what it aims at (整治目标, 创建目标, 提升目标), whom or what it reaches
 * (帮扶对象, 整治范围, 适用范围), its theme and its dates (活动主题, 活动时间). Such chapters are
 * short paragraphs with nothing numbered under them; read as tasks they outvoted the one chapter
 * that holds the tasks (三、整治内容 over （一）…（五）), which coverage then read as a single task.
 * Chapters only: a task may well be titled 明确目标 or 扩大范围 under a heading.
 */
const FRAMING_CHAPTER = /^[\u4e00-\u9fff]{2}(?:目标|范围|对象|主题|时间)$/;

/** A chapter of the kind FRAMING_CHAPTER reads: no task, and no heading over tasks. */
function isFramingChapter(title: string): boolean {
  return FRAMING_CHAPTER.test(unspacedTitle(title));
}

/**
 * A chapter on who leads the work (三、组织领导, 二、组织机构: the 领导小组 and its office) carries the
 * plan out as a 保障措施 chapter does; a task titled 加强组织领导 under one is the safeguards' own.
 */
const ORGANISATION_CHAPTER = /^组织(?:领导|机构|架构)$/;

function isOrganisationChapter(title: string): boolean {
  return ORGANISATION_CHAPTER.test(unspacedTitle(title));
}

/** A 规划's opening part or chapter on where things stand (model/backgroundHeadings.ts): no task. */
const isBackground = isBackgroundHeading;

/** A part of the 分工表 kind: the tasks again, as a table. */
function isDivisionTable(title: string): boolean {
  return DIVISION_TABLE.test(title);
}

/**
 * Whether an item is in a part on carrying the plan out — the closing 保障措施 chapter or part (only the
 * chapter, the outermost item, or the part (第三章) it is under: a task titled 健全质量安全保障机制 inside 主要任务 is a task) or a
 * 实施步骤 part at any level. Neither's items are tasks; the safeguards may take up the parent's
 * own safeguards (coverage shows them there), never a task of it.
 */
export function isCarryingOut(item: NumberedItem): boolean {
  let chapter = item;
  for (let at: NumberedItem | null = item; at; at = at.parent) {
    if (isImplementationSteps(at.heading.text)) return true;
    chapter = at;
  }
  // In a plan divided into parts the closing part is the chapter (第三章　保障措施 over 一、加强组织领导),
  // as coverageItems reads it.
  const part = chapter.part;
  if (part !== null && (isSafeguards(part.title) || isImplementationSteps(part.title))) return true;
  return isSafeguards(chapter.heading.text) || isOrganisationChapter(chapter.heading.text);
}

/** The items coverage reads: the plan's tasks and the items of its carrying-out parts, in document order. */
export interface CoverageItems {
  tasks: NumberedItem[];
  /** Both, in document order: what the mapping ranks (xref/mapping.ts). */
  all: NumberedItem[];
}

const coverageItemsOf = new PlanMemo<CoverageItems>();

/**
 * A plan's tasks: in each run of numbered siblings, the items of a run of tasks, or, in a run of
 * headings that group tasks, the tasks below them. A run is of tasks when most of its items have
 * no numbered item under them (Ganzhou's 1.–21., Nanjing's （一）…, a chapter's 1. 2. 3.); its
 * items are tasks then, those with `（1）（2）（3）` under them too — the sub-items are the task's
 * parts, which coverage credits together with it (`itemTextWithin`), not tasks of their own;
 * so is an item whose clause closes its sub-items (a run where every task has sub-items). At
 * an even split the run is of tasks when every item with items under it says more than its
 * heading (a task states its work; a heading that groups tasks names a subject). In a run of
 * headings, one with nothing under it is a task all the same. Never tasks: a chapter that frames
 * the work (`isFramingChapter`: 整治目标, 帮扶对象, 活动时间), `——` entries (text
 * of their item), a 专栏 box's list (model/boxes.ts: not in any item's children), the 总体要求
 * part, a part holding the 分工表 (`isDivisionTable`), an attachment of criteria (`isCriteria`), and the carrying-out parts (`isCarryingOut`), whose items coverage reads apart.
 */
export function taskItems(plan: PlanDocument): NumberedItem[] {
  return coverageItems(plan).tasks;
}

/** The plan's tasks, and with them, in document order, the items of its carrying-out parts at the level of their tasks (see taskItems). */
export function coverageItems(plan: PlanDocument): CoverageItems {
  let found = coverageItemsOf.get(plan);
  if (found) return found;
  found = { tasks: [], all: [] };
  const result = found;
  // What each item of a run is, read once from its heading and its parent's (isCarryingOut,
  // the 总体要求 part): a walk up from every item, twice, was most of the time on a large plan.
  const visit = (siblings: readonly NumberedItem[], parentCarryingOut: boolean, chapters: boolean) => {
    const roles = siblings.map((item): Role => {
      // A chapter on where things stand (一、发展基础) reports, as a part of background does: no task.
      if (item.kind !== "item" || isGeneralRequirements(item.heading.text) || isDivisionTable(item.heading.text) || (chapters && (isBackground(item.heading.text) || isFramingChapter(item.heading.text)))) return "none";
      const text = item.heading.text;
      return parentCarryingOut || isImplementationSteps(text) || (chapters && (isSafeguards(text) || isOrganisationChapter(text))) ? "carryingOut" : "task";
    });
    // The tasks and the carrying-out parts vote apart: a 保障措施 chapter with nothing under it
    // does not make the chapters beside it tasks.
    const tasksRun = isTasksRun(plan, siblings, roles, "task");
    const carryingOutRun = isTasksRun(plan, siblings, roles, "carryingOut");
    siblings.forEach((item, i) => {
      const role = roles[i]!;
      if (role === "none") return;
      if ((role === "carryingOut" ? carryingOutRun : tasksRun) || !hasNumberedChildren(item)) {
        if (role === "task") result.tasks.push(item);
        result.all.push(item);
      } else visit(item.children, role === "carryingOut", false);
    });
  };
  if (plan.parts.length === 0) visit(plan.items, false, true);
  else {
    // A plan divided into parts (第一章 …) says in each part's title what its chapters are: a
    // part of background, of 总体要求 or of the 分工表 holds no task; a 保障措施 or 实施步骤 part
    // holds the carrying out; the others hold chapters as a plan without parts does.
    visit(plan.items.filter((item) => item.part === null), false, true);
    for (const part of plan.parts) {
      if (isGeneralRequirements(part.title) || isDivisionTable(part.title) || isBackground(part.title)) continue;
      visit(part.items, isSafeguards(part.title) || isImplementationSteps(part.title), true);
    }
  }
  for (const attachment of plan.attachments) if (!isCriteria(attachment)) visit(attachment.items, false, true);
  coverageItemsOf.set(plan, found);
  return found;
}

/** What an item of a run is to coverage: a task (or a heading over tasks), an item of the carrying-out parts, or neither (a `——` entry, the 总体要求 part). */
type Role = "task" | "carryingOut" | "none";

/**
 * Whether a run's numbered items of one role are tasks: most have nothing numbered under them,
 * or name their units after their sub-items as a task does (units/sharedClause.ts
 * `closesItsSubItems`: every task 1.… with （1）（2） and its clause after them) — see taskItems.
 */
function isTasksRun(plan: PlanDocument, siblings: readonly NumberedItem[], roles: readonly Role[], role: Role): boolean {
  let numbered = 0;
  let leaves = 0;
  let parentsSayMore = true;
  siblings.forEach((item, i) => {
    if (roles[i] !== role) return;
    numbered++;
    if (!hasNumberedChildren(item) || closesItsSubItems(plan, item)) leaves++;
    else if (item.headingOnly) parentsSayMore = false;
  });
  return leaves * 2 > numbered || (numbered > 0 && leaves * 2 === numbered && parentsSayMore);
}

function hasNumberedChildren(item: NumberedItem): boolean {
  return item.children.some((child) => child.kind === "item");
}

export interface ItemText {
  heading: string;
  body: string;
}

/**
 * The words of an item a reader would match against the parent: heading and body, without its
 * responsibility clauses and annotations (unit names and numbers say nothing about the subject)
 * and without the drafters' trailing comments (`// 待住建局确认`), which are not plan text.
 * Its deadlines are cut too, unless asked for: they say when, not what, but a task due in 2024
 * is not the same task as one due in 2025 (structure/duplicate-task keeps them).
 */
export function itemText(plan: PlanDocument, item: NumberedItem, keepDeadlines = false): ItemText {
  const end = item.bodyLines.length > 0 ? item.bodyLines[item.bodyLines.length - 1]!.contentEnd : item.line.contentEnd;
  const cut: Span[] = keepDeadlines ? [...item.clauses, ...item.annotations] : [...item.clauses, ...item.annotations, ...item.deadlines];
  const { comments } = plan;
  for (let i = partitionPoint(comments.length, (k) => comments[k]!.start < item.line.start); i < comments.length && comments[i]!.start < end; i++) cut.push(comments[i]!);
  cut.sort((a, b) => a.start - b.start);
  // The furthest end of the spans up to each: a line's spans start at the first that may reach
  // into it, found by binary search, and end at the first that starts after it (a task whose
  // 31,000 lines each hold a clause read every clause for every line).
  const reach: number[] = [];
  for (const span of cut) reach.push(Math.max(span.end, reach.length > 0 ? reach[reach.length - 1]! : -1));
  const slice = (start: number, end: number) => {
    let out = "";
    let at = start;
    for (let i = partitionPoint(reach.length, (k) => reach[k]! <= start); i < cut.length; i++) {
      const span = cut[i]!;
      if (span.start >= end) break;
      if (span.end <= at) continue;
      out += plan.text.slice(at, Math.max(at, span.start));
      at = Math.max(at, span.end);
    }
    return out + plan.text.slice(at, end);
  };
  // A paragraph a PDF's measure cut (model/hardWrap.ts) is read whole, as structure/hard-wrap's fix
  // joins it: a break between its lines would cut the words the mapping reads (相似度 moved
  // under a copy of the same plan, and a task lost an item it counted for).
  const wrapped = wrappedLineSet(plan);
  let body = slice(item.line.bodyStart, item.line.contentEnd);
  let previous: LineNode = item.line;
  for (const line of item.bodyLines) {
    body += (wrapped.has(previous) && previous.end === line.start ? "" : "\n") + slice(line.indentEnd, line.contentEnd);
    previous = line;
  }
  return { heading: item.heading.text, body };
}

/**
 * An item's words with those of every item under it (its `——` entries, a chapter's tasks): what
 * an annotation on the item speaks for.
 */
export function itemTextWithin(plan: PlanDocument, item: NumberedItem, keepDeadlines = false): { heading: string; body: string } {
  const { heading, body } = itemText(plan, item, keepDeadlines);
  const parts = [body];
  const visit = (at: NumberedItem) => {
    for (const child of at.children) {
      const text = itemText(plan, child, keepDeadlines);
      parts.push(text.heading, text.body);
      visit(child);
    }
  };
  visit(item);
  return { heading, body: parts.join("\n") };
}
