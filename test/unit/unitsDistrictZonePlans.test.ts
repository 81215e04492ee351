import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, type AnalysisOptions } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * QA 41a: responsible units as district, county and zone drafters write them — a district's
 * bodies that are the city bureaus' 分局 (市公安局青山湖分局 and 区公安分局), a government as a
 * 责任单位 of its own plan (市人民政府, 县人民政府), a body's second name across clauses, a county
 * plan whose clauses are lines under each task with a 任务分工表 that disagrees with the text in
 * one place, and a development zone's plan with its 管委会 bodies, 驻区单位 and the city's 分局s.
 */
const head = (title: string, cited: string) => `${title}\n\n为深入贯彻落实《${cited}》，结合实际，制定本方案。\n\n一、主要任务\n\n`;
const task = (n: string, heading: string, units: string) => `（${n}）${heading}。开展专项工作。（责任单位：${units}）\n`;
const DISTRICT = head("南昌市青山湖区深入推进质量强区建设实施方案", "南昌市深入推进质量强市建设实施方案");

function unitFindings(text: string, options: AnalysisOptions = {}): string[] {
  return analyze(text, options).findings.filter((finding) => finding.rule.startsWith("units/")).map((finding) => `${finding.rule} ${text.slice(finding.start, finding.end)}: ${finding.message}`);
}

function reportUnits(text: string): string[] {
  const { plan } = analyze(text);
  return unitReport(plan, registryFor(undefined, undefined)).units.map((unit) => `${unit.unit} ${unit.tasks.length}`);
}

