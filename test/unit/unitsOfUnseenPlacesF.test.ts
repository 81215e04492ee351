import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { isDepartmentPlan } from "../../server/src/core/units/divisions";
import { placeOfUnits, registryOfPlan } from "../../server/src/core/units/documentLevel";
import { bodyKind, groupReach } from "../../server/src/core/units/groupReach";
import { buildRegistry } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";
import { unitTaskList } from "../../server/src/core/units/unitTasks";

/** QA round aa, "plans of a development zone, a province and a 区": what the registry misread. */
function unknownNames(text: string): string[] {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => text.slice(finding.start, finding.end));
}

/** A unit's tasks in a plan, as `plancheck units --unit` lists them: path, role, reach, group. */
function taskList(text: string, asked: string): string[][] {
  const plan = analyze(text).plan;
  const registry = buildRegistry(undefined);
  return unitTaskList(plan, unitReport(plan, registry), registry, asked).tasks.map((task) => [task.path.join(""), task.role, task.reach, task.via ?? ""]);
}

/** A zone's plan as its 管委会 issues it: a notice, the issuer under it, then the plan. */
const zonePlan = (units: string) =>
  [
    "南昌高新技术产业开发区管理委员会关于印发南昌高新区深化质量强区建设实施方案的通知",
    "各园区，管委会各部门，区属各单位，驻区各单位：",
    "现将《南昌高新区深化质量强区建设实施方案》印发给你们，请认真贯彻执行。",
    "南昌高新技术产业开发区管理委员会",
    "2024年5月20日",
    "南昌高新区深化质量强区建设实施方案",
    "一、重点任务",
    `（一）推动工作。开展工作。（责任单位：${units}）`,
    "",
  ].join("\n");

describe("a zone's plan its 管委会 issues", () => {
  it("is a government's plan, which assigns bodies: no department's, whose divisions (质量发展科) it could name", () => {
    const text = zonePlan("区经发局、质量发展科");
    const plan = buildPlan(text);
    expect(isDepartmentPlan(plan, registryOfPlan(buildRegistry(undefined), plan))).toBe(false);
    expect(unknownNames(text)).toEqual(["质量发展科"]);
  });

  it("as a city's plan does", () => {
    expect(unknownNames(zonePlan("区经发局、区财政金融局"))).toEqual([]);
  });
});

describe("a customs' office at a place (××海关驻××办事处)", () => {
  const cityPlan = (units: string) => `南昌市深入推进质量强市建设实施方案\n\n一、重点任务\n（一）推动工作。开展工作。（责任单位：${units}）\n`;

  it("is known in any plan, after any place or zone of the customs' area", () => {
    expect(unknownNames(cityPlan("市商务局、南昌海关驻高新区办事处、南昌海关驻向塘办事处、九江海关驻彭泽办事处"))).toEqual([]);
    expect(unknownNames(zonePlan("区经发局、南昌海关驻高新区办事处"))).toEqual([]);
  });

  it("is the customs' body, run from above, written with its customs' name", () => {
    const registry = buildRegistry(undefined);
    const office = registry.resolve("南昌市海关驻高新区办事处");
    expect(office?.canonical).toBe("南昌海关驻高新区办事处");
    expect(office?.form).toBe("alias");
    expect(office?.entry.vertical).toBe(true);
    expect(registry.resolve("南昌海关驻高新区办事处")?.form).toBe("canonical");
    // A body stationed in the zone, no government of a 区 for its name's 区办事处.
    const kind = bodyKind(office!)!;
    expect(kind.kind).toBe("department");
    expect(groupReach("驻区各单位", kind)).toBe("member");
    expect(groupReach("区直各部门", kind)).toBeNull();
    expect(groupReach("各区人民政府", kind)).toBeNull();
  });

  it("is no office where what stands before 驻 is no customs, or after it no place", () => {
    const registry = buildRegistry(undefined);
    for (const name of ["市商务局驻高新区办事处", "南昌海关驻市商务局办事处", "海关驻高新区办事处", "南昌海关驻各园区办事处"]) expect(registry.resolve(name)).toBeNull();
    expect(unknownNames(cityPlan("南昌海关驻市商务局办事处"))).toEqual(["南昌海关驻市商务局办事处"]);
  });
});

