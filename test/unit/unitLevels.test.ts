import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildRegistry } from "../../server/src/core/units/registry";

/**
 * The built-in registry is city-level; the same departments at the other levels of government
 * are derived from it (区财政局, 县卫健局, 省教育厅, 州市场监管局), so that retired names,
 * names run together and two names of one unit are found in 区, 县, 旗, 州, 盟 and 省 plans as in
 * 市 ones (QA precision report, B1).
 */
const registry = buildRegistry(undefined);

function unitFindings(text: string): Array<[string, string, string | undefined]> {
  return analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("units/"))
    .map((finding) => [finding.rule, text.slice(finding.start, finding.end), finding.suggestions?.[0]?.description ?? finding.fix?.description]);
}

describe("names of the registry's departments at other levels", () => {
  it.each([
    ["区市场监管局", "区市场监管局", "县"],
    ["区市场监督管理局", "区市场监管局", "县"],
    ["江都区市场监督管理局", "区市场监管局", "县"],
    ["县卫健委", "县卫健委", "县"],
    ["县卫生健康局", "县卫健委", "县"],
    ["县发改局", "县发展改革委", "县"],
    ["县发展和改革局", "县发展改革委", "县"],
    ["旗农业农村局", "旗农业农村局", "县"],
    ["团区委", "团区委", "县"],
    ["区委宣传部", "区委宣传部", "县"],
    ["州市场监管局", "州市场监管局", "市"],
    ["盟生态环境局", "盟生态环境局", "市"],
    ["省教育厅", "省教育厅", "省"],
    ["省住房城乡建设厅", "省住建厅", "省"],
    ["省经济和信息化厅", "省经信厅", "省"],
    ["省发展改革委", "省发展改革委", "省"],
    ["省市场监管局", "省市场监管局", "省"],
    ["自治区市场监管局", "自治区市场监管局", "省"],
    ["安徽省市场监督管理局", "省市场监管局", "省"],
    // The merged culture and tourism departments, and a 建设局, are the government's own
    // departments where they exist: a 厅 in a province (浙江省文化广电和旅游厅, 省建设厅).
    ["省文化广电和旅游厅", "省文广旅厅", "省"],
    ["省文广旅体厅", "省文广旅体厅", "省"],
    ["省文化体育和旅游厅", "省文体旅厅", "省"],
    ["省建设厅", "省建设厅", "省"],
    // Zhejiang's counties name theirs 文化和广电旅游体育局 (安吉县文化和广电旅游体育局).
    ["县文化和广电旅游体育局", "县文广旅体局", "县"],
    // The office of the 质量强X drive is named after its own level twice (县质量强县办).
    ["县质量强县工作领导小组办公室", "县质量强县办", "县"],
    ["区质量强区办", "区质量强区办", "县"],
    ["省质量强省工作领导小组办公室", "省质量强省办", "省"],
    // A city's 支队 is a county's 大队 and a province's 总队 (消防救援).
    ["县消防救援大队", "县消防救援大队", "县"],
    ["区消防救援大队", "区消防救援大队", "县"],
    ["省消防救援总队", "省消防救援总队", "省"],
    // A city's court is the 中级人民法院, a province's the 高级人民法院, a county's its 人民法院.
    ["省高级人民法院", "省高级法院", "省"],
    ["省高院", "省高级法院", "省"],
    ["县人民法院", "县法院", "县"],
    ["区法院", "区法院", "县"],
    // Bodies every level has that the list lacked.
    ["县文明办", "县文明办", "县"],
    ["县委文明办", "县文明办", "县"],
    ["县大数据发展管理局", "县数据局", "县"],
    ["省贸促会", "省贸促会", "省"],
    ["省粮食和物资储备局", "省粮食和物资储备局", "省"],
    ["省广电局", "省广电局", "省"],
    ["浙江省广播电视局", "省广电局", "省"],
    ["县政务服务管理办", "县政务办", "县"],
  ])("%s is %s, of level %s", (name, canonical, level) => {
    expect(registry.resolve(name)).toMatchObject({ canonical, entry: { level } });
  });

  // A government department (组成部门) is a 厅 in a province; a 局 that is not one stays a 局.
  it.each(["省教育局", "省住建局", "省市场监管厅", "省统计厅", "省文广旅局", "省建设局", "县质量强市办", "县消防救援支队", "省消防救援支队", "区质量强区办x", "省中级法院", "县中级人民法院", "县中院"])("does not know %s", (name) => {
    expect(registry.resolve(name)).toBeNull();
  });

  it("keeps the exact names of every level apart from the patterns (市工信局市财政局 is two units)", () => {
    expect(registry.resolve("区工信局区财政局")).toBeNull();
    expect(registry.resolve("省科技厅省财政厅")).toBeNull();
  });
});