describe("a district's body that is a city bureau's 分局", () => {
  it("unifies the short writing to the 分局's own name, whichever the plan writes first or more often", () => {
    const text = `${DISTRICT}${task("一", "加强治安防控", "区公安分局、区应急管理局")}${task("二", "打击食品犯罪", "市公安局青山湖分局、区市场监管局")}${task("三", "加强社会治安", "区公安分局")}${task("四", "推进污染防治", "区生态环境分局")}${task("五", "加强环境执法", "市生态环境局青山湖分局")}${task("六", "保障项目用地", "区自然资源分局、区住建局")}${task("七", "加强土地执法", "南昌市自然资源和规划局青山湖分局")}`;
    expect(unitFindings(text)).toEqual([
      "units/alias 区公安分局: “区公安分局”与本文的“市公安局青山湖分局”是同一单位，应统一写作分局的正式名称“市公安局青山湖分局”",
      "units/alias 区公安分局: “区公安分局”与本文的“市公安局青山湖分局”是同一单位，应统一写作分局的正式名称“市公安局青山湖分局”",
      "units/alias 区生态环境分局: “区生态环境分局”与本文的“市生态环境局青山湖分局”是同一单位，应统一写作分局的正式名称“市生态环境局青山湖分局”",
      "units/alias 区自然资源分局: “区自然资源分局”与本文的“南昌市自然资源和规划局青山湖分局”是同一单位，应统一写作分局的正式名称“南昌市自然资源和规划局青山湖分局”",
    ]);
    expect(reportUnits(text)[0]).toBe("市公安局青山湖分局 3");
    expect(reportUnits(text)).toContain("南昌市自然资源和规划局青山湖分局 2");
    expect(reportUnits(text)).toContain("市生态环境局青山湖分局 2");
    const fixed = fixAll(text).text;
    expect(fixed).not.toMatch(/区公安分局|区生态环境分局|区自然资源分局/);
    expect(fixed).toContain("（责任单位：市公安局青山湖分局、区应急管理局）");
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("deletes the short writing, not the 分局's name, where one clause lists both", () => {
    const text = `${DISTRICT}${task("一", "加强质量监管", "区市场监管局、区公安分局、市市场监管局青山湖分局")}${task("二", "推进标准化", "区市场监管局")}`;
    expect(unitFindings(text)).toEqual([
      "units/duplicate 区市场监管局: “区市场监管局”与后面的“市市场监管局青山湖分局”是同一单位，重复列出",
      "units/alias 区市场监管局: “区市场监管局”与本文的“市市场监管局青山湖分局”是同一单位，应统一写作分局的正式名称“市市场监管局青山湖分局”",
    ]);
    const fixed = fixAll(text).text;
    expect(fixed).toContain("（责任单位：区公安分局、市市场监管局青山湖分局）");
    expect(fixed).toContain("（责任单位：市市场监管局青山湖分局）");
  });

  it("never moves the 分局's name to the short one, in canonical mode either", () => {
    const text = `${DISTRICT}${task("一", "加强治安防控", "区公安分局")}${task("二", "打击食品犯罪", "市公安局青山湖分局")}`;
    const canonical = { config: { rules: { "units/alias": ["warning", { prefer: "canonical" }] } } } as AnalysisOptions;
    expect(unitFindings(text, canonical)).toEqual([
      "units/alias 区公安分局: “区公安分局”与本文的“市公安局青山湖分局”是同一单位，应统一写作分局的正式名称“市公安局青山湖分局”",
    ]);
  });

  it("leaves a plan that writes only the short name, or only the 分局's, alone", () => {
    expect(unitFindings(`${DISTRICT}${task("一", "加强治安防控", "区公安分局")}${task("二", "打击食品犯罪", "区公安分局、区市场监管局")}`)).toEqual([]);
    expect(unitFindings(`${DISTRICT}${task("一", "加强治安防控", "市公安局青山湖分局")}${task("二", "推进污染防治", "市生态环境局青山湖分局")}`)).toEqual([]);
  });

  it("keeps a colloquial 分局 name no formal one: the canonical name stays preferred", () => {
    const text = `${head("南京市鼓楼区质量强区建设实施方案", "南京市质量强市建设实施方案")}${task("一", "加强治安防控", "区公安分局")}${task("二", "打击食品犯罪", "鼓楼公安分局")}`;
    expect(unitFindings(text)).toEqual(["units/alias 鼓楼公安分局: “鼓楼公安分局”与本文的“区公安分局”是同一单位，应统一写作规范名称“区公安分局”"]);
  });
});

describe("a government as a 责任单位 of its own plan", () => {
  it("is a known body: 市人民政府 in a city's plan, 县人民政府 in a county's, with their short forms", () => {
    const city = `${head("赣州市深化质量强市建设实施方案", "质量强国建设纲要")}${task("一", "健全质量工作体制", "市人民政府")}${task("二", "纳入综合考核", "市人民政府、市市场监管局")}`;
    expect(unitFindings(city)).toEqual([]);
    const county = `${head("于都县深化质量强县建设实施方案", "赣州市深化质量强市建设实施方案")}${task("一", "健全质量工作体制", "县人民政府")}${task("二", "纳入乡镇考核", "县政府、各乡镇人民政府")}`;
    expect(unitFindings(county)).toEqual(["units/alias 县政府: “县政府”与本文的“县人民政府”是同一单位，应统一写作规范名称“县人民政府”"]);
  });

  it("is one unit written with its city's name, and another city's government stays another's", () => {
    const text = `${head("赣州市深化质量强市建设实施方案", "质量强国建设纲要")}${task("一", "健全质量工作体制", "市人民政府")}${task("二", "纳入综合考核", "赣州市人民政府、市市场监管局")}${task("三", "加强区域合作", "南昌市人民政府")}`;
    expect(reportUnits(text)).toEqual(["市人民政府 2", "南昌市人民政府 1", "市市场监管局 1"]);
  });

  it("still reads a name cut off before its office word as the office (市人民政府办公 → 市政府办公室)", () => {
    const text = `${head("赣州市深化质量强市建设实施方案", "质量强国建设纲要")}${task("一", "纳入综合考核", "市人民政府办公、市市场监管局")}${task("二", "强化监管", "市市场监")}`;
    expect(unitFindings(text)).toEqual([
      "units/unknown 市人民政府办公: “市人民政府办公”不在责任单位名录中，是否应为“市政府办公室”？",
      "units/unknown 市市场监: “市市场监”不在责任单位名录中，是否应为“市市场监管局”？",
    ]);
  });
});

describe("a body's second name across clauses", () => {
  it("is one unit in the report, listed under its first name even where the second is written more", () => {
    const text = `${head("赣州市章贡区深化质量强区建设实施方案", "赣州市深化质量强市建设实施方案")}${task("一", "推进专利转化", "区知识产权局、区科技局")}${task("二", "加强知识产权保护", "区市场监管局（知识产权局）、区公安分局")}${task("三", "培育商标品牌", "区知识产权局")}`;
    expect(unitFindings(text)).toEqual([]);
    expect(reportUnits(text)).toEqual(["区市场监管局 3", "区公安分局 1", "区科技局 1"]);
  });
});

/** Each unit of the reviewers' report with its tasks and roles, then each group term, as a reviewer reads them. */
function reviewerTallies(text: string): string {
  const report = unitReport(analyze(text).plan, registryFor(undefined, undefined));
  const roles = (unit: (typeof report.units)[number]) => `${unit.unit} ${unit.tasks.length} 牵头${unit.leads} 配合${unit.supports}`;
  return `\n${[...report.units.map(roles), ...report.groups.map((group) => `${roles(group)} (统称)`)].join("\n")}`;
}
const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "units-qa", name), "utf8");

