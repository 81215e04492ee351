import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { documentLevel, documentPlace, placeOfUnits, placesOfPlan, registryOfPlan, zoneNameOfPlan } from "../../server/src/core/units/documentLevel";
import { registryFor } from "../../server/src/core/units/registry";

const place = (text: string, word?: string) => documentPlace(buildPlan(`${text}\n一、主要任务\n1.推进创新。〔责任单位：市科技局〕\n`), word);

describe("the place a plan is for", () => {
  it("is the one its issuer or title names, at the level asked", () => {
    expect(place("赣州市深化质量强市建设实施方案")).toBe("赣州");
    expect(place("江都区质量强区建设实施方案\n扬州市江都区人民政府", "区")).toBe("江都");
    expect(place("江都区质量强区建设实施方案\n扬州市江都区人民政府", "市")).toBe("扬州");
  });

  // 曹县, 沛县, 单县: a county of one character is the plan's place as 兴国县 is, its 曹县人民政府 the plan's 县人民政府.
  it("is a county named by one character, alone or after the places above it", () => {
    expect(place("曹县深入推进质量强县建设实施方案", "县")).toBe("曹");
    expect(place("中共曹县县委 曹县人民政府关于推进质量强县建设的实施意见", "县")).toBe("曹");
    expect(place("沛县质量强县建设实施方案\n江苏省徐州市沛县人民政府", "县")).toBe("沛");
    expect(place("单县质量强县建设实施方案\n菏泽市单县人民政府", "县")).toBe("单");
    expect(place("兴国县质量强县建设实施方案", "县")).toBe("兴国");
    // A character that points at a county is none.
    expect(place("全县质量强县建设实施方案", "县")).toBeNull();
  });

  // 县域, 区域, 县区 after a city's name: a city's plan about its counties, no county's.
  it("is no county or district where the county's word follows a city's name", () => {
    expect(place("赣州市县域质量提升行动方案", "县")).toBeNull();
    expect(place("赣州市县域质量提升行动方案", "市")).toBe("赣州");
    expect(place("赣州市区域品牌建设行动方案", "区")).toBeNull();
    expect(place("黔东南州县域经济质量提升方案", "县")).toBeNull();
    // A district named after a 市 or 州 has one character before it.
    expect(place("荆州市沙市区质量强区建设实施方案", "区")).toBe("沙市");
    expect(place("沙市区质量强区建设实施方案", "区")).toBe("沙市");
    expect(place("北京市通州区质量强区建设实施方案", "区")).toBe("通州");
  });

  it("is none for a title that opens with the genre's slogan", () => {
    expect(place("质量强市建设实施方案（征求意见稿）")).toBeNull();
    expect(place("制造强省建设行动计划", "省")).toBeNull();
  });
});

describe("the city of a county's plan that names it only by the city's plan it implements", () => {
  it("is the listed prefecture city that opens a cited title", () => {
    const county = "曹县深入推进质量强县建设实施方案\n为深入贯彻落实《质量强国建设纲要》和《菏泽市深入推进质量强市建设实施方案》，结合曹县实际，制定本方案。";
    expect(place(county)).toBe("菏泽");
  });

  it("is none for a cited title whose opening is no listed city, or where two cities are cited", () => {
    expect(place("某县质量强县建设实施方案\n为贯彻落实《城市更新行动方案》，制定本方案。")).toBeNull();
    expect(place("某县质量强县建设实施方案\n为贯彻落实《菏泽市质量强市建设实施方案》《济宁市质量强市建设实施方案》，制定本方案。")).toBeNull();
  });
});

