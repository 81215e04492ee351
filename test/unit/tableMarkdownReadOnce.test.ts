import { describe, expect, it, vi } from "vitest";
import * as markdown from "../../server/src/core/model/markdownTables";
import { buildPlan } from "../../server/src/core/model/buildPlan";

// Every reader of the module's tables through one spy: the line readings (model/tableLines.ts) and the plan's memo.
vi.mock("../../server/src/core/model/markdownTables", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../server/src/core/model/markdownTables")>();
  return { ...original, markdownTables: vi.fn(original.markdownTables) };
});

const PLAN = "示例市质量强市建设实施方案\n一、重点任务\n1.开展质量攻关。〔责任单位：市市场监管局〕\n\n附件\n重点任务分工表\n";

describe("a plan's Markdown tables, read once (model/markdownTables.ts)", () => {
  it("are the ones the line readings read before the plan was made: the plan keeps them, no second reading", () => {
    const text = `${PLAN}| 序号 | 重点任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 开展质量攻关 | 市市场监管局 |\n`;
    const read = vi.mocked(markdown.markdownTables);
    read.mockClear();
    const plan = buildPlan(text);
    expect(read).toHaveBeenCalledTimes(1);
    expect(markdown.planMarkdownTables(plan)).toBe(read.mock.results[0]!.value);
    expect(plan.tables.map((table) => table.rows)).toEqual([1]);
  });
});
