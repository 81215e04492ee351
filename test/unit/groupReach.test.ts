import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { type BodyKind, branchBodyKind, groupReach } from "../../server/src/core/units/groupReach";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { unitTaskList } from "../../server/src/core/units/unitTasks";

/**
 * Group terms (统称) and their members: a department's task list holds the tasks of the groups it
 * belongs to, marked with the group, and no group's it is not of.
 */
const town: BodyKind = { kind: "town", word: "镇" };
const township: BodyKind = { kind: "town", word: "乡" };
const street: BodyKind = { kind: "town", word: "街道" };
const county: BodyKind = { kind: "county", word: "县" };
const district: BodyKind = { kind: "county", word: "区" };
const countyDepartment: BodyKind = { kind: "department", word: "县", vertical: false, name: "县住建局", placed: false };
const cityDepartment: BodyKind = { kind: "department", word: "市", vertical: false, name: "市住建局", placed: false };
const countyTaxBureau: BodyKind = { kind: "department", word: "县", vertical: true, name: "县税务局", placed: false };

describe("groupReach", () => {
  it("reaches the towns and streets of the kinds a group names, however the kinds are listed", () => {
    const reach = (group: string) => [town, township, street].map((body) => groupReach(group, body));
    expect(reach("各镇人民政府")).toEqual(["member", null, null]);
    expect(reach("各乡镇人民政府")).toEqual(["member", "member", null]);
    expect(reach("各街道办事处")).toEqual([null, null, "member"]);
    expect(reach("各镇（街道）")).toEqual(["member", null, "member"]);
    expect(reach("各乡镇（街道）")).toEqual(["member", "member", "member"]);
    expect(reach("各镇街")).toEqual(["member", null, "member"]);
    expect(reach("各乡镇人民政府（街道办事处）")).toEqual(["member", "member", "member"]);
    expect(reach("有关镇（街道）")).toEqual(["concerned", null, "concerned"]);
    expect(reach("各街镇")).toEqual(["member", null, "member"]);
    // A listed member no place's kind (园区, 场) reaches none of them, and the others still theirs.
    expect(reach("各镇（街道、园区）")).toEqual(["member", null, "member"]);
    expect(reach("各乡镇（场）")).toEqual(["member", "member", null]);
    // Words after the bracket that are no kind make the group another body of each place.
    expect(reach("各镇（街道）工业园区")).toEqual([null, null, null]);
  });

  it("reaches counties through the groups of counties, never a town or a department", () => {
    expect(groupReach("各县（市、区）人民政府", county)).toBe("member");
    expect(groupReach("各区（市）县", district)).toBe("member");
    expect(groupReach("相关区（市）县", district)).toBe("concerned");
    expect(groupReach("各县（市、区）人民政府", town)).toBeNull();
    expect(groupReach("各县（市、区）人民政府", countyDepartment)).toBeNull();
  });

  it("reaches a level's departments through its groups, the departments concerned through 有关, a town through no 部门", () => {
    expect(groupReach("县直各部门", countyDepartment)).toBe("member");
    expect(groupReach("县直各有关单位", countyDepartment)).toBe("concerned");
    expect(groupReach("县直各有关单位", cityDepartment)).toBeNull();
    expect(groupReach("县直各有关单位", town)).toBeNull();
    expect(groupReach("各有关部门", cityDepartment)).toBe("concerned");
    expect(groupReach("各有关部门", town)).toBeNull();
    expect(groupReach("各有关单位", town)).toBe("concerned");
    expect(groupReach("市有关部门", countyDepartment)).toBeNull();
  });

  it("reaches the members of either of two groups joined in one term, as a member where one side names all of its kind", () => {
    expect(groupReach("市直有关部门和各县（市、区）", cityDepartment)).toBe("concerned");
    expect(groupReach("市直有关部门和各县（市、区）", district)).toBe("member");
    expect(groupReach("各县（市、区）人民政府及市直有关部门", county)).toBe("member");
    expect(groupReach("县直各部门以及各乡镇人民政府", countyDepartment)).toBe("member");
    expect(groupReach("县直各部门以及各乡镇人民政府", township)).toBe("member");
    expect(groupReach("县直各部门以及各乡镇人民政府", street)).toBeNull();
    expect(groupReach("市直有关部门和各县（市、区）", town)).toBeNull();
  });

  it("reaches a court or a procuratorate through its level's 单位 and 机关, never its 部门", () => {
    const court: BodyKind = { kind: "department", word: "市", vertical: false, name: "市中级人民法院", placed: false };
    const procuratorate: BodyKind = { kind: "department", word: "县", vertical: false, name: "县人民检察院", placed: false };
    expect(groupReach("市直各部门", court)).toBeNull();
    expect(groupReach("市各委办局", court)).toBeNull();
    expect(groupReach("市直各单位", court)).toBe("member");
    expect(groupReach("市直各部门（单位）", court)).toBe("member");
    expect(groupReach("县直各有关部门", procuratorate)).toBeNull();
    expect(groupReach("县直各有关单位", procuratorate)).toBe("concerned");
    expect(groupReach("市直各部门", cityDepartment)).toBe("member");
  });

  it("reaches a vertical body (县税务局) through the groups of bodies stationed or run from above and those concerned, never its level's own", () => {
    expect(groupReach("县直各部门", countyTaxBureau)).toBeNull();
    expect(groupReach("县级各部门", countyTaxBureau)).toBeNull();
    expect(groupReach("县直各有关单位", countyTaxBureau)).toBeNull();
    expect(groupReach("县有关部门", countyTaxBureau)).toBe("concerned");
    expect(groupReach("各有关部门", countyTaxBureau)).toBe("concerned");
    for (const group of ["中央驻县单位", "省驻县单位", "驻县各单位", "中央驻吉单位", "驻赣州市单位", "各垂直管理部门", "县垂直管理单位"]) {
      expect([groupReach(group, countyTaxBureau), groupReach(group, countyDepartment), groupReach(group, town)]).toEqual(["member", null, null]);
    }
    // Another group of bodies in the place: the news outlets stationed there are not its tax bureau.
    expect(groupReach("中央驻吉新闻单位", countyTaxBureau)).toBeNull();
  });

  it("reaches a bureau's 分局 through its branches' groups, and a district's as the district bureau it stands in for", () => {
    const registry = registryFor(undefined, undefined);
    const branch = (name: string) => branchBodyKind(registry.resolve(name)!, registry)!;
    const district = branch("市市场监管局章贡分局");
    const zone = branch("市市场监管局经开区分局");
    expect(district).toEqual({ kind: "branch", bureau: "市市场监管局", standsFor: { kind: "department", word: "区", vertical: false, name: "区市场监管局", placed: true } });
    expect(zone).toEqual({ kind: "branch", bureau: "市市场监管局", standsFor: null });
    for (const group of ["各分局", "各市场监管分局", "市局各分局", "局属各分局"]) expect([district, zone].map((body) => groupReach(group, body, registry))).toEqual(["member", "member"]);
    expect([district, zone].map((body) => groupReach("各县（市、区）市场监管局", body, registry))).toEqual(["member", null]);
    // Another bureau's branches, another department of the counties, a level's departments: none of them.
    for (const group of ["各公安分局", "各县（市、区）住建局", "市直各部门", "各县（市、区）人民政府"]) expect([district, zone].map((body) => groupReach(group, body, registry))).toEqual([null, null]);
    // Nor is any other body one of a bureau's branches.
    expect([countyDepartment, cityDepartment].map((body) => groupReach("各分局", body, registry))).toEqual([null, null]);
  });

  it("reaches no one through a group whose members the text does not tell, nor through another kind's", () => {
    for (const group of ["县质量强县工作领导小组成员单位", "各牵头部门", "县属国有企业", "各县住建局", "各镇街道办事处驻地企业"]) {
      expect([town, street, county, countyDepartment].map((body) => groupReach(group, body))).toEqual([null, null, null, null]);
    }
  });
});

