import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { planMarkdownTables } from "../../server/src/core/model/markdownTables";
import { spacedTableRowLines } from "../../server/src/core/model/spacedTableRows";

/**
 * What every keystroke reads of a plan's tables, read once: its Markdown tables (the 分工表's
 * reader, structure/markdown-marks and the indicator tables each read them), and its spaced
 * tables' headers (the scan for their rows finds them, and the TableReader opens its tables there).
 */
const PLAN = "示例市质量强市建设实施方案\n一、重点任务\n1.开展质量攻关。〔责任单位：市市场监管局〕\n\n附件\n重点任务分工表\n";

describe("tables read once per plan", () => {
  it("keeps a plan's Markdown tables on the plan, read when the model is built", () => {
    const text = `${PLAN}| 序号 | 重点任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 开展质量攻关 | 市市场监管局 |\n`;
    const { plan, findings } = analyze(text);
    const tables = planMarkdownTables(plan);
    expect(tables).toEqual([{ header: 6, last: 8 }]);
    // The same list every reader asked for, not one read per reader.
    expect(planMarkdownTables(plan)).toBe(tables);
    expect(plan.memos).toContain(tables);
    expect(findings.map((finding) => finding.rule)).toContain("structure/markdown-marks");
  });

  it("finds the spaced headers in the scan for rows, each with what parts its cells; the TableReader opens its tables there", () => {
    const gaps = "序号  重点任务  责任单位  完成时限\n1  开展质量攻关  市市场监管局  2025年底前\n";
    const narrow = "序号 重点任务 责任单位 完成时限\n2 推进标准化建设 市工业和信息化局 2025年底前\n";
    const text = `${PLAN}${gaps}\n主要指标表\n${narrow}`;
    const plan = buildPlan(text);
    const { headers } = spacedTableRowLines(plan.lines, text);
    expect([...headers]).toEqual([
      [text.indexOf("序号  "), "gaps"],
      [text.indexOf("序号 重"), "spaces"],
    ]);
    expect(plan.tables.map((table) => [table.start, table.rows])).toEqual([
      [text.indexOf("序号  "), 1],
      [text.indexOf("序号 重"), 1],
    ]);
  });
});
