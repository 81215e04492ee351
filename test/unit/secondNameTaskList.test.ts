import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { registryFor } from "../../server/src/core/units/registry";
import { planUnitKeys, unitReport } from "../../server/src/core/units/report";
import { unitTaskList } from "../../server/src/core/units/unitTasks";

/**
 * One body with two names (一个机构两块牌子) written as one unit, the second in brackets: the plan
 * says the second name is the body's, so a task list asked by either name, and a clause that
 * writes the second name alone, are the body's (units/secondNames.ts).
 */
const PLAN = `示例市质量强市建设实施方案
一、主要任务
1.加强知识产权保护。完善保护体系。〔责任单位：市市场监管局（市知识产权局）、市公安局〕
2.提升标准水平。实施标准化战略。〔责任单位：市市场监管局、市工信局〕
3.推进专利转化。开展专项行动。〔责任单位：市知识产权局〕
4.加强干部培养。完善人才政策。〔责任单位：市委组织部〔市委人才办〕〕
5.引进高层次人才。开展招引活动。〔责任单位：市委人才办、市人社局〕
6.推进统筹协调。〔责任单位：各县（市、区）人民政府〕
`;

describe("a body written with its second name in brackets", () => {
  const plan = buildPlan(PLAN);
  const registry = registryFor(undefined, undefined);
  const report = unitReport(plan, registry);
  const tasksOf = (asked: string) => unitTaskList(plan, report, registry, asked).tasks.map((task) => task.path.join(""));

  it("has one task list under either name", () => {
    for (const asked of ["市知识产权局", "市市场监管局", "市市场监管局（市知识产权局）"]) expect(tasksOf(asked)).toEqual(["一、1.", "一、2.", "一、3."]);
    // A second name no registry lists is the body's too, in any brackets the plan writes it.
    for (const asked of ["市委人才办", "市委组织部"]) expect(tasksOf(asked)).toEqual(["一、4.", "一、5."]);
  });

  it("is one unit of the report, and its partners stay apart", () => {
    const keyOf = planUnitKeys(plan, registry);
    expect(keyOf("市知识产权局").key).toBe(keyOf("市市场监管局").key);
    expect(keyOf("市公安局").key).not.toBe(keyOf("市市场监管局").key);
    const body = report.units.find((tally) => tally.writings.includes("市知识产权局"))!;
    expect(body.unit).toBe("市市场监管局");
    expect(body.tasks).toHaveLength(3);
    // A group's bracketed parts (各县（市、区）) name no second name of anything.
    expect(keyOf("市、区").key).toBe("市、区");
  });

  it("is two units in a plan that never writes them as one body", () => {
    const apart = buildPlan("一、主要任务\n1.推进专利转化。开展专项行动。〔责任单位：市知识产权局〕\n2.提升标准水平。〔责任单位：市市场监管局〕\n");
    const keyOf = planUnitKeys(apart, registry);
    expect(keyOf("市知识产权局").key).not.toBe(keyOf("市市场监管局").key);
    expect(unitTaskList(apart, unitReport(apart, registry), registry, "市知识产权局").tasks.map((task) => task.heading)).toEqual(["推进专利转化"]);
  });
});
