import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runPlancheck as run } from "../support/cli";

/**
 * What a reviewer asks of a plan first — which items of the outline it carries out, which targets
 * fall short of the national 2025 ones, who does what — on plans written for this (test/fixtures/
 * reviewer/): a county's plan with its targets in a pasted table, a city's two-year plan with a
 * target per year, a sector plan (计量) that carries out part of the outline, a brand plan that
 * words its targets every way plans do, a province's 标准化 action plan whose table's columns are
 * bare years, and a city's plan with 专栏 boxes (prose and projects) and tables grouped under section
 * rows, its indicator table with a 2023年预计 column beside the base. Each answer below was checked by reading the plan.
 */
const DIR = join(__dirname, "..", "fixtures", "reviewer");
const COUNTY = join(DIR, "county-target-table.plan");
const CITY = join(DIR, "city-yearly-targets.plan");
const METROLOGY = join(DIR, "sector-metrology.plan");
const BRAND = join(DIR, "many-phrasings.plan");
const STANDARDS = join(DIR, "province-standardization.plan");

interface TargetRow {
  indicator: string;
  kind: string;
  cumulative: boolean;
  comparator: string;
  value: number | null;
  unit: string;
  horizon: number | null;
  baseYear: number | null;
  baseValue: number | null;
  verdict: string;
  parentStatus: string;
}
interface CoverageItem {
  number: string;
  covered: boolean;
  by: { path: string[] }[];
}

const targets = async (file: string) => (await jsonReport<{ rows: TargetRow[] }>("targets", file)).rows;
const coveredItems = async (file: string) => (await jsonReport<{ items: CoverageItem[] }>("coverage", file)).items.filter((item) => item.covered).map((item) => item.number);

describe("a county's plan with its targets in a pasted table", () => {
  it("reads each row's 2025 target, with the 2023 column as its starting point, and compares it with the outline's", async () => {
    const rows = (await targets(COUNTY)).map((row) => [row.indicator, row.value, row.unit, row.horizon, row.baseYear, row.baseValue, row.verdict]);
    expect(rows).toEqual([
      ["制造业产品质量合格率", 93, "%", 2025, 2023, 92.1, "weaker"],
      ["制造业质量竞争力指数", 84.5, "", 2025, 2023, 83.2, "weaker"],
      ["食用农产品监测合格率", 98, "%", 2025, 2023, 97.6, "meets"],
      ["规模以上工业企业研发投入强度", 1.5, "%", 2025, 2023, 1.2, "no-parent"],
      ["每万人口高价值发明专利拥有量", 1.2, "件", 2025, 2023, 0.8, "no-parent"],
      ["大中型工程项目一次验收合格率", 100, "%", 2025, 2023, 100, "no-parent"],
      ["公共服务质量满意度", 80, "分", 2025, 2023, 79, "meets"],
    ]);
  });

  it("lists two leads where the label names two, and a group of towns among the supporting units", async () => {
    const { rows } = await jsonReport<{ rows: { path: string[]; leads: string[]; supporting: string[] }[] }>("units", COUNTY);
    const byPath = new Map(rows.map((row) => [row.path.join(""), [row.leads, row.supporting]]));
    expect(byPath.get("二、（二）")).toEqual([["县农业农村局", "县市场监管局"], ["县教科体局", "县卫健委"]]);
    expect(byPath.get("二、（七）")).toEqual([["县市场监管局"], ["县公安局", "县司法局", "各乡镇人民政府"]]);
  });

  it("credits the items its tasks carry out, and no other", async () => {
    expect(await coveredItems(COUNTY)).toEqual(["（六）", "（十）", "（十三）", "（十四）", "（十七）", "（二十一）", "（二十三）", "（二十六）"]);
  });
});

