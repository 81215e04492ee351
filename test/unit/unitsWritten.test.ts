import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildRegistry } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * Names as drafters write them (QA, third round of units): one body under its full and short
 * names, a company named after its place with or without its level word, the institutes a
 * 市场监管局 runs, named by their function, and a city's customs written with the level word.
 */
const COUNTY = "兴国县深化质量强县建设实施方案\n兴国县人民政府\n一、重点任务\n";
const CITY = "赣州市深化质量强市建设实施方案\n赣州市人民政府\n一、重点任务\n";

/** Each unit of the report with its writings (in any order). */
function units(text: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const { unit, writings } of unitReport(analyze(text).plan, buildRegistry(undefined)).units) found[unit] = [...writings].sort();
  return found;
}

function findings(text: string, rule: string): Array<[string, string]> {
  return analyze(text)
    .findings.filter((finding) => finding.rule === rule)
    .map((finding) => [text.slice(finding.start, finding.end), finding.message]);
}

describe("a bureau a county merged", () => {
  it("is one unit written in full and short", () => {
    const text = `${COUNTY}1.甲。〔责任单位：县卫生健康和体育局、县财政局〕\n2.乙。〔责任单位：县卫体局〕\n3.丙。〔责任单位：县教育科技和体育局〕\n4.丁。〔责任单位：县教科体局〕\n`;
    expect(units(text)).toEqual({
      县财政局: ["县财政局"],
      县教科体局: ["县教科体局", "县教育科技和体育局"],
      县卫体局: ["县卫体局", "县卫生健康和体育局"],
    });
    // Written both ways in one plan, it is reported as any unit so written is.
    expect(findings(text, "units/alias").map(([name]) => name)).toEqual(["县卫生健康和体育局", "县教育科技和体育局"]);
  });

  it("stays apart from a bureau of other departments", () => {
    const text = `${COUNTY}1.甲。〔责任单位：县卫体局、县教体局〕\n2.乙。〔责任单位：县科工信局、县教科体局〕\n`;
    expect(Object.keys(units(text)).sort()).toEqual(["县教科体局", "县教体局", "县科工信局", "县卫体局"].sort());
  });
});

describe("a company named after its place", () => {
  it("is one unit with or without the place's 市 and the group's prefix", () => {
    const text = `${CITY}1.甲。〔责任单位：国网赣州供电公司、市财政局〕\n2.乙。〔责任单位：国网赣州市供电公司〕\n3.丙。〔责任单位：赣州供电公司〕\n`;
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(units(text)).toEqual({
      国网赣州供电公司: ["国网赣州供电公司", "国网赣州市供电公司", "赣州供电公司"],
      市财政局: ["市财政局"],
    });
  });

  it("keeps a county's level word, and a county's company apart from the city's", () => {
    const text = `${CITY}1.甲。〔责任单位：国网兴国县供电公司、兴国县供电公司〕\n2.乙。〔责任单位：国网赣州供电公司〕\n`;
    expect(units(text)).toEqual({
      国网赣州供电公司: ["国网赣州供电公司"],
      国网兴国县供电公司: ["兴国县供电公司", "国网兴国县供电公司"],
    });
  });
});

describe("the institutes a 市场监管局 runs", () => {
  it("are known by their function, one unit per function", () => {
    const text = `${CITY}1.甲。〔责任单位：市计量所、市计量测试研究院〕\n2.乙。〔责任单位：市质检院、市产品质量监督检验所〕\n3.丙。〔责任单位：市标准化研究院、市特检院、市特种设备检验检测研究院〕\n4.丁。〔责任单位：赣州市计量测试研究所、县计量所〕\n`;
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(units(text)).toEqual({
      市标准化研究院: ["市标准化研究院"],
      市计量所: ["市计量所", "市计量测试研究院", "赣州市计量测试研究所"],
      市特检院: ["市特检院", "市特种设备检验检测研究院"],
      市质检院: ["市产品质量监督检验所", "市质检院"],
      县计量所: ["县计量所"],
    });
  });

  it("are no institute without a function the data names", () => {
    const text = `${CITY}1.甲。〔责任单位：市财政研究院、市计量局、市特检所长〕\n`;
    expect(findings(text, "units/unknown").map(([name]) => name)).toEqual(["市财政研究院", "市计量局", "市特检所长"]);
  });
});

