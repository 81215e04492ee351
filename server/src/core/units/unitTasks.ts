import type { PlanDocument } from "../model/types.js";
import { documentLevel, registryOfPlan } from "./documentLevel.js";
import { bodyKind, branchBodyKind, type GroupReach, groupReach } from "./groupReach.js";
import { issuingDepartments, ownSystemBureau } from "./divisions.js";
import type { UnitMatrixRow } from "./matrix.js";
import { unitIdentities } from "./identity.js";
import { bracketedParts, leadingLevelWord, normalizeUnitName } from "./names.js";
import type { ResolvedUnit, UnitRegistry } from "./registry.js";
import { planUnitKeys, type TaskRole, type UnitReport, type UnitTally } from "./report.js";

/**
 * One department's task list (`plancheck units --unit 市科技局`): what a department asks of a
 * plan first — which tasks are its own, in what role, and with whom. The department is named as
 * its staff write it; any writing the plan's registry reads as the same body finds it
 * (市科技局, 市科学技术局; 科技局 in a city's plan), as the report's per-unit summary counts it.
 * A task given to a group term the body belongs to (各镇人民政府 for 安亭镇, 区直各部门 for a
 * district's department: units/groupReach.ts) is on the list too, marked with the group: the
 * report lists those groups apart, and a town whose name the plan never writes had no task.
 */
export interface UnitTaskList {
  /** The name as the reader gave it. */
  asked: string;
  /** The unit's name in the plan: its tally's, else the registry's for a body only a group term reaches, else as asked. */
  unit: string;
  /** The unit's summary in the report; null when the plan names it in no task. */
  tally: UnitTally | null;
  /** The tasks the plan names it in, and those of the group terms it belongs to, in document order. */
  tasks: UnitTask[];
}

/** How a task reaches the unit: the plan names it, or a group term it belongs to (GroupReach). */
export type TaskReach = "named" | GroupReach;

export interface UnitTask extends TaskRole {
  /** The other units of the task's clauses, as written (not the group term it is reached through). */
  partners: string[];
  reach: TaskReach;
  /** The group term the task is given to, where the plan does not name the unit itself (reach is not `named`). */
  via: string | null;
  /** When the task is due, as written (its rows' `deadline`: the last a row states), or null. */
  deadline: string | null;
}

export function unitTaskList(plan: PlanDocument, report: UnitReport, given: UnitRegistry, asked: string): UnitTaskList {
  const sameUnit = sameUnitAs(plan, given, asked);
  const tally = report.units.find((candidate) => [candidate.unit, ...candidate.writings].some(sameUnit)) ?? report.groups.find((group) => group.writings.some(sameUnit)) ?? groupOfKind(report, asked, sameUnit);
  const rowsByPath = new Map<string, { first: number; rows: UnitMatrixRow[] }>();
  report.rows.forEach((row, index) => {
    const key = pathKey(row.path);
    const found = rowsByPath.get(key);
    if (found) found.rows.push(row);
    else rowsByPath.set(key, { first: index, rows: [row] });
  });
  const own = new Set(tally?.writings ?? []);
  const partnersOf = (task: TaskRole, via: UnitTally | null) => {
    const partners = new Set<string>();
    for (const row of rowsByPath.get(pathKey(task.path))?.rows ?? []) for (const unit of row.units) if (!own.has(unit) && !sameUnit(unit) && !(via !== null && writesGroup(via, unit))) partners.add(unit);
    return [...partners];
  };
  // A reviewer's task list says by when: the task's deadline, whichever of its rows (text, 分工表) states it.
  const deadlineOf = (task: TaskRole): string | null => {
    let deadline: string | null = null;
    for (const row of rowsByPath.get(pathKey(task.path))?.rows ?? []) deadline = row.deadline ?? deadline;
    return deadline;
  };
  const tasks: UnitTask[] = (tally?.tasks ?? []).map((task) => ({ ...task, partners: partnersOf(task, null), reach: "named", via: null, deadline: deadlineOf(task) }));
  const named = new Set(tasks.map((task) => pathKey(task.path)));
  const reached = new Map<string, UnitTask>();
  for (const { group, reach } of groupsReaching(plan, report, given, asked, tally)) {
    for (const task of group.tasks) {
      const key = pathKey(task.path);
      const before = reached.get(key);
      // Named in the task, the unit is not reached through a group; of two groups, the one that names its kind.
      if (named.has(key) || (before !== undefined && !(before.reach === "concerned" && reach === "member"))) continue;
      reached.set(key, { ...task, partners: partnersOf(task, group), reach, via: group.unit, deadline: deadlineOf(task) });
    }
  }
  const order = (task: UnitTask) => rowsByPath.get(pathKey(task.path))?.first ?? Number.MAX_SAFE_INTEGER;
  const all = [...tasks, ...reached.values()].map((task, index) => ({ task, index })).sort((a, b) => order(a.task) - order(b.task) || a.index - b.index).map(({ task }) => task);
  const unit = tally?.unit ?? (all.length > 0 ? canonicalOf(plan, given, asked) : asked);
  return { asked, unit, tally, tasks: all };
}

