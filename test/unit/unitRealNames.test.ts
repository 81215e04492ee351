import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { buildRegistry } from "../../server/src/core/units/registry";

/**
 * Real names of responsible units that are no typo (QA precision report, A5): the registry and
 * the name reader accept them, and a typo of them is still reported with the name meant.
 */
const registry = buildRegistry(undefined);

/** A name's unit as the registry reads it: its canonical name and the form written, or null. */
function read(name: string): [string, string] | null {
  const unit = registry.resolve(name);
  return unit === null ? null : [unit.canonical, unit.form];
}

function unknownFindings(text: string): Array<[string, string | undefined]> {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => [text.slice(finding.start, finding.end), finding.suggestions?.[0]?.edits[0]?.newText]);
}

describe("real names the registry knows", () => {
  it.each([
    // A county-level city's, a district's, a county's government, named in a city's plan.
    "庐山市人民政府",
    "江都区人民政府",
    "德清县人民政府",
    // Development zones by their full names, national and provincial, and resort zones.
    "九江经济技术开发区管委会",
    "九江经济技术开发区",
    "德清经济开发区管委会",
    "赣州高新技术产业开发区管委会",
    "莫干山国际旅游度假区管委会",
    // An autonomous prefecture's committee of ethnic and religious affairs (and 武汉's, 湖北's).
    "州民宗委",
    "州民族宗教事务委员会",
    "省民宗委",
    "市民宗委",
    // Inner Mongolia's and other pastoral regions' 农牧局, at every level below the region.
    "旗农牧局",
    "盟农牧局",
    "市农牧局",
    // Bodies of every city the built-in list lacked, and the usual abbreviations of real ones.
    "市消防救援支队",
    "市人力社保局",
    "市文广旅游局",
    "市综合执法局",
    "市综合行政执法局",
    "市政务服务和大数据局",
    "县文广旅体局",
    "区文体旅局",
    "区国资办",
    "县政务服务中心",
    // 浙江's 建设局 (绍兴市建设局), and 广播电视 written out where the registry writes 广电.
    "市建设局",
    "区建设局",
    // A culture bureau with its parts in its government's order (岳阳市文化旅游广电体育局).
    "市文旅广体局",
    "岳阳市文化旅游广电体育局",
    "市文化体育广电和旅游局",
    "市文化广播电视和旅游局",
    "绍兴市文化广播电视旅游局",
    // Bodies of one level only.
    "区公安分局",
    "省药监局",
    "安徽金融监管局",
    "省地方金融管理局",
    "省数据资源局",
    // A place named by its direction (南部县, 成都东部新区): its 部 is no department's.
    "南部县人民政府",
    "成都东部新区",
    "东部新区管委会",
    // The State Grid's city company, a responsible unit of power-supply quality tasks.
    "国网赣州供电公司",
    "国网成都供电分公司",
  ])("%s", (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  // 一个机构两块牌子: the second name of an office the body houses need not be listed.
  it("accepts a listed body with a second name of its level, not a typo or a role in brackets", () => {
    expect(registry.isKnown("市发展改革委（市能源局）")).toBe(true);
    expect(registry.isKnown("市发展改革委(市能源局)")).toBe(true);
    expect(registry.isKnown("市委宣传部（市新闻出版局）")).toBe(true);
    expect(registry.isKnown("市市场监管局（市知识产杈局）")).toBe(false);
    expect(registry.isKnown("市工信局（牵头）")).toBe(false);
    expect(registry.isKnown("市工信局（省能源局）")).toBe(false);
    expect(registry.isKnown("市供电公司（市能源局）")).toBe(false);
  });
});

describe("development zones named by the government that set them up, or alone", () => {
  it.each([
    ["县经济开发区管委会", "县经济开发区", "县"],
    ["县经济开发区管理委员会", "县经济开发区", "县"],
    ["市经济开发区管委会", "市经济开发区", "市"],
    ["市高新区管委会", "市高新区", "市"],
    ["区经开区管委会", "区经开区", "县"],
    ["县工业园区管委会", "县工业园区", "县"],
    ["高新区管委会", "高新区", null],
    ["经开区", "经开区", null],
    ["开发区管委会", "开发区", null],
    ["综保区管委会", "综合保税区", null],
    ["县产业园管委会", "县产业园区", "县"],
  ])("%s is the zone %s of level %s", (name, canonical, level) => {
    const unit = registry.resolve(name);
    expect(unit).toMatchObject({ canonical, place: null });
    expect(unit?.entry.level).toBe(level);
  });

  it("keeps reading zones by their place, and no province sets one up by its word", () => {
    expect(registry.resolve("赣州经开区管委会")).toMatchObject({ canonical: "赣州经开区", place: "赣州" });
    expect(registry.resolve("赣州工业园")).toMatchObject({ canonical: "赣州工业园区", place: "赣州" });
    expect(registry.resolve("水西产业园管委会")).toMatchObject({ canonical: "水西产业园区", place: "水西" });
    expect(registry.resolve("省经开区")).toBeNull();
  });

  it("is no unknown name in a county's plan, and asks which county's in a city's", () => {
    const county = "---\n层级: 县\n---\n一、主要任务\n1.甲任务。开展工作。〔责任单位：县经济开发区管委会、高新区管委会、县工信局〕\n";
    expect(analyze(county).findings.filter((finding) => finding.rule.startsWith("units/"))).toEqual([]);
    const city = "一、主要任务\n1.甲任务。开展工作。〔责任单位：县经济开发区管委会、市工信局〕\n";
    expect(analyze(city).findings.filter((finding) => finding.rule.startsWith("units/")).map((finding) => finding.rule)).toEqual(["units/level"]);
  });
});

describe("an area's governing body whose name lists its parts in brackets", () => {
  it.each([
    ["开发区（投资区、高新区、台商投资区）管委会", "开发区"],
    ["县经济开发区（工业园区）管委会", "县经济开发区"],
    ["赣州经开区（南康片区、章贡园）管委会", "赣州经开区"],
    ["九江经济技术开发区（出口加工区）管理委员会", "九江经开区"],
  ])("%s is the zone %s", (name, canonical) => {
    expect(registry.resolve(name)).toMatchObject({ canonical, form: "alias" });
  });

  it("reads square and hexagonal brackets as round ones, in a body's parts and its second name", () => {
    expect(registry.resolve("开发区〔投资区、高新区、台商投资区〕管委会")).toMatchObject({ canonical: "开发区" });
    expect(registry.isKnown("市委组织部〔市委人才办〕")).toBe(true);
    expect(registry.isKnown("市委组织部［市委人才办］")).toBe(true);
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市委组织部〔市委人才办〕、市人社局〕\n2.乙任务。开展工作。〔责任单位：市委组织部（市委人才办）、市委组织部［市委人才办］〕\n";
    expect(unknownFindings(text)).toEqual([]);
    // One body however its brackets are written: the second writing in one clause is a duplicate.
    expect(analyze(text).findings.filter((finding) => finding.rule === "units/duplicate").map((finding) => text.slice(finding.start, finding.end))).toEqual(["市委组织部［市委人才办］"]);
  });

  it("reads no other bracket so, and a misspelt name stays unknown", () => {
    // The bracket must list areas, before the body's word; a department's is no area's body.
    expect(registry.resolve("开发区（投资促进）管委会")).toBeNull();
    expect(registry.resolve("市（县）市场监管局")).toBeNull();
    expect(registry.resolve("开发去（投资区、高新区）管委会")).toBeNull();
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：开发区（投资区、高新区、台商投资区）管委会、开发去（投资区）管委会、市工信局〕\n";
    expect(unknownFindings(text).map(([name]) => name)).toEqual(["开发去（投资区）管委会"]);
  });
});

describe("municipal and county bodies real plans name (QA round g)", () => {
  it.each([
    // The Party committee's offices of its commissions and the performance office, at every level.
    ["县委目标绩效办", "县委目标绩效办"],
    ["区目标绩效办", "区委目标绩效办"],
    ["县委改革办", "县委改革办"],
    ["县委依法治县办", "县委依法治县办"],
    ["区委财经办", "区委财经办"],
    ["市委政研室", "市委政研室"],
    ["县直机关工委", "县直机关工委"],
    // The data bureau's centre beside the bureau, and the 台办 that took in the 港澳 office.
    ["区大数据中心", "区大数据中心"],
    ["市大数据发展中心", "市大数据中心"],
    ["市台港澳办", "市委台办"],
    // A county's 人武部, and the 公安's traffic police: a city's 支队, a county's 大队.
    ["县人武部", "县人武部"],
    ["区人民武装部", "区人武部"],
    ["县公安局交警大队", "县公安局交警大队"],
    ["市公安局交通警察支队", "市公安局交警支队"],
    // A city bureau's district 分局 named with the bureau's stem before the district.
    ["公安大兴分局", "市公安局大兴分局"],
    ["生态环境章贡分局", "市生态环境局章贡分局"],
  ])("%s is %s", (name, canonical) => {
    expect(registry.resolve(name)?.canonical).toBe(canonical);
  });

  it("accepts no misspelling of them", () => {
    for (const name of ["县人武布", "县公安局交警支队", "县委目标级效办", "区大数剧中心", "公按大兴分局", "公安局分局", "公安局大兴分局", "县委依法治市办", "市台港澳局"]) expect(registry.resolve(name), name).toBeNull();
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市委目标绩效办、市大数据中心、公安大兴分局、市委目标级效办、公按大兴分局〕\n";
    expect(unknownFindings(text).map(([name]) => name)).toEqual(["市委目标级效办", "公按大兴分局"]);
  });
});

describe("bodies a department manages, of the provinces and of other levels", () => {
  it.each(["省能源局", "江西省能源局", "市能源局", "省文物局", "省中医药管理局", "省疾控局", "市疾病预防控制局", "区疾控局", "省地震局", "省通信管理局", "江西省通信管理局", "省监狱管理局", "省戒毒管理局"])("%s", (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it("are no unknown names in a province's plan", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：省发展改革委（省能源局）、省能源局、省文物局、省通信管理局、省卫生健康委（省中医药管理局）〕\n";
    expect(unknownFindings(text)).toEqual([]);
  });
});

describe("names written out in full", () => {
  it("are the unit of the name the registry shortens, as an alias", () => {
    expect(registry.resolve("市文化广播电视和旅游局")).toMatchObject({ canonical: "市文广旅局", form: "alias" });
    expect(registry.resolve("区文化广播电视和旅游局")).toMatchObject({ canonical: "区文广旅局", form: "alias" });
    expect(registry.resolve("市文化广播电视新闻出版旅游局")).toMatchObject({ canonical: "市文广新旅局", form: "alias" });
    expect(registry.resolve("市广播电视局")).toBeNull();
  });

  it("read a government's office written with 人民政府 as the registry's 政府 (区人民政府办公室 is 区政府办公室)", () => {
    expect(read("区人民政府办公室")).toEqual(["区政府办公室", "alias"]);
    expect(read("市人民政府督查室")).toEqual(["市政府督查室", "alias"]);
    expect(read("县人民政府金融工作办公室")).toEqual(["县政府金融办", "alias"]);
    // A government named by its level word alone is the plan's own (a county's plan keeps a task
    // for its 县人民政府; a plan the 市委 issues gives one to the 市政府): a body, not its office.
    expect(read("区人民政府")).toEqual(["区人民政府", "canonical"]);
    expect(read("县政府")).toEqual(["县人民政府", "alias"]);
    const text = ["章贡区质量强区实施方案", "", "一、主要任务", "1.甲任务。开展工作。〔责任单位：区人民政府办公室、区政府督查室〕", ""].join("\n");
    expect(unknownFindings(text)).toEqual([]);
  });

  it("know the government's research office (市政府研究室), apart from the party committee's (市委政研室)", () => {
    expect(read("市政府研究室")).toEqual(["市政府研究室", "canonical"]);
    expect(read("区人民政府研究室")).toEqual(["区政府研究室", "alias"]);
    expect(read("市委政研室")).toEqual(["市委政研室", "canonical"]);
  });

  it("read the consumer council's short form (省消委, 区消委) as its name, as 消协 is", () => {
    expect(read("省消委")).toEqual(["省消委会", "alias"]);
    expect(read("区消委")).toEqual(["区消委会", "alias"]);
    const text = ["赣州市质量强市实施方案", "", "一、主要任务", "1.甲任务。开展工作。〔责任单位：市市场监管局、省消委〕", ""].join("\n");
    expect(unknownFindings(text)).toEqual([]);
  });
});

describe("units/unknown on the QA's real names", () => {
  it("reports none of fp8-real-units", () => {
    const text = [
      "一、主要任务",
      "1.甲任务。开展工作。〔责任单位：市工信局、庐山市人民政府、九江经济技术开发区管委会〕",
      "2.乙任务。开展工作。〔责任单位：市发展改革委（市能源局）、市消防救援支队〕",
      "3.丙任务。开展工作。〔责任单位：市人力社保局、市文广旅游局、市综合执法局〕",
      "",
    ].join("\n");
    expect(unknownFindings(text)).toEqual([]);
  });

  it("still reports typos of them, with the name meant as the slip was written", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市人力社宝局、市消防救援支对、市市场监管局（市知识产杈局）〕\n";
    expect(unknownFindings(text)).toEqual([
      // A slip of the alias 市人力社保局 is offered the alias, not the registry's 市人社局.
      ["市人力社宝局", "市人力社保局"],
      ["市消防救援支对", "市消防救援支队"],
      ["市市场监管局（市知识产杈局）", "市市场监管局（市知识产权局）"],
    ]);
  });
});

describe("a 等 that ends the departments before a comma", () => {
  const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市商务局、市文广新旅局等，各县（市、区）政府〕\n2.乙任务。开展工作。〔责任单位：市商务局、市科技局等 ，市有关部门〕\n";

  it("is not part of the name", () => {
    const plan = buildPlan(text);
    expect(plan.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([
      ["市商务局", "市文广新旅局", "各县（市、区）政府"],
      ["市商务局", "市科技局", "市有关部门"],
    ]);
    const name = plan.clauses[0]!.units[1]!;
    expect(text.slice(name.start, name.end)).toBe("市文广新旅局");
  });

  it("is not part of the name in a clause cut by a line break or a responsibility table's cell", () => {
    const plan = buildPlan(
      "一、主要任务\n1.甲任务。开展工作。〔责任单位：市商务局、\n市文广新旅局等，各县（市、区）政府〕\n\n附件\n序号\t重点任务\t牵头单位\t配合单位\n1\t开展工作\t市商务局\t市科技局等，各县（市、区）政府\n",
    );
    expect(plan.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([
      ["市商务局", "市文广新旅局", "各县（市、区）政府"],
      ["市商务局", "市科技局", "各县（市、区）政府"],
    ]);
  });

  it("gives no finding", () => {
    expect(analyze(text).findings.filter((finding) => finding.rule.startsWith("units/"))).toEqual([]);
  });
});

describe("culture bureaus named by their parts in another order", () => {
  it("are the registered unit of the same parts, at the name's level, as an alias", () => {
    expect(read("市文旅广体局")).toEqual(["市文广旅体局", "alias"]);
    expect(read("区文体广旅局")).toEqual(["区文广旅体局", "alias"]);
    expect(read("市文新广旅局")).toEqual(["市文广新旅局", "alias"]);
    expect(read("市文化广电和旅游体育局")).toEqual(["市文广旅体局", "alias"]);
  });

  it("are not made of a part twice, of other parts, or with 和 anywhere but before the last", () => {
    expect(registry.resolve("市文文局")).toBeNull();
    expect(registry.resolve("市体文旅局")).toBeNull();
    expect(registry.resolve("市文和广旅局")).toBeNull();
    expect(registry.resolve("市文旅商局")).toBeNull();
  });
});

describe("a province's and an autonomous region's party and government offices", () => {
  it("are named as they are there: 自治区党委…, 省委办公厅, 自治区政府办公厅 (办公室 an alias)", () => {
    expect(read("自治区党委组织部")).toEqual(["自治区党委组织部", "canonical"]);
    expect(read("省委办公厅")).toEqual(["省委办公厅", "canonical"]);
    expect(read("省委办公室")).toEqual(["省委办公厅", "alias"]);
    expect(read("自治区政府办公室")).toEqual(["自治区政府办公厅", "alias"]);
    // 自治 is no place: 自治区委组织部 is a slip for 自治区党委组织部, not a district's 区委组织部.
    expect(read("自治区委组织部")).toBeNull();
  });
});

describe("offices every level has: committees' offices, service centres", () => {
  it.each([
    ["县食安办", "县食安办"],
    ["区食安办", "区食安办"],
    ["市食安委办公室", "市食安办"],
    ["县食品安全委员会办公室", "县食安办"],
    ["省食安办", "省食安办"],
    ["县安委办", "县安委办"],
    ["市安全生产委员会办公室", "市安委办"],
    ["县金融服务中心", "县金融服务中心"],
    ["市行政服务中心", "市政务服务中心"],
    // A place's own bank, written as county plans write it (县农商银行 of the plan's county).
    ["于都农商银行", "于都农商银行"],
    ["赣州农村商业银行", "赣州农商银行"],
    ["县农商银行", "县农商银行"],
  ])("knows %s as %s", (name, canonical) => {
    expect(registry.resolve(name)?.canonical).toBe(canonical);
  });

  it("reads a county's 食安办 written twice, short and in full, as one office listed twice", () => {
    const text = "兴国县质量强县建设实施方案\n\n一、主要任务\n1.加强食品安全监管。〔责任单位：县市场监管局、县食安办、县食品安全委员会办公室〕\n";
    const findings = analyze(text).findings.filter((finding) => finding.rule.startsWith("units/"));
    expect(findings.map((finding) => [finding.rule, text.slice(finding.start, finding.end)])).toEqual([["units/duplicate", "县食品安全委员会办公室"]]);
  });
});