const registry = registryFor(undefined, undefined);

function taskList(text: string, asked: string) {
  const plan = analyze(text, {}).plan;
  return unitTaskList(plan, unitReport(plan, registry), registry, asked);
}

describe("a unit's task list with its groups' tasks", () => {
  const COUNTY = [
    "兴国县质量提升行动方案",
    "",
    "一、重点任务",
    "1.推进乡镇质量提升。〔责任单位：各乡镇人民政府〕",
    "2.推进社区质量服务。〔责任单位：各街道办事处〕",
    "3.推进产业质量升级。〔牵头单位：县工信局；配合单位：县直各有关单位〕",
    "4.建设质量基础设施。〔责任单位：县市场监管局、长冈乡人民政府〕",
    "5.开展质量宣传。〔责任单位：县委宣传部，各有关部门按职责分工负责〕",
    "",
  ].join("\n");

  it("gives a township its group's tasks and its own, in document order, and not a street's or a department's", () => {
    const list = taskList(COUNTY, "长冈乡");
    expect(list.unit).toBe("长冈乡人民政府");
    expect(list.tasks.map((task) => [task.path.join(""), task.reach, task.via])).toEqual([
      ["一、1.", "member", "各乡镇人民政府"],
      ["一、4.", "named", null],
    ]);
  });

  it("gives a department written in its short form the tasks of its level's groups, with the group's role", () => {
    const list = taskList(COUNTY, "财政局");
    expect(list.unit).toBe("县财政局");
    expect(list.tally).toBeNull();
    expect(list.tasks.map((task) => [task.path.join(""), task.role, task.reach, task.via])).toEqual([
      ["一、3.", "support", "concerned", "县直各有关单位"],
      ["一、5.", "responsible", "concerned", "各有关部门"],
    ]);
  });

  it("gives a member the role the clause gives its group: the towns lead what 各乡镇人民政府 is said to lead", () => {
    const text = ["兴国县质量提升行动方案", "", "一、重点任务", "1.推进乡镇质量提升。〔牵头单位：各乡镇人民政府；配合单位：县市场监管局〕", "2.推进计量工作。〔牵头单位：县市场监管局；配合单位：各乡镇人民政府〕", ""].join("\n");
    expect(taskList(text, "长冈乡").tasks.map((task) => [task.path.join(""), task.role])).toEqual([
      ["一、1.", "lead"],
      ["一、2.", "support"],
    ]);
    // The row still names no lead: a group term is who follows, not one unit that leads.
    const plan = analyze(text, {}).plan;
    expect(unitReport(plan, registry).rows[0]!.leads).toEqual([]);
  });

  it("reads a county's bare name as its government, as a town's is", () => {
    const city = ["示例市质量强市建设实施方案", "", "一、重点任务", "1.推进区域质量提升。〔责任单位：市市场监管局、各区（市）县〕", "2.建设质量基础设施。〔责任单位：市市场监管局〕", ""].join("\n");
    const list = taskList(city, "城东区");
    expect(list.unit).toBe("城东区人民政府");
    expect(list.tasks.map((task) => [task.path.join(""), task.reach, task.via])).toEqual([["一、1.", "member", "各区（市）县"]]);
  });

  it("reads 广东's 中直、省直驻南海各有关单位 as two groups of the bodies stationed there, no unit 中直", () => {
    const district = ["佛山市南海区质量强区建设实施方案", "", "一、重点任务", "1.服务外贸企业。〔责任单位：区商务局，中直、省直驻南海各有关单位〕", ""].join("\n");
    const found = analyze(district, {}).findings.filter((finding) => finding.rule.startsWith("units/"));
    expect(found.map((finding) => district.slice(finding.start, finding.end))).toEqual([]);
    expect(taskList(district, "区税务局").tasks.map((task) => [task.path.join(""), task.reach, task.via])).toEqual([["一、1.", "concerned", "省直驻南海各有关单位"]]);
    // The comma sets the groups apart from the department, as before 中央、省驻区单位.
    const central = ["章贡区深化质量强区建设实施方案", "", "一、重点任务", "1.服务外贸企业。〔责任单位：区商务局，中央、省驻区单位〕", ""].join("\n");
    expect(analyze(central, {}).findings.filter((finding) => finding.rule.startsWith("units/"))).toEqual([]);
  });

  it("gives a vertical body (区税务局, 国家税务总局章贡区税务局, 区气象局, 赣州海关) the tasks of the bodies stationed in the district, not of 区直各部门", () => {
    const district = [
      "章贡区深化质量强区建设实施方案",
      "",
      "一、重点任务",
      "1.优化营商环境。〔责任单位：区直各部门〕",
      "2.服务外贸企业。〔责任单位：中央、省驻区单位〕",
      "3.服务企业。〔责任单位：驻区各单位〕",
      "4.开展质量宣传。〔责任单位：区市场监管局，区有关部门按职责分工负责〕",
      "",
    ].join("\n");
    const reached = (asked: string) => taskList(district, asked).tasks.map((task) => [task.path.join(""), task.reach, task.via]);
    // 中央、省驻区单位 is the two groups, 中央驻区单位 and 省驻区单位: no unit 中央.
    for (const asked of ["区税务局", "国家税务总局章贡区税务局", "区气象局"]) {
      expect(reached(asked)).toEqual([
        ["一、2.", "member", "省驻区单位"],
        ["一、3.", "member", "驻区各单位"],
        ["一、4.", "concerned", "区有关部门"],
      ]);
    }
    expect(reached("赣州海关")).toEqual([
      ["一、2.", "member", "省驻区单位"],
      ["一、3.", "member", "驻区各单位"],
    ]);
    const plan = analyze(district, {}).plan;
    expect(unitReport(plan, registry).units.map((tally) => tally.unit)).toEqual(["区市场监管局"]);
    expect(reached("区财政局")).toEqual([
      ["一、1.", "member", "区直各部门"],
      ["一、4.", "concerned", "区有关部门"],
    ]);
  });

  it("gives a department of a place at the level below (章贡区住建局) in a city's plan the tasks of its kind's group (各区住建局, 各县（市、区）住房城乡建设局)", () => {
    const city = [
      "赣州市深化质量强市建设实施方案",
      "",
      "一、重点任务",
      "1.推进建设工程质量。〔责任单位：市住建局、各区住建局〕",
      "2.推进市场监管。〔责任单位：各县（市、区）市场监督管理局〕",
      "3.推进住宅品质。〔牵头单位：市住建局；配合单位：各县（市、区）住房城乡建设局〕",
      "4.加强基础。〔责任单位：章贡区住建局、南康区市场监管局〕",
      "5.推进县域建设。〔责任单位：各县住建局〕",
      "",
    ].join("\n");
    const reached = (asked: string) => taskList(city, asked).tasks.map((task) => [task.path.join(""), task.role, task.reach, task.via]);
    expect(reached("章贡区住建局")).toEqual([
      ["一、1.", "responsible", "member", "各区住建局"],
      ["一、3.", "support", "member", "各县（市、区）住房城乡建设局"],
      ["一、4.", "responsible", "named", null],
    ]);
    // A 区's department is no 县's, and a 市场监管局 no 住建局.
    expect(reached("南康区市场监管局")).toEqual([
      ["一、2.", "responsible", "member", "各县（市、区）市场监督管理局"],
      ["一、4.", "responsible", "named", null],
    ]);
    expect(reached("信丰县住房和城乡建设局").map((task) => task[0])).toEqual(["一、3.", "一、5."]);
    // The city's own department is none of the places'.
    expect(reached("市住建局").map((task) => task[2])).toEqual(["named", "named"]);
  });

  it("gives a county-level city's department in a city's plan none of the city's own groups (市直各有关单位), and one body's two names its body's", () => {
    const city = [
      "吉安市深化质量强市建设实施方案",
      "",
      "一、重点任务",
      "1.推进信用监管。〔牵头单位：市发改委；配合单位：市直各有关单位〕",
      "2.强化品牌建设。〔责任单位：市商务局，各县（市、区）市场监管局〕",
      "3.推进人才培养。〔责任单位：市委组织部（市委人才办）、井冈山市市场监督管理局〕",
      "4.加强组织领导。〔责任单位：市直各部门〕",
      "",
    ].join("\n");
    const reached = (asked: string) => taskList(city, asked).tasks.map((task) => [task.path.join(""), task.reach, task.via]);
    expect(reached("井冈山市市场监督管理局")).toEqual([
      ["一、2.", "member", "各县（市、区）市场监管局"],
      ["一、3.", "named", null],
    ]);
    expect(reached("市委组织部（市委人才办）")).toEqual([
      ["一、1.", "concerned", "市直各有关单位"],
      ["一、3.", "named", null],
      ["一、4.", "member", "市直各部门"],
    ]);
    // The plan's own place is no other's: 吉安市市场监管局 is the city's own.
    expect(reached("吉安市市场监督管理局").map((task) => task[2])).toEqual(["市直各有关单位", "市直各部门"]);
  });

  it("gives a group asked no other group's tasks, and a name the registry does not know none", () => {
    expect(taskList(COUNTY, "各街道办事处").tasks.map((task) => task.path.join(""))).toEqual(["一、2."]);
    expect(taskList(COUNTY, "县科枝局").tasks).toEqual([]);
  });
});

