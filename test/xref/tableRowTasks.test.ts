import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { coverageOf } from "../../server/src/core/xref/coverage";
import { rowTasksWithin } from "../../server/src/core/xref/tableRowTasks";
import { taskItems } from "../../server/src/core/xref/tasks";
import { PositionMapper } from "../../server/src/core/text/positions";
import { coverageJson, formatCoverageCsv, formatCoverageMarkdown } from "../../server/src/cli/format/coverage";

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

/**
 * The fixture with its row 17 a local task no national item has (机关作风, a bureau's own work),
 * and a section of such work alone before the safeguards, whose heading counts for none either.
 */
function withLocalRow(): string {
  const lines = text.split("\n");
  const at = lines.findIndex((line) => line.startsWith("17\t推动工业品质量提升"));
  lines.splice(at, 3, "17\t深化机关作风建设\t\"开展机关干部作风整顿，", "精简会议文件，", "提高办事效率。\"\t市直机关工委\t各县（市、区）政府\t2025年12月底");
  const safeguards = lines.indexOf("七、强化组织保障");
  lines.splice(safeguards, 1, "七、加强机关自身建设", "41\t推进机关党建\t开展模范机关创建，落实“三会一课”制度。\t市直机关工委\t各县（市、区）政府\t2025年12月底", "八、强化组织保障");
  return lines.join("\n");
}

function coverageOfText(source: string) {
  const { plan, parents, knownParents } = analyze(source);
  return { coverage: coverageOf(plan, parents[0]!.parent, parents, knownParents), lines: new PositionMapper(plan.text) };
}

describe("a task table's row in the coverage report", () => {
  const line17 = text.split("\n").findIndex((line) => line.startsWith("17\t")) + 1;

  it("credits the row, its 重点任务 and its line, not only the section's heading", () => {
    const { coverage, lines } = coverageOfText(text);
    const twelve = coverage.items.find((entry) => entry.entry.label === "（十二）")!;
    expect(twelve.by.map((by) => [by.item.heading.text, by.row?.number, by.row?.task])).toEqual([["加快产品、工程、服务质量提档升级", "17", "推动工业品质量提升"]]);
    // The section's own heading, where it counts, is no row.
    const three = coverage.items.find((entry) => entry.entry.label === "（三）")!;
    expect(three.by.find((by) => by.path.length === 1)!.row).toBeNull();
    const json = coverageJson("plan.plan", coverage, lines);
    const row = json.items.find((item) => item.number === "（十二）")!.by[0]!;
    expect(row).toMatchObject({ path: ["四、", "17"], heading: "加快产品、工程、服务质量提档升级", row: { number: "17", task: "推动工业品质量提升", line: line17 } });
    expect(json.items.find((item) => item.number === "（三）")!.by[0]!.row).toBeNull();
    expect(formatCoverageMarkdown("plan.plan", coverage, lines)).toContain(`四、 › 17 推动工业品质量提升（第 ${line17} 行）（推断`);
    const csv = formatCoverageCsv("plan.plan", coverage, lines).split("\r\n");
    expect(csv[0]!.endsWith(",相似度,行号")).toBe(true);
    expect(csv.find((r) => r.includes(",（十二）,"))!.endsWith(`,四、 › 17,推动工业品质量提升,推断,0.27,${line17}`)).toBe(true);
  });

  it("lists a row that counts for no item as a task without a match, by its 重点任务", () => {
    const { coverage, lines } = coverageOfText(withLocalRow());
    expect(coverage.unmatched.map((task) => [task.path.join(" "), task.row?.task])).toEqual([["四、 17", "深化机关作风建设"], ["七、 41", "推进机关党建"]]);
    const json = coverageJson("plan.plan", coverage, lines);
    expect(json.unmatched[0]).toMatchObject({ path: ["四、", "17"], row: { number: "17", task: "深化机关作风建设", line: line17 } });
    expect(formatCoverageMarkdown("plan.plan", coverage, lines)).toContain(`- 四、 › 17 深化机关作风建设（第 ${line17} 行）`);
  });

  it("lists no section whose rows are its tasks: the rows speak for it", () => {
    const { coverage } = coverageOfText(withLocalRow());
    expect(coverage.unmatched.map((task) => task.path.join(" "))).not.toContain("七、");
  });
});
