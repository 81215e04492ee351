import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runPlancheck as run } from "../support/cli";

/**
 * Plans of kinds no seed is (test/fixtures/plans-new/, its README lists what is planted):
 * a county's 质量提升行动计划 with a 分工表, a city's yearly 工作要点 with 牵头单位/配合单位 and
 * 2024 targets, a province's 品牌建设 sector plan with a 2025/2027 indicator table, an urban
 * district's plan with zones' 管委会 and a 专栏, a city plan's 征求意见稿 citing the outline by number. The CLI must
 * report exactly the planted defects (rule and 1-based line) and read the reports as a reviewer
 * does; a finding on valid text, or a planted defect missed, fails here.
 */
const DIR = join(__dirname, "..", "fixtures", "plans-new");
const COUNTY = join(DIR, "county-quality-action.plan");
const CITY = join(DIR, "city-work-points.plan");
const PROVINCE = join(DIR, "province-brand.plan");
const DISTRICT = join(DIR, "district-quality.plan");
const DRAFT = join(DIR, "city-draft-comments.plan");

interface Finding {
  rule: string;
  range: { start: { line: number } };
}

async function findings(file: string): Promise<[number, string][]> {
  const report = await jsonReport<{ files: { findings: Finding[] }[] }>("check", file);
  return report.files[0]!.findings.map((finding) => [finding.range.start.line + 1, finding.rule]);
}

interface TargetRow {
  path: string[];
  indicator: string;
  comparator: string;
  kind: string;
  value: number | null;
  horizon: number | null;
  inGoals: boolean;
  verdict: string;
  parentStatus: string;
}
const targets = async (file: string) => (await jsonReport<{ rows: TargetRow[] }>("targets", file)).rows;
const covered = async (file: string) =>
  (await jsonReport<{ items: { number: string; covered: boolean }[] }>("coverage", file)).items.filter((item) => item.covered).map((item) => item.number);

describe("a county's 质量提升行动计划 with a 分工表", () => {
  it("reports the planted defects and nothing else", async () => {
    expect(await findings(COUNTY)).toEqual([
      [30, "units/duplicate"],
      [44, "numbering/sequence"],
      [44, "units/unknown"],
      // Row 8 leaves out the text's 县质监局, which is the 县市场监管局 it lists: no second finding.
      [64, "units/table-mismatch"],
    ]);
  });

  it("reads the outline, the table's units and the towns as a group", async () => {
    const outline = await jsonReport<{ title: string; items: { marker: string; children: { marker: string }[] }[]; attachments: { title: string }[] }>("outline", COUNTY);
    expect(outline.title).toBe("于都县质量提升行动计划（2024—2025年）");
    expect(outline.items.map((item) => [item.marker, item.children.map((child) => child.marker).join("")])).toEqual([
      ["一、", "（一）（二）"],
      ["二、", "（一）（二）（三）（四）（五）（六）（七）（九）"],
      ["三、", "（一）（二）（三）"],
    ]);
    expect(outline.attachments.map((attachment) => attachment.title)).toEqual(["于都县质量提升行动重点任务分工表"]);
    const units = await run(["units", "--no-config", COUNTY]);
    // （六） has its units in the table only; the towns are a group term, not a unit.
    expect(units.out).toContain("| 二、 › （六） | 加强质量基础设施建设 | 县市场监管局、县工信局 |");
    expect(units.out).toContain("| 各乡镇人民政府 | 4 |");
    // 县质监局 is the 县市场监管局 that took its duties over (units/unknown says so): one unit.
    expect(units.out).toContain("### 按单位汇总（13 个单位）");
    expect(units.out).toContain("| 县市场监管局（又写作县质监局） | 7 |");
  });

  it("compares its 2025 targets with the outline's, 县域公共服务质量满意度 as a part of 服务质量满意度", async () => {
    const rows = (await targets(COUNTY)).map((row) => [row.indicator, row.value, row.horizon, row.verdict, row.parentStatus]);
    expect(rows).toEqual([
      ["制造业产品质量合格率", 94, 2025, "meets", "compared"],
      ["食用农产品监测合格率", 98, 2025, "meets", "compared"],
      ["食品抽检合格率", 98, 2025, "meets", "compared"],
      ["规模以上工业企业首席质量官覆盖率", 60, 2025, "no-parent", "no-indicator"],
      ["主导或参与制修订国家标准、行业标准和团体标准", 10, 2025, "no-parent", "no-indicator"],
      ["赣鄱正品认证企业", 5, 2025, "no-parent", "no-indicator"],
      ["县域公共服务质量满意度", 80, 2025, "meets", "compared"],
    ]);
  });

  it("credits the outline's items its tasks carry out", async () => {
    expect(await covered(COUNTY)).toEqual(expect.arrayContaining(["（十）", "（十三）", "（十七）", "（二十三）", "（二十六）"]));
  });
});