describe("a kind asked with no place (QA 44c)", () => {
  const CITY = [
    "××市质量强市建设实施方案",
    "一、重点任务",
    "1.加强质量基础设施建设。（市市场监管局牵头，各县（市、区）人民政府，开发区管委会负责落实）",
    "2.推进园区质量提升。（各开发区管委会负责）",
    "3.开展质量宣传。（市委宣传部负责）",
    "",
  ].join("\n");

  it("answers 开发区管委会 with the tasks of every 开发区管委会, under a 各 across a comma or written with it", () => {
    const list = taskList(CITY, "开发区管委会");
    expect(list.unit).toBe("各开发区管委会");
    expect(list.tasks.map((task) => [task.path.join(""), task.role, task.partners])).toEqual([
      ["一、1.", "responsible", ["市市场监管局", "各县（市、区）人民政府"]],
      ["一、2.", "responsible", []],
    ]);
  });

  it("reaches no group whose kind is another, nor a piece of a kind", () => {
    expect(taskList(CITY, "管委会").tasks).toEqual([]);
    expect(taskList(CITY, "高新区管委会").tasks).toEqual([]);
  });
});

describe("a zone named by its government's level word (QA 45c)", () => {
  const CITY = [
    "××市质量强市建设实施方案",
    "一、重点任务",
    "1.加强质量基础设施建设。（市直有关部门负责）",
    "2.推进园区质量提升。（市市场监管局、市高新区管委会负责）",
    "",
  ].join("\n");
  const COUNTY = [
    "××县质量提升行动方案",
    "一、重点任务",
    "1.加强质量基础设施建设。（县直各部门负责）",
    "2.推进园区质量提升。（县市场监管局、县经济开发区管委会负责）",
    "",
  ].join("\n");

  it("is a zone's committee, none of the level's departments, with or without a place", () => {
    expect(taskList(CITY, "市高新区管委会").tasks.map((task) => [task.path.join(""), task.via])).toEqual([["一、2.", null]]);
    expect(taskList(COUNTY, "县经济开发区管委会").tasks.map((task) => [task.path.join(""), task.via])).toEqual([["一、2.", null]]);
    // A department of the level stays one of its group.
    expect(taskList(CITY, "市市场监管局").tasks.map((task) => task.path.join(""))).toEqual(["一、1.", "一、2."]);
  });
});
