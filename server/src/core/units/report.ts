import type { NumberedItem, PlanDocument, ResponsibilityClause, Span, UnitRole } from "../model/types.js";
import { attachmentName } from "../model/attachments.js";
import { documentLevel, registryOfPlan } from "./documentLevel.js";
import { addTaskRoles, leadConvention, pathOf, taskTitle, unitMatrixRows, unitTaskRoles, type UnitMatrixRow } from "./matrix.js";
import { bracketedParts, isCollectiveName, isPlaceholderName, leadingLevelWord, normalizeUnitName, withoutBracketedPlace } from "./names.js";
import { type UnitIdentity, unitIdentities } from "./identity.js";
import type { ResolvedUnit, UnitRegistry } from "./registry.js";
import { needsClause } from "./requiredLevels.js";
import { clausesOfTask } from "./sharedClause.js";
import { attachmentRestatements, tableRowTasks } from "./tableTasks.js";
import { assigningClauses } from "./tableRowClauses.js";
import { blankRowLabel } from "./blankRows.js";
import { coveredByAllInClause } from "./sharedSuffix.js";
import { placesGovernmentsGroup } from "./groupReach.js";
import { unitNamesMeantInClause } from "./namesMeant.js";
import { mayBeTwoPlates, runTogetherParts } from "./split.js";
import { isBranchName, preferredWriting, type Writing } from "./writings.js";
import { successorOf } from "./retired.js";
import { entriesInUse, successorsInUse } from "./entriesInUse.js";
import { listedUnderFirstName, secondNameKeys } from "./secondNames.js";
import { planYearOf } from "../targets/plan.js";
import { isOwnSystemName, issuingDepartments, ownSystemBureau } from "./divisions.js";

/**
 * The reviewers' report of one plan's division of work (`plancheck units`, the editor's unit
 * matrix): the rows, then per unit which tasks it carries and in what role, the tasks no clause
 * covers, and what a reader must know to read the rows right (no lead stated, a table read …).
 * Pure: the shells format it.
 */
export interface UnitReport {
  rows: UnitMatrixRow[];
  /** Departments, the most tasks first: each unit once, however the plan writes it. */
  units: UnitTally[];
  /** Group terms (各相关部门, 各区（市）县, …成员单位): shown in the rows, never counted as a department. */
  groups: UnitTally[];
  tasksWithoutClause: TaskWithoutClause[];
  notes: ReportNote[];
}

export interface UnitTally {
  /** The unit under the plan's own writing of it: its canonical name where the plan uses it, else its full name, else its most frequent writing. */
  unit: string;
  /** Every writing of the unit in the plan, in the order first written. */
  writings: string[];
  /** The tasks that list the unit, in document order, with what it does there. */
  tasks: TaskRole[];
  leads: number;
  supports: number;
}

export interface TaskRole {
  path: string[];
  heading: string;
  role: UnitRole;
}

export interface TaskWithoutClause {
  path: string[];
  heading: string;
  span: Span;
}

export interface ReportNote {
  message: string;
  /** Where in the plan it is about, if anywhere. */
  span: Span | null;
}

export function unitReport(plan: PlanDocument, given: UnitRegistry): UnitReport {
  // Read as the plan's rules read it (a county-level city's 市发改局: documentLevel.ts registryOfPlan).
  const registry = registryOfPlan(given, plan);
  // A table row that restates a task of the text is merged into the task's row, its units compared as the tallies count them.
  const keyOf = planUnitKeys(plan, registry);
  const rows = unitMatrixRows(plan, (name) => keyOf(name).key, registry);
  const { units, groups } = tallies(plan, registry);
  return { rows, units, groups, tasksWithoutClause: tasksWithoutClause(plan), notes: [...runTogetherNotes(plan, registry), ...notesOf(plan, rows)] };
}

/**
 * The unit a written name stands for in the report: the registry's canonical name (市发改委 and
 * 市发展和改革委员会 are one unit), one body with two names under its outer name
 * (市委组织部（市委人才办） is 市委组织部), and a name that lost its level's word under the
 * name with it the registry knows (人社局 is 市人社局 in a city's plan, 区人社局 in a district's),
 * and a retired name as its one successor (县质监局 is 县市场监管局) — the readings units/alias
 * and units/unknown already give these names.
 */
