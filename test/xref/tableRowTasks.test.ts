import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { coverageOf } from "../../server/src/core/xref/coverage";
import { rowTasksWithin } from "../../server/src/core/xref/tableRowTasks";
import { taskItems } from "../../server/src/core/xref/tasks";

/**
 * A plan written wholly as a task table (序号 重点任务 具体措施 牵头单位 … under section rows): each
 * row is a task, its 重点任务 the heading and its 具体措施 the body, and counts for the items it
 * implements by the row (xref/tableRowTasks.ts), not only its section's heading.
 */
const text = readFileSync(join(__dirname, "..", "fixtures", "plans-new", "city-work-points-table.plan"), "utf8");

function coveredBy(source: string): Map<string, string[]> {
  const { plan, parents, knownParents } = analyze(source);
  const coverage = coverageOf(plan, parents[0]!.parent, parents, knownParents);
  return new Map(coverage.items.map((entry) => [entry.entry.label, entry.by.map((by) => by.path.join(" "))]));
}

describe("a task table's rows", () => {
  it("are read as tasks: 重点任务 as heading, 具体措施 as body, a merged 重点任务 the row above's", () => {
    const plan = buildPlan(text);
    const section = taskItems(plan).find((item) => item.heading.text === "增强质量发展创新动能")!;
    const rows = rowTasksWithin(plan, section);
    expect(rows.map(({ row }) => row.number)).toEqual(["3", "4", "5", "6", "7", "8"]);
    expect(rows[1]!.text).toEqual({ heading: "推进质量技术创新", body: "实施产业链质量提升行动，建立“链长+质量”工作机制，推动链上企业开展质量对标。" });
    expect(rows[0]!.text.body).toBe("围绕电子信息、新材料、\n现代纺织等重点产业链，\n组织开展质量技术攻关，\n支持企业建设省级以上技术创新中心。");
  });

  it("count Jiujiang's rows for the items they implement, by the row's 序号 after its section", () => {
    const covered = coveredBy(text);
    // 推动工业品质量提升, 打造九江建造品质, 建筑材料质量专项整治, 提升生产性服务质量: items the sections' headings never named.
    expect(covered.get("（十二）")).toEqual(["四、 17"]);
    expect(covered.get("（十三）")).toEqual(["四、 18"]);
    expect(covered.get("（十四）")).toEqual(["四、 19"]);
    expect(covered.get("（十六）")).toEqual(["四、 20"]);
    expect(covered.get("（四）")).toEqual(["二、 5", "二、 6"]);
    // Nothing of the table builds: 打造中国建造升级版 stays uncovered.
    expect(covered.get("（十五）")).toEqual([]);
  });

  it("leave a plan whose tasks are written as text as it was", () => {
    const prose = "示例市质量强市工作要点\n为贯彻落实《质量强国建设纲要》，制定本要点。\n一、重点任务\n1.推动工业品质量提升。开展重点工业产品质量安全监督抽查。（责任单位：市市场监管局）\n";
    const plan = buildPlan(prose);
    expect(taskItems(plan).flatMap((item) => rowTasksWithin(plan, item))).toEqual([]);
  });
});
