import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import type { PlanConfig } from "../../server/src/core/config/schema";

/**
 * A body the 2018 reform abolished did not have one successor everywhere: a 经信委 became the
 * 工业和信息化 department in most places and the 经济和信息化 one in others (浙江省经济和信息化厅,
 * 四川, 成都市经济和信息化局), both current. A retired name's successor is the one the plan (or the
 * workspace's registry) uses; never another place's name in its stead. With nothing to go by,
 * each is offered and the message names them all.
 */
function unknownOf(text: string, config?: PlanConfig) {
  return analyze(text, { config })
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => [text.slice(finding.start, finding.end), finding.message, finding.suggestions?.map((suggestion) => suggestion.description)]);
}

const PROVINCE = (units: string) => `---\n层级: 省\n---\n一、主要任务\n（一）甲任务。开展工作。（省科技厅、${units}按职责分工负责）\n（二）乙任务。开展工作。（省科技厅、省经济和信息化厅按职责分工负责）\n`;

describe("the successor of a retired name", () => {
  // As the plan writes it (省经济和信息化厅, not the registry's 省经信厅): the fix makes no second writing for units/alias.
  it("is the body the plan uses, as the plan writes it: 省经信委 in a plan that writes 省经济和信息化厅 is 省经济和信息化厅", () => {
    expect(unknownOf(PROVINCE("省经信委"))).toEqual([
      ["省经信委", "“省经信委”是2018年机构改革前的旧称（“经信委”的职责已划入“省经济和信息化厅”），应写作现行名称“省经济和信息化厅”", ["改为“省经济和信息化厅”"]],
    ]);
    expect(unknownOf(PROVINCE("省经济和信息化委员会"))[0]![2]).toEqual(["改为“省经济和信息化厅”"]);
  });

  it("is written as the plan writes its successor elsewhere (区卫计委 → 区卫生健康委, 县食药监局 → 县市场监督管理局)", () => {
    const district = "上海市嘉定区质量强区建设行动计划\n一、主要任务\n（一）甲任务。开展工作。（区卫计委牵头，区医保局配合）\n（二）乙任务。开展工作。（区卫生健康委、区民政局按职责分工负责）\n";
    expect(unknownOf(district)[0]![2]).toEqual(["改为“区卫生健康委”"]);
    const county = "谷城县质量强县建设实施方案\n一、主要任务\n（一）甲任务。开展工作。〔牵头单位：县市场监督管理局〕\n（二）乙任务。开展工作。〔牵头单位：县卫生健康局；配合单位：县食药监局〕\n";
    expect(unknownOf(county)).toEqual([
      ["县食药监局", "“县食药监局”是2018年机构改革前的旧称（“食药监局”的职责已划入“县市场监督管理局”），应写作现行名称“县市场监督管理局”", ["改为“县市场监督管理局”"]],
    ]);
  });

  it("is the body the workspace registers, where the plan says none", () => {
    const config: PlanConfig = { units: { registry: [{ name: "市经济和信息化局", aliases: ["市经信局"], level: "市", constituent: true }] } };
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市科技局、市经信委〕\n";
    expect(unknownOf(text, config)).toEqual([
      ["市经信委", "“市经信委”是2018年机构改革前的旧称（“经信委”的职责已划入“市经济和信息化局”），应写作现行名称“市经济和信息化局”", ["改为“市经济和信息化局”"]],
    ]);
  });

  it("is each of the current bodies, none preferred, where nothing says which", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市科技局、市经信委〕\n";
    const [found] = analyze(text).findings.filter((finding) => finding.rule === "units/unknown");
    expect(found!.message).toBe("“市经信委”是2018年机构改革前的旧称（“经信委”的职责各地分别划入“市工信局”或“市经信局”），应写作本地的现行名称");
    expect(found!.fix).toBeUndefined();
    expect(found!.suggestions!.map((suggestion) => suggestion.description)).toEqual(["改为“市工信局”", "改为“市经信局”"]);
  });

  // A town's stations went the way of the county bureaus that keep them: 工商所, 食药监所 and 质监站
  // into the 市场监管所, 安监站 into the town's 应急管理 office, 国土所 into the 自然资源所.
  it("of a town's station is the town's current station, as the retired-names table says of city bureaus", () => {
    const town = (units: string) => `示例县质量强县建设实施方案\n一、主要任务\n1.甲任务。开展工作。（责任单位：县市场监管局、${units}）\n`;
    expect(unknownOf(town("镇工商所、乡食药监所"))).toEqual([
      ["镇工商所", "“镇工商所”是2018年机构改革前的旧称（“工商所”的职责已划入“镇市场监管所”），应写作现行名称“镇市场监管所”", ["改为“镇市场监管所”"]],
      ["乡食药监所", "“乡食药监所”是2018年机构改革前的旧称（“食药监所”的职责已划入“乡市场监管所”），应写作现行名称“乡市场监管所”", ["改为“乡市场监管所”"]],
    ]);
    expect(unknownOf(town("镇质量技术监督站"))[0]![1]).toContain("已划入“镇市场监管所”");
    expect(unknownOf(town("镇国土所"))[0]![1]).toBe("“镇国土所”是2018年机构改革前的旧称（“国土所”的职责各地分别划入“镇自然资源所”或“镇规划和自然资源所”），应写作本地的现行名称");
    expect(unknownOf(town("镇安监站"))[0]![2]).toEqual(["改为“镇应急管理站”", "改为“镇应急管理办”"]);
  });

  it("deletes the retired name where the clause lists its successor, whichever the place's is", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市经信局、市经信委〕\n";
    expect(unknownOf(text)).toEqual([
      ["市经信委", "“市经信委”是2018年机构改革前的旧称（“经信委”的职责已划入“市经信局”），应写作现行名称“市经信局”，本处已列出", ["删除“市经信委”"]],
    ]);
  });

  it("is found at a province's level in a registry without the built-in list (省经济和信息化厅)", () => {
    const config: PlanConfig = { units: { useBuiltin: false, registry: [{ name: "省经济和信息化厅", level: "省" }, { name: "省科技厅", level: "省" }] } };
    expect(unknownOf(PROVINCE("省经信委"), config)).toEqual([
      ["省经信委", "“省经信委”是2018年机构改革前的旧称（“经信委”的职责已划入“省经济和信息化厅”），应写作现行名称“省经济和信息化厅”", ["改为“省经济和信息化厅”"]],
    ]);
  });
});