function unitKeyOf(
  name: string,
  registry: UnitRegistry,
  prefix: string,
  identity: (unit: ResolvedUnit) => UnitIdentity,
  successor: (name: string) => string | null = NO_SUCCESSOR,
): { key: string; canonical: boolean; form: Writing["form"]; branch: boolean } {
  // A place that is not the plan's is part of the unit (identity.ts): 章贡区住建局 and 南康区住建局 are two.
  const resolved = registry.resolve(name);
  if (resolved) return { key: identity(resolved).key, canonical: true, form: resolved.form, branch: isBranchName(name, resolved, registry) };
  // 【县】市场监管局 is the 县市场监管局 a template's brackets were round (units/unknown says so).
  const unbracketed = withoutBracketedPlace(name);
  if (unbracketed !== null && registry.isKnown(unbracketed.name)) return unitKeyOf(unbracketed.name, registry, prefix, identity);
  const parts = bracketedParts(normalizeUnitName(name));
  const outer = parts ? registry.resolve(parts.outer) : null;
  if (outer) return { key: identity(outer).key, canonical: true, form: null, branch: false };
  const prefixed = prefix && leadingLevelWord(name) === null ? registry.resolve(prefix + name) : null;
  if (prefixed) return { key: identity(prefixed).key, canonical: true, form: null, branch: false };
  // 县质监局 in a plan written after the 2018 reform is the 县市场监管局 that took its duties over
  // (units/unknown says so where it is written): one unit, counted once.
  const current = successor(name);
  const succeeded = current !== null ? registry.resolve(current) : null;
  if (succeeded) return { key: identity(succeeded).key, canonical: true, form: null, branch: false };
  // 各街道 and 各街道办事处 are one group, counted once.
  return { key: placesGovernmentsGroup(name) ?? normalizeUnitName(name), canonical: false, form: null, branch: false };
}

/**
 * The unit each written name of a plan stands for (`unitKeyOf`, with the plan's level word),
 * remembered by name: the report's tallies and units/table-mismatch compare units so.
 */
export function planUnitKeys(plan: PlanDocument, given: UnitRegistry): (name: string) => ReturnType<typeof unitKeyOf> {
  const registry = registryOfPlan(given, plan);
  // The word the plan's names start with (市, 省, 区 …); a national plan's names have none to lose.
  const { level, word } = documentLevel(plan);
  const prefix = level === "国家" ? "" : word;
  const keys = new Map<string, ReturnType<typeof unitKeyOf>>();
  const identity = unitIdentities(plan, registry);
  // A retired name means its successor only in a plan written after the reform (a 2016 plan's
  // 质监局 and 工商局 were two bodies), and only where the reform made one body of it everywhere.
  const year = planYearOf(plan);
  // Where the reform made different bodies in different places (经信委 → 工信局 or 经信局), the one
  // the plan names elsewhere is this place's (units/unknown offers it): 省经信委 in the text and
  // 省工业和信息化厅 in the 分工表 are one unit.
  let used: ReadonlySet<string> | undefined;
  const placeOwn = (found: readonly ResolvedUnit[]): readonly ResolvedUnit[] => successorsInUse(found, (used ??= entriesInUse(plan, registry)));
  const successor = (name: string): string | null => {
    const succession = successorOf(name, registry, word, placeOwn);
    if (succession === null || succession.successors.length !== 1 || (year !== null && year < Number(succession.reform))) return null;
    return succession.successors[0]!;
  };
  // In a plan one department issues, a body of its own system named by place (于都县局, 章贡分局) is
  // the body its full name is (于都县市场监管局, 市市场监管局章贡分局): one unit, whichever is written or asked.
  let departments: ReadonlySet<string> | null | undefined;
  const ownSystem = (name: string): string | null => {
    if (!isOwnSystemName(name)) return null;
    departments ??= issuingDepartments(plan, registry);
    return departments === null ? null : ownSystemBureau(name, departments, registry);
  };
  const keyOfName = (name: string): ReturnType<typeof unitKeyOf> => {
    const full = ownSystem(name);
    return full === null ? unitKeyOf(name, registry, prefix, identity, successor) : { ...unitKeyOf(full, registry, prefix, identity, successor), form: null, branch: false };
  };
  // A body the plan writes with its second name (市市场监管局（市知识产权局）) is that body under the
  // second name alone too, written or asked (units/secondNames.ts).
  let secondNames: ReadonlyMap<string, string> | undefined;
  return (name: string) => {
    let found = keys.get(name);
    if (!found) {
      found = keyOfName(name);
      secondNames ??= secondNameKeys(plan, registry, (written) => keyOfName(written).key);
      const body = secondNames.get(found.key);
      if (body !== undefined) found = { key: body, canonical: found.canonical, form: null, branch: found.branch };
      keys.set(name, found);
    }
    return found;
  };
}

