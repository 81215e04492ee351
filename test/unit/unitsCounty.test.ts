import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { documentLevel } from "../../server/src/core/units/documentLevel";
import { buildRegistry } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * County-level plans (QA, second round of units): a county-level city's plan, whose 市 is a
 * county's level; a 各 that covers every kind of body its list names; the bureaus a county merges;
 * companies named after their place.
 */
function unknown(text: string): string[] {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => text.slice(finding.start, finding.end));
}

const COUNTY_CITY_NOTICE = "怀仁市人民政府\n关于印发全面推进质量强市建设实施方案的通知\n怀政发〔2023〕29号\n各乡镇（街道）人民政府（办事处），市直各有关单位：\n现将方案印发给你们。\n怀仁市人民政府\n2023年6月22日\n全面推进质量强市建设实施方案\n";
const PREFECTURE_NOTICE = "赣州市人民政府\n关于印发赣州市深化质量强市建设实施方案的通知\n赣市府发〔2023〕5号\n各县（市、区）人民政府，市政府各部门：\n现将方案印发给你们。\n赣州市人民政府\n2023年6月22日\n赣州市深化质量强市建设实施方案\n";

describe("a county-level city's plan", () => {
  it("is of the county level, named with 市, where the text says so", () => {
    const plan = analyze(`${COUNTY_CITY_NOTICE}一、重点任务\n1.甲。（责任单位：市发改局、市工信局）\n`).plan;
    expect(documentLevel(plan)).toEqual({ level: "县", word: "市" });
    // Its city is one of a prefecture's county-level cities (districts.json) …
    expect(documentLevel(analyze("瑞金市质量强市建设实施方案\n瑞金市人民政府\n一、重点任务\n1.甲。（责任单位：市工信局）\n").plan)).toEqual({ level: "县", word: "市" });
    // … or its preamble implements another city's plan.
    expect(documentLevel(analyze("新城市质量强市建设实施方案\n新城市人民政府\n为贯彻落实《旧山市质量强市建设实施方案》，制定本方案。\n一、重点任务\n1.甲。（责任单位：市工信局）\n").plan)).toEqual({ level: "县", word: "市" });
  });

  it("names its committees' bureaus as a county does (市发改局), a prefecture's plan does not", () => {
    expect(unknown(`${COUNTY_CITY_NOTICE}一、重点任务\n1.甲。（责任单位：市发改局、市卫生健康局、市工信局）\n`)).toEqual([]);
    expect(documentLevel(analyze(`${PREFECTURE_NOTICE}一、重点任务\n1.甲。（责任单位：市发改局、市工信局）\n`).plan)).toEqual({ level: "市", word: "市" });
    expect(unknown(`${PREFECTURE_NOTICE}一、重点任务\n1.甲。（责任单位：市发改局、市工信局）\n`)).toEqual(["市发改局"]);
  });

  it("knows the committees a 广东 prefecture names as bureaus there, and only there", () => {
    const names = "（责任单位：市发展和改革局、市卫生健康局、市工业和信息化局）";
    // The province by the plan's city (committee-bureaus.json) or by the documents it cites.
    expect(unknown(`佛山市质量强市建设实施方案\n佛山市人民政府\n一、重点任务\n1.甲。${names}\n`)).toEqual([]);
    expect(unknown(`某市质量强市建设实施方案\n为贯彻落实《中共广东省委 广东省人民政府关于推进质量强省建设的实施意见》，制定本方案。\n一、重点任务\n1.甲。${names}\n`)).toEqual([]);
    // One unit with the registry's name of the committee.
    const text = `佛山市质量强市建设实施方案\n佛山市人民政府\n一、重点任务\n1.甲。（责任单位：市发展和改革局、市发展改革委）\n`;
    expect(analyze(text).findings.filter((finding) => finding.rule === "units/duplicate")).toHaveLength(1);
    expect(unknown(`${PREFECTURE_NOTICE}一、重点任务\n1.甲。${names}\n`)).toEqual(["市发展和改革局", "市卫生健康局"]);
  });
});