// The QA's retired names (culture, radio and television, tourism, planning, grain, prices, the
// government's legal office): each has its successor at the level it is written at, never a
// name that merely looks alike (市文物局 for 省文化厅, 市规划和自然资源局 alone for 市规划局).
describe("the bodies the 2018 reform merged into others", () => {
  const successors = (names: string, level = "") =>
    analyze(`${level}一、主要任务\n1.甲任务。开展工作。〔责任单位：${names}〕\n`)
      .findings.filter((finding) => finding.rule === "units/unknown")
      .map((finding) => finding.suggestions?.map((suggestion) => suggestion.description));

  it.each([
    ["市旅游局", ["改为“市文旅局”", "改为“市文广旅局”", "改为“市文广新旅局”"]],
    ["市文化局", ["改为“市文旅局”", "改为“市文广旅局”", "改为“市文广新旅局”", "改为“市文体旅局”"]],
    ["市广电局", ["改为“市文广旅局”", "改为“市文旅局”", "改为“市文广新旅局”"]],
    ["市广播电视局", ["改为“市文广旅局”", "改为“市文旅局”", "改为“市文广新旅局”"]],
    ["市规划局", ["改为“市自然资源局”", "改为“市规划和自然资源局”"]],
    ["市城乡规划局", ["改为“市自然资源局”", "改为“市规划和自然资源局”"]],
    ["市粮食局", ["改为“市粮食和物资储备局”"]],
    ["市物价局", ["改为“市发展改革委”", "改为“市市场监管局”"]],
    ["市政府法制办", ["改为“市司法局”"]],
    ["区物价局", ["改为“区发展改革委”", "改为“区市场监管局”"]],
  ])("%s", (name, expected) => {
    expect(successors(name)).toEqual([expected]);
  });

  it("names a province's successor a 厅, and leaves the province's 广电局 alone", () => {
    const PROVINCE = "---\n层级: 省\n---\n";
    expect(successors("省文化厅", PROVINCE)).toEqual([["改为“省文旅厅”", "改为“省文广旅厅”", "改为“省文广新旅厅”", "改为“省文体旅厅”"]]);
    expect(successors("省政府法制办", PROVINCE)).toEqual([["改为“省司法厅”"]]);
    expect(successors("省广电局、省广播电视局", PROVINCE)).toEqual([]);
  });

  it("knows the usual short names of current bodies", () => {
    expect(successors("市府办、市资规局、市编委办")).toEqual([]);
  });
});

/**
 * The 2023–2024 reforms made the 银保监分局 the vertical 国家金融监督管理总局××监管分局 (a city's own
 * 市金融监管局 is another body) and the 人民银行's 中心支行 its ××市分行; the 2018 one merged the
 * 国税局 and the 地税局 into one 税务局. Bodies named after their place take the place the name
 * writes, or, where a level word stands for it, the plan's: never a made-up place.
 */