describe("units/ rules in plans of every level", () => {
  it("区: retired names, names run together, one unit under two names", () => {
    const text = [
      "一、主要任务",
      "1.甲任务。开展工作。（责任单位：区市场监管局、区工信局）",
      "2.乙任务。开展工作。（责任单位：区质监局、区卫计委）",
      "3.丙任务。开展工作。（责任单位：区住建局区交通运输局）",
      "4.丁任务。开展工作。（责任单位：区市场监管局、区市场监督管理局）",
      "",
    ].join("\n");
    expect(unitFindings(text)).toEqual([
      ["units/unknown", "区质监局", "改为“区市场监管局”"],
      ["units/unknown", "区卫计委", "改为“区卫健委”"],
      ["units/run-together", "区住建局区交通运输局", "以“、”分开：区住建局、区交通运输局"],
      // A second writing in the same clause is a repeat, units/duplicate's alone.
      ["units/duplicate", "区市场监督管理局", "删除重复的“区市场监督管理局”"],
    ]);
  });

  it("县 and 旗: the same", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。（责任单位：县质监局、县教育局县市场监管局、旗工商局）\n";
    expect(unitFindings(text)).toEqual([
      ["units/unknown", "县质监局", "改为“县市场监管局”"],
      ["units/run-together", "县教育局县市场监管局", "以“、”分开：县教育局、县市场监管局"],
      ["units/unknown", "旗工商局", "改为“旗市场监管局”"],
    ]);
  });

  it("省: a retired name's successor is the province's body (省经信委 → 省工信厅, 省农委 → 省农业农村厅)", () => {
    const text = [
      "一、主要任务",
      "（一）甲任务。开展工作。（省发展改革委、省经信委、省质监局等按职责分工负责）",
      "（二）乙任务。开展工作。（省住房城乡建设厅省经济和信息化厅按职责分工负责）",
      "（三）丙任务。开展工作。（省农委、省卫计委按职责分工负责）",
      "",
    ].join("\n");
    expect(unitFindings(text)).toEqual([
      ["units/unknown", "省经信委", "改为“省工信厅”"],
      ["units/unknown", "省质监局", "改为“省市场监管局”"],
      ["units/run-together", "省住房城乡建设厅省经济和信息化厅", "以“、”分开：省住房城乡建设厅、省经济和信息化厅"],
      ["units/unknown", "省农委", "改为“省农业农村厅”"],
      ["units/unknown", "省卫计委", "改为“省卫健委”"],
    ]);
  });

  it("names a bare name at the plan's own level (住建局 in a 区 plan is 区住建局)", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。（责任单位：区科技局、住建局、质监局）\n2.乙任务。开展工作。（责任单位：区科技局）\n";
    expect(unitFindings(text)).toEqual([
      ["units/unknown", "住建局", "改为“区住建局”"],
      ["units/unknown", "质监局", "改为“区市场监管局”"],
    ]);
  });

  it("finds a typo at its level and suggests the name at that level", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。（省科枝厅、省财政厅按职责分工负责）\n";
    expect(unitFindings(text)).toEqual([["units/unknown", "省科枝厅", "改为“省科技厅”"]]);
  });

  // The registry lists the bodies after the 2018 reform: a plan of 2016 named those of its
  // time (省工信委 was current then), which say nothing wrong about it.
  it("leaves the names of a plan dated before the reform alone, and a name retired after the plan's date", () => {
    const dated = (date: string, units: string) => `---\n成文日期: ${date}\n---\n一、主要任务\n（一）甲任务。开展工作。（${units}按职责分工负责）\n`;
    expect(unitFindings(dated("2016-06-30", "省发改委、省工信委、江西出入境检验检疫局"))).toEqual([]);
    expect(unitFindings(dated("2020-06-30", "省发改委、江西银保监分局"))).toEqual([]);
    expect(unitFindings(dated("2024-06-30", "省发改委、省工信委"))).toEqual([["units/unknown", "省工信委", "改为“省工信厅”"]]);
    // The 乡村振兴局 went into the 农业农村局 in the reforms of 2024: current in a 2023 plan, retired in a 2025 one.
    expect(unitFindings(dated("2023-06-30", "市发改委、市乡村振兴局"))).toEqual([]);
    expect(unitFindings(dated("2025-03-30", "市发改委、市乡村振兴局"))).toEqual([["units/unknown", "市乡村振兴局", "改为“市农业农村局”"]]);
  });
});