describe("a 贵州 prefecture's health bureau", () => {
  // Before qa-50h a province's prefectures named every committee a bureau (广东) or none: 州卫生健康局 was unknown.
  it("is its health committee, the committees it keeps named so", () => {
    const qiandongnan = (units: string) =>
      `黔东南州质量强州建设实施方案\n为深入贯彻落实《中共贵州省委 贵州省人民政府关于深化质量强省建设的实施意见》，制定本方案。\n一、重点任务\n1.甲。（责任单位：州市场监管局、${units}）\n`;
    expect(unknown(qiandongnan("州卫生健康局、州发展改革委"))).toEqual([]);
    // 贵州's prefectures keep their 发展和改革委员会: a 局 of it is as unknown as in any other province.
    expect(unknown(qiandongnan("州发展和改革局"))).toEqual(["州发展和改革局"]);
    // The prefecture's full name (黔东南苗族侗族自治州), the province read from the table of its prefectures.
    expect(unknown("黔东南苗族侗族自治州质量强州建设实施方案\n一、重点任务\n1.甲。（责任单位：州市场监管局、州卫生健康局）\n")).toEqual([]);
    // A city's plan, its province read from the table of its cities.
    expect(unknown(`贵阳市质量强市建设实施方案\n贵阳市人民政府\n一、重点任务\n1.甲。（责任单位：市卫生健康局、市工信局）\n`)).toEqual([]);
    // Another province's prefecture names it a committee.
    expect(unknown(`${PREFECTURE_NOTICE}一、重点任务\n1.甲。（责任单位：市卫生健康局）\n`)).toEqual(["市卫生健康局"]);
  });

  it("is one unit with the registry's name of the committee", () => {
    const text = "贵阳市质量强市建设实施方案\n贵阳市人民政府\n一、重点任务\n1.甲。（责任单位：市卫生健康局、市卫健委）\n";
    expect(analyze(text).findings.filter((finding) => finding.rule === "units/duplicate")).toHaveLength(1);
  });
});

describe("a list introduced by 各", () => {
  it("covers every kind of body it names", () => {
    const head = "某县质量强县实施方案\n一、重点任务\n";
    expect(unknown(`${head}1.甲。（责任单位：县商务局，各乡镇人民政府、街道办事处）\n`)).toEqual([]);
    expect(unknown(`${head}1.甲。（责任单位：县商务局，有关乡镇人民政府、街道办事处）\n`)).toEqual([]);
    expect(unknown(`${head}1.甲。（责任单位：各区住建局、财政局、水利局）\n`)).toEqual([]);
    // A kind of body named alone, or after a particular unit, says not which.
    expect(unknown(`${head}1.甲。（责任单位：县商务局、街道办事处）\n`)).toEqual(["街道办事处"]);
    expect(unknown(`${head}1.甲。（责任单位：各乡镇人民政府、县商务局、街道办事处）\n`)).toEqual(["街道办事处"]);
  });
});

describe("vertical companies and bodies a county plan names", () => {
  const head = "于都县质量强县建设实施方案\n于都县人民政府\n一、重点任务\n";
  it("reads the telecom companies by the level word or the county's name as the groups' county branches", () => {
    expect(unknown(`${head}1.甲。（责任单位：县移动公司、县电信公司、县联通公司、县铁塔公司）\n2.乙。（责任单位：于都电信公司、于都联通分公司）\n`)).toEqual([]);
    // One company however written: the level word, the county's name, the group's name.
    const duplicates = analyze(`${head}1.甲。（责任单位：县移动公司、于都移动公司、中国移动于都分公司）\n`).findings.filter((finding) => finding.rule === "units/duplicate");
    expect(duplicates).toHaveLength(2);
  });

  it("knows the county's 公路分局 and 公路事业发展中心, and a city's 金融工作中心", () => {
    expect(unknown(`${head}1.甲。（责任单位：县公路分局、县公路事业发展中心、县交通运输局）\n`)).toEqual([]);
    expect(unknown(`${PREFECTURE_NOTICE}一、重点任务\n1.甲。（责任单位：市金融工作中心、市委金融办）\n`)).toEqual([]);
  });

  it("knows the 疾控中心 beside the 疾控局, the 公共资源交易中心 and the post office named as the telecoms are", () => {
    // 疾控中心 is the 疾控局's institute, not a misspelling of it: the suggestion 县疾控局 was wrong.
    expect(unknown(`${head}1.甲。（责任单位：县疾控中心、县疾控局、县公共资源交易中心、县邮政分公司、于都邮政公司）\n`)).toEqual([]);
  });

  it("knows the five 综合行政执法 teams of the 2019 reform, a city's 支队 a county's 大队 and a province's 总队", () => {
    expect(unknown(`${head}1.甲。（责任单位：县市场监管综合行政执法大队、县交通运输综合行政执法大队、县农业综合行政执法大队、县生态环境保护综合行政执法大队、县文化市场综合执法大队）\n`)).toEqual([]);
    expect(unknown(`${PREFECTURE_NOTICE}一、重点任务\n1.甲。（责任单位：市市场监管综合行政执法支队、市农业综合执法支队）\n`)).toEqual([]);
  });
});