describe("a customs written with the level word", () => {
  it("is the customs of the plan's city", () => {
    const text = `${CITY}1.甲。〔责任单位：市海关、市财政局〕\n`;
    const [finding] = analyze(text).findings.filter((f) => f.rule === "units/unknown");
    expect(finding?.message).toContain("“赣州海关”");
    expect(finding?.suggestions?.map((s) => s.description)).toEqual(["改为“赣州海关”"]);
  });

  it("says what to write where the plan names no city", () => {
    const text = "一、重点任务\n1.甲。〔责任单位：市海关、市财政局〕\n";
    const [finding] = analyze(text).findings.filter((f) => f.rule === "units/unknown");
    expect(finding?.message).toContain("海关以所在地命名");
    expect(finding?.suggestions ?? []).toEqual([]);
  });
});

describe("the bodies a province's plan names besides its departments", () => {
  it("knows the central companies in the province and the consumer council by its short name", () => {
    const text = "江西省质量强省建设工作要点\n一、重点任务\n1.甲。（省市场监管局、国网江西省电力有限公司、国网江西省电力公司、中国铁路南昌局集团有限公司、省消保委按职责分工负责）\n";
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(Object.keys(units(text)).sort()).toEqual(["中国铁路南昌局集团有限公司", "国网江西省电力有限公司", "省市场监管局", "省消保委"].sort());
  });

  it("knows a city's metrology institute named for its supervision (南京市计量监督检测院)", () => {
    expect(findings(`${CITY}1.甲。〔责任单位：南京市计量监督检测院、市财政局〕\n`, "units/unknown")).toEqual([]);
  });
});

describe("a development zone's plan", () => {
  const ZONE = "赣州经济技术开发区深化质量强区建设实施方案\n赣州经济技术开发区管理委员会\n一、重点任务\n";

  it("knows the bodies a zone's 管委会 sets up", () => {
    const text = `${ZONE}1.甲。（责任单位：区经发局、区科技创新局、区招商局、区财政局、市市场监管局经开区分局）\n2.乙。（责任单位：区社会事业局、区党政办、区规划建设局、区管委会办公室、区党工委办公室、区党群工作部）\n`;
    expect(findings(text, "units/unknown")).toEqual([]);
    // One body under two of its names.
    expect(findings(`${text}3.丙。（责任单位：区经济发展局）\n`, "units/alias").map(([name]) => name)).toEqual(["区经济发展局"]);
  });

  it("reads a zone's plan by its issuer or its title, and no other plan so", () => {
    expect(findings("赣州高新技术产业开发区质量提升行动方案\n一、重点任务\n1.甲。（责任单位：区经发局）\n", "units/unknown")).toEqual([]);
    expect(findings("赣州市章贡区质量强区建设实施方案\n赣州市章贡区人民政府\n一、重点任务\n1.甲。（责任单位：区经发局、区住建局）\n", "units/unknown").map(([name]) => name)).toEqual(["区经发局"]);
  });
});

describe("the bodies of every level a quality plan names besides the government's departments", () => {
  const DISTRICT = "南京市鼓楼区质量强区建设实施方案\n南京市鼓楼区人民政府\n一、重点任务\n";

  it("are known at the plan's level, and a look-alike is not offered for them", () => {
    // Chengdu's districts name their 网络理政办 with the 政务服务 office it was merged with.
    const names = ["区政务服务和网络理政办", "区政务服务管理和网络理政办公室", "区红十字会", "区档案馆", "区地方志办", "区人大常委会办公室", "区政协办公室", "区纪委监委", "区侨联", "区委台办", "区外办", "区委老干部局", "区社科联", "区文联", "区关工委", "区大数据管理局"];
    const text = DISTRICT + names.map((name, index) => `${index + 1}.任务。（责任单位：${name}）\n`).join("");
    expect(findings(text, "units/unknown")).toEqual([]);
  });

  it("reads a level's state-owned enterprises, the central bodies in a place and a level's 各 bodies as collectives", () => {
    const text = `${DISTRICT}1.任务。（责任单位：区国资办、区属国有企业）\n2.任务。（责任单位：区财政局、中央驻宁单位）\n3.任务。（责任单位：区财政局、市属国企）\n4.任务。（责任单位：区财政局、市各委办局、区属各单位、区级各部门和单位）\n`;
    expect(findings(text, "units/unknown")).toEqual([]);
  });
});