const NO_SUCCESSOR = (): null => null;

/**
 * Each unit once, under the plan's writing of it, with its tasks and roles as units/matrix.ts
 * `unitTaskRoles` counts them (the count the editor's hover shows), group terms apart.
 */
function tallies(plan: PlanDocument, registry: UnitRegistry): { units: UnitTally[]; groups: UnitTally[] } {
  const keyOf = planUnitKeys(plan, registry);
  // The writings of each unit as often as the text writes them, as units/alias counts them.
  const writings = new Map<string, Map<string, Writing>>();
  const groupKeys = new Set<string>();
  for (const clause of plan.clauses) {
    for (let at = 0; at < clause.segments.length; at++) {
      const segment = clause.segments[at]!;
      for (let index = 0; index < segment.units.length; index++) {
        if (isPlaceholderName(segment.units[index]!.text)) continue;
        // The names meant: 柯桥区 of 柯桥区、诸暨市、嵊州市人民政府 is 柯桥区人民政府, 市工信局市财政局 two departments.
        for (const text of unitNamesMeantInClause(clause.segments, at, index, registry)) {
          const { key, form, branch } = keyOf(text);
          let used = writings.get(key);
          if (!used) writings.set(key, (used = new Map()));
          const writing = used.get(text);
          if (writing) writing.count++;
          else used.set(text, { count: 1, form, branch });
          // A kind a 各 before it covers (街道办事处 of 各镇人民政府、街道办事处: every 街道办事处) is of the group too.
          if (isCollectiveName(text) || coveredByAllInClause(clause.segments, at, index, registry)) groupKeys.add(key);
        }
      }
    }
  }
  const units: UnitTally[] = [];
  const groups: UnitTally[] = [];
  for (const [key, roles] of unitTaskRoles(plan, (name) => keyOf(name).key, registry)) {
    const used = writings.get(key)!;
    const first = [...used.keys()][0]!;
    const unit = keyOf(first).canonical ? listedUnderFirstName(preferredWriting(key, used).name, used.keys()) : first;
    const { leads, supports } = addTaskRoles({ tasks: 0, leads: 0, supports: 0 }, roles);
    // In document order: a table row that restates a task counts at the task, wherever the row is.
    const tasks = [...roles].sort((a, b) => a[0].start - b[0].start).map(([task, role]): TaskRole => ({ ...taskTitle(plan, task), role }));
    (groupKeys.has(key) ? groups : units).push({ unit, writings: [...used.keys()], tasks, leads, supports });
  }
  const order = (a: UnitTally, b: UnitTally) => b.tasks.length - a.tasks.length || b.leads - a.leads || a.unit.localeCompare(b.unit, "zh");
  return { units: units.sort(order), groups: groups.sort(order) };
}

/**
 * Tasks that must name their units (units/requiredLevels.ts `needsClause`: not the closing
 * 保障措施 chapter's, as units/missing-clause has it) that no clause assigns (units/sharedClause.ts
 * `clausesOfTask`) or whose clauses name nothing but blanks (units/blank), and none elsewhere
 * for the same task: a row of a responsibility table, or an attachment's item, whose task reads
 * as the task's heading.
 */
function tasksWithoutClause(plan: PlanDocument): TaskWithoutClause[] {
  const elsewhere = new Set<string>();
  for (const clause of assigningClauses(plan)) {
    if (clause.tableRow) elsewhere.add(taskKey(clause.tableRow.task));
    else if (clause.item?.attachment) elsewhere.add(taskKey(clause.item.heading.text));
  }
  const missing: TaskWithoutClause[] = [];
  for (const item of plan.allItems) {
    if (item.attachment || !needsClause(item) || namesAUnit(clausesOfTask(plan, item)) || elsewhere.has(taskKey(item.heading.text))) continue;
    missing.push({ path: pathOf(plan, item), heading: item.heading.text, span: headingSpan(item) });
  }
  return missing;
}

/** Whether clauses name a unit: a clause with its names still blank (〔责任单位：〕, ××: units/blank) names none. */
function namesAUnit(clauses: readonly ResponsibilityClause[]): boolean {
  for (const clause of clauses) for (const unit of clause.units) if (!isPlaceholderName(unit.text)) return true;
  return false;
}

function taskKey(text: string): string {
  return text.replace(/[\s。；;：:，,]+/g, "");
}