describe("a city's two-year plan with a target for each year", () => {
  it("compares only the 2025 targets with the outline's, and a rate worded 抽检 with the outline's 消费品质量合格率", async () => {
    // A 2024 milestone below the outline's 2025 figure is no shortfall: the years differ.
    const rows = (await targets(CITY)).map((row) => [row.indicator, row.comparator, row.value, row.horizon, row.verdict, row.parentStatus]);
    expect(rows.slice(0, 7)).toEqual([
      ["制造业产品质量合格率", "达到", 93.5, 2024, "no-parent", "not-comparable"],
      ["制造业质量竞争力指数", "达到", 85, 2024, "no-parent", "not-comparable"],
      ["制造业产品质量合格率", "达到", 94.5, 2025, "stricter", "compared"],
      ["制造业质量竞争力指数", "达到", 86.2, 2025, "stricter", "compared"],
      ["农产品质量安全例行监测合格率", "稳定在", 97, 2025, "weaker", "compared"],
      ["食品抽检合格率", "稳定在", 97, 2025, "weaker", "compared"],
      ["工程质量抽查符合率", "不断提高", null, 2025, "meets", "compared"],
    ]);
    const consumer = (await targets(CITY)).find((row) => row.indicator === "消费品质量抽检合格率");
    expect(consumer?.verdict).toBe("meets");
  });

  it("warns of exactly the two rates set below the outline's", async () => {
    const { out } = await run(["check", "--no-config", "--format", "json", CITY]);
    const { files } = JSON.parse(out) as { files: { findings: { rule: string; message: string }[] }[] };
    const weaker = files[0]!.findings.filter((finding) => finding.rule === "targets/weaker-than-parent");
    expect(weaker.map((finding) => finding.message.slice(0, finding.message.indexOf("”", 1) + 1))).toEqual(["“农产品质量安全例行监测合格率”", "“食品抽检合格率”"]);
  });
});

describe("a sector plan (计量)", () => {
  it("is asked only for the items of its sector and the common ones", async () => {
    const { items } = await jsonReport<{ items: CoverageItem[] }>("coverage", METROLOGY);
    expect(items.map((item) => item.number)).toEqual(["（二十二）", "（二十三）", "（二十四）", "（二十五）", "（二十六）", "（二十七）", "（二十八）"]);
    // （二十二） by 推动计量、标准、认证认可、检验检测一体化服务: a list of that item's keywords a clause's
    // verb takes (xref/taskThings.ts), as the labelled 推动计量、标准、检验检测、认证认可服务进园区 is.
    expect(items.filter((item) => item.covered).map((item) => item.number)).toEqual(["（二十二）", "（二十三）", "（二十六）"]);
  });

  it("sets targets of its own, none of them the outline's", async () => {
    expect(new Set((await targets(METROLOGY)).map((row) => row.verdict))).toEqual(new Set(["no-parent"]));
  });
});

describe("a brand plan that words its targets every way", () => {
  it("reads each comparator and unit, and a rate with a leading 主要 as the outline's", async () => {
    const rows = (await targets(BRAND)).map((row) => [row.indicator, row.comparator, row.value, row.unit, row.verdict]);
    expect(rows).toEqual([
      ["制造业产品质量合格率", "不低于", 93, "%", "weaker"],
      ["食品抽检合格率", "保持在", 97.5, "%", "weaker"],
      ["主要农产品质量安全例行监测合格率", "超过", 98, "%", "meets"],
      ["制造业质量竞争力指数", "提高到", 85.5, "", "weaker"],
      ["中国质量奖（提名奖）", "新增", 1, "个", "no-parent"],
      ["“赣抚农品”区域公用品牌授权企业", "达到", 200, "家", "no-parent"],
      ["品牌农产品销售额", "年均增长", 8, "%", "no-parent"],
      ["品牌经济规模", "突破", 500, "亿元", "no-parent"],
      ["规上工业企业研发投入强度", "达到", 2, "%", "no-parent"],
      ["主要农作物良种覆盖率", "稳定在", 96, "%", "no-parent"],
      ["农业标准化生产普及率", "提高", 2, "个百分点", "meets"],
      ["产品质量安全事故发生率", "控制在", 0.5, "‰", "no-parent"],
      ["消费者投诉按期办结率", "达到", 99, "%", "no-parent"],
      ["主导或参与制定国家标准、行业标准", "", 15, "项", "no-parent"],
      ["主导或参与制定团体标准", "", 30, "项", "no-parent"],
    ]);
  });
});

