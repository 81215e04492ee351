import { pathText } from "../../core/outline.js";
import { matrixRowContract, shownPath, type UnitMatrixRow } from "../../core/units/matrix.js";
import type { TaskRole, UnitReport, UnitTally } from "../../core/units/report.js";
import { formatCsv } from "./csv.js";
import { markdownText } from "./markdown.js";
import { jsonText, printableLines } from "./printable.js";
import type { PositionMapper } from "../../core/text/positions.js";
import type { RowRole, UnitTask, UnitTaskList, UnitThroughGroups } from "../../core/units/unitTasks.js";

export interface FileMatrix {
  file: string;
  report: UnitReport;
  mapper: PositionMapper;
  /** `--unit`: each asked unit's task list, in the order asked. */
  taskLists?: UnitTaskList[];
  /** `--unit`: per row of `report.rows`, each asked unit's part in it (null where it has none). */
  rowRoles?: Array<Array<RowRole | null>>;
  /** The summary's departments that group terms reach, with those tasks (units/unitTasks.ts `unitsThroughGroups`). */
  throughGroups?: UnitThroughGroups[];
}

export const UNIT_FORMATS = ["csv", "markdown", "json"] as const;
export type UnitFormat = (typeof UNIT_FORMATS)[number];

const ROLE: Record<TaskRole["role"], string> = { lead: "牵头", support: "配合", responsible: "负责" };

/**
 * `plancheck units --format json` — the Responsibility contract of ../shared/spec/cli-json.md:
 * `rows` as the contract has them (each row gains `leads`, `supporting`, `leadBasis`), and
 * `files`, one entry per plan, with its per-unit summary, the tasks without a clause and the
 * notes (docs/units.md describes the fields).
 */
export function formatUnitsJson(files: readonly FileMatrix[]): string {
  const rows = files.flatMap(({ file, report, mapper }) => report.rows.map((row) => matrixRowContract(row, file, mapper.rangeOf(row.span))));
  const summaries = files.map(({ file, report, mapper, taskLists, throughGroups }) => ({
    file,
    units: report.units.map((tally) => {
      // The tasks of the group terms the department belongs to, counted apart from those that name it.
      const through = throughGroups?.find((unit) => unit.tally === tally)?.tasks ?? [];
      return { ...tallyJson(tally), tasksThroughGroups: through.length, groupTaskList: through };
    }),
    groups: report.groups.map(tallyJson),
    tasksWithoutClause: report.tasksWithoutClause.map((task) => ({ path: task.path, heading: task.heading, range: mapper.rangeOf(task.span) })),
    notes: report.notes.map((note) => ({ message: note.message, range: note.span ? mapper.rangeOf(note.span) : null })),
    ...(taskLists ? { unitTasks: taskLists.map((list) => ({ unit: list.asked, found: list.tasks.length > 0 ? list.unit : null, tasks: list.tasks })) } : {}),
  }));
  return jsonText({ version: 1, rows, files: summaries }) + "\n";
}

function tallyJson(tally: UnitTally) {
  return { unit: tally.unit, writings: tally.writings, tasks: tally.tasks.length, leads: tally.leads, supports: tally.supports, taskList: tally.tasks };
}

const HEADER = ["文件", "条目", "任务", "标签", "责任单位", "牵头单位", "配合单位", "牵头依据", "完成时限"];

const BASIS: Record<Exclude<UnitMatrixRow["leadBasis"], null>, string> = { clause: "写明", convention: "按排序（本文约定）" };

function cells(file: string, row: UnitMatrixRow): string[] {
  return [file, pathText(shownPath(row)), row.heading, row.label, row.units.join("、"), row.leads.join("、"), row.supporting.join("、"), row.leadBasis ? BASIS[row.leadBasis] : "", row.deadline ?? ""];
}

/**
 * With `--unit`, a last column says through which group term (统称) each asked unit reaches a row
 * that does not name it (安亭镇 in 各镇人民政府's row): the group alone for one asked unit, each
 * unit with its group for several.
 */
export function formatUnitsCsv(files: readonly FileMatrix[]): string {
  const asked = files.some((file) => file.rowRoles !== undefined);
  if (asked) return formatCsv([[...HEADER, "经由统称"], ...files.flatMap(({ file, report, taskLists, rowRoles }) => report.rows.map((row, index) => [...cells(file, row), viaCell(taskLists ?? [], rowRoles?.[index] ?? [])]))]);
  // Without --unit, a last column names the summary's departments a row's group terms reach (区财政局：区直各部门), where any does.
  const reached = files.some((file) => (file.throughGroups?.length ?? 0) > 0);
  const header = reached ? [...HEADER, "经由统称的单位"] : HEADER;
  return formatCsv([header, ...files.flatMap(({ file, report, throughGroups }) => report.rows.map((row) => (reached ? [...cells(file, row), reachedCell(throughGroups ?? [], row)] : cells(file, row))))]);
}