describe("the successor of a retired vertical body", () => {
  const found = (text: string) => unknownOf(text).map(([name, , suggestions]) => [name, suggestions]);
  const TASK = (units: string) => `一、主要任务\n1.甲任务。开展工作。〔责任单位：${units}〕\n`;

  it("is the plan's city's office where a level word stands for the place", () => {
    expect(found(`抚州市质量强市建设实施方案\n\n${TASK("市银保监分局、市银保监局、市人民银行、人民银行市中心支行、人行市中支")}`)).toEqual([
      ["市银保监分局", ["改为“国家金融监督管理总局抚州监管分局”"]],
      ["市银保监局", ["改为“国家金融监督管理总局抚州监管分局”"]],
      ["市人民银行", ["改为“人民银行抚州市分行”"]],
      ["人民银行市中心支行", ["改为“人民银行抚州市分行”"]],
      ["人行市中支", ["改为“人民银行抚州市分行”"]],
    ]);
  });

  it("is a county's 监管支局, a province's 监管局 and 省分行, and the city's 分行 for a county", () => {
    expect(found(`兴国县质量强县建设实施方案\n\n${TASK("县银保监分局、县银保监组、县财政局")}`)).toEqual([
      ["县银保监分局", ["改为“国家金融监督管理总局兴国监管支局”"]],
      ["县银保监组", ["改为“国家金融监督管理总局兴国监管支局”"]],
    ]);
    expect(found(`湖南省质量强省建设实施方案\n\n${TASK("省银保监局、省人民银行、人民银行长沙中心支行")}`)).toEqual([
      ["省银保监局", ["改为“国家金融监督管理总局湖南监管局”"]],
      ["省人民银行", ["改为“人民银行湖南省分行”"]],
      // 长沙's 中心支行 was Hunan's office, the bank having no 分行 in its capital: its duties
      // went to the province's new 分行, and 长沙 has no 市分行 of its own.
      ["人民银行长沙中心支行", ["改为“人民银行湖南省分行”"]],
    ]);
    expect(found(`抚州市南城县质量强县建设实施方案\n\n${TASK("县人民银行、县财政局")}`)).toEqual([["县人民银行", ["改为“人民银行抚州市分行”"]]]);
    // A county or a district named alone is of the city the districts table lists it under.
    expect(found(`信丰县2026年质量强县建设工作要点\n\n${TASK("县人民银行、县财政局")}`)).toEqual([["县人民银行", ["改为“人民银行赣州市分行”"]]]);
    expect(found(`章贡区质量强区建设实施方案\n\n${TASK("区人民银行、区财政局")}`)).toEqual([["区人民银行", ["改为“人民银行赣州市分行”"]]]);
  });

  it("is the city's 分行 for a county-level city's 支行 in its own plan, which reads its 市 as its own place", () => {
    expect(found(`诸暨市全面推进质量强市建设实施方案\n\n${TASK("人行诸暨市支行、市财政局")}`)).toEqual([["人行诸暨市支行", ["改为“人民银行绍兴市分行”"]]]);
    expect(found(`瑞金市质量强市实施方案\n\n${TASK("人民银行瑞金市支行、市财政局")}`)).toEqual([["人民银行瑞金市支行", ["改为“人民银行赣州市分行”"]]]);
  });

  // The 2023 reform made a province's 分行 of the 中心支行 in its capital (人民银行南昌中心支行 was
  // 江西's office) and a 市分行 of every other city's, a 计划单列市's too (宁波).
  it("is the province's 分行 for its capital's 中心支行, a city's 分行 for another city's", () => {
    expect(found(`江西省质量强省建设实施方案\n\n${TASK("中国人民银行南昌中心支行、人行赣州中支、人行南昌中支、人民银行宁波中心支行")}`)).toEqual([
      ["中国人民银行南昌中心支行", ["改为“人民银行江西省分行”"]],
      ["人行赣州中支", ["改为“人民银行赣州市分行”"]],
      ["人行南昌中支", ["改为“人民银行江西省分行”"]],
      ["人民银行宁波中心支行", ["改为“人民银行宁波市分行”"]],
    ]);
    expect(found(`广西壮族自治区质量强区建设实施方案\n\n${TASK("人民银行南宁中心支行、自治区财政厅")}`)).toEqual([["人民银行南宁中心支行", ["改为“人民银行广西壮族自治区分行”"]]]);
  });

  it("names no 分行 of a county-level city, which is a county: the bank keeps none there", () => {
    const [finding] = unknownOf(`瑞金市人民政府办公室关于印发瑞金市质量强市建设实施方案的通知\n\n各乡镇人民政府：\n\n${TASK("市人民银行、市财政局、人行瑞金分行")}`);
    expect(finding).toEqual(["市人民银行", "“市人民银行”是2024年机构改革前的旧称（“市人民银行”的职责已划入所在市的“人民银行××市分行”），本方案未写明所在市，应写作所在市的名称", []]);
  });

  it("names the office without a place where the plan names none", () => {
    const [[name, message, suggestions]] = unknownOf(TASK("市银保监分局、市财政局")) as [[string, string, string[]]];
    expect(name).toBe("市银保监分局");
    expect(message).toBe("“市银保监分局”是2023年机构改革前的旧称（“市银保监分局”的职责已划入所在市的“国家金融监督管理总局××监管分局”），本方案未写明所在市，应写作所在市的名称");
    expect(suggestions).toEqual([]);
    expect(unknownOf(TASK("市人民银行、市财政局"))[0]![2]).toEqual([]);
  });

  it("is the one 税务局 for a 国税局 or a 地税局, and nothing before the reforms", () => {
    expect(found(TASK("市国税局、区地税局、吉安市国家税务局"))).toEqual([
      ["市国税局", ["改为“市税务局”"]],
      ["区地税局", ["改为“区税务局”"]],
      ["吉安市国家税务局", ["改为“市税务局”"]],
    ]);
    expect(found(`---\n成文日期: 2022-05-01\n---\n${TASK("市银保监分局、市人民银行、市财政局")}`)).toEqual([]);
  });

  it("reads no level word as a place: 市统计调查队 and 市国家金融监管分局 are no place's office", () => {
    expect(found(`抚州市质量强市建设实施方案\n\n${TASK("市统计调查队、市国家金融监管分局、市财政局")}`).map(([name]) => name)).toEqual(["市统计调查队", "市国家金融监管分局"]);
  });
});

