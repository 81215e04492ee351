import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { betterWayOfTarget } from "../../server/src/core/targets/polarity";

/**
 * Indicator rows whose figure stands bare, no comparator before it: under a header with a 年份
 * column (targets/tables.ts), or set in columns under no header at all (targets/bareRows.ts) — each
 * a level to reach, at least unless its name says a ceiling.
 */
const PLAN = (body: string) => `示例市质量强市建设实施方案（2023—2025年）\n为深入贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，质量强市建设取得明显成效。主要指标如下：\n${body}\n二、主要任务\n（一）推进质量创新。开展质量攻关。〔责任单位：市市场监管局〕\n`;
const read = (text: string) => extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.horizon, betterWayOfTarget(t)]);

describe("indicator rows with a bare figure", () => {
  it("reads a table whose 年份 column gives each row its year, pipes or tabs", () => {
    const piped = PLAN("| 序号 | 指标 | 目标值 | 年份 |\n| --- | --- | --- | --- |\n| 1 | 质量竞争型产业占比 | 35% | 2025年 |\n| 2 | 万台特种设备死亡率 | 0.2 | 2024年 |");
    expect(read(piped)).toEqual([
      ["质量竞争型产业占比", "", 35, "%", 2025, "up"],
      ["万台特种设备死亡率", "", 0.2, "", 2024, "down"],
    ]);
    expect(read(PLAN("序号\t指标\t目标值\t年份\n1\t质量竞争型产业占比\t35%\t2025年\n2\t万台特种设备死亡率\t0.2\t2024年"))).toEqual(read(piped));
  });

  it("reads rows set in columns under no header: the name, the bare figure, who answers for it", () => {
    const text = PLAN("制造业产品质量合格率  93%  市市场监管局\n食品抽检合格率\t98.5%\t市市场监管局\n消费者投诉率　0.5%　市市场监管局");
    expect(read(text)).toEqual([
      ["制造业产品质量合格率", "", 93, "%", 2025, "up"],
      ["食品抽检合格率", "", 98.5, "%", 2025, "up"],
      ["消费者投诉率", "", 0.5, "%", 2025, "down"],
    ]);
    // Compared with the outline as a floor: 93% is below its 94%.
    expect(analyze(text).findings.filter((finding) => finding.rule === "targets/weaker-than-parent").map((finding) => text.slice(finding.start, finding.end))).toEqual(["制造业产品质量合格率  93%"]);
  });

  it("reads no row of a line that is prose, names no measure, or gives a second figure", () => {
    expect(read(PLAN("全市质量工作  取得明显成效"))).toEqual([]);
    expect(read(PLAN("市场监管局  95%  负责"))).toEqual([]);
    expect(read(PLAN("制造业产品质量合格率  93%  94%"))).toEqual([]);
  });

  it("reads a row under a 重点任务 as the measure's figure, no goal: its section decides, as the prose's does", () => {
    const text = PLAN("制造业产品质量合格率  93%  市市场监管局").replace("（一）推进质量创新。开展质量攻关。〔责任单位：市市场监管局〕\n", "（一）推进质量创新。开展质量攻关。〔责任单位：市市场监管局〕\n食品抽检合格率  98.5%  市市场监管局\n");
    const rows = extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.value, t.inGoals]);
    expect(rows).toEqual([
      ["制造业产品质量合格率", 93, true],
      ["食品抽检合格率", 98.5, false],
    ]);
  });
});
