import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { layoutPlan } from "../../server/src/core/export/layout";

/**
 * A plan copied from Word while shown with its markup: review balloons come as lines of their
 * own between the plan's lines. They are set apart (model/reviewMarkup.ts): no heading's body,
 * no punctuation findings, not exported; structure/review-markup reports each once.
 */
const TEXT = [
  "示例市质量提升行动方案",
  "为推动质量提升，制定本方案。",
  "一、总体要求",
  "（一）工作目标。到2025年，全市制造业产品质量合格率达到94%以上。",
  "二、保障措施",
  "删除的内容: 强化",
  "（一）加强组织领导。建立质量工作协调机制。（责任单位：市市场监管局）",
  "",
  "批注 [A1]: 建议补充“质量基础设施”内容。",
  "批注 [张三2]：建议改为“推动服务业标准化”。",
  "",
].join("\n");

describe("Word review balloons pasted as lines", () => {
  const { plan, findings } = analyze(TEXT);

  it("are reported once each, by structure/review-markup alone", () => {
    const lines = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => TEXT.slice(0, f.start).split("\n").length);
    expect(lines("structure/review-markup")).toEqual([6, 9, 10]);
    expect(findings.filter((f) => f.severity === "warning" || f.severity === "error").every((f) => f.rule === "structure/review-markup")).toBe(true);
  });

  it("are no item's body", () => {
    const bodies = plan.allItems.flatMap((item) => item.bodyLines.map((line) => TEXT.slice(line.indentEnd, line.contentEnd)));
    expect(bodies.some((body) => body.includes("删除的内容") || body.includes("批注"))).toBe(false);
  });

  it("are not exported", () => {
    const printed = JSON.stringify(layoutPlan(plan).blocks);
    expect(printed).not.toContain("删除的内容");
    expect(printed).not.toContain("批注");
  });
});