describe("a city's yearly 工作要点 with 牵头单位 and 配合单位", () => {
  it("reports the planted defects and, by design, the city's own bureau the registry cannot know", async () => {
    expect(await findings(CITY)).toEqual([
      [5, "targets/blank"],
      [9, "units/unknown"],
      [11, "units/unknown"],
      [13, "units/label-separator"],
      [13, "units/unknown"],
      [21, "units/separator"],
      [27, "punct/repeated"],
      [29, "units/unknown"],
      [33, "xref/short-title"],
    ]);
  });

  it("reads 牵头单位 as the lead and 配合单位 as the supporting units", async () => {
    const { rows } = await jsonReport<{ rows: { path: string[]; leads: string[]; supporting: string[] }[] }>("units", CITY);
    expect(rows.map((row) => [row.path.join(""), row.leads, row.supporting]).slice(0, 3)).toEqual([
      ["一、1.", ["市陶瓷局"], ["市工信局", "市市场监管局"]],
      ["一、2.", ["市市场监管局"], ["市陶瓷局", "市工信局", "市科技局"]],
      // Split by a comma (units/label-separator), the two labels are still read apart.
      ["一、3.", ["市工信局"], ["市陶瓷局", "市科技局"]],
    ]);
    const outline = await jsonReport<{ items: { children: { marker: string }[] }[] }>("outline", CITY);
    expect(outline.items.flatMap((item) => item.children.map((child) => child.marker)).join("")).toBe("1.2.3.4.5.6.7.8.9.10.11.");
  });

  it("reads the preamble's 2024 goals, counts too, and compares them with the outline's 2025 ones only where that says something", async () => {
    const rows = (await targets(CITY)).map((row) => [row.indicator, row.kind, row.value, row.horizon, row.inGoals, row.verdict, row.parentStatus]);
    expect(rows).toEqual([
      ["制造业产品质量合格率", "level", 94, 2024, true, "stricter", "compared"],
      ["食品抽检合格率", "level", 98.5, 2024, true, "stricter", "compared"],
      ["农产品质量安全例行监测合格率", "level", 98, 2024, true, "stricter", "compared"],
      // A 2024 milestone below the outline's 2025 figure is no shortfall: the years differ.
      ["制造业质量竞争力指数", "level", 85.5, 2024, true, "no-parent", "not-comparable"],
      ["公共服务质量满意度", "level", null, 2024, true, "weaker", "compared"],
      ["主导或参与制修订国家标准、行业标准", "count", 15, 2024, true, "no-parent", "no-indicator"],
      ["“赣鄱正品”认证企业", "count", 10, 2024, true, "no-parent", "no-indicator"],
      ["省级质量标杆企业", "count", 3, 2024, false, "no-parent", "no-indicator"],
      ["食品安全抽检监测", "count", 4000, 2024, false, "no-parent", "no-indicator"],
      ["质量基础设施“一站式”服务站", "count", 3, 2024, false, "no-parent", "no-indicator"],
    ]);
  });

  it("credits the outline's items its points carry out", async () => {
    expect(await covered(CITY)).toEqual(expect.arrayContaining(["（十）", "（十三）", "（十八）", "（二十一）", "（二十三）"]));
  });
});

describe("a province's 品牌建设 sector plan with a 2025/2027 indicator table", () => {
  it("reports the planted defects and nothing else", async () => {
    expect(await findings(PROVINCE)).toEqual([
      // The text's 85 and the table's are one target: one finding, at the text, naming the table.
      [19, "targets/weaker-than-parent"],
      [26, "targets/weaker-than-baseline"],
      [36, "units/level"],
      [38, "numbering/marker-style"],
      [40, "units/unknown"],
      [46, "units/missing-clause"],
      [52, "xref/title"],
    ]);
  });

  it("reports the goal the text and the table both state below the outline once, naming the table", async () => {
    const report = await jsonReport<{ files: { findings: (Finding & { message: string })[] }[] }>("check", PROVINCE);
    const weaker = report.files[0]!.findings.filter((finding) => finding.rule === "targets/weaker-than-parent");
    expect(weaker.map((finding) => finding.message)).toEqual(["“制造业质量竞争力指数”的目标“85”，低于纲要的86（《质量强国建设纲要》：制造业质量竞争力指数达到86）；一、（二）的指标表再次写明同一目标，不重复报告"]);
  });

  it("keeps the verb of a count whose noun is only a quoted brand (新认证“赣鄱正品”)", async () => {
    const rows = (await targets(PROVINCE)).filter((row) => row.indicator.includes("赣鄱正品")).map((row) => [row.indicator, row.value, row.horizon]);
    expect(rows).toEqual([
      ["新认证“赣鄱正品”", 200, 2025],
      ["新认证“赣鄱正品”", 500, 2027],
      ["“赣鄱正品”认证数量（累计）", 700, 2025],
      ["“赣鄱正品”认证数量（累计）", 1000, 2027],
    ]);
  });

  it("reads the table's 2025 and 2027 columns against the 2024 base, and compares 2027 with the outline's 2025 as meeting it only", async () => {
    const rows = (await targets(PROVINCE)).filter((row) => row.indicator === "制造业质量竞争力指数").map((row) => [row.value, row.horizon, row.verdict]);
    expect(rows).toEqual([
      [85, 2025, "weaker"],
      [87, 2027, "meets"],
      [85, 2025, "weaker"],
      [87, 2027, "meets"],
    ]);
  });

  it("counts coverage over the brand items and the common ones only", async () => {
    const report = await jsonReport<{ sectors: string[]; items: { number: string }[] }>("coverage", PROVINCE);
    expect(report.sectors).toEqual(["品牌"]);
    expect(report.items.map((item) => item.number)).toContain("（二十一）");
    expect(await covered(PROVINCE)).toContain("（二十一）");
  });
});