function headingSpan(item: NumberedItem): Span {
  return { start: item.marker.start, end: Math.max(item.heading.end, item.marker.end) };
}

/**
 * Names run together with no separator, which the report counts as the names they run together
 * (units/namesMeant.ts): one note per name, where it is first written, as the reader may know
 * them for one body's two plates (units/run-together asks the drafter which).
 */
function runTogetherNotes(plan: PlanDocument, registry: UnitRegistry): ReportNote[] {
  const first = new Map<string, { parts: readonly string[]; span: Span; count: number }>();
  for (const clause of plan.clauses) {
    for (const unit of clause.units) {
      const seen = first.get(unit.text);
      if (seen) seen.count++;
      else {
        const parts = runTogetherParts(unit.text, registry);
        if (parts) first.set(unit.text, { parts, span: { start: unit.start, end: unit.end }, count: 1 });
      }
    }
  }
  return [...first].map(([name, { parts, span, count }]) => ({
    message: `“${name}”${count > 1 ? `（${count} 处）` : ""}连写在一起，按 ${parts.length} 个单位（${parts.join("、")}）分别计入各单位的任务${mayBeTwoPlates(parts, registry) ? `；若是同一机构的两块牌子，请写作“${parts[0]}（${parts[1]}）”` : ""}`,
    span,
  }));
}

/** What the rows alone would not tell a reader, in Chinese. */
function notesOf(plan: PlanDocument, rows: readonly UnitMatrixRow[]): ReportNote[] {
  const notes: ReportNote[] = [];
  const restated = tableRowTasks(plan);
  for (const table of plan.tables) {
    const where = table.attachment ? `${attachmentName(table.attachment)}${table.attachment.title ? `“${table.attachment.title.text}”` : ""}` : "正文中的分工表";
    notes.push({ message: `责任分工读自${where}（列：${table.columns.join("、")}），共 ${table.rows} 行`, span: { start: table.start, end: table.end } });
    const same = restated.filter((pair) => pair.row.tableRow!.table === table).length;
    if (same > 0) notes.push({ message: `${where}中有 ${same} 行与正文的任务对应（按任务名称、任务内容和序号），与正文的同一任务合为一行（列出两处的全部单位），按单位汇总时只计一次`, span: { start: table.start, end: table.end } });
    // Said, so that a reviewer checks the reading against the table (model/mergedUnitRows.ts).
    if (table.merged.length > 0) notes.push({ message: `${where}有 ${table.merged.length} 行的单位单元格是与上方单元格合并的（复制后只在首行写出），按上方最近写明单位的一行计入`, span: { start: table.merged[0]!.start, end: table.merged[0]!.end } });
    if (table.unread.length > 0) {
      notes.push({ message: `${where}有 ${table.unread.length} 行的单元格与表头对不上（合并或拆分的单元格），未能读取，请对照原表核对`, span: table.unread[0]! });
    }
    // A row nobody is given: listed where it is, as it reaches no unit's tally (units/blank reports it).
    for (const row of table.blank) {
      notes.push({ message: `未填单位：${where}${blankRowLabel(row)}的单位单元格都是空的，未计入任何单位`, span: row });
    }
  }
  for (const attachment of plan.attachments) {
    let same = 0;
    for (const item of attachmentRestatements(plan).keys()) if (item.attachment === attachment) same++;
    if (same > 0) {
      const where = `${attachmentName(attachment)}${attachment.title ? `“${attachment.title.text}”` : ""}`;
      notes.push({ message: `${where}中有 ${same} 项任务与正文的任务文字相同，与正文的同一任务合为一行（列出两处的全部单位），按单位汇总时只计一次`, span: { start: attachment.start, end: attachment.end } });
    }
  }
  if (rows.length === 0) {
    notes.push({
      message:
        plan.tables.length > 0
          ? "未找到责任分工：任务分工表中没有能读取的行"
          : "未找到责任分工：本文没有“〔责任单位：……〕”“（……按职责分工负责）”等写明责任单位的文字，也没有能读取的任务分工表",
      span: null,
    });
    return notes;
  }
  const convention = leadConvention(plan);
  if (convention) {
    notes.push({ message: `本文写明“${plan.text.slice(convention.start, convention.end)}”：未逐项注明牵头的任务，以所列第一个单位为牵头单位（标“按排序”）`, span: convention });
  } else if (!rows.some((row) => row.leadBasis !== null)) {
    notes.push({ message: "本文未注明牵头单位：各项任务只列责任单位，报告不按排列顺序推定牵头单位", span: null });
  }
  return notes;
}