describe("a province's plan giving tasks to 各设区市人民政府", () => {
  const provincePlan = (units: string) =>
    `江西省质量基础设施能力提升行动方案\n\n一、重点任务\n（一）推动工作。开展工作。（省市场监管局牵头，${units}配合）\n（二）推动落实。开展工作。（省市场监管局、省直有关部门按职责分工负责）\n`;

  it("lists the task for every city's government, as 各市人民政府 does", () => {
    const registry = buildRegistry(undefined);
    const nanchang = bodyKind(registry.resolve("南昌市人民政府")!)!;
    for (const group of ["各设区市人民政府", "各设区市政府", "各设区市", "各地级市人民政府", "各设区市、县（市、区）人民政府"]) expect(groupReach(group, nanchang), group).toBe("member");
    // A town is no city; a city's department no city's government.
    expect(groupReach("各设区市人民政府", bodyKind(registry.resolve("湖熟镇人民政府")!)!)).toBeNull();
    expect(groupReach("各设区市人民政府", bodyKind(registry.resolve("省财政厅")!)!)).toBeNull();
    expect(taskList(provincePlan("各设区市人民政府"), "南昌市人民政府")).toEqual([["一、（一）", "support", "member", "各设区市人民政府"]]);
  });

  it("keeps a prefecture out of the counties' group and a county-level city out of the prefectures'", () => {
    const registry = buildRegistry(undefined);
    const nanchang = bodyKind(registry.resolve("南昌市人民政府")!)!;
    const ruijin = bodyKind(registry.resolve("瑞金市人民政府")!)!;
    // 县（市、区）, 区（市）县 and 县市区 name county-level cities; 设区市 prefectures; 市 alone (各市, 市县) any city.
    for (const group of ["各县（市、区）人民政府", "各区（市）县", "各县市区"]) {
      expect(groupReach(group, nanchang), group).toBeNull();
      expect(groupReach(group, ruijin), group).toBe("member");
    }
    expect(groupReach("各设区市人民政府", ruijin)).toBeNull();
    for (const group of ["各市人民政府", "各市县人民政府"]) for (const city of [nanchang, ruijin]) expect(groupReach(group, city), group).toBe("member");
    // A city neither table places is any city.
    const unplaced = bodyKind(registry.resolve("某某市人民政府")!)!;
    for (const group of ["各县（市、区）人民政府", "各设区市人民政府"]) expect(groupReach(group, unplaced), group).toBe("member");
    expect(taskList(provincePlan("各县（市、区）人民政府"), "南昌市人民政府")).toEqual([]);
  });
});

describe("the Party's bodies and the government's under one level's group term", () => {
  const registry = buildRegistry(undefined);
  const kindOf = (name: string) => bodyKind(registry.resolve(name)!)!;

  it("省政府各部门 is the government's departments: no Party body, people's congress, CPPCC or people's organisation", () => {
    for (const name of ["省市场监管局", "省政府办公厅", "省工信厅"]) expect(groupReach("省政府各部门", kindOf(name)), name).toBe("member");
    expect(groupReach("省政府有关部门", kindOf("省财政厅"))).toBe("concerned");
    for (const name of ["省委宣传部", "省委网信办", "省纪委监委", "省直机关工委", "省总工会", "团省委", "省人大常委会办公室", "省政协办公室"]) expect(groupReach("省政府各部门", kindOf(name)), name).toBeNull();
    expect(groupReach("区政府各部门", kindOf("区委组织部"))).toBeNull();
  });

  it("省委各部门 is the Party committee's: no government department", () => {
    for (const name of ["省委宣传部", "省委网信办", "省委组织部"]) expect(groupReach("省委各部门", kindOf(name)), name).toBe("member");
    for (const name of ["省市场监管局", "省政府办公厅", "团省委"]) expect(groupReach("省委各部门", kindOf(name)), name).toBeNull();
  });

  it("省直各部门 is both, as the bodies directly under the province", () => {
    for (const name of ["省委宣传部", "省市场监管局"]) expect(groupReach("省直各部门", kindOf(name)), name).toBe("member");
  });
});