describe("a province's 标准化 action plan", () => {
  it("reads its table's bare year columns by the plan's date, a total (累计) and the targets after the table", async () => {
    // Dated 2024: the 2023年 column is where each row starts from, the 2026年 column its target.
    const rows = (await targets(STANDARDS)).map((row) => [row.indicator, row.comparator, row.value, row.unit, row.horizon, row.baseYear, row.baseValue, row.verdict]);
    expect(rows).toEqual([
      ["主导制修订国际标准", "", 20, "项", 2026, 2023, 12, "no-parent"],
      ["主导制修订国家标准、行业标准", "", 450, "项", 2026, 2023, 310, "no-parent"],
      ["地方标准", "发布", 260, "项", 2026, 2023, 156, "no-parent"],
      ["农业标准化生产普及率", "≥", 70, "%", 2026, 2023, 65, "meets"],
      ["制造业产品质量合格率", "≥", 94.5, "%", 2026, 2023, 93.8, "meets"],
      ["国家级标准化试点示范项目", "", 70, "个", 2026, 2023, 48, "no-parent"],
      ["企业标准“领跑者”数量", "达到", 100, "个", 2026, null, null, "no-parent"],
      ["标准化技术组织", "达到", 60, "个", 2026, null, null, "no-parent"],
      ["标准化专业人才", "年均增长", 10, "%", 2026, null, null, "no-parent"],
      // A time cut down to months: 18个月 is no count of 18个.
      ["标准制定周期", "缩短至", 18, "个月", 2026, null, null, "no-parent"],
      ["标准实施后评估覆盖率", "不低于", 60, "%", 2026, null, null, "no-parent"],
      // 降幅不低于8% is the fall of at least 8%, the outline's 不断下降 made a figure.
      ["单位地区生产总值能耗", "下降", 8, "%", 2026, null, null, "meets"],
    ]);
  });

  it("labels each total of things (项, 个 with 累计) a count, verb or none, as the text labels one", async () => {
    const rows = (await targets(STANDARDS)).filter((row) => row.cumulative).map((row) => [row.indicator, row.kind, row.comparator]);
    expect(rows).toEqual([
      ["主导制修订国际标准", "count", ""],
      ["主导制修订国家标准、行业标准", "count", ""],
      ["地方标准", "count", "发布"],
      ["国家级标准化试点示范项目", "count", ""],
    ]);
  });

  it("is counted against the quality-infrastructure items and the common ones, its quality-credit task for （二十六）", async () => {
    const { items } = await jsonReport<{ items: CoverageItem[] }>("coverage", STANDARDS);
    expect(items.map((item) => item.number)).toEqual(["（二十二）", "（二十三）", "（二十四）", "（二十五）", "（二十六）", "（二十七）", "（二十八）"]);
    const covered = new Map(items.filter((item) => item.covered).map((item) => [item.number, item.by.map((by) => by.path.join(""))]));
    expect(covered).toEqual(
      new Map([
        // 8.推进质量信用标准化建设 is （二十六）'s 质量信用 alone: each clause of its body writes 质量信用, and its
        // 标准体系 and 分级分类管理 are said of credit (xref/coverage.ts staysOnHeadingsItem; the reviewers' reading).
        // 三、（三）加强人才培养 (培养标准化专业人才) is （二十五）'s 质量人才, its heading weighed against the item's
        // keywords since its title is unconfirmed (xref/mapping.ts namesOfUnknownText).
        ["（二十五）", ["三、（三）"]],
        ["（二十六）", ["二、（四）7.", "二、（四）8."]],
        ["（二十八）", ["二、（五）9."]],
      ]),
    );
  });

  it("gives each task its own units: a lone task under its group, and an enterprise run into a department as two units", async () => {
    const { rows } = await jsonReport<{ rows: { path: string[]; units: string[] }[] }>("units", STANDARDS);
    const byPath = new Map(rows.map((row) => [row.path.join(""), row.units]));
    expect(byPath.get("二、（一）2.")).toEqual(["省市场监管局", "江铜集团", "省工业和信息化厅"]);
    expect(byPath.get("二、（三）6.")).toEqual(["省发展改革委", "省生态环境厅", "省市场监管局"]);
    expect(byPath.get("二、（五）9.")).toEqual(["省市场监管局", "南昌海关", "省商务厅"]);
    expect(byPath.has("二、（三）")).toBe(false);
  });

  it("finds only the enterprise run into a department", async () => {
    const { out } = await run(["check", "--no-config", "--format", "json", STANDARDS]);
    const { files } = JSON.parse(out) as { files: { findings: { rule: string; message: string }[] }[] };
    expect(files[0]!.findings.map((finding) => finding.rule)).toEqual(["units/run-together"]);
  });
});