describe("a development zone's bodies named after the zone", () => {
  it("are the zone's 区 bodies, with the zone's word, its name or its 管委会 in front", () => {
    const head = "南京江北新区质量提升三年行动方案\n南京江北新区管理委员会\n一、重点任务\n";
    const names = ["新区经发局", "新区管委会办公室", "管委会经发局", "新区社会事业局", "新区财政局", "新区市场监管局", "江北新区科技创新局", "新区规划和自然资源局"];
    const text = head + names.map((name, index) => `${index + 1}.任务。（责任单位：${name}）\n`).join("");
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(findings(text, "units/run-together")).toEqual([]);
    expect(Object.keys(units(text))).toContain("新区经发局");
    // Outside a zone's plan a name with the zone in front is the zone's department (units/zoneDepartments.ts);
    // the 区 body without it is no body of a city's.
    expect(findings(`${CITY}1.任务。（责任单位：新区经发局、经开区党工委组织人事部）\n`, "units/unknown")).toEqual([]);
    expect(findings(`${CITY}1.任务。（责任单位：区经发局）\n`, "units/unknown").map(([name]) => name)).toEqual(["区经发局"]);
  });
});

describe("a name written with or without a 和 between its words (QA, fourth round of units)", () => {
  it("is the registered body's, at every level", () => {
    // 佛山's 政务服务数据管理局 is registered as 市政务服务和数据管理局.
    const text = `${CITY}1.甲。〔责任单位：市政务服务数据管理局、市工业信息化局〕\n2.乙。〔责任单位：市政数局〕\n`;
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(units(text)["市政数局"]).toEqual(["市政务服务数据管理局", "市政数局"].sort());
    expect(findings(`${COUNTY}1.甲。〔责任单位：县政务服务数据管理局〕\n`, "units/unknown")).toEqual([]);
  });

  it("but not a 和 where no registered name joins two words with one", () => {
    expect(findings(`${CITY}1.甲。〔责任单位：市市场监督和管理局〕\n`, "units/unknown").map(([name]) => name)).toEqual(["市市场监督和管理局"]);
  });
});

describe("the 南方电网's 供电局, named after its place (QA, fourth round of units)", () => {
  it("is known under its names, and a county-level city's 市供电局 is its city's", () => {
    const text = "英德市推进质量强市建设实施方案\n英德市人民政府\n各镇人民政府、街道办事处，市府直属各单位：\n一、重点任务\n1.甲。（英德供电局、市应急管理局按职责分工负责）\n2.乙。（市供电局、广东电网英德供电局按职责分工负责）\n";
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(units(text)["英德供电局"]).toEqual(["英德供电局", "市供电局", "广东电网英德供电局"].sort());
  });
});

describe("the supervision offices a plan's 监督考核 names (QA, fourth round of units)", () => {
  it("are known at every level, under the office that houses them too", () => {
    const text = `${CITY}1.甲。〔责任单位：市委督查室、市政府督查室、市统计局〕\n2.乙。〔责任单位：市政府办督查室〕\n`;
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(units(text)["市政府督查室"]).toEqual(["市政府办督查室", "市政府督查室"].sort());
    expect(findings(`${COUNTY}1.甲。〔责任单位：县委督查室、县政府督查室〕\n`, "units/unknown")).toEqual([]);
  });
});

describe("an institute named after the 质量技术监督 bureau that set it up (QA, fourth round of units)", () => {
  it("is the 质检院 (绍兴's 市质量技术监督检测院)", () => {
    const text = `${CITY}1.甲。〔责任单位：市质量技术监督检测院、市计量所〕\n2.乙。〔责任单位：市质检院〕\n`;
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(units(text)["市质检院"]).toEqual(["市质检院", "市质量技术监督检测院"].sort());
  });
});

describe("a 国资委 a district or county keeps as a 局 (QA, fourth round of units)", () => {
  it("is the same body under its 局 names", () => {
    const text = "佛山市顺德区推进质量强区建设实施方案\n佛山市顺德区人民政府\n一、重点任务\n1.甲。（区国有资产监督管理局、区统计局按职责分工负责）\n2.乙。（区国资局、区国资委按职责分工负责）\n";
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(units(text)["区国资委"]).toEqual(["区国有资产监督管理局", "区国资局", "区国资委"].sort());
  });
});

