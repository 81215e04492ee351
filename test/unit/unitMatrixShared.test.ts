import { expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { unitMatrixRows } from "../../server/src/core/units/matrix";

it("the unit matrix gives each task of a group the clause written after the group", () => {
  const plan = buildPlan("一、重点任务\n（一）品牌培育\n1.建立培育库。开展工作。\n2.加强指导服务。开展服务。\n〔责任单位：市市场监管局、市商务局〕\n（二）品牌保护\n1.打击侵权假冒。开展行动。〔责任单位：市公安局〕\n");
  // No clause states a lead, and the plan declares no convention: no row has one.
  expect(unitMatrixRows(plan).map((row) => [row.path.join(""), row.units.join("、"), row.lead])).toEqual([
    ["一、（一）1.", "市市场监管局、市商务局", null],
    ["一、（一）2.", "市市场监管局、市商务局", null],
    ["一、（二）1.", "市公安局", null],
  ]);
});
