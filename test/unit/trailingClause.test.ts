import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { unitMatrixRows } from "../../server/src/core/units/matrix";

/**
 * A task's clause written as its last sentence, without brackets (`……开展质量攻关。责任单位：县工信局、
 * 县科技局。`; a 分工表 restated as a list: `1.变电设备质量攻关。牵头单位：县工信局；配合单位：县科技局。`):
 * the task's own clause, so a clause on a line of its own after the next task is that task's,
 * not the whole group's.
 */
const PLAN = [
  "某县质量强县建设实施方案",
  "一、主要任务",
  "（一）提升产品质量",
  "1.推进变电设备产业提质。支持变电设备企业开展质量攻关。责任单位：县工信局、县科技局。",
  "2.保障食品安全。开展食品安全放心工程。牵头单位：县市场监管局；配合单位：县农业农村局。",
  "3.优化公共服务。推进公共服务标准化建设。",
  "责任单位：县政务服务中心",
  "",
].join("\n");

const rows = (text: string) => unitMatrixRows(buildPlan(text), (name) => name).map((row) => [row.path.join(""), row.units.join("、"), row.leads.join("、")]);

describe("a clause written as a line's last sentence", () => {
  it("is the clause of the task that says it", () => {
    expect(rows(PLAN)).toEqual([
      ["一、（一）1.", "县工信局、县科技局", ""],
      ["一、（一）2.", "县市场监管局、县农业农村局", "县市场监管局"],
      ["一、（一）3.", "县政务服务中心", ""],
    ]);
  });

  it("keeps its span, without the closing 。, and no bracket", () => {
    const plan = buildPlan(PLAN);
    const clause = plan.clauses[0]!;
    expect(plan.text.slice(clause.start, clause.end)).toBe("责任单位：县工信局、县科技局");
    expect([clause.open, clause.close]).toEqual(["", ""]);
  });

  it("leaves a task of the attachment's list with its clause", () => {
    const list = "一、主要任务\n1.推进产业提质。开展攻关。（责任单位：县工信局）\n附件1\n重点任务分工表\n一、产品质量提升\n1.变电设备质量攻关。牵头单位：县工信局；配合单位：县科技局。\n";
    expect(analyze(list).findings.map((finding) => finding.rule)).not.toContain("units/missing-clause");
  });

  it("is no prose sentence that starts with a label, nor a line that states its clause in brackets", () => {
    expect(buildPlan("一、重点任务\n1.实施再造工程。开展攻关。责任单位要切实履行职责。\n").clauses).toHaveLength(0);
    expect(buildPlan("一、重点任务\n1.实施再造工程。开展攻关。牵头单位：要切实履行牵头职责\n").clauses).toHaveLength(0);
    expect(buildPlan("一、重点任务\n1.实施再造工程。开展攻关。（责任单位：市经信局）责任单位：市科技局\n").clauses).toHaveLength(1);
  });
});

describe("a clause without brackets whose names end in brackets of their own", () => {
  it("is read as a line's last sentence and as a line of its own", () => {
    const text = [
      "某区质量强区行动计划",
      "二、重点任务",
      "1.加强生态环境质量。推进综合治理。牵头单位：区水务局；配合单位：区城管局、各街道（镇）。",
      "2.加强知识产权保护。开展专项行动。牵头单位：区市场监管局（区知识产权局）；配合单位：区法院。",
      "3.加强人才建设。开展人才引进。",
      "牵头单位：区委组织部（区委人才办）",
      "4.加强宣传。开展质量月活动。（责任单位：区委宣传部）",
      "",
    ].join("\n");
    expect(rows(text)).toEqual([
      ["二、1.", "区水务局、区城管局、各街道（镇）", "区水务局"],
      ["二、2.", "区市场监管局（区知识产权局）、区法院", "区市场监管局（区知识产权局）"],
      ["二、3.", "区委组织部（区委人才办）", "区委组织部（区委人才办）"],
      ["二、4.", "区委宣传部", ""],
    ]);
  });

  it("reads no sentence of prose that ends in brackets as one", () => {
    const text = "某区质量强区行动计划\n二、重点任务\n1.加强品牌建设。牵头单位要切实履行职责（详见附件）。〔责任单位：区市场监管局〕\n";
    expect(rows(text)).toEqual([["二、1.", "区市场监管局", ""]]);
  });
});