describe("a town or street named by its place alone (QA, fourth round of units)", () => {
  it("is its government, one unit with its full name", () => {
    const text = "义乌市深化质量强市建设实施方案\n义乌市人民政府\n各镇人民政府、街道办事处，市政府各部门：\n一、重点任务\n1.甲。〔责任单位：稠城街道、佛堂镇、大陈乡〕\n2.乙。〔责任单位：佛堂镇人民政府〕\n";
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(units(text)).toEqual({ 稠城街道: ["稠城街道"], 佛堂镇人民政府: ["佛堂镇", "佛堂镇人民政府"].sort(), 大陈乡: ["大陈乡"] });
  });

  it("and a kind a 各 before it covers is of the report's group terms, not a unit (各镇人民政府、街道办事处)", () => {
    const text = "义乌市深化质量强市建设实施方案\n义乌市人民政府\n一、重点任务\n1.甲。〔责任单位：市市场监管局、各镇人民政府、街道办事处〕\n";
    const report = unitReport(analyze(text).plan, buildRegistry(undefined));
    expect(report.units.map(({ unit }) => unit)).toEqual(["市市场监管局"]);
    // The 各 is the 街道办事处's too: every street's office (sharedSuffix.ts sharedAllName).
    expect(report.groups.map(({ unit }) => unit).sort()).toEqual(["各镇人民政府", "各街道办事处"].sort());
  });
});