// QA 44c: the issuers of a cited document name the plan's county where its title does not.
describe("the county of a plan that names it only in the issuers of a document it cites", () => {
  const cited = (issuers: string) => place(`质量强县建设实施方案\n为贯彻落实《${issuers}关于加快建设质量强县的实施意见》，制定本方案。`, "县");

  it("is a county of one character as a county of two is, whichever way its committee is written", () => {
    expect(cited("中共兴国县委 兴国县人民政府")).toBe("兴国");
    expect(cited("中共曹县县委 曹县人民政府")).toBe("曹");
    expect(cited("中共曹县委 曹县人民政府")).toBe("曹");
    expect(cited("曹县人民政府")).toBe("曹");
    expect(cited("山东省菏泽市单县人民政府")).toBe("单");
    expect(cited("江西省赣州市兴国县人民政府")).toBe("兴国");
  });

  it("is none for a character that points at a county, or where two counties issue", () => {
    expect(cited("全县人民政府")).toBeNull();
    expect(cited("曹县人民政府 单县人民政府")).toBeNull();
  });

  it("makes the plan's 县发改局 its 曹县发改局, and another county's its own", () => {
    const plan = (names: string) => `质量强县建设实施方案\n为贯彻落实《中共曹县县委 曹县人民政府关于加快建设质量强县的实施意见》，制定本方案。\n一、主要任务\n1.推进创新。〔责任单位：${names}〕\n`;
    const duplicates = (names: string) => analyze(plan(names)).findings.filter((finding) => finding.rule === "units/duplicate").length;
    expect(duplicates("曹县发改局、县发改局")).toBe(1);
    expect(duplicates("沛县发改局、县发改局")).toBe(0);
  });
});

describe("the place of a work plan's title", () => {
  it("is read after the year the title opens with", () => {
    expect(place("2024年赣州市质量工作要点")).toBe("赣州");
    expect(place("二〇二四年度赣州市质量工作要点")).toBe("赣州");
  });
});

describe("a zone's plan", () => {
  const plan = (head: string) => buildPlan(`${head}\n一、主要任务\n1.推进创新。〔责任单位：区财政局、区经发局〕\n`);
  const registry = (head: string) => registryOfPlan(registryFor(undefined, undefined), plan(head));

  it("has no district: the zone's word before 区 names no district's place", () => {
    expect(documentPlace(plan("南京高新区质量强区建设实施方案"), "区")).toBeNull();
    expect(documentPlace(plan("江北新区质量强区建设实施方案"), "区")).toBeNull();
    expect(documentPlace(plan("南京江北新区质量强区建设实施方案"), "区")).toBeNull();
  });

  it("fills its 区 bodies' names with the zone, by the registry's name of it, however the title writes it", () => {
    for (const [head, zone] of [
      ["南京江北新区质量强区建设实施方案\n南京江北新区管理委员会", "南京江北新"],
      ["南京高新区质量强区建设实施方案", "南京高新"],
      ["南京高新技术产业开发区质量强区建设实施方案\n南京高新技术产业开发区管理委员会", "南京高新"],
      ["赣州经济技术开发区质量强区建设实施方案", "赣州经开"],
    ] as const) {
      const p = plan(head);
      expect(placeOfUnits(p, registryOfPlan(registryFor(undefined, undefined), p), "区")).toBe(zone);
    }
    // A district's plan is read as before.
    const district = plan("江都区质量强区建设实施方案\n扬州市江都区人民政府");
    expect(placeOfUnits(district, registry("江都区质量强区建设实施方案\n扬州市江都区人民政府"), "区")).toBe("江都");
  });
});

describe("a district named 新区 (上海市浦东新区, 天津市滨海新区)", () => {
  const plan = (head: string) => buildPlan(`${head}\n一、主要任务\n1.推进创新。〔责任单位：区科经委、区市场监管局〕\n`);
  const registry = () => registryFor(undefined, undefined);

  it("is a district when a government issues the plan, or the title names one of the 新区 that are districts", () => {
    for (const head of [
      "浦东新区质量强区建设实施方案\n上海市浦东新区人民政府",
      "上海市浦东新区质量强区建设实施方案",
      "天津市滨海新区质量提升行动方案\n天津市滨海新区人民政府办公室",
    ]) {
      const p = plan(head);
      expect(zoneNameOfPlan(p, registry()), head).toBeNull();
      expect(registryOfPlan(registry(), p).resolve("区科创局"), head).toBeNull();
    }
    expect(placeOfUnits(plan("浦东新区质量强区建设实施方案\n上海市浦东新区人民政府"), registry(), "区")).toBe("浦东新");
    expect(documentPlace(plan("上海市浦东新区质量强区建设实施方案"), "区")).toBe("浦东新");
  });

  it("leaves a zone a zone: its 管委会 issues the plan, or the title names a 新区 run by a 管委会, with its city or not", () => {
    expect(zoneNameOfPlan(plan("南京江北新区质量强区建设实施方案\n南京江北新区管理委员会"), registry())).not.toBeNull();
    expect(zoneNameOfPlan(plan("南京江北新区质量强区建设实施方案"), registry())).not.toBeNull();
    // Written after its city as 浦东新区 is: still the 管委会's zone, its 区经发局 a body of its own.
    const jiangbei = plan("南京市江北新区质量强区行动计划");
    expect(zoneNameOfPlan(jiangbei, registry())).not.toBeNull();
    expect(registryOfPlan(registry(), jiangbei).resolve("区经发局")).not.toBeNull();
    // A zone word that is never a district's: the city before it changes nothing.
    expect(zoneNameOfPlan(plan("赣州市经济技术开发区质量强区建设实施方案"), registry())).not.toBeNull();
  });
});

