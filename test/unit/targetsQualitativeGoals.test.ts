import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { extractTargets } from "../../server/src/core/targets/extract";
import { targetTableRows } from "../../server/src/core/targets/table";

/**
 * A qualitative goal — a first one won (`实现中国质量奖零的突破`), a gap filled (`填补…空白`) — is a
 * goal of the goals section with no figure: read as a direction named by what is won or filled,
 * never weighed against a parent's figure, and a goal targets/no-goals counts.
 */
const cityPlan = (goals: string, tasks = "开展质量提升行动。") =>
  `示例市质量强市建设实施方案\n示例市人民政府\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，${goals}\n二、主要任务\n（一）提升质量。${tasks}（责任单位：市市场监管局）\n`;

const readingsOf = (text: string) => extractTargets(analyze(text).plan).targets.map((target) => [target.indicator, target.kind, target.comparator, target.value, target.aspirational]);

describe("qualitative goals", () => {
  it("reads a first one won and a gap filled, however the thing and the verb are placed", () => {
    expect(readingsOf(cityPlan("力争实现中国质量奖零的突破，国家级质量标杆企业实现“零”的突破，在省长质量奖上取得零的突破，填补全市地理标志产品空白，填补我市在国家级检验检测中心方面的空白。"))).toEqual([
      ["中国质量奖", "direction", "实现零的突破", null, true],
      ["国家级质量标杆企业", "direction", "实现零的突破", null, false],
      ["省长质量奖", "direction", "取得零的突破", null, false],
      ["地理标志产品", "direction", "填补空白", null, false],
      ["国家级检验检测中心", "direction", "填补空白", null, false],
    ]);
  });

  it("reads one goal per thing of a list each named in full, and a list sharing its words as one", () => {
    expect(readingsOf(cityPlan("中国质量奖、中国专利金奖实现零的突破，国家级、省级质量标杆企业实现零的突破。")).map((reading) => reading[0])).toEqual(["中国质量奖", "中国专利金奖", "国家级、省级质量标杆企业"]);
  });

  it("reads none where nothing is named, and none in a task's words", () => {
    expect(readingsOf(cityPlan("实现零的突破，填补国内空白，制造业产品质量合格率达到95%。", "填补新能源领域计量标准空白，推动中国质量奖实现零的突破。"))).toEqual([["制造业产品质量合格率", "level", "达到", 95, false]]);
  });

  it("never weighs one against a parent's figure", () => {
    const text = cityPlan("制造业产品质量合格率实现零的突破，国家级质量标准实验室实现零突破。");
    const { plan, parents } = analyze(text);
    expect(targetTableRows(plan, parents, undefined).map((row) => [row.indicator, row.verdict, row.reason])).toEqual([
      ["制造业产品质量合格率", "no-parent", "本方案的“实现零的突破”是定性目标，不与纲要的94%作数值比较"],
      ["国家级质量标准实验室", "meets", "与纲要的“建成若干”方向一致"],
    ]);
    expect(analyze(text).findings.filter((finding) => finding.rule === "targets/weaker-than-parent")).toEqual([]);
  });
});
