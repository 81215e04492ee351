import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { documentLevel, documentPlace } from "../../server/src/core/units/documentLevel";
import { levelOfName } from "../../server/src/core/units/names";
import { buildRegistry } from "../../server/src/core/units/registry";

/**
 * Vertically managed bodies (人民银行, 海关, 税务, 金融监管, 气象, 统计调查队) have their own forms
 * at each level, and names of every body are often written after their place (赣州市市场监管局).
 */
const registry = buildRegistry(undefined);

function unitFindings(text: string): Array<[string, string, string[]]> {
  return analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("units/"))
    .map((finding) => [finding.rule, text.slice(finding.start, finding.end), (finding.suggestions ?? []).map((s) => s.description)]);
}

const DISTRICT = "赣州市章贡区深化质量强区建设实施方案\n\n一、重点任务\n\n";

describe("vertically managed bodies at each level", () => {
  it("knows the 人民银行's 分行 of a province and a city, and none of a 区 or 县", () => {
    expect(registry.resolve("人民银行赣州市分行")).toMatchObject({ canonical: "人民银行赣州市分行", place: "赣州" });
    expect(registry.resolve("人民银行江西省分行")).toMatchObject({ canonical: "人民银行江西省分行", place: "江西" });
    expect(registry.resolve("中国人民银行江西省分行")).toMatchObject({ canonical: "人民银行江西省分行" });
    for (const name of ["人民银行章贡区分行", "中国人民银行兴国县分行", "人行章贡区分行"]) expect(registry.resolve(name), name).toBeNull();
    // A county-level city the districts table lists is a county: no 分行 there either.
    for (const name of ["人民银行瑞金市分行", "人行义乌分行"]) expect(registry.resolve(name), name).toBeNull();
    const city = registry.resolve("人民银行赣州市分行")!;
    expect(registry.atLevel(city, "区")).toBeNull();
    expect(registry.atLevel(city, "省")?.canonical).toBe("人民银行赣州省分行");
  });

  it("knows the 金融监管 office of each level: 监管局, 监管分局, 监管支局", () => {
    expect(registry.resolve("国家金融监督管理总局江西监管局")?.entry.level).toBe("省");
    expect(registry.resolve("国家金融监督管理总局赣州监管分局")?.entry.level).toBe("市");
    expect(registry.resolve("国家金融监督管理总局兴国监管支局")?.entry.level).toBe("县");
    expect(registry.resolve("兴国金融监管支局")?.canonical).toBe("国家金融监督管理总局兴国监管支局");
  });

  it("reads a name of a level after its place as that name of the place", () => {
    expect(registry.resolve("赣州市市场监管局")).toMatchObject({ canonical: "市市场监管局", place: "赣州" });
    expect(registry.resolve("章贡区住建局")).toMatchObject({ canonical: "区住建局", place: "章贡" });
    expect(registry.resolve("江西省税务局")).toMatchObject({ canonical: "省税务局", place: "江西" });
    expect(registry.resolve("赣州市气象局")).toMatchObject({ canonical: "市气象局", place: "赣州" });
    // A city's 金融监管局 after its place is the city's, not the province's 国家金融监督管理总局××监管局.
    expect(registry.resolve("赣州市金融监管局")).toMatchObject({ canonical: "市金融监管局", place: "赣州" });
    // Two departments run together are never one name after a place.
    expect(registry.resolve("市工信局市财政局")).toBeNull();
  });

  it("takes a place ending in 州 for a place of any level (贵州 is a province, 通州 a district)", () => {
    expect(registry.resolve("贵州省人民政府")).toMatchObject({ canonical: "贵州省人民政府", place: "贵州" });
    expect(registry.resolve("通州区人民政府")).toMatchObject({ canonical: "通州区人民政府", place: "通州" });
    expect(registry.resolve("贵州省药品监督管理局")).toMatchObject({ canonical: "省药监局", place: "贵州" });
  });

  it("counts a national body's local office as no national name when reading a plan's level", () => {
    expect(levelOfName("国家税务总局赣州市税务局")).toBeNull();
    expect(levelOfName("国家金融监督管理总局赣州监管分局")).toBeNull();
    expect(levelOfName("国家统计局赣州调查队")).toBeNull();
    expect(levelOfName("国家市场监督管理总局")).toBe("国家");
    expect(levelOfName("国家发展改革委")).toBe("国家");
    const text = `${DISTRICT}1.甲。〔责任单位：国家税务总局赣州市税务局、国家金融监督管理总局赣州监管分局、国家统计局赣州调查队、区财政局〕\n\n2.乙。〔责任单位：区住建居〕\n`;
    expect(documentLevel(analyze(text).plan)).toEqual({ level: "县", word: "区" });
    // So the district's plan is checked: its typo is found.
    expect(unitFindings(text).map(([rule, name]) => [rule, name])).toEqual([["units/unknown", "区住建居"]]);
  });

  it("a district's plan names the city's 分行, and no 区 分行 is made up for a retired name", () => {
    // The bank kept no office below the city after 2023: a district's 中心支行 is its county
    // branch, whose duties the city's 分行 took over (units/retired.ts, closedOffice).
    const text = `${DISTRICT}1.甲。〔责任单位：人民银行赣州市分行、区财政局、人民银行章贡区分行〕\n\n2.乙。〔责任单位：人民银行赣州市中心支行、人民银行章贡区中心支行、区发改委〕\n`;
    const findings = unitFindings(text);
    expect(findings.find(([, name]) => name === "人民银行章贡区分行")?.[0]).toBe("units/unknown");
    expect(findings.find(([, name]) => name === "人民银行赣州市中心支行")?.[2]).toEqual(["改为“人民银行赣州市分行”"]);
    const made = findings.find(([, name]) => name === "人民银行章贡区中心支行");
    expect(made?.[2]).toEqual(["改为“人民银行赣州市分行”"]);
    expect(findings.some(([, name]) => name === "人民银行赣州市分行")).toBe(false);
  });
});

