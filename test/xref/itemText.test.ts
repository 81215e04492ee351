import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { mapTasks } from "../../server/src/core/xref/mapping";
import { itemText, taskItems } from "../../server/src/core/xref/tasks";

describe("the words of a task matched against the parent", () => {
  it("leave out the drafters' trailing comments, which are not plan text", () => {
    const plan = buildPlan("一、主要任务\n1.加强品牌建设。培育知名品牌。〔责任单位：市市场监管局〕 // 工程质量终身责任制部分待市住建局确认\n2.打响城市品牌。\n续写：争创中国质量奖。 // 待定\n");
    const [first, second] = taskItems(plan);
    expect(itemText(plan, first!)).toEqual({ heading: "加强品牌建设", body: "培育知名品牌。" });
    expect(itemText(plan, second!).body).not.toContain("待定");
    const [mapping] = mapTasks(plan, builtinParents()[0]!);
    expect(mapping!.candidates[0]!.entry.label).toBe("（二十一）");
  });
});