describe("QA: a county plan whose clauses are lines under each task, with a 分工表", () => {
  const text = fixture("county-line-clauses.plan");

  it("reports the one row of the table that disagrees with the text, and nothing else of its units", () => {
    expect(unitFindings(text)).toEqual([
      "units/table-mismatch 4\t提升公共服务质量\t县发改委\t县教育科技体育局、县卫健委、县人社局\t每年12月: 分工表第4项“提升公共服务质量”与正文“二、（二）4.”的责任单位不一致：表中多列了“县人社局”；表中未列正文的“县民政局”",
    ]);
  });

  it("counts each department's tasks once, the table's rows merged into the text's tasks", () => {
    expect(reviewerTallies(text)).toBe(`
县市场监管局 3 牵头1 配合2
县工信局 2 牵头1 配合1
县发改委 1 牵头1 配合0
县农业农村局 1 牵头1 配合0
县人民政府 1 牵头1 配合0
县住建局 1 牵头1 配合0
县财政局 1 牵头0 配合1
县交通运输局 1 牵头0 配合1
县教育科技体育局 1 牵头0 配合1
县科技局 1 牵头0 配合1
县民政局 1 牵头0 配合1
县人社局 1 牵头0 配合1
县水利局 1 牵头0 配合1
县卫健委 1 牵头0 配合1
各乡镇人民政府 1 牵头0 配合1 (统称)`);
  });
});

describe("QA: a development zone's plan with its 管委会 bodies, 驻区单位 and the city's 分局s", () => {
  const text = fixture("zone-plan.plan");

  it("has no unit finding", () => {
    expect(unitFindings(text)).toEqual([]);
  });

  it("lists the zone's bodies, the 分局s and the bodies stationed in the zone as a reviewer reads them", () => {
    expect(reviewerTallies(text)).toBe(`
经发局 3 牵头1 配合2
财政金融局 2 牵头1 配合1
市市场监管局经开区分局 2 牵头1 配合1
建设局 2 牵头0 配合2
社会事务局 1 牵头1 配合0
市生态环境局经开区分局 1 牵头1 配合0
市自然资源局经开区分局 1 牵头1 配合0
行政审批局 1 牵头1 配合0
国家税务总局赣州经济技术开发区税务局 1 牵头0 配合1
国网赣州供电公司 1 牵头0 配合1
科技创新局 1 牵头0 配合1
人民银行赣州市分行 1 牵头0 配合1
市公安局经开区分局 1 牵头0 配合1
应急管理局 1 牵头0 配合1
各街道办事处 1 牵头0 配合1 (统称)
各驻区单位 1 牵头0 配合1 (统称)`);
  });

  it("unifies a zone's 区…分局 to the city's 分局 in the zone, by the 分局's name", () => {
    const edited = text.replace("配合单位：市公安局经开区分局、应急管理局", "配合单位：区公安分局、应急管理局").replace("配合单位：各街道办事处）", "配合单位：各街道办事处、市公安局经开区分局）");
    expect(unitFindings(edited)).toEqual(["units/alias 区公安分局: “区公安分局”与本文的“市公安局经开区分局”是同一单位，应统一写作分局的正式名称“市公安局经开区分局”"]);
  });
});
