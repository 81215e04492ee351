import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

const levelFindings = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "units/level")
    .map((finding) => [text.slice(finding.start, finding.end), finding.suggestions?.map((fix) => fix.edits[0]!.newText)]);

it("units/level: a lower level's department without its place, at the plan's level", () => {
  // A province's plan: a city's bureau without its city, offered the province's own body.
  expect(levelFindings("一、主要任务\n1.甲任务。开展工作。〔责任单位：省市场监管局、市住建局、省教育厅〕\n")).toEqual([["市住建局", ["省住建厅", "各市住建局"]]]);
  // A district's plan names its city's bureaus as a matter of course, and its own.
  expect(levelFindings("一、主要任务\n1.甲任务。开展工作。〔责任单位：区市场监管局、区住建局、市生态环境局〕\n2.乙任务。开展工作。〔责任单位：区教育局〕\n")).toEqual([]);
  // The suggestions are offered, never applied.
  const [finding] = analyze("一、主要任务\n1.甲任务。开展工作。〔责任单位：市工信局、区住建局〕\n").findings.filter((f) => f.rule === "units/level");
  expect(finding!.fix).toBeUndefined();
});

it("units/level: the group of a city's counties in a county's or a district's plan names its peers", () => {
  const district = "赣州市章贡区2025年质量工作要点\n一、主要任务\n1.甲任务。开展工作。（责任单位：区市场监管局，各区（市）县政府）\n2.乙任务。开展工作。（责任单位：区市场监管局，各区县市场监管局）\n";
  expect(levelFindings(district)).toEqual([["各区（市）县政府", ["各街道办事处"]], ["各区县市场监管局", []]]);
  const [finding] = analyze(district).findings.filter((f) => f.rule === "units/level");
  expect(finding!.message).toBe("“各区（市）县政府”指各县（市、区），与本方案同级；本方案是区级方案，任务不落到同级的县（市、区），是否应为“各街道办事处”？");
  // A county's plan is offered its towns; a city's plan assigns to its counties as a matter of course.
  expect(levelFindings("信丰县2025年质量工作要点\n一、主要任务\n1.甲任务。开展工作。（责任单位：县市场监管局，各县（市、区）人民政府）\n")).toEqual([["各县（市、区）人民政府", ["各乡镇人民政府"]]]);
  expect(levelFindings("赣州市2025年质量工作要点\n一、主要任务\n1.甲任务。开展工作。（责任单位：市市场监管局，各县（市、区）人民政府、各区直部门）\n")).toEqual([]);
});

describe("units/level: a group of places weighed against the plan's level (plan level × group named)", () => {
  // Each plan says its level by its title; every clause names its own level's body beside the group.
  const plans = {
    province: ["江西省2025年质量工作要点", "省市场监管局"],
    city: ["赣州市2025年质量工作要点", "市市场监管局"],
    county: ["信丰县2025年质量工作要点", "县市场监管局"],
    district: ["赣州市章贡区2025年质量工作要点", "区市场监管局"],
    town: ["信丰县大塘埠镇2025年质量工作要点", "镇市场监管所"],
  } as const;
  const groups = {
    provinces: "各省（自治区、直辖市）人民政府",
    cities: "各设区市人民政府",
    prefectures: "各市（州）市场监管局",
    counties: "各县（市、区）人民政府",
    towns: "各乡镇人民政府",
  } as const;
  // What each plan's level makes of each group: clean, its peers, or places above it.
  const table: ReadonlyArray<[keyof typeof plans, keyof typeof groups, "clean" | "peers" | "above"]> = [
    ["province", "provinces", "peers"],
    ["province", "cities", "clean"],
    ["province", "prefectures", "clean"],
    ["province", "counties", "clean"],
    ["province", "towns", "clean"],
    ["city", "provinces", "above"],
    ["city", "cities", "peers"],
    ["city", "prefectures", "peers"],
    ["city", "counties", "clean"],
    ["city", "towns", "clean"],
    ["county", "cities", "above"],
    ["county", "counties", "peers"],
    ["county", "towns", "clean"],
    ["district", "cities", "above"],
    ["district", "counties", "peers"],
    ["town", "cities", "above"],
    ["town", "counties", "above"],
    ["town", "towns", "peers"],
  ];
  it.each(table)("a %s's plan naming the %s: %s", (planKind, groupKind, expected) => {
    const [title, own] = plans[planKind];
    const group = groups[groupKind];
    const text = `${title}\n一、主要任务\n1.甲任务。开展工作。（责任单位：${own}，${group}）\n`;
    const findings = analyze(text).findings.filter((finding) => finding.rule === "units/level");
    if (expected === "clean") return expect(findings).toEqual([]);
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual([group]);
    expect(findings[0]!.message).toContain(expected === "peers" ? "与本方案同级" : "层级高于本方案");
  });

  it("says the places a city's plan names and offers its counties' governments", () => {
    const text = "赣州市2025年质量工作要点\n一、主要任务\n1.甲任务。开展工作。（责任单位：市市场监管局，各设区市人民政府）\n";
    const [finding] = analyze(text).findings.filter((f) => f.rule === "units/level");
    expect(finding!.message).toBe("“各设区市人民政府”指各设区市，与本方案同级；本方案是市级方案，任务不落到同级的设区市，是否应为“各县（市、区）人民政府”？");
  });

  it("leaves a plan alone whose level nothing says: naming only groups, it may be a province's", () => {
    expect(levelFindings("2025年质量工作要点\n一、主要任务\n1.甲任务。开展工作。（责任单位：各设区市人民政府）\n")).toEqual([]);
  });
});
