import type { PlanDocument, ResponsibilityClause, TableRow } from "../../model/types.js";
import { leadsOf, pathOf } from "../../units/matrix.js";
import type { UnitRegistry } from "../../units/registry.js";
import { planUnitKeys } from "../../units/report.js";
import { allClausesOfTask } from "../../units/sharedClause.js";
import { rowNumber, tableRowTasks } from "../../units/tableTasks.js";
import { unitNamesMeantInClause, writtenNames } from "../../units/namesMeant.js";
import type { Rule } from "../types.js";

/**
 * A row of the plan's responsibility table (重点任务分工表) that restates a task of its text
 * (units/tableTasks.ts) and names other units than the text does for that task: a unit the row
 * adds or leaves out, or another lead. One of the two is out of date, and only the drafter
 * knows which: no fix. Units are compared as the report counts them (one unit under any of its
 * names: 市卫健委 and 市卫生健康委 agree; a second writing is units/alias's; 县质监局 is the
 * 县市场监管局 that succeeded it, units/unknown's to report).
 */
export const tableMismatch: Rule = {
  meta: {
    id: "units/table-mismatch",
    family: "units",
    severity: "warning",
    description: "任务分工表与正文同一任务的责任单位不一致",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "不少方案在正文每项任务后写明责任单位，又在附件“重点任务分工表”中逐项列出。两处说的是同一项任务（按任务名称或表中引用的任务内容，以及序号对应），责任单位应当一致；不一致多是修改时只改了一处。",
        "本检查逐行比较分工表与正文对应任务的责任单位（正文中任务自己的责任分工，以及一组任务之后“以上任务由……牵头”一类的一句话）：表中多列的、表中未列的单位，以及两处都写明牵头单位而牵头单位不同的。同一单位的不同写法（“市卫健委”与“市卫生健康委”）不算不一致，写法不一由 `units/alias` 报告；一处写了机构改革前的旧称（“县质监局”）而另一处列了其现行名称（“县市场监管局”）的，也按同一单位比较，旧称由 `units/unknown` 报告。哪一处是对的只有起草人知道，因此不提供自动修复。",
        "单位格与上方合并的行（复制后合并格只在首行写出，其下各行少一格或为空）按上方最近写明单位的一行比较，消息中注明取自哪一项。",
        "与正文任务对应不上的行（表中独有的任务）不比较；`plancheck units` 的报表和编辑器的单位矩阵中，对应上的行并入正文同一任务的一行（列出两处的全部单位），按单位汇总时只计一次。",
      ].join("\n\n"),
      incorrect:
        "一、主要任务\n1.深化标准化改革创新。实施标准化行动。〔牵头单位：市市场监管局〕\n\n附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n1\t深化标准化改革创新\t市市场监管局\t市工信局\n",
      correct:
        "一、主要任务\n1.深化标准化改革创新。实施标准化行动。〔牵头单位：市市场监管局；配合单位：市工信局〕\n\n附件\n重点任务分工表\n序号\t重点任务\t牵头单位\t配合单位\n1\t深化标准化改革创新\t市市场监管局\t市工信局\n",
    },
  },
  check({ plan, units, report }) {
    const pairs = tableRowTasks(plan);
    if (pairs.length === 0) return;
    const keyOf = planUnitKeys(plan, units);
    for (const { row, task } of pairs) {
      // All the text says of the task: its own clauses and a group's statement over it (以上任务由…牵头).
      const body = allClausesOfTask(plan, task);
      // A task whose units the table alone gives: nothing in the text to compare with.
      if (body.length === 0) continue;
      const written = namesByUnit([row], keyOf, units);
      const inText = namesByUnit(body, keyOf, units);
      const added = [...written].filter(([key]) => !inText.has(key)).map(([, name]) => name);
      const dropped = [...inText].filter(([key]) => !written.has(key)).map(([, name]) => name);
      const differences: string[] = [];
      if (added.length > 0) differences.push(`表中多列了${quoted(added)}`);
      if (dropped.length > 0) differences.push(`表中未列正文的${quoted(dropped)}`);
      const rowLeads = statedLeads(plan, [row], keyOf, units);
      const textLeads = statedLeads(plan, body, keyOf, units);
      if (rowLeads.size > 0 && textLeads.size > 0 && !sameKeys(rowLeads, textLeads)) {
        differences.push(`牵头单位表中为${quoted([...rowLeads.values()])}，正文为${quoted([...textLeads.values()])}`);
      }
      if (differences.length === 0) continue;
      const tableRow = row.tableRow!;
      report({
        start: row.start,
        end: row.end,
        message: `分工表第${rowNumber(tableRow) ?? tableRow.number.trim()}项“${tableRow.task}”与正文“${pathOf(plan, task).join("")}”的责任单位不一致：${differences.join("；")}${mergedFrom(tableRow)}`,
      });
    }
  },
};

/** Where a row under a merged unit cell takes its units from (model/mergedUnitRows.ts), said after the differences; "" for a row that writes its own. */
function mergedFrom(row: TableRow): string {
  const from = row.unitsFrom;
  return from === null ? "" : `（该行单位格与上方合并，单位取自第${rowNumber(from) ?? from.number.trim()}项）`;
}

type KeyOf = (name: string) => { key: string };

/** Each unit the clauses name, under its first writing there, in the order first named. */
function namesByUnit(clauses: readonly ResponsibilityClause[], keyOf: KeyOf, registry: UnitRegistry): Map<string, string> {
  const names = new Map<string, string>();
  for (const clause of clauses) {
    for (let at = 0; at < clause.segments.length; at++) {
      const segment = clause.segments[at]!;
      for (let index = 0; index < segment.units.length; index++) {
        // As the report counts them: 柯桥区 of 柯桥区、诸暨市、嵊州市人民政府 is 柯桥区人民政府, 市工信局市财政局 two
        // departments (units/run-together says so of the text: the table listing both is no difference).
        const meant = unitNamesMeantInClause(clause.segments, at, index, registry);
        for (const name of meant) {
          const key = keyOf(name).key;
          if (!names.has(key)) names.set(key, meant.length > 1 ? name : segment.units[index]!.text);
        }
      }
    }
  }
  return names;
}

/** The units the clauses themselves say lead (not by a plan's convention of the first-listed; never a group term). */
function statedLeads(plan: PlanDocument, clauses: readonly ResponsibilityClause[], keyOf: KeyOf, registry: UnitRegistry): Map<string, string> {
  const leads = new Map<string, string>();
  for (const clause of clauses) {
    const { leads: names, basis } = leadsOf(plan, clause);
    if (basis !== "clause") continue;
    for (const name of names.flatMap((written) => writtenNames(written, registry))) {
      const key = keyOf(name).key;
      if (!leads.has(key)) leads.set(key, name);
    }
  }
  return leads;
}

function sameKeys(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a.keys()) if (!b.has(key)) return false;
  return true;
}

function quoted(names: readonly string[]): string {
  return `“${names.join("、")}”`;
}
