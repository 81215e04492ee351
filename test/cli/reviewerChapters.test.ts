import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runPlancheck as run } from "../support/cli";

/**
 * Two target chapters written as plans write them, read as a reviewer reads them against the
 * national 2025 targets (test/fixtures/reviewer/): a city's 2025—2027 action plan whose 主要指标
 * table a PDF copy set apart with spaces, one base cell empty, with counts of whom its work reaches
 * and what was done already; a county's plan whose goals are prose (力争, 确保, 以上, 不低于, 累计,
 * 年均) and whose tasks count visits and help.
 */
const DIR = join(__dirname, "..", "fixtures", "reviewer");
const ACTION = join(DIR, "action-2027-spaced-table.plan");
const COUNTY = join(DIR, "county-prose-goals.plan");

interface Row {
  indicator: string;
  comparator: string;
  value: number | null;
  unit: string;
  qualifier: string;
  horizon: number | null;
  baseValue: number | null;
  aspirational: boolean;
  cumulative: boolean;
  inGoals: boolean;
  verdict: string;
}

async function rowsOf(file: string): Promise<Row[]> {
  return (await jsonReport<{ rows: Row[] }>("targets", file)).rows;
}

describe("a 2027 action plan with a spaced 主要指标 table", () => {
  it("reads every row in its column (12 the target of a row with no base), and its tasks' counts with the plan's horizon", async () => {
    const rows = (await rowsOf(ACTION)).filter((row) => row.baseValue !== null || !row.inGoals || row.unit === "件");
    expect(rows.map((row) => [row.indicator, row.comparator, row.value, row.unit, row.horizon, row.baseValue, row.cumulative, row.verdict])).toEqual([
      ["制造业质量竞争力指数", "", 87, "", 2027, 85.6, false, "meets"],
      ["制造业产品质量合格率", "", 95, "%", 2027, 94.2, false, "meets"],
      ["食品抽检合格率", "≥", 98.5, "%", 2027, 98.3, false, "meets"],
      ["农产品质量安全例行监测合格率", "≥", 98, "%", 2027, 97.8, false, "meets"],
      ["万人高价值发明专利拥有量", "", 12, "件", 2027, null, false, "no-parent"],
      ["公共服务质量满意度", "", 83, "分", 2027, 81.2, false, "meets"],
      ["主导和参与制修订国家标准、行业标准", "", 50, "项", 2027, 35, true, "no-parent"],
      ["质量基础设施“一站式”服务站", "建设", 20, "个", 2027, null, false, "no-parent"],
      ["服务企业", "年服务", 1000, "家", 2027, null, false, "no-parent"],
      ["培育“某地精品”", "每年", 10, "个", 2027, null, false, "no-parent"],
      ["帮扶企业", "", 3000, "家次", 2027, null, true, "no-parent"],
      // After 截至2024年底 (a date gone by: what was built is reported), the next sentence's count is the period's.
      ["省级以上检验检测中心", "新增", 2, "个", 2027, null, false, "no-parent"],
    ]);
  });

  it("finds nothing to say: every figure meets the outline's 2025 one", async () => {
    const { code, out } = await run(["--no-config", "--format", "json", ACTION]);
    expect(code).toBe(0);
    expect(JSON.parse(out).files[0].findings).toEqual([]);
  });
});

describe("a county plan whose goals are prose", () => {
  it("reads 力争, 确保, 累计 and 年均 as a reviewer does, and no reported figure", async () => {
    const rows = await rowsOf(COUNTY);
    expect(rows.map((row) => [row.indicator, row.comparator, row.value, row.qualifier, row.aspirational, row.cumulative, row.verdict])).toEqual([
      ["制造业产品质量合格率", "达到", 93.5, "以上", true, false, "weaker"],
      ["食品抽检合格率", "不低于", 98, "", false, false, "meets"],
      ["农产品质量安全例行监测合格率", "保持在", 98, "以上", false, false, "meets"],
      ["县级以上质量标杆企业", "培育", 15, "", false, true, "no-parent"],
      ["“两品一标”农产品", "年均新增", 5, "以上", false, false, "no-parent"],
      ["规模以上工业企业研发投入", "年均增长", 10, "以上", false, false, "no-parent"],
      ["万人高价值发明专利拥有量", "不低于", 2, "", false, false, "no-parent"],
      ["服务质量满意度", "达到", 80, "以上", false, false, "meets"],
      ["服务企业", "年服务", 200, "", false, false, "no-parent"],
      // 年服务…，全年开展…100次: the 年 said once goes on (the 全年 of a three-year plan's task is every year's too).
      ["质量技术帮扶", "年开展", 100, "", false, false, "no-parent"],
      ["帮扶企业", "", 500, "", false, true, "no-parent"],
      ["培育“赣出精品”", "每年", 10, "", false, false, "no-parent"],
      // 力争 before the horizon (…，力争到2025年培育…): striven for, as the sentence's opening 力争 would be.
      ["省级知名品牌", "培育", 5, "以上", true, false, "no-parent"],
    ]);
  });

  it("reports the one goal below the outline's", async () => {
    const { out } = await run(["--no-config", "--format", "json", COUNTY]);
    expect(JSON.parse(out).files[0].findings.map((finding: { rule: string; message: string }) => [finding.rule, finding.message])).toEqual([
      ["targets/weaker-than-parent", "“制造业产品质量合格率”：本方案力争达到93.5%以上（力争目标，是努力方向而非底线），仍低于纲要的94%（《质量强国建设纲要》：制造业产品质量合格率达到94%）"],
    ]);
  });
});
