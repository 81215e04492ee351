import { expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { isCollectiveName } from "../../server/src/core/units/names";

it("reads two groups joined by 和, 及 or 以及 as a group, and a department's own 和 as no group", () => {
  expect(["市直有关部门和各县（市、区）", "各县（市、区）人民政府及市直有关单位", "市有关部门以及各乡镇人民政府"].map(isCollectiveName)).toEqual([true, true, true]);
  expect(["市住房和城乡建设局", "市商务局和各县（市、区）", "市人力资源和社会保障局"].map(isCollectiveName)).toEqual([false, false, false]);
});

it("reports no unknown unit for two groups a clause joins with 和", () => {
  const text = "示例市质量提升行动方案\n一、主要任务\n1.推进品牌建设。开展品牌培育。（市商务局牵头，市直有关部门和各县（市、区）配合）\n2.加强标准化。开展标准制定。〔责任单位：市市场监管局、市直有关部门和各县（市、区）人民政府〕\n";
  expect(analyze(text).findings.filter((finding) => finding.rule === "units/unknown")).toEqual([]);
});