describe("a zone's 管委会各部门", () => {
  it("is every body of the 管委会, the zone's 区 level, in its task lists", () => {
    const text = zonePlan("区经发局、管委会各部门");
    expect(taskList(text, "财政金融局")).toEqual([["一、（一）", "responsible", "member", "管委会各部门"]]);
    expect(taskList(text, "管委会办公室")).toEqual([["一、（一）", "responsible", "member", "管委会各部门"]]);
    const registry = buildRegistry(undefined);
    expect(groupReach("管委会有关部门", bodyKind(registry.resolve("区财政局")!)!)).toBe("concerned");
    // Neither the city's bureau nor a body run from above.
    expect(groupReach("管委会各部门", bodyKind(registry.resolve("市市场监管局")!)!)).toBeNull();
    expect(groupReach("管委会各部门", bodyKind(registry.resolve("区税务局")!)!)).toBeNull();
  });
});

describe("a Sichuan city bureau's office in a district, the city left out (武侯生态环境局)", () => {
  const wuhou = (units: string) => `成都市武侯区深入推进质量强区建设实施方案\n成都市武侯区人民政府\n一、重点任务\n1.任务。开展工作。（责任单位：${units}）\n`;

  it("is the office 成都市武侯生态环境局 is, as the district's plan writes it", () => {
    expect(unknownNames(wuhou("武侯生态环境局、区财政局"))).toEqual([]);
    const office = buildRegistry(undefined).resolve("武侯生态环境局");
    expect(office?.canonical).toBe("市生态环境局武侯分局");
    expect(office?.place).toBe("成都");
    // One unit with its full name, listed twice.
    expect(analyze(wuhou("武侯生态环境局、成都市武侯生态环境局")).findings.map((finding) => finding.rule)).toContain("units/duplicate");
  });

  it("nowhere else: a district of another province's city before a bureau is that district's bureau with its 区 left out", () => {
    expect(buildRegistry(undefined).resolve("南康市场监管局")?.canonical).not.toBe("市市场监管局南康分局");
    expect(unknownNames(wuhou("章贡生态环境局"))).toEqual(["章贡生态环境局"]);
  });
});

describe("the city bureau's 分局 in a zone, in the zone's plan", () => {
  it("is the zone's 区市场监管分局, by the zone's short name with or without 区", () => {
    const text = zonePlan("区市场监管分局、市市场监管局高新分局");
    expect(analyze(text).findings.filter((finding) => finding.rule.startsWith("units/")).map((finding) => `${finding.rule} ${text.slice(finding.start, finding.end)}`)).toEqual(["units/duplicate 区市场监管分局"]);
    expect(taskList(zonePlan("市市场监管局高新区分局"), "区市场监管分局")).toEqual([["一、（一）", "responsible", "named", ""]]);
  });

  it("not another zone's or place's 分局", () => {
    const text = zonePlan("区市场监管分局、市市场监管局经开分局、市市场监管局青山湖分局");
    expect(analyze(text).findings.filter((finding) => finding.rule === "units/duplicate")).toEqual([]);
  });
});

describe("a retired name in a plan whose district keeps the city bureau's 分局", () => {
  const messages = (text: string) => analyze(text).findings.filter((finding) => finding.rule === "units/unknown").map((finding) => [text.slice(finding.start, finding.end), finding.message, finding.suggestions?.map((s) => s.description)]);

  it("has that 分局 for its successor, the name the plan writes for the body", () => {
    const text = zonePlan("区经发局、区质监局") + "（二）推动监管。开展工作。（责任单位：区市场监管分局）\n";
    expect(messages(text)).toEqual([
      ["区质监局", "“区质监局”是2018年机构改革前的旧称（“质监局”的职责已划入“区市场监管分局”），应写作现行名称“区市场监管分局”", ["改为“区市场监管分局”"]],
    ]);
    // Written after the zone's name, as identity.ts reads it: the same body, suggested as the plan writes it.
    const named = zonePlan("区经发局、区工商局") + "（二）推动监管。开展工作。（责任单位：市市场监管局高新分局）\n";
    expect(messages(named)[0]?.[2]).toEqual(["改为“市市场监管局高新分局”"]);
  });

  it("and the district's bureau where the plan names no such 分局", () => {
    expect(messages(zonePlan("区经发局、区质监局"))[0]?.[2]).toEqual(["改为“区市场监管局”"]);
    // The 分局 of another bureau says nothing of this one.
    expect(messages(zonePlan("区公安分局、区质监局"))[0]?.[2]).toEqual(["改为“区市场监管局”"]);
  });
});