describe("a vertical body's office named by a place without its level word", () => {
  const CITY = "赣州市深化质量强市建设实施方案\n为全面贯彻落实《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》精神，制定本实施方案。\n一、主要任务\n";

  it.each(["人行江西分行", "人民银行江西分行", "中国人民银行江西分行", "人行江西省分行", "中国人民银行江西省分行"])("reads %s as the province's 分行, never a 市分行 of 江西", (name) => {
    expect(registry.resolve(name)).toMatchObject({ canonical: "人民银行江西省分行", place: "江西" });
    expect(registry.resolve(name)?.entry.level).toBe("省");
  });

  it("reads a city's short forms as the city's 分行, and a municipality's of either level", () => {
    for (const name of ["人行赣州分行", "人民银行赣州分行", "中国人民银行赣州分行", "人行赣州市分行"]) expect(registry.resolve(name), name).toMatchObject({ canonical: "人民银行赣州市分行" });
    expect(registry.resolve("人行上海分行")).not.toBeNull();
    // A province written as a city's place says its level twice: no 人民银行江西市市分行.
    expect(registry.resolve("人行江西市分行")?.canonical).not.toBe("人民银行江西市市分行");
  });

  it("takes a listed county, district or county-level city written bare or with its word for one place", () => {
    // 国网于都供电公司 and 国网于都县供电公司 are one company, each name as written (兴国监管支局 is bare).
    const county = "于都县质量强县建设实施方案\n于都县人民政府\n一、重点任务\n1.甲。（责任单位：国网于都供电公司、国网于都县供电公司）\n2.乙。（责任单位：中国移动于都分公司、县商务局）\n3.丙。（责任单位：国网瑞金供电公司、国网瑞金市供电公司、国网章贡供电公司）\n";
    expect(unitFindings(county).filter(([rule]) => rule === "units/duplicate").map(([, name]) => name)).toEqual(["国网于都县供电公司", "国网瑞金市供电公司"]);
  });

  it("keeps the 邮政管理局 to provinces and cities, which alone have one", () => {
    expect(registry.resolve("省邮政管理局")?.canonical).toBe("省邮政管理局");
    expect(registry.resolve("赣州市邮政管理局")).toMatchObject({ canonical: "市邮政管理局", place: "赣州" });
    for (const name of ["县邮政管理局", "区邮政管理局", "于都县邮政管理局"]) expect(registry.resolve(name), name).toBeNull();
  });

  it("keeps each level's 金融监管 and 调查 offices to the places of that level", () => {
    expect(registry.resolve("江西金融监管局")).toMatchObject({ canonical: "国家金融监督管理总局江西监管局" });
    // A city has a 监管分局, a province no 分局.
    expect(registry.resolve("赣州金融监管局")).toBeNull();
    expect(registry.resolve("江西金融监管分局")).toBeNull();
    expect(registry.resolve("国家统计局江西调查总队")).toMatchObject({ canonical: "国家统计局江西调查总队", place: "江西" });
    expect(registry.resolve("江西调查总队")).toMatchObject({ canonical: "国家统计局江西调查总队" });
    expect(registry.resolve("国家统计局赣州调查总队")).toBeNull();
    expect(registry.resolve("国家统计局江西调查队")).toBeNull();
  });

  it("takes the province's short forms for one unit in a city's plan, and names the right successor", () => {
    const text = `${CITY}1.甲。〔责任单位：人行江西分行、中国人民银行江西省分行〕\n2.乙。〔责任单位：人行赣州分行、市财政局〕\n`;
    expect(unitFindings(text)).toEqual([["units/duplicate", "中国人民银行江西省分行", []]]);
    const retired = unitFindings(`---\n成文日期: 2024-03-19\n---\n${CITY}1.甲。〔责任单位：江西银保监分局、赣州银保监分局、江西银保监局〕\n`);
    expect(retired.map(([, name, suggestions]) => [name, suggestions])).toEqual([
      ["江西银保监分局", ["改为“国家金融监督管理总局江西监管局”"]],
      ["赣州银保监分局", ["改为“国家金融监督管理总局赣州监管分局”"]],
      ["江西银保监局", ["改为“国家金融监督管理总局江西监管局”"]],
    ]);
  });
});