describe("an urban district's plan with zones' 管委会, 街道 and a 专栏 inside a task", () => {
  it("reports the planted defects and, by design, the outline's target the district leaves out", async () => {
    expect(await findings(DISTRICT)).toEqual([
      [5, "targets/parent-not-localised"],
      [25, "units/unknown"],
      [27, "numbering/sequence"],
      [29, "units/duplicate"],
    ]);
  });

  it("reads two levels, the 专栏 under its task, the zones as units and the 街道 as a group", async () => {
    interface Node { kind: string; marker: string; children: Node[] }
    const outline = await jsonReport<{ title: string; items: Node[] }>("outline", DISTRICT);
    expect(outline.title).toBe("赣州市章贡区质量强区建设实施方案（2024—2025年）");
    expect(outline.items.map((item) => [item.marker, item.children.map((child) => child.marker).join("")])).toEqual([
      ["一、", ""],
      ["二、", "1.2.3.4.5.7.8.9."],
      ["三、", "1.2.3."],
    ]);
    const box = outline.items[1]!.children[1]!.children[0]!;
    expect([box.kind, box.marker, box.children.map((child) => child.marker).join("")]).toEqual(["box", "专栏1", "（1）（2）"]);
    const units = await run(["units", "--no-config", DISTRICT]);
    expect(units.out).toContain("| 水西有色冶金基地管委会 | 2 | 二、1.；二、9. |");
    expect(units.out).toContain("| 章贡经开区管委会 | 2 | 二、1.；二、9. |");
    expect(units.out).toContain("| 各街道办事处 | 3 | 二、4.；二、7.；三、3. |");
  });

  it("reads the 专栏's projects as the plan's targets, a deadline year (2025年前完成…10项) their horizon", async () => {
    const rows = (await targets(DISTRICT)).filter((row) => row.path.includes("专栏1")).map((row) => [row.path.join(" › "), row.indicator, row.comparator, row.value, row.horizon]);
    expect(rows).toEqual([
      ["二、 › 2. › 专栏1 › （1）", "质量攻关项目", "完成", 10, 2025],
      ["二、 › 2. › 专栏1 › （2）", "区级质量标杆企业", "培育", 5, 2025],
    ]);
  });
});

describe("a city plan's draft for comments citing the outline's items by number", () => {
  it("reports every planted defect, the item cited under another item's title (line 30) included", async () => {
    expect(await findings(DRAFT)).toEqual([
      [30, "xref/unrelated-section"],
      [32, "xref/unknown-section"],
      [47, "targets/inconsistent"],
    ]);
  });

  it("reads the title through the draft's wrapping and the 附件 as an attachment", async () => {
    const outline = await jsonReport<{ title: string; items: { marker: string; children: { marker: string }[] }[]; attachments: { title: string }[] }>("outline", DRAFT);
    expect(outline.title).toBe("萍乡市深化质量强市建设实施方案（2024—2027年）");
    expect(outline.items.map((item) => [item.marker, item.children.map((child) => child.marker).join("")])).toEqual([
      ["一、", "（一）（二）"],
      ["二、", "（一）（二）（三）（四）（五）（六）"],
      ["三、", "（一）（二）"],
    ]);
    expect(outline.attachments.map((attachment) => attachment.title)).toEqual(["萍乡市深化质量强市建设主要指标"]);
  });

  it("reads the table's 2025 and 2027 columns against the 2023 base", async () => {
    const rows = (await targets(DRAFT)).filter((row) => row.indicator === "制造业质量竞争力指数").map((row) => [row.value, row.horizon, row.verdict]);
    expect(rows).toEqual([
      [86.5, 2025, "stricter"],
      [87.5, 2027, "meets"],
      [86.5, 2025, "stricter"],
      [88, 2027, "meets"],
    ]);
  });

  it("credits the items the tasks cite after the short title 《纲要》 as written, not inferred", async () => {
    const report = await jsonReport<{ items: { number: string; by?: { path: string[]; basis: string }[] }[] }>("coverage", DRAFT);
    const cited = report.items.flatMap((item) => (item.by ?? []).filter((task) => task.basis === "cited").map((task) => [item.number, task.path.join("")]));
    expect(cited).toEqual([
      ["（十二）", "二、（一）"],
      ["（十三）", "二、（二）"],
      // （四） cites （十七） for the title of （十八）: credited as written (the miss the README lists).
      ["（十七）", "二、（三）"],
      ["（十七）", "二、（四）"],
      ["（二十一）", "二、（六）"],
    ]);
  });
});