describe("a retired name in a district's plan that names its own bureau and the city's 分局", () => {
  // One body (identity.ts): listed twice in one clause, units/duplicate deletes the short 区市场监管局
  // and keeps the 分局's own name, which the successor then is, as units/alias unifies to it (QA 41a).
  it("has the plan's writing of that body for its successor: the 分局's own name", () => {
    const text = "南京市江宁区全面深化质量强区建设实施方案\n南京市江宁区人民政府\n一、重点任务\n1.任务。开展工作。（责任单位：区市场监管局、市市场监管局江宁分局）\n2.任务。开展工作。（责任单位：区质监局、区财政局）\n";
    const [finding] = analyze(text).findings.filter((f) => f.rule === "units/unknown");
    expect(finding?.suggestions?.map((s) => s.description)).toEqual(["改为“市市场监管局江宁分局”"]);
  });
});

describe("the government's press office (新闻办)", () => {
  it("is known at every level, in full and short, the second name 宣传部 often carries", () => {
    const province = "江西省质量基础设施能力提升行动方案\n\n一、重点任务\n（一）加强宣传。开展工作。（省委宣传部、省政府新闻办、省市场监管局按职责分工负责）\n（二）加强解读。开展工作。（省委宣传部（省政府新闻办）、省人民政府新闻办公室按职责分工负责）\n";
    expect(unknownNames(province)).toEqual([]);
    expect(buildRegistry(undefined).resolve("区政府新闻办公室")?.canonical).toBe("区政府新闻办");
  });
});

describe("a province's bodies its publicity and research tasks name", () => {
  it("knows the 宣传部's plates (省新闻出版局, 省版权局), 省委机要局 and 省社科院, which was taken for 省农科院", () => {
    const names = ["省新闻出版局", "省版权局", "省委机要局", "省社科院", "省社会科学院"];
    const text = "江西省质量品牌提升行动方案\n\n一、重点任务\n" + names.map((name, index) => `${index + 1}.任务。开展工作。（${name}、省市场监管局按职责分工负责）\n`).join("");
    expect(unknownNames(text)).toEqual([]);
  });
});

describe("a 国资办 written in full", () => {
  it("is the 国资委 its short name 区国资办 is", () => {
    const registry = buildRegistry(undefined);
    for (const name of ["区国有资产管理办公室", "区国有资产监督管理办公室", "县国有资产监督管理办公室"]) expect(registry.resolve(name)?.canonical, name).toBe(registry.resolve(name.replace(/国有资产.*$/, "国资办"))!.canonical);
    expect(unknownNames(zonePlan("区经发局、区国有资产管理办公室"))).toEqual([]);
  });
});

describe("a province's departments retired in 2018, named with 厅", () => {
  it("are retired names with the province's successor, not names that merely look alike (省环保厅 was taken for 省医保局)", () => {
    const text = "江西省质量品牌提升行动方案\n\n一、重点任务\n1.任务。开展工作。（省环保厅、省环境保护厅、省国土资源厅、省农业厅、省林业厅、省财政厅按职责分工负责）\n";
    const findings = analyze(text).findings.filter((finding) => finding.rule === "units/unknown");
    // (The first successor of each: 国土资源 went to 自然资源 or, in some cities, 规划和自然资源.)
    expect(findings.map((finding) => [text.slice(finding.start, finding.end), finding.suggestions?.[0]?.description])).toEqual([
      ["省环保厅", "改为“省生态环境厅”"],
      ["省环境保护厅", "改为“省生态环境厅”"],
      ["省国土资源厅", "改为“省自然资源厅”"],
      ["省农业厅", "改为“省农业农村厅”"],
      ["省林业厅", "改为“省林业局”"],
    ]);
  });
});

describe("the city of a zone's plan", () => {
  it("is the place of the zone's name where that is a city, for the city's bureaus the plan names beside its own", () => {
    const registry = buildRegistry(undefined);
    const plan = buildPlan(zonePlan("区经发局、市市场监管局"));
    expect(placeOfUnits(plan, registryOfPlan(registry, plan), "市")).toBe("南昌");
    expect(placeOfUnits(plan, registryOfPlan(registry, plan), "区")).toBe("南昌高新");
    // A zone named after a county says no city.
    const county = buildPlan("兴国经济开发区质量提升行动方案\n兴国经济开发区管理委员会\n一、重点任务\n1.任务。开展工作。（责任单位：区经发局）\n");
    expect(placeOfUnits(county, registryOfPlan(registry, county), "市")).toBeNull();
  });
});