/**
 * Bodies whose names carry no level word — vertical and central agencies a plan names by their
 * place (赣州海关, 国家统计局赣州调查队, 赣州金融监管分局), a workspace's 国网赣州供电公司 — are named
 * so in the plans of every level: at any level they are themselves, never "no name there".
 */
describe("names without a level word", () => {
  const workspace = buildRegistry({ units: { registry: [{ name: "国网赣州供电公司", level: "市" }, { name: "赣州市供电公司" }] } });

  it.each([
    ["赣州海关", "赣州海关"],
    ["赣州调查队", "国家统计局赣州调查队"],
    ["赣州金融监管分局", "国家金融监督管理总局赣州监管分局"],
    ["国网赣州供电公司", "国网赣州供电公司"],
    ["赣州市供电公司", "赣州市供电公司"],
  ])("%s is %s at every level", (name, canonical) => {
    const unit = workspace.resolve(name)!;
    for (const word of ["市", "区", "县", "旗", "州", "省", "自治区"]) expect(workspace.atLevel(unit, word)?.canonical, word).toBe(canonical);
  });

  it("while a body of one level only has no name at another (省药监局 at 市, 区公安分局 at 市)", () => {
    expect(registry.atLevel(registry.resolve("省药监局")!, "市")).toBeNull();
    expect(registry.atLevel(registry.resolve("区公安分局")!, "市")).toBeNull();
  });

  it("is suggested for a typo in a plan of any level, and never reported in one", () => {
    const config = { units: { registry: [{ name: "国网赣州供电公司", level: "市" as const }] } };
    const text = (units: string) => `---\n层级: 县\n---\n一、主要任务\n1.甲任务。开展工作。〔责任单位：区科技局、${units}〕\n`;
    const findings = (units: string) =>
      analyze(text(units), { config })
        .findings.filter((finding) => finding.rule.startsWith("units/"))
        .map((finding) => [finding.message, finding.suggestions?.map((suggestion) => suggestion.description)]);
    expect(findings("国网赣州供电公司、赣州海关")).toEqual([]);
    expect(findings("国网赣州供电工司")).toEqual([["“国网赣州供电工司”不在责任单位名录中，是否应为“国网赣州供电公司”？", ["改为“国网赣州供电公司”"]]]);
  });
});

describe("a town's government in a county's plan", () => {
  // A 县 plan names its towns and streets by name (天荒坪镇人民政府, 递铺街道办事处) as well as
  // all of them (各乡镇人民政府): each is a place's body, as ××海关 is.
  it.each([
    ["天荒坪镇人民政府", "天荒坪镇人民政府"],
    ["天荒坪镇政府", "天荒坪镇人民政府"],
    ["山川乡人民政府", "山川乡人民政府"],
    ["递铺街道办事处", "递铺街道办事处"],
  ])("%s is %s", (name, canonical) => {
    expect(registry.resolve(name)).toMatchObject({ canonical });
  });

  it("is no finding in a county's plan", () => {
    const text = "---\n层级: 县\n---\n一、主要任务\n1.甲任务。开展工作。〔责任单位：县市场监管局、天荒坪镇人民政府、递铺街道办事处〕\n";
    expect(unitFindings(text)).toEqual([]);
  });

  it("is not read into the words for all of them (乡镇街道)", () => {
    expect(registry.resolve("乡镇街道")).toBeNull();
  });
});