describe("the fire service, a 公安 body until 2018", () => {
  const found = (text: string) => unknownOf(text).map(([name, , suggestions]) => [name, suggestions]);

  it("is the 消防救援 body of each level: 总队, 支队, 大队", () => {
    expect(found("于都县质量强县方案\n\n一、主要任务\n1.甲任务。开展工作。（责任单位：县消防大队、县公安消防大队、县财政局）\n")).toEqual([
      ["县消防大队", ["改为“县消防救援大队”"]],
      ["县公安消防大队", ["改为“县消防救援大队”"]],
    ]);
    expect(found("一、主要任务\n1.甲任务。开展工作。（责任单位：市消防支队、市财政局）\n2.乙任务。开展工作。（省消防总队、省财政厅按职责分工负责）\n")).toEqual([
      ["市消防支队", ["改为“市消防救援支队”"]],
      ["省消防总队", ["改为“省消防救援总队”"]],
    ]);
  });
});

describe("a closed county office in a county's plan that names only its county", () => {
  // The county names its prefecture in its clauses (襄阳市生态环境局谷城分局): the 支行's duties went to that city's 分行.
  it("is succeeded by the 分行 of the prefecture its clauses name", () => {
    const text = "谷城县质量强县建设实施方案\n一、主要任务\n（一）甲任务。开展工作。〔牵头单位：襄阳市生态环境局谷城分局〕\n（二）乙任务。开展工作。〔牵头单位：县财政局；配合单位：中国人民银行谷城县支行〕\n";
    expect(unknownOf(text)).toEqual([
      ["中国人民银行谷城县支行", "“中国人民银行谷城县支行”所指的机构已在2023年机构改革中撤销，职责上收至“人民银行襄阳市分行”，应写作“人民银行襄阳市分行”", ["改为“人民银行襄阳市分行”"]],
    ]);
  });
});

describe("a retired bureau's district 分局 (区工商分局, 区国税分局)", () => {
  const district = (units: string) => `示例市示例区质量强区建设实施方案\n一、主要任务\n1.甲任务。开展工作。（责任单位：区财政局、${units}）\n`;

  // Before qa-50h the branch's 分局 hid the retired 工商: 区工商分局 was offered as 区公安分局, a near spelling.
  it("is the district office of its bureau's successor, never a body that merely looks alike", () => {
    expect(unknownOf(district("区工商分局、区国税分局"))).toEqual([
      ["区工商分局", "“区工商分局”是2018年机构改革前的旧称（“工商分局”的职责已划入“区市场监管局”），应写作现行名称“区市场监管局”", ["改为“区市场监管局”"]],
      ["区国税分局", "“区国税分局”是2018年机构改革前的旧称（“国税分局”的职责已划入“区税务局”），应写作现行名称“区税务局”", ["改为“区税务局”"]],
    ]);
  });

  it("is the district's 分局 of the successor where the plan names that as its own body", () => {
    const text = `${district("区工商分局")}2.乙任务。开展工作。（责任单位：区市场监管分局）\n`;
    expect(unknownOf(text).map(([name, , suggestions]) => [name, suggestions])).toEqual([["区工商分局", ["改为“区市场监管分局”"]]]);
  });
});