/**
 * What the asked unit does in a row of the report, and with whom, given its task list: the rows
 * that name it, and those of a task it is reached in through a group term (of the task's rows,
 * those that write the group); null for any other row (the rows `--unit` and the editor's task
 * list keep).
 */
export function roleInRow(plan: PlanDocument, given: UnitRegistry, list: UnitTaskList, report: Pick<UnitReport, "rows" | "groups">): (row: UnitMatrixRow) => RowRole | null {
  const sameUnit = sameUnitAs(plan, given, list.asked);
  const reached = new Map<string, { task: UnitTask; group: UnitTally | undefined }>();
  for (const task of list.tasks) if (task.via !== null) reached.set(pathKey(task.path), { task, group: report.groups.find((group) => group.unit === task.via) });
  // The rows of each task reached through a group that write the group: a task's own row of its departments is not the town's.
  const writing = new Set<UnitMatrixRow>();
  const paths = new Set<string>();
  for (const row of report.rows) {
    const found = reached.get(pathKey(row.path));
    if (found?.group !== undefined && row.units.some((unit) => writesGroup(found.group!, unit))) {
      writing.add(row);
      paths.add(pathKey(row.path));
    }
  }
  return (row) => {
    if (row.units.some(sameUnit)) {
      const role = row.leads.some(sameUnit) ? "lead" : row.supporting.some(sameUnit) ? "support" : "responsible";
      return { role, partners: row.units.filter((unit) => !sameUnit(unit)), reach: "named", via: null };
    }
    const key = pathKey(row.path);
    const found = reached.get(key);
    if (found === undefined || (paths.has(key) && !writing.has(row))) return null;
    const { task, group } = found;
    return { role: task.role, partners: row.units.filter((unit) => group === undefined || !writesGroup(group, unit)), reach: task.reach, via: task.via };
  };
}

/**
 * The tasks each department of the report's summary gets through the group terms it belongs to
 * (its task list's tasks with a `via`), and its part in each row: what the summary (按单位汇总)
 * adds beside the tasks the plan names it in, as `--unit` and the editor's task list show them.
 * Only the departments some group reaches, in the summary's order.
 */
export interface UnitThroughGroups {
  tally: UnitTally;
  /** The tasks reached through group terms, in document order. */
  tasks: UnitTask[];
  /** Every task of the department, named or reached, in document order (its task list's). */
  all: UnitTask[];
  roleOf: (row: UnitMatrixRow) => RowRole | null;
}

export function unitsThroughGroups(plan: PlanDocument, report: UnitReport, given: UnitRegistry): UnitThroughGroups[] {
  if (report.groups.length === 0) return [];
  const found: UnitThroughGroups[] = [];
  for (const tally of report.units) {
    const list = unitTaskList(plan, report, given, tally.unit);
    if (list.tally !== tally) continue;
    const tasks = list.tasks.filter((task) => task.via !== null);
    if (tasks.length > 0) found.push({ tally, tasks, all: list.tasks, roleOf: roleInRow(plan, given, list, report) });
  }
  return found;
}

/** The asked unit's part in one row (roleInRow). */
export interface RowRole {
  role: TaskRole["role"];
  partners: string[];
  reach: TaskReach;
  via: string | null;
}

/** The group terms the asked unit belongs to, with how each reaches it (units/groupReach.ts); none for a group asked, or a unit the registry does not know. */
function groupsReaching(plan: PlanDocument, report: UnitReport, given: UnitRegistry, asked: string, tally: UnitTally | null): Array<{ group: UnitTally; reach: GroupReach }> {
  if (tally !== null && report.groups.includes(tally)) return [];
  const name = tally?.unit ?? asked;
  const resolved = resolvedInPlan(plan, given, name) ?? ownBureauResolved(plan, given, name);
  // A place the plan's own is no place of another (章贡区住建局 in 章贡区's plan is its 区住建局: units/identity.ts).
  const body = resolved === null ? null : (branchBodyKind(resolved, registryOfPlan(given, plan)) ?? bodyKind(resolved, resolved.place !== null && unitIdentities(plan, registryOfPlan(given, plan))(resolved).key !== resolved.canonical));
  if (body === null) return [];
  const found: Array<{ group: UnitTally; reach: GroupReach }> = [];
  for (const group of report.groups) {
    const reach = groupReach(group.unit, body, registryOfPlan(given, plan));
    if (reach !== null) found.push({ group, reach });
  }
  return found;
}

