import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * The mapping of sector plans' tasks, read as a reviewer reads it (the plans under sector-plans/
 * and plans of other wording): the words such plans use for the outline's common items — 违法犯罪
 * for （二十四）'s law enforcement, 人才队伍 for （二十五）'s talent, 诚信计量 for （二十七）'s quality
 * integrity — and 建筑材料 read as one word, so that the 建筑 every construction task writes
 * (建筑市场, 建筑工人) is not （十四）提高建筑材料质量水平's.
 */
const plan = (name: string) => readFileSync(join(__dirname, "sector-plans", name), "utf8");
const creditsOf = (text: string, heading: string) => creditsOfTasks(text).find(([h]) => h === heading)?.[1];

describe("the mapping of a sector plan's tasks", () => {
  it("counts a food plan's 打击违法犯罪 task for （二十四）加强质量法治建设", () => {
    expect(creditsOf(plan("food.plan"), "严厉打击食品安全违法犯罪")).toEqual(["（二十四）"]);
  });

  it("counts a metrology plan's 人才队伍 task for （二十五） and its 诚信计量 task for （二十七）", () => {
    expect(creditsOf(plan("metrology.plan"), "加强计量人才队伍建设")).toEqual(["（二十五）"]);
    expect(creditsOf(plan("metrology.plan"), "推进诚信计量体系建设")).toEqual(["（二十七）"]);
  });

  it("does not count a construction plan's 建筑市场 and 建筑工人 tasks for （十四）建筑材料", () => {
    const text = plan("construction.plan");
    expect(creditsOf(text, "构建建筑市场信用体系")).not.toContain("（十四）");
    expect(creditsOf(text, "加强建筑产业工人队伍建设")).not.toContain("（十四）");
    // Its building-materials tasks stay （十四）'s.
    expect(creditsOf(text, "加强建筑材料质量管控")).toEqual(["（十四）"]);
    expect(creditsOf(text, "推广绿色建材应用")).toEqual(["（十四）"]);
  });

  it("reads the same words the same way in a plan on quality as a whole", () => {
    const credits = creditsOfTasks(`示例县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，制定本方案。
一、重点任务
1.严厉打击质量违法犯罪。加强行政执法与刑事司法衔接，依法查处制售假冒伪劣产品违法犯罪行为。（责任单位：县市场监管局、县公安局）
2.加强质量人才队伍建设。实施质量人才培养计划，壮大质量工程师和质量技术能手队伍。（责任单位：县人力资源社会保障局）
3.开展诚信计量示范创建。在集贸市场、加油站推进诚信计量示范单位创建。（责任单位：县市场监管局）
4.提升建筑材料质量。开展建筑材料质量监督抽查，推广绿色建材。（责任单位：县住房城乡建设局）
`);
    expect(credits).toEqual([
      ["严厉打击质量违法犯罪", ["（二十四）"]],
      ["加强质量人才队伍建设", ["（二十五）"]],
      ["开展诚信计量示范创建", ["（二十七）"]],
      ["提升建筑材料质量", ["（十四）"]],
    ]);
  });
});