describe("a district's 分局 of a city's bureau", () => {
  it.each([
    ["市市场监管局章贡分局", "市市场监管局章贡分局"],
    ["市公安局章贡分局", "市公安局章贡分局"],
    ["市自然资源局章贡分局", "市自然资源局章贡分局"],
    ["市市场监督管理局章贡分局", "市市场监管局章贡分局"],
    ["市生态环境局经开区分局", "市生态环境局经开区分局"],
  ])("%s is the branch %s", (name, canonical) => {
    expect(registry.resolve(name)).toMatchObject({ canonical, place: canonical.slice(canonical.indexOf("局") + 1, -2) });
  });

  it.each(["市委办公室章贡分局", "市工信局市财政局分局", "市市场监管局分局", "市场监管局章贡分局"])("is no branch of anything for %s", (name) => {
    expect(registry.resolve(name)).toBeNull();
  });

  it("is reported where it names another city's district, in a plan of a city whose districts are known", () => {
    const CITY = "赣州市深化质量强市建设实施方案\n赣州市人民政府\n一、主要任务\n";
    const names = ["市生态环境局章贡分局", "市自然资源局南康分局", "市生态环境局赣县分局", "市生态环境局瑞金市分局", "市公安局经开区分局", "市市场监管局蓉江新区分局", "市公安局城东分局", "市生态环境局东区分局", "市生态环境局东湖分局", "市自然资源局江宁分局", "南昌市生态环境局章贡分局", "赣州市生态环境局于都分局"];
    const findings = unitFindings(`${CITY}1.甲。〔责任单位：${names.join("、")}〕\n`).filter(([rule]) => rule === "units/unknown");
    expect(findings.map(([, name]) => name)).toEqual(["市生态环境局东湖分局", "市自然资源局江宁分局", "南昌市生态环境局章贡分局"]);
    expect(analyze(`${CITY}1.甲。〔责任单位：市生态环境局东湖分局〕\n`).findings.find((finding) => finding.rule === "units/unknown")?.message).toBe(
      "“市生态环境局东湖分局”中的“东湖”不是赣州市的区县（东湖区属南昌市），没有这个分局，请核对分局所在的区县",
    );
    // A district's plan is its city's: 章贡区 is 赣州's.
    expect(unitFindings("章贡区深化质量强区建设实施方案\n一、主要任务\n1.甲。〔责任单位：市生态环境局东湖分局、区住建局〕\n").map(([, name]) => name)).toEqual(["市生态环境局东湖分局"]);
    // Where the plan's city is not known, or its districts are not, nothing is said.
    expect(unitFindings("一、主要任务\n1.甲。〔责任单位：市生态环境局东湖分局、市财政局〕\n")).toEqual([]);
    expect(unitFindings("长沙市深化质量强市建设实施方案\n长沙市人民政府\n一、主要任务\n1.甲。〔责任单位：市生态环境局东湖分局、市财政局〕\n")).toEqual([]);
  });

  it("is a known unit in a district's plan", () => {
    const text = `${DISTRICT}1.甲。〔责任单位：市市场监管局章贡分局、市公安局章贡分局、市自然资源局章贡分局、区住建局〕\n`;
    expect(unitFindings(text)).toEqual([]);
  });
});

describe("the province of a city's plan", () => {
  const plan = (preamble: string) => analyze(`赣州市深化质量强市建设实施方案\n赣州市人民政府\n${preamble}\n一、主要任务\n1.推进标准化。〔责任单位：市市场监管局、省市场监管局〕\n`).plan;

  it("is the one that issued the documents its preamble says it implements", () => {
    expect(documentPlace(plan("为贯彻落实《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》，制定本方案。"), "省")).toBe("江西");
    expect(documentPlace(plan("根据《江西省人民政府办公厅关于印发江西省质量提升行动方案的通知》，制定本方案。"), "省")).toBe("江西");
    // The city's own place still comes from its issuer.
    expect(documentPlace(plan("为贯彻落实《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》，制定本方案。"), "市")).toBe("赣州");
  });

  it("is unknown when the preamble names none, or two", () => {
    expect(documentPlace(plan("为贯彻落实《质量强国建设纲要》，制定本方案。"), "省")).toBeNull();
    expect(documentPlace(plan("参照《江苏省人民政府关于…的意见》和《江西省人民政府关于…的意见》，制定本方案。"), "省")).toBeNull();
  });
});

describe("a vertical body written with a county's level word", () => {
  const suggested = (text: string) =>
    analyze(text)
      .findings.filter((finding) => finding.rule === "units/unknown")
      .map((finding) => [text.slice(finding.start, finding.end), (finding.suggestions ?? []).map((s) => s.description)]);

  it("is the county's survey team, which counties have as cities do; no customs is made up for a county", () => {
    const text = "于都县质量强县建设实施方案\n\n一、主要任务\n1.甲。开展工作。（责任单位：县调查队、县财政局）\n2.乙。开展工作。（责任单位：县海关、县财政局）\n";
    expect(suggested(text)).toEqual([
      ["县调查队", ["改为“国家统计局于都调查队”"]],
      ["县海关", []],
    ]);
  });
});