/** A county bureau of the issuer's own system named by its place (于都县局), resolved as its full name (units/divisions.ts). */
function ownBureauResolved(plan: PlanDocument, given: UnitRegistry, name: string): ResolvedUnit | null {
  const registry = registryOfPlan(given, plan);
  const departments = issuingDepartments(plan, registry);
  const full = departments === null ? null : ownSystemBureau(name, departments, registry);
  return full === null ? null : resolvedInPlan(plan, given, full);
}

/**
 * The group term that names every body of the kind asked (开发区管委会 of 各开发区管委会, written so or
 * as `各县（市、区）人民政府，开发区管委会`, which the report keys as the group: units/namesMeant.ts):
 * a kind asked with no place is no one body but all of them, and a plan that gives its tasks to
 * all of them has given them to the kind. Null where the name asked is itself a group's.
 */
function groupOfKind(report: UnitReport, asked: string, sameUnit: (name: string) => boolean): UnitTally | null {
  if (ALL_OF.test(asked.trim())) return null;
  return report.groups.find((group) => group.writings.some((writing) => ALL_OF.test(writing) && sameUnit(writing.replace(ALL_OF, "")))) ?? null;
}

/** What a group term opens with to say all, or those concerned (各, 有关, 相关). */
const ALL_OF = /^(?:各|有关|相关)+/;

/** Whether a row's written name is the group's: one of its writings, or the kind a 各 before it covers (街道办事处 of 各镇人民政府、街道办事处 is 各街道办事处). */
function writesGroup(group: UnitTally, written: string): boolean {
  return group.writings.some((writing) => writing === written || (writing.endsWith(written) && ALL_OF.test(writing)));
}

function pathKey(path: readonly string[]): string {
  return path.join("\u0000");
}

/** A test of a written name: is it the asked unit, as the report keys both (units/report.ts `planUnitKeys`)? */
function sameUnitAs(plan: PlanDocument, given: UnitRegistry, asked: string): (name: string) => boolean {
  const keyOf = planUnitKeys(plan, given);
  const askedKey = keyOf(governmentOfPlace(plan, given, asked.trim())).key;
  return (name) => keyOf(name).key === askedKey;
}

/** A bare place: a county's, a district's or a city's name (武侯区, 兴国县), as a department asks for its government. */
const BARE_PLACE = /^[\u4e00-\u9fff]{1,6}[区县市旗]$/;

/**
 * The name a county's liaison means by the bare name of the place (武侯区 is 武侯区人民政府, as a
 * town's bare name is its government in the registry: ××镇): the name as asked where the registry
 * knows it, or the place's government is unknown too.
 */
function governmentOfPlace(plan: PlanDocument, given: UnitRegistry, asked: string): string {
  if (!BARE_PLACE.test(asked)) return asked;
  const registry = registryOfPlan(given, plan);
  return registry.resolve(asked) === null && registry.resolve(asked + "人民政府") !== null ? asked + "人民政府" : asked;
}

/** The asked unit under the registry's name (安亭镇 is 安亭镇人民政府; 财政局 区财政局 in a district's plan), as the report would list it. */
function canonicalOf(plan: PlanDocument, given: UnitRegistry, asked: string): string {
  return resolvedInPlan(plan, given, asked)?.canonical ?? asked;
}

/** The registry's unit of a name, read with the plan's level word where it has none (财政局 is 区财政局 in a district's plan, as the report keys it). */
function resolvedInPlan(plan: PlanDocument, given: UnitRegistry, name: string): ResolvedUnit | null {
  const registry = registryOfPlan(given, plan);
  const written = normalizeUnitName(governmentOfPlace(plan, given, name.trim()));
  const { level, word } = documentLevel(plan);
  const found = registry.resolve(written) ?? (level !== "国家" && leadingLevelWord(written) === null ? registry.resolve(word + written) : null);
  // One body's two names (市委组织部（市委人才办）) is the body its outer name is, as the report keys it.
  const parts = found === null ? bracketedParts(written) : null;
  return parts === null ? found : resolvedInPlan(plan, given, parts.outer);
}