describe("the departments of a zone's Party working committee (党工委)", () => {
  const zonePlan = buildPlan("赣州经济技术开发区质量强区建设实施方案\n中共赣州经济技术开发区工作委员会 赣州经济技术开发区管理委员会\n一、主要任务\n1.推进创新。〔责任单位：区经发局〕\n");
  const cityPlan = buildPlan("赣州市质量强市建设实施方案\n赣州市人民政府\n一、主要任务\n1.推进创新。〔责任单位：市科技局〕\n");
  const zone = registryOfPlan(registryFor(undefined, undefined), zonePlan);

  it("are the zone's: 党工委 stands where a district's 区委 does, before its merged departments or the 区委's", () => {
    for (const [name, canonical] of [
      ["经开区党工委组织人事部", "区组织人事部"],
      ["党工委组织人事部", "区组织人事部"],
      ["区党工委组织人事部", "区组织人事部"],
      ["赣州经开区党工委宣传统战部", "区宣传统战部"],
      ["党工委宣传统战部", "区宣传统战部"],
      ["区宣传统战部", "区宣传统战部"],
      ["经开区党工委政法委", "区委政法委"],
      ["党工委政法委", "区委政法委"],
      ["党工委党群工作部", "区党群工作部"],
    ] as const) expect(zone.resolve(name)?.canonical, name).toBe(canonical);
  });

  it("are no body the 管委会 sets up, and no other plan's", () => {
    // The 管委会's bureaus are no Party department: 党工委财政局 is no name.
    expect(zone.resolve("党工委财政局")).toBeNull();
    expect(zone.resolve("党工委经发局")).toBeNull();
    const city = registryOfPlan(registryFor(undefined, undefined), cityPlan);
    // A city's plan names the department after its zone (units/zoneDepartments.ts): the zone's, never the city's.
    expect(city.resolve("经开区党工委组织人事部")).toMatchObject({ canonical: "区组织人事部", place: "经开" });
    expect(city.resolve("党工委组织人事部")).toBeNull();
  });
});

describe("names the data does not confirm as one unit", () => {
  it("are two units: a zone's 企业服务局 and its 企业服务中心, a city's 城管局 and 城管执法局", () => {
    const zonePlan = buildPlan("赣州经济技术开发区质量强区建设实施方案\n赣州经济技术开发区管理委员会\n一、主要任务\n1.推进创新。〔责任单位：区经发局〕\n");
    const zone = registryOfPlan(registryFor(undefined, undefined), zonePlan);
    expect(zone.resolve("区企业服务中心")?.canonical).toBe("区企业服务中心");
    expect(zone.resolve("区企业服务局")?.canonical).toBe("区企业服务局");
    const city = registryFor(undefined, undefined);
    expect(city.resolve("市城管执法局")?.canonical).toBe("市城管执法局");
    expect(city.resolve("市城市管理行政执法局")?.canonical).toBe("市城管执法局");
    expect(city.resolve("市城市管理局")?.canonical).toBe("市城管局");
  });
});

describe("a city's plan about its counties (县域)", () => {
  it("is the city's plan, of the city's place, with no county of its own", () => {
    const plan = buildPlan("赣州市县域质量提升行动方案\n一、主要任务\n1.推进创新。〔责任单位：〕\n");
    expect(documentLevel(plan)).toEqual({ level: "市", word: "市" });
    expect(placesOfPlan(plan)("县")).toBeNull();
    expect(placesOfPlan(plan)("市")).toBe("赣州");
  });
});
