import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

it("a clause's blanks are no units in the report: its task is one without its units", () => {
  const plan = buildPlan(
    "一、主要任务\n1.加快质量创新发展。开展试点。〔责任单位：××〕\n2.增强产业竞争能力。实施提升行动。〔责任单位：〕\n3.提升工程质量水平。开展提升行动。〔责任单位：市住建局、XX局〕\n4.筑牢绿色发展根基。推进低碳转型。〔责任单位：待定〕\n",
  );
  const report = unitReport(plan, registryFor(undefined, undefined));
  expect(report.units.map((unit) => [unit.unit, unit.tasks.length])).toEqual([["市住建局", 1]]);
  expect(report.tasksWithoutClause.map((task) => task.path.join(""))).toEqual(["一、1.", "一、2.", "一、4."]);
});

it("brackets with nothing in them are a blank to fill, reported by units/blank, never an unknown unit", () => {
  const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市科技局、（ ）〕\n2.乙任务。开展工作。〔责任单位：市科技局、［ ］〕\n3.丙任务。开展工作。〔责任单位：【 】〕\n";
  const findings = analyze(text).findings.filter((finding) => finding.rule.startsWith("units/"));
  expect(findings.map((finding) => [finding.rule, text.slice(finding.start, finding.end)])).toEqual([
    ["units/blank", "（ ）"],
    ["units/blank", "［ ］"],
    ["units/blank", "【 】"],
  ]);
  expect(unitReport(buildPlan(text), registryFor(undefined, undefined)).tasksWithoutClause.map((task) => task.path.join(""))).toEqual(["一、3."]);
});
