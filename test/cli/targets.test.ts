import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runPlancheck as run } from "../support/cli";
import { SEEDS_DIR } from "../support/seeds";
import { tempFolder, tempPlan } from "../support/tempFiles";

const GANZHOU = join(SEEDS_DIR, "ganzhou-2024.txt");

describe("plancheck targets", () => {
  it("emits the Targets JSON contract with the parent's figure and the verdict", async () => {
    const { code, out } = await run(["targets", "--format", "json", GANZHOU]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.version).toBe(1);
    const manufacturing = report.rows.find((row: { indicator: string }) => row.indicator === "制造业产品质量合格率");
    expect(Object.keys(manufacturing).slice(0, 12)).toEqual(["file", "path", "indicator", "comparator", "value", "unit", "qualifier", "horizon", "parent", "verdict", "range", "kind"]);
    expect(manufacturing).toMatchObject({
      file: GANZHOU,
      path: ["一、", "（二）", "2."],
      comparator: "达到",
      value: 94,
      unit: "%",
      qualifier: "以上",
      horizon: 2025,
      parent: { document: "质量强国建设纲要", value: 94, unit: "%" },
      verdict: "meets",
    });
    // 2.质量总体水平持续提升 is line 23 of the seed.
    expect(manufacturing.range.start.line).toBe(22);
    const verdicts = new Set(report.rows.map((row: { verdict: string }) => row.verdict));
    expect([...verdicts].sort()).toEqual(["meets", "no-parent", "stricter"]);
  });

  it("tells an unpaired 分别 list (value null, no blank) by its `unpaired` figures and `note`, version 1 kept", async () => {
    const file = tempPlan("targets", "unpaired.plan", "示例市质量提升实施方案\n一、总体要求\n（一）主要目标\n到2025年，产品质量合格率、服务质量满意度、工程质量合格率分别达到91%、97%，食品抽检合格率不低于98%、99%，药品抽检合格率达到XX%，制造业产品质量合格率达到94%。\n");
    const report = await jsonReport<{ version: number; rows: Array<Record<string, unknown>> }>("targets", file);
    expect(report.version).toBe(1);
    const fields = (row: Record<string, unknown>) => [row.indicator, row.value, row.blank, row.unpaired, row.note];
    expect(report.rows.map(fields)).toEqual([
      ["产品质量合格率", null, false, "91%、97%", "指标与数值个数不一致（91%、97%），无法逐一对应"],
      ["服务质量满意度", null, false, "91%、97%", "指标与数值个数不一致（91%、97%），无法逐一对应"],
      ["工程质量合格率", null, false, "91%、97%", "指标与数值个数不一致（91%、97%），无法逐一对应"],
      ["食品抽检合格率", 98, false, "99%", "同一指标另写有“99%”，按第一个数值读取"],
      ["药品抽检合格率", null, true, "", ""],
      ["制造业产品质量合格率", 94, false, "", ""],
    ]);
    // Without a parent the reason still says why no figure is read (before: only 本方案没有可比较的上位文件).
    expect(report.rows[0].reason).toContain("指标与数值个数不一致（91%、97%）");
    expect((await run(["targets", "--no-config", file])).out).toContain("| 指标与数值个数不一致（91%、97%），无法逐一对应 |");
  });

  it("gives null for a blank value and `weaker` for a figure below the parent's", async () => {
    const file = tempPlan("targets", "a.plan", "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率达到97%，制造业产品质量合格率达到 %。\n");
    const rows = JSON.parse((await run(["targets", "--format", "json", file])).out).rows;
    expect(rows.map((row: { indicator: string; value: number | null; verdict: string }) => [row.indicator, row.value, row.verdict])).toEqual([
      ["食品抽检合格率", 97, "weaker"],
      ["制造业产品质量合格率", null, "weaker"],
    ]);
  });

  it("prints CSV with a UTF-8 BOM and CRLF, and Markdown with a verdict tally", async () => {
    const csv = (await run(["targets", "--format", "csv", GANZHOU])).out;
    expect(csv.startsWith("\uFEFF文件,条目,指标,类型,比较词,目标值,数值,上限,单位,限定,基年,起点,力争,累计,目标年份,主要目标,上位文件,上位目标,上位年份,对比,说明\r\n")).toBe(true);
    // The figure as written, then its number, unit and qualifier in cells of their own (to sort and filter).
    expect(csv).toContain("一、 › （二） › 2.,制造业产品质量合格率,水平,达到,94%以上,94,,%,以上,,,,,2025,是,质量强国建设纲要,94%,2025,符合上位,不低于纲要\r\n");
    const markdown = (await run(["targets", GANZHOU])).out;
    expect(markdown).toContain("| 一、 › （二） › 3. | 国家地理标志商标 | 水平 | 达到 | 35个 |  |  | 是 |  | 2025 | 是 |  |  |  | 无上位指标 |  |");
    expect(markdown).toMatch(/共 \d+ 项：高于上位 1，符合上位 4，低于上位 0，数值空缺 0，无法比较 0，无上位指标 \d+，无上位文件 0。/);
  });

  it("keeps a change's base year and a figure's starting point, and says why a row has no verdict", async () => {
    const dir = tempFolder("targets");
    const cited = join(dir, "cited.plan");
    writeFileSync(
      cited,
      "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，单位GDP能耗比2020年降低18%，制造业产品质量合格率由92%提高到95%，制造业质量竞争力指数提高0.5，公共服务质量满意度达到85分。\n",
    );
    const uncited = join(dir, "uncited.plan");
    writeFileSync(uncited, "示例方案\n一、总体要求\n（一）主要目标\n到2025年，制造业产品质量合格率达到95%。\n");
    const rows = JSON.parse((await run(["targets", "--format", "json", cited, uncited])).out).rows;
    expect(rows.map((row: Record<string, unknown>) => [row.indicator, row.baseYear, row.baseValue, row.baseUnit, row.verdict, row.parentStatus])).toEqual([
      ["单位GDP能耗", 2020, null, "", "meets", "compared"],
      ["制造业产品质量合格率", null, 92, "%", "stricter", "compared"],
      ["制造业质量竞争力指数", null, null, "", "no-parent", "not-comparable"],
      // A part of the outline's 服务质量满意度 (全面提升), which its figure localises.
      ["公共服务质量满意度", null, null, "", "meets", "compared"],
      ["制造业产品质量合格率", null, null, "", "no-parent", "no-document"],
    ]);
    expect(rows[2].parent).toMatchObject({ document: "质量强国建设纲要", value: 86, horizon: 2025 });
    // A change is no level: the reason says which of the two each figure is.
    expect(rows[2].reason).toBe("本方案的提高0.5是变化幅度，纲要的86是目标值，口径不同，无法比较");
    const markdown = (await run(["targets", cited, uncited])).out;
    expect(markdown).toContain("| 一、 › （一） | 单位GDP能耗 | 增减 | 降低 | 18% | 2020 |  |  |  | 2025 | 是 | 质量强国建设纲要 | 不断下降 | 2025 | 符合上位 | 与纲要的“不断下降”方向一致 |");
    expect(markdown).toContain("| 制造业质量竞争力指数 | 增减 | 提高 | 0.5 |  |  |  |  | 2025 | 是 | 质量强国建设纲要 | 86 | 2025 | 无法比较 | 本方案的提高0.5是变化幅度，纲要的86是目标值，口径不同，无法比较 |");
    expect(markdown).toContain("| 一、 › （一） | 制造业产品质量合格率 | 水平 | 达到 | 95% |  |  |  |  | 2025 | 是 |  |  |  | 无上位文件 |  |");
    expect(markdown).toContain("共 4 项：高于上位 1，符合上位 2，低于上位 0，数值空缺 0，无法比较 1，无上位指标 0，无上位文件 0。");
  });

  it("lists no target or step for a dated plan's own-year column of estimates (2023年（预计）)", async () => {
    const dir = tempFolder("targets");
    const file = join(dir, "a.plan");
    writeFileSync(
      file,
      "---\n成文日期: 2023-05-10\n---\n示例市质量强市建设实施方案（2023—2025年）\n一、总体要求\n（一）主要目标\n到2025年，质量强市建设取得明显成效。主要指标如下：\n" +
        "指标名称\t单位\t2023年（预计）\t2025年\n制造业产品质量合格率\t%\t93.5\t94\n食品抽检合格率\t%\t98\t98.5\n" +
        "二、主要任务\n（一）推进质量创新\n1.开展质量攻关。〔责任单位：市市场监管局〕\n",
    );
    const { rows } = await jsonReport<{ rows: Array<{ indicator: string; value: number; horizon: number; baseYear: number; baseValue: number }> }>("targets", file);
    expect(rows.map((row) => [row.indicator, row.value, row.horizon, row.baseYear, row.baseValue])).toEqual([
      ["制造业产品质量合格率", 94, 2025, 2023, 93.5],
      ["食品抽检合格率", 98.5, 2025, 2023, 98],
    ]);
  });

  it("says a blank target (XX%) apart from the targets below the parent's figure, its JSON verdict kept", async () => {
    const blank = tempPlan("targets", "blank.plan", "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，食品抽检合格率达到XX%，制造业产品质量合格率达到90%。\n");
    const rows = JSON.parse((await run(["targets", "--format", "json", blank])).out).rows;
    expect(rows.map((row: Record<string, unknown>) => [row.indicator, row.value, row.verdict])).toEqual([
      ["食品抽检合格率", null, "weaker"],
      ["制造业产品质量合格率", 90, "weaker"],
    ]);
    const markdown = (await run(["targets", blank])).out;
    expect(markdown).toContain("| 数值空缺 | 纲要的目标是98%以上，本方案的数值空缺 |");
    expect(markdown).toContain("共 2 项：高于上位 0，符合上位 0，低于上位 1，数值空缺 1，无法比较 0，无上位指标 0，无上位文件 0。");
  });

  it("takes --parent, as coverage does, for a plan that names no parent, and refuses an unknown one", async () => {
    // Chengdu cites no title: its parent is inferred (marked so); --parent names it outright.
    const chengdu = join(SEEDS_DIR, "chengdu-2023-draft.txt");
    const own = JSON.parse((await run(["targets", "--format", "json", chengdu])).out).rows;
    expect(own.find((row: { indicator: string }) => row.indicator === "制造业质量竞争力指数").parent).toMatchObject({ document: "质量强国建设纲要", inferred: true });
    const given = await run(["targets", "--parent", "质量强国建设纲要", "--format", "json", chengdu]);
    expect(given.code).toBe(0);
    const index = JSON.parse(given.out).rows.find((row: { indicator: string }) => row.indicator === "制造业质量竞争力指数");
    expect(index).toMatchObject({ value: 91, horizon: 2027, parent: { document: "质量强国建设纲要", inferred: false, value: 86, horizon: 2025 }, verdict: "meets" });
    const unknown = await run(["targets", "--parent", "不存在的文件", chengdu]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("未知的上位文件“不存在的文件”，可用：质量强国建设纲要（quality-power-outline-2023）");
  });
});
