import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

/**
 * A 分工表 pasted after the plan's text with no 附件 label over it: its header (序号 | 重点任务 |
 * 牵头单位 | 配合单位) ends the plan's outline as a label does (model/outline.ts), so the last task
 * ends on its own text, reads no row as its body, and the table is still read as the 分工表.
 * Under a heading with no text of its own (五、责任分工), the table stays that heading's content.
 */
const BODY = [
  "示例市质量提升行动方案",
  "一、主要目标",
  "到2025年，制造业产品质量合格率达到95%以上。",
  "二、主要任务",
  "1.推进标准化建设。开展标准化试点。〔责任单位：市市场监管局〕",
  "2.加强计量能力。建设计量测试中心。",
];
const TABLE = ["序号\t重点任务\t牵头单位\t配合单位", "1\t推进标准化建设\t市市场监管局\t市工信局", "2\t加强计量能力\t市工信局\t市科技局"];

describe("a 分工表 pasted after the text with no 附件 label", () => {
  it("is no body of the last task: its range ends on its own text", () => {
    const text = [...BODY, "", ...TABLE, ""].join("\n");
    const { plan } = analyze(text);
    const last = plan.allItems[plan.allItems.length - 1]!;
    expect(last.marker.text).toBe("2.");
    expect(text.slice(last.start, last.end)).toBe(BODY[5]);
    expect(last.bodyLines).toEqual([]);
    expect(plan.allItems[1]!.end).toBe(last.end);
    expect(plan.tables.map((table) => table.rows)).toEqual([2]);
  });

  it("leaves the last task's own clause its own, and the fix-all keeps every row", () => {
    const text = [...BODY.slice(0, 5), "2.加强计量能力。建设计量测试中心。", "责任单位：市工信局", "", ...TABLE, ""].join("\n");
    const { plan, findings } = analyze(text);
    const last = plan.allItems[plan.allItems.length - 1]!;
    expect(last.clauses.map((clause) => text.slice(clause.start, clause.end))).toEqual(["责任单位：市工信局"]);
    expect(findings.map((finding) => finding.rule)).not.toContain("structure/empty-task");
    expect(findings.map((finding) => finding.rule)).not.toContain("units/missing-clause");
    const fixed = fixAll(text).text;
    for (const row of TABLE) expect(fixed).toContain(row);
  });

  it("stays the content of a heading that has no text of its own", () => {
    const text = [...BODY, "三、责任分工", ...TABLE, ""].join("\n");
    const { plan, findings } = analyze(text);
    const last = plan.allItems[plan.allItems.length - 1]!;
    expect(last.marker.text).toBe("三、");
    expect(last.end).toBe(text.length - 1);
    expect(findings.map((finding) => finding.rule)).not.toContain("structure/empty-task");
  });
});