describe("bureaus a county merges", () => {
  const head = "兴国县质量强县建设实施方案\n一、重点任务\n";
  it("are named by the stems of registered departments, in the government's order", () => {
    expect(unknown(`${head}1.甲。（责任单位：县卫体局、县教科体局、县科工信局、县文广新旅局、县卫生健康和体育局、县教育科技体育局）\n`)).toEqual([]);
    expect(unknown(`${COUNTY_CITY_NOTICE}一、重点任务\n1.甲。（责任单位：市卫体局、市工信局）\n`)).toEqual([]);
  });

  // QA round 15 (阿拉善左旗, 恩施): whole stems are read in any order; first characters only in the list's.
  it("are read from whole stems in any order, as one bureau", () => {
    expect(unknown(`${head}1.甲。（责任单位：县工信科技局、县发改委）\n2.乙。（责任单位：县卫生健康体育局）\n`)).toEqual([]);
    expect(unknown("阿拉善左旗质量强旗建设实施方案\n一、重点任务\n1.甲。（责任单位：旗工信科技局、旗发改委）\n")).toEqual([]);
    const duplicates = analyze(`${head}1.甲。（责任单位：县工信科技局、县科技工信局）\n`).findings.filter((finding) => finding.rule === "units/duplicate");
    expect(duplicates).toHaveLength(1);
  });

  // QA 43b (揭阳市揭东区工业信息化和科技局): a stem of two parts joined by 和 loses its 和 in the merged name.
  it("are read from a two-part stem written without its 和, before or after the other department", () => {
    expect(unknown(`${head}1.甲。（责任单位：县工业信息化和科技局、县发改委）\n2.乙。（责任单位：县科技和工业信息化局）\n3.丙。（责任单位：县经济信息化和科学技术局）\n`)).toEqual([]);
    const duplicates = analyze(`${head}1.甲。（责任单位：县工业信息化和科技局、县科技工信局）\n`).findings.filter((finding) => finding.rule === "units/duplicate");
    expect(duplicates).toHaveLength(1);
  });

  it("keep a typo reported, and a prefecture's merged name unknown", () => {
    // Out of order (工 before 科), a stem no department has (休), one stem alone.
    expect(unknown(`${head}1.甲。（责任单位：县工科局、县卫休局、县体卫局）\n`)).toEqual(["县工科局", "县卫休局", "县体卫局"]);
    expect(unknown(`${PREFECTURE_NOTICE}一、重点任务\n1.甲。（责任单位：市卫体局、市工信局）\n`)).toEqual(["市卫体局"]);
  });
});

// QA 44c (四川's counties): an office's work (外事 of 市外事办) is a stem as a department's is, and
// 经济合作局 is 四川's name of the investment promotion bureau.
describe("bureaus a county merges with an office's work, and centres it merges", () => {
  const head = "蓬溪县质量强县建设实施方案\n一、重点任务\n";
  it("reads 县商务经济合作和外事局 and its like as merged bureaus", () => {
    expect(unknown(`${head}1.甲。（责任单位：县商务经济合作和外事局、县发改局）\n2.乙。（责任单位：县经济合作和外事局）\n3.丙。（责任单位：县商务和经济合作局）\n`)).toEqual([]);
    const duplicates = analyze(`${head}1.甲。（责任单位：县经济合作局、县投资促进局）\n`).findings.filter((finding) => finding.rule === "units/duplicate");
    expect(duplicates).toHaveLength(1);
  });

  it("reads 地方金融 written or left out alike", () => {
    expect(unknown(`${head}1.甲。（责任单位：县地方金融服务中心、县财政局）\n`)).toEqual([]);
  });

  it("keeps an office's first character no stem, so a slip of a merged name stays reported", () => {
    expect(unknown(`${head}1.甲。（责任单位：县商外局、县外商务局）\n`)).toEqual(["县商外局", "县外商务局"]);
  });

  it("reads two registered centres joined with 和 or 与, their ending written once, as one centre", () => {
    expect(unknown(`${head}1.甲。（责任单位：县政务服务和公共资源交易服务中心、县政务服务与公共资源交易中心、县港澳办、省港澳办）\n`)).toEqual([]);
    const registry = buildRegistry(undefined);
    expect(registry.resolve("县政务服务和公共资源交易服务中心")?.canonical).toBe(registry.resolve("县政务服务与公共资源交易中心")?.canonical);
    // Not where a side is no registered centre, nor one centre twice.
    expect(unknown(`${head}1.甲。（责任单位：县政务服务和公共资源中心、县科技和公共资源交易中心、县政务服务和政务服务中心）\n`)).toEqual(["县政务服务和公共资源中心", "县科技和公共资源交易中心", "县政务服务和政务服务中心"]);
  });
});