/** The departments a row reaches through its group terms, each with its group: 区财政局：区直各部门；区税务局：区有关部门（泛指）. */
function reachedCell(through: readonly UnitThroughGroups[], row: UnitMatrixRow): string {
  return through.flatMap(({ tally, roleOf }) => {
    const role = roleOf(row);
    return role?.via ? [`${tally.unit}：${viaText(role)}`] : [];
  }).join("；");
}

function viaCell(lists: readonly UnitTaskList[], roles: ReadonlyArray<RowRole | null>): string {
  const through = roles.flatMap((role, index) => (role?.via ? [{ unit: lists[index]!.unit, via: viaText(role) }] : []));
  return lists.length === 1 ? through.map(({ via }) => via).join("；") : through.map(({ unit, via }) => `${unit}：${via}`).join("；");
}

/** A group term a unit is reached through, as the reports write it: 各镇人民政府, or “各有关部门（泛指）” for the bodies concerned. */
function viaText(task: Pick<UnitTask, "via" | "reach">): string {
  return task.reach === "concerned" ? `${task.via}（泛指）` : task.via!;
}

/**
 * Per plan: what to know before reading (no lead stated, a table read …), the rows, how many
 * tasks each unit carries and which (each unit once, under the plan's writing of it), the
 * group terms apart, and the tasks without a clause. Plans are never summed together: two
 * cities' 市市场监管局 are two bodies.
 */
export function formatUnitsMarkdown(files: readonly FileMatrix[]): string {
  const out: string[] = ["# 责任单位 × 任务", ""];
  for (const { file, report, throughGroups } of files) {
    out.push(`## ${markdownText(file)}`, "");
    for (const note of report.notes) out.push(`> ${markdownText(note.message)}`, ">");
    if (report.notes.length > 0) out[out.length - 1] = "";
    const roles = report.rows.some((row) => row.leads.length > 0 || row.supporting.length > 0);
    // By when, where the plan says so of any task.
    const deadlines = report.rows.some((row) => row.deadline !== null);
    if (report.rows.length > 0) {
      const rowHeader = ["条目", "任务", "责任单位", ...(roles ? ["牵头单位", "配合单位"] : []), ...(deadlines ? ["完成时限"] : [])];
      out.push(`| ${rowHeader.join(" | ")} |`, `|${rowHeader.map(() => "---|").join("")}`);
      for (const row of report.rows) {
        const lead = row.leads.join("、") + (row.leadBasis === "convention" ? "（按排序）" : "");
        const columns = [pathText(shownPath(row)), row.heading, row.units.join("、"), ...(roles ? [lead, row.supporting.join("、")] : []), ...(deadlines ? [row.deadline ?? ""] : [])];
        out.push(`| ${columns.map((cell) => markdownText(cell)).join(" | ")} |`);
      }
      out.push("");
      out.push(`### 按单位汇总（${report.units.length} 个单位）`, "");
      const through = new Map((throughGroups ?? []).map((unit) => [unit.tally, unit]));
      if (through.size > 0) out.push("> 经由统称：方案把任务交给该单位所属的统称（如“区直各部门”“各镇人民政府”），没有点名该单位，另列，不计入任务数；标“泛指”的统称（各有关部门等）只在任务涉及该单位职责时才是它的任务。", "");
      const header = ["责任单位", "任务数", ...(roles ? ["牵头", "配合"] : []), ...(through.size > 0 ? ["经由统称"] : []), "任务"];
      out.push(`| ${header.join(" | ")} |`, `|${header.map(() => "---|").join("")}`);
      for (const tally of report.units) out.push(`| ${tallyCells(tally, roles, through.size > 0 ? (through.get(tally) ?? null) : undefined).map((cell) => markdownText(cell)).join(" | ")} |`);
      out.push("");
      if (report.groups.length > 0) {
        out.push("### 统称（不计入单位汇总）", "", "| 统称 | 任务数 | 任务 |", "|---|---|---|");
        for (const tally of report.groups) out.push(`| ${tallyCells(tally, false).map((cell) => markdownText(cell)).join(" | ")} |`);
        out.push("");
      }
    }
    if (report.tasksWithoutClause.length > 0) {
      out.push(`### 未写明责任单位的任务（${report.tasksWithoutClause.length} 项）`, "", "| 条目 | 任务 |", "|---|---|");
      for (const task of report.tasksWithoutClause) out.push(`| ${markdownText(compactPath(task.path))} | ${markdownText(task.heading)} |`);
      out.push("");
    }
  }
  return printableLines(out.join("\n").replace(/\n+$/, "") + "\n");
}