describe("a city's plan with 专栏 boxes and tables grouped under section rows", () => {
  const PLAN = join(DIR, "boxes-and-sectioned-tables.plan");

  it("reports the goal its text and its table state below the outline once, and no break in the 分工表's 序号 at its sections", async () => {
    const { out } = await run(["check", "--no-config", "--format", "json", PLAN]);
    const findings = (JSON.parse(out) as { files: { findings: { rule: string; message: string; range: { start: { line: number } } }[] }[] }).files[0]!.findings;
    expect(findings.map((finding) => [finding.range.start.line + 1, finding.rule])).toEqual([
      [11, "targets/parent-not-localised"],
      [13, "targets/weaker-than-parent"],
    ]);
    expect(findings[1]!.message).toContain("；附件1一、的指标表再次写明同一目标，不重复报告");
  });

  it("lists the boxes' targets, prose and projects, and the table's rows under its sections with their estimates", async () => {
    const rows = (await jsonReport<{ rows: (TargetRow & { path: string[]; estimate: { year: number | null; value: number; unit: string } | null })[] }>("targets", PLAN)).rows;
    expect(rows.filter((row) => row.path.some((marker) => marker.startsWith("专栏"))).map((row) => [row.path.join(" › "), row.indicator, row.comparator, row.value, row.horizon])).toEqual([
      ["一、 › （二） › 专栏1", "公共服务质量满意度", "达到", 82, 2026],
      ["一、 › （二） › 专栏1", "“赣鄱正品”认证企业", "新增", 30, 2026],
      ["二、 › （一） › 专栏2", "“江西名牌”产品", "培育", 40, 2026],
      ["二、 › （一） › 专栏2", "新认证“赣鄱正品”", "", 60, 2026],
      ["二、 › （一） › 专栏2 › 1.", "产业链质量攻关项目", "完成", 12, 2026],
      ["二、 › （一） › 专栏2 › 2.", "社会公用计量标准", "新建", 15, 2026],
    ]);
    expect(rows.filter((row) => row.path[0] === "附件1").map((row) => [row.path.join(" › "), row.indicator, row.value, row.horizon, row.baseYear, row.baseValue, row.estimate])).toEqual([
      ["附件1 › 一、", "制造业质量竞争力指数", 85.5, 2025, null, 85.2, { year: 2023, value: 85.4, unit: "" }],
      ["附件1 › 一、", "制造业质量竞争力指数", 86, 2026, null, 85.2, { year: 2023, value: 85.4, unit: "" }],
      // No base figure: the 2023 estimate is where the row starts from.
      ["附件1 › 一、", "制造业产品质量合格率", 94, 2025, 2023, 93.8, { year: 2023, value: 93.8, unit: "%" }],
      ["附件1 › 一、", "制造业产品质量合格率", 94.5, 2026, 2023, 93.8, { year: 2023, value: 93.8, unit: "%" }],
      ["附件1 › 二、", "公共服务质量满意度", 81.5, 2025, null, 80, { year: 2023, value: 81, unit: "分" }],
      ["附件1 › 二、", "公共服务质量满意度", 82, 2026, null, 80, { year: 2023, value: 81, unit: "分" }],
    ]);
    // Every row has the field: null where no table gives an estimate.
    expect(rows[0]!.estimate).toBeNull();
  });

  it("shows the estimate in the table's 起点 cell, beside the base or in its place", async () => {
    const { out } = await run(["targets", "--no-config", PLAN]);
    expect(out).toContain("| 附件1 › 一、 | 制造业质量竞争力指数 | 水平 |  | 85.5 |  | 85.2（2023年预计85.4） |");
    expect(out).toContain("| 附件1 › 一、 | 制造业产品质量合格率 | 水平 |  | 94% | 2023 | 2023年预计93.8% |");
  });
});