describe("companies named after their place", () => {
  const head = "兴国县质量强县建设实施方案\n一、重点任务\n";
  it("are read by their form at every level", () => {
    expect(
      unknown(`${head}1.甲。（责任单位：国网兴国县供电公司、中国电信兴国分公司、中国移动兴国分公司、中国联通兴国县分公司、中国铁塔兴国分公司、中国邮政兴国县分公司、县城投集团、县交投公司、赣州市城投集团、县工信局）\n`),
    ).toEqual([]);
  });

  it("but not a department's name made a company's", () => {
    expect(unknown(`${head}1.甲。（责任单位：县工信局公司、中国电信分公司）\n`)).toEqual(["县工信局公司", "中国电信分公司"]);
  });

  // Held as they were read before the fourth round of units QA asked about them.
  it("and the county's vertical bodies named with the county's name are its own", () => {
    const text = "于都县质量强县建设实施方案\n于都县人民政府\n一、重点任务\n1.甲。（责任单位：国家税务总局于都县税务局、于都县气象局）\n2.乙。（责任单位：于都县税务局、县气象局、县消防救援大队）\n3.丙。（责任单位：县税务局、于都县消防救援大队）\n";
    expect(unknown(text)).toEqual([]);
    const report = unitReport(analyze(text).plan, buildRegistry(undefined));
    expect(report.units.map(({ unit, writings }) => [unit, [...writings].sort()]).sort()).toEqual(
      [
        ["县税务局", ["国家税务总局于都县税务局", "于都县税务局", "县税务局"].sort()],
        ["县气象局", ["于都县气象局", "县气象局"].sort()],
        ["县消防救援大队", ["县消防救援大队", "于都县消防救援大队"].sort()],
      ].sort(),
    );
  });

  // County plans name their county's 国网 company with the level word (QA, fourth round of units).
  it("and a county's company written with the level word is the plan's county's", () => {
    const text = "于都县质量强县建设实施方案\n于都县人民政府\n一、重点任务\n1.甲。（责任单位：县供电公司、县工信局）\n2.乙。（责任单位：国网于都县供电公司）\n3.丙。（责任单位：于都县供电公司）\n";
    expect(unknown(text)).toEqual([]);
    const report = unitReport(analyze(text).plan, buildRegistry(undefined));
    const power = report.units.filter(({ unit }) => unit.includes("供电"));
    expect(power.map(({ unit, writings }) => [unit, [...writings].sort()])).toEqual([["国网于都县供电公司", ["县供电公司", "国网于都县供电公司", "于都县供电公司"].sort()]]);
    // A county-level city writes it with 市; a prefecture's plan still names the place (units/unknown).
    const city = "瑞金市质量强市建设实施方案\n瑞金市人民政府\n各乡镇人民政府，市政府各部门：\n一、重点任务\n1.甲。（责任单位：市供电公司、市工信局）\n2.乙。（责任单位：国网瑞金市供电公司）\n";
    expect(unknown(city)).toEqual([]);
    expect(unitReport(analyze(city).plan, buildRegistry(undefined)).units.filter(({ unit }) => unit.includes("供电")).map(({ unit }) => unit)).toEqual(["国网瑞金市供电公司"]);
    expect(unknown("赣州市质量强市建设实施方案\n赣州市人民政府\n一、重点任务\n1.甲。（责任单位：市供电公司）\n")).toEqual(["市供电公司"]);
  });
});