/**
 * `plancheck units --unit 市科技局`: per plan, each asked unit's tasks — where, what, its role
 * (where the plan states roles) and the units it shares the task with; a plan that gives the
 * unit no task says so.
 */
export function formatUnitTasksMarkdown(files: readonly FileMatrix[]): string {
  const out: string[] = ["# 单位任务清单", ""];
  for (const { file, taskLists } of files) {
    out.push(`## ${markdownText(file)}`, "");
    for (const list of taskLists ?? []) {
      if (list.tasks.length === 0) {
        out.push(`### ${markdownText(list.asked)}`, "", "本文没有分配给该单位的任务。", "");
        continue;
      }
      const others = list.tally?.writings.filter((writing) => writing !== list.unit) ?? [];
      const leads = list.tasks.filter((task) => task.role === "lead").length;
      const supports = list.tasks.filter((task) => task.role === "support").length;
      const roles = leads + supports > 0;
      const through = list.tasks.filter((task) => task.via !== null).length;
      const parts = [...(roles ? [`牵头 ${leads} 项`, `配合 ${supports} 项`] : []), ...(through > 0 ? [`经由统称 ${through} 项`] : [])];
      const counts = `${list.tasks.length} 项${parts.length > 0 ? `（${parts.join("，")}）` : ""}`;
      out.push(`### ${markdownText(list.unit)}${others.length > 0 ? `（又写作${markdownText(others.join("、"))}）` : ""}：${counts}`, "");
      if (through > 0) out.push("> 经由统称的任务：方案把任务交给该单位所属的统称（如“各镇人民政府”），没有点名该单位；标“泛指”的统称（各有关部门等）只在任务涉及该单位职责时才是它的任务。", "");
      const deadlines = list.tasks.some((task) => task.deadline !== null);
      const header = ["条目", "任务", ...(roles ? ["角色"] : []), ...(through > 0 ? ["经由统称"] : []), "同任务的其他单位", ...(deadlines ? ["完成时限"] : [])];
      out.push(`| ${header.join(" | ")} |`, `|${header.map(() => "---|").join("")}`);
      for (const task of list.tasks) {
        const columns = [compactPath(task.path), task.heading, ...(roles ? [ROLE[task.role]] : []), ...(through > 0 ? [task.via === null ? "" : viaText(task)] : []), task.partners.join("、"), ...(deadlines ? [task.deadline ?? ""] : [])];
        out.push(`| ${columns.map((cell) => markdownText(cell)).join(" | ")} |`);
      }
      out.push("");
    }
  }
  return printableLines(out.join("\n").replace(/\n+$/, "") + "\n");
}

/** `二、（一）1.`: markers end in their own punctuation; a space sets apart what does not (`附件 1`, `附件1 一、1.`). */
function compactPath(path: readonly string[]): string {
  let out = "";
  for (const part of path) out += out === "" || /[、.．）)]$/.test(out) ? part : ` ${part}`;
  return out;
}

/**
 * A unit's row of the summary: its name (and its other writings), counts, and its tasks by path,
 * with its role where the plan states one. The tasks are set apart by `；`, so every marker keeps
 * its own punctuation as the paths hold it (`二、（二）3、`, `一、；二、`): a 3、 is the plan's marker,
 * not a 3 a reader takes for a page or a count.
 */
function tallyCells(tally: UnitTally, roles: boolean, through?: UnitThroughGroups | null): string[] {
  const others = tally.writings.filter((writing) => writing !== tally.unit);
  const name = others.length > 0 ? `${tally.unit}（又写作${others.join("、")}）` : tally.unit;
  const taskCell = (task: TaskRole & Partial<Pick<UnitTask, "via" | "reach">>) => {
    const via = task.via ? [`经由${task.via}`, ...(task.reach === "concerned" ? ["泛指"] : [])] : [];
    const marks = [...(roles && task.role !== "responsible" ? [ROLE[task.role]] : []), ...via];
    return `${compactPath(task.path)}${marks.length > 0 ? `（${marks.join("，")}）` : ""}`;
  };
  // In document order, a task reached through a group among those that name the department.
  const tasks = (through ? through.all : tally.tasks).map(taskCell).join("；");
  const counts = roles ? [String(tally.tasks.length), String(tally.leads), String(tally.supports)] : [String(tally.tasks.length)];
  return [name, ...counts, ...(through === undefined ? [] : [throughCount(through?.tasks ?? [])]), tasks];
}

/** How many tasks a department gets through group terms, those of the bodies concerned (泛指) said apart: 3（其中泛指 1）. */
function throughCount(through: readonly UnitTask[]): string {
  const concerned = through.filter((task) => task.reach === "concerned").length;
  return through.length === 0 ? "" : `${through.length}${concerned > 0 ? `（其中泛指 ${concerned}）` : ""}`;
}