describe("a merged bureau's full name that lists its departments with 、 (QA, fourth round of units)", () => {
  const DISTRICT = "成都市武侯区质量强区建设实施方案\n成都市武侯区人民政府\n一、重点任务\n";

  it("is one name, never split at its own 、", () => {
    const text = `${DISTRICT}1.甲。（责任单位：区经济、科技和信息化局，区财政局）\n2.乙。（责任单位：区经科信局、区卫生健康、体育局）\n`;
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(units(text)).toEqual({ 区经科信局: ["区经济、科技和信息化局", "区经科信局"].sort(), 区财政局: ["区财政局"], "区卫生健康、体育局": ["区卫生健康、体育局"] });
  });

  it("leaves two names apart: each a body's own, or the second with its level word", () => {
    const text = `${DISTRICT}1.甲。（责任单位：区经信局、科技局）\n2.乙。（责任单位：区经济、区科技和信息化局）\n`;
    expect(analyze(text).plan.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([["区经信局", "科技局"], ["区经济", "区科技和信息化局"]]);
  });
});

describe("a development zone's bodies named with the zone's word (QA, fourth round of units)", () => {
  it("are the plan's own 区 bodies, never a 区 body of a place called 高新 or 经开", () => {
    const text = "赣州高新区质量提升行动方案\n一、重点任务\n1.甲。（责任单位：高新区经发局、区财政局）\n2.乙。（责任单位：区经发局、经开区财政局）\n3.丙。（责任单位：管委会经发局）\n";
    expect(units(text)).toEqual({ 区经发局: ["区经发局", "管委会经发局", "高新区经发局"].sort(), 区财政局: ["区财政局", "经开区财政局"].sort() });
    expect(findings(text, "units/unknown")).toEqual([]);
  });

  it("knows a zone's merged 教育和社会保障局, under the zone's name too", () => {
    const text = "南京江北新区质量提升三年行动方案\n南京江北新区管理委员会\n一、重点任务\n1.甲。（责任单位：江北新区教育和社会保障局、新区经发局）\n2.乙。（责任单位：区教育和社会保障局）\n";
    expect(findings(text, "units/unknown")).toEqual([]);
    expect(units(text)["区教育和社会保障局"]).toEqual(["区教育和社会保障局", "江北新区教育和社会保障局"].sort());
  });
});

describe("another zone's body in a zone's plan", () => {
  it("is that zone's, never the plan's own 区 body: only the plan's own zone is its own", () => {
    const head = "南京高新技术产业开发区质量强区建设实施方案\n南京高新技术产业开发区管理委员会\n一、重点任务\n";
    const text = `${head}1.甲。（责任单位：区财政局、江北新区财政局）\n2.乙。（责任单位：区科技创新局、江北新区科技创新局）\n3.丙。（责任单位：南京高新区财政局、区经发局）\n`;
    expect(findings(text, "units/duplicate")).toEqual([]);
    const report = units(text);
    expect(report["江北新区财政局"]).toEqual(["江北新区财政局"]);
    expect(report["区财政局"]).toEqual(["区财政局", "南京高新区财政局"].sort());
    expect(Object.keys(report)).toContain("江北新区科技创新局");
  });
});

describe("the bodies a province's plan names of its own", () => {
  it("knows the province's offices, institutes and the central regulators in it", () => {
    const names = ["省国防科工办", "省委军民融合办", "省地质局", "省科学院", "省农科院", "省农业科学院", "民航江西监管局", "江西海事局"];
    const text = "江西省质量强省建设工作要点\n江西省人民政府办公厅\n一、重点任务\n" + names.map((name, index) => `${index + 1}.任务。（${name}按职责分工负责）\n`).join("");
    expect(findings(text, "units/unknown")).toEqual([]);
  });
});

describe("a city bureau's office in a district named after the city and the district", () => {
  const WUHOU = "成都市武侯区质量强区建设实施方案\n成都市武侯区人民政府\n一、重点任务\n";

  it("is the bureau's branch in the district (成都市武侯生态环境局 is 市生态环境局武侯分局)", () => {
    const text = `${WUHOU}1.任务。（责任单位：成都市武侯生态环境局、区财政局）\n2.任务。（责任单位：市生态环境局武侯分局）\n`;
    expect(findings(text, "units/unknown")).toEqual([]);
    // In the district's own plan both are its 区生态环境分局 (districtBranches.ts), which the plan
    // does not write: listed under its full name, the one Sichuan's cities give it.
    expect(units(text)).toEqual({ 区财政局: ["区财政局"], 成都市武侯生态环境局: ["市生态环境局武侯分局", "成都市武侯生态环境局"].sort() });
  });

  it("only where the districts table lists the district as the city's", () => {
    const text = `${WUHOU}1.任务。（责任单位：成都市章贡生态环境局、区财政局）\n`;
    expect(findings(text, "units/unknown").map(([name]) => name)).toEqual(["成都市章贡生态环境局"]);
  });
});

describe("a body named at a level it has no office at", () => {
  it("is the office of the level above that serves the place", () => {
    const text = "南京市鼓楼区质量强区建设实施方案\n南京市鼓楼区人民政府\n一、重点任务\n1.任务。（责任单位：区邮政管理局、区财政局）\n";
    const [finding] = analyze(text).findings.filter((f) => f.rule === "units/unknown");
    expect(finding?.message).toBe("“区邮政管理局”不在责任单位名录中：邮政管理局不设在区县一级，是否应为“市邮政管理局”？");
    expect(finding?.suggestions?.map((s) => s.description)).toEqual(["改为“市邮政管理局”"]);
  });
});

/**
 * A level's bodies by their kinds, as notices address them (市政府各委、办、局): one collective
 * whose 、 are its own, never 办 and 局 as names; and a 盟's government, its 行政公署 (行署).
 */
describe("collectives that list the kinds of their bodies, and a 盟's 行署", () => {
  const LEAGUE = "兴安盟质量强盟建设实施方案\n兴安盟行政公署\n一、重点任务\n";

  it("reads 各委、办、局 as one collective", () => {
    for (const [head, group] of [[CITY, "市政府各委、办、局"], [CITY, "市直各委、办、局"], [COUNTY, "县直各委、办、局"], [LEAGUE, "行署各委、办、局"]] as const) {
      const text = `${head}1.甲。〔责任单位：市市场监管局，${group}〕\n`.replace("市市场监管局", head === LEAGUE ? "盟市场监督管理局" : head === COUNTY ? "县市场监管局" : "市市场监管局");
      const { plan, findings } = analyze(text);
      expect(plan.clauses[0]!.units.map((unit) => unit.text)).toEqual([head === LEAGUE ? "盟市场监督管理局" : head === COUNTY ? "县市场监管局" : "市市场监管局", group]);
      expect(findings.filter((finding) => finding.rule.startsWith("units/"))).toEqual([]);
    }
  });

  it("keeps bodies named with a kind apart (市委办、市政府办 are two bodies)", () => {
    const text = `${CITY}1.甲。〔责任单位：市委办、市政府办、市财政局〕\n`;
    expect(analyze(text).plan.clauses[0]!.units.map((unit) => unit.text)).toEqual(["市委办", "市政府办", "市财政局"]);
  });

  it("knows a 盟's government offices by its 行政公署", () => {
    const text = `${LEAGUE}1.甲。〔责任单位：盟行政公署办公室、盟统计局〕\n2.乙。〔责任单位：盟行署办公室〕\n`;
    expect(findings(text, "units/unknown")).toEqual([]);
    // One office, written in full and short.
    expect(units(text)["盟行署办公室"]).toEqual(["盟行政公署办公室", "盟行署办公室"].sort());
  });
});
