import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";

// A 配合单位 that says the task has none (无, —, 暂无) names no unit, but its label is written:
// the model keeps the group with its label's span and the mark of none, and no names.
const TEXT = [
  "一、主要任务",
  "1.推进品牌建设。培育区域公用品牌。（牵头单位：市商务局，配合单位：无）",
  "2.推进计量建设。建设计量测试中心。（牵头单位：市市场监管局；配合单位：暂无；参加单位：市科技局）",
  "",
].join("\n");

describe("a group that says none", () => {
  it("keeps its label's span and the mark of none, with no names", () => {
    const plan = buildPlan(TEXT);
    const read = plan.clauses.map((clause) =>
      clause.segments.map((segment) => ({
        label: segment.labelSpan === null ? null : TEXT.slice(segment.labelSpan.start, segment.labelSpan.end),
        none: segment.none === null ? null : TEXT.slice(segment.none.start, segment.none.end),
        units: segment.units.map((unit) => unit.text),
        role: segment.role,
      })),
    );
    expect(read).toEqual([
      [
        { label: "牵头单位", none: null, units: ["市商务局"], role: "lead" },
        { label: "配合单位", none: "无", units: [], role: "support" },
      ],
      [
        { label: "牵头单位", none: null, units: ["市市场监管局"], role: "lead" },
        { label: "配合单位", none: "暂无", units: [], role: "support" },
        { label: "参加单位", none: null, units: ["市科技局"], role: "support" },
      ],
    ]);
    expect(plan.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([["市商务局"], ["市市场监管局", "市科技局"]]);
  });

  it("in a 分工表 cell that writes its own labels, as in prose", () => {
    const table = ["一、主要任务", "序号\t重点任务\t责任单位", "1\t推进品牌建设\t牵头单位：市商务局，配合单位：—", ""].join("\n");
    const plan = buildPlan(table);
    const segments = plan.clauses.flatMap((clause) => clause.segments);
    const none = segments.find((segment) => segment.none !== null);
    expect(none?.labelSpan && table.slice(none.labelSpan.start, none.labelSpan.end)).toBe("配合单位");
    expect(none?.units).toEqual([]);
  });
});
