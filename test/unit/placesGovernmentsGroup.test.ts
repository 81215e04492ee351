import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { placesGovernmentsGroup } from "../../server/src/core/units/groupReach";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { unitTaskList } from "../../server/src/core/units/unitTasks";

/**
 * A group of places' governments written with and without its organ's word (各街道 / 各街道办事处,
 * 各县（市、区） / 各县（市、区）人民政府) is one group: a drafter writes both in one plan, and the
 * 街道办事处 reading its task list must find the tasks of both.
 */
describe("one group of places' governments, however its organ is written", () => {
  it("keys the forms with and without the organ's word alike, and no other group with them", () => {
    const sameGroup = (a: string, b: string) => {
      expect(placesGovernmentsGroup(a), a).not.toBeNull();
      expect(placesGovernmentsGroup(a), `${a} / ${b}`).toBe(placesGovernmentsGroup(b));
    };
    sameGroup("各街道办事处", "各街道");
    sameGroup("各乡镇人民政府", "各乡镇");
    sameGroup("各县（市、区）人民政府", "各县（市、区）");
    sameGroup("各县（市、区）政府", "各县（市、区）");
    // The same kinds listed in another way: in a bracket or not, in another order.
    sameGroup("各乡（镇）人民政府", "各乡镇人民政府");
    sameGroup("各县市区政府", "各县（市、区）人民政府");
    expect(placesGovernmentsGroup("各镇人民政府")).not.toBe(placesGovernmentsGroup("各乡镇人民政府"));
    expect(placesGovernmentsGroup("各县（市、区）人民政府")).not.toBe(placesGovernmentsGroup("各区人民政府"));
    // Those concerned are not all; the committee and the government are more than the government.
    sameGroup("有关街道办事处", "有关街道");
    expect(placesGovernmentsGroup("有关街道办事处")).not.toBe(placesGovernmentsGroup("各街道办事处"));
    expect(placesGovernmentsGroup("各县（市、区）党委和人民政府")).toBeNull();
    // Not a group of places: a level's departments, a department of every place, a body.
    expect(placesGovernmentsGroup("区直各部门")).toBeNull();
    expect(placesGovernmentsGroup("各区住建局")).toBeNull();
    expect(placesGovernmentsGroup("区市场监管局")).toBeNull();
  });

  it("counts the tasks of both forms under one group in the report and in the group's task list", () => {
    const text = [
      "某区深化质量强区建设实施方案",
      "一、主要任务",
      "（一）提升产品质量",
      "1.开展质量提升行动。〔责任单位：区市场监管局、各街道〕",
      "2.推进标准化建设。〔责任单位：区市场监管局、各街道办事处〕",
      "3.加强计量服务。〔责任单位：各街道办事处、各镇、有关街道办事处〕",
      "",
    ].join("\n");
    const plan = analyze(text).plan;
    const registry = registryFor(undefined, undefined);
    const report = unitReport(plan, registry);
    const groups = report.groups.map((group) => [group.unit, group.writings.slice().sort(), group.tasks.length]);
    expect(groups).toContainEqual(["各街道", ["各街道", "各街道办事处"], 3]);
    expect(groups).toContainEqual(["有关街道办事处", ["有关街道办事处"], 1]);
    for (const asked of ["各街道办事处", "各街道"]) expect(unitTaskList(plan, report, registry, asked).tasks.map((task) => task.path.join(""))).toEqual(["一、（一）1.", "一、（一）2.", "一、（一）3."]);
  });
});
