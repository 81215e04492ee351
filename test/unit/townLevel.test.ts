import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/** units/level's findings on a town's office (units/townLevel.ts), as name and message. */
function townFindings(text: string) {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/level")
    .map((finding) => [text.slice(finding.start, finding.end), finding.message]);
}

const plan = (title: string, units: string) => `${title}\n一、主要任务\n1.加强食品安全监管。开展专项整治。（责任单位：${units}）\n`;

describe("a town's office in a plan of a level that assigns it nothing", () => {
  it("is one town's, unnamed, in a city's plan: the message says whose and offers all of them", () => {
    expect(townFindings(plan("赣州市2025年质量工作要点", "市市场监管局、镇市场监管所"))).toEqual([
      ["镇市场监管所", "“镇市场监管所”是镇的机构，未写明是哪个镇；本方案是市级方案，镇的机构不是本级方案的责任单位，是否应为“各镇市场监管所”？"],
    ]);
  });

  it("is reported in a province's plan, whose level its names say", () => {
    expect(townFindings(plan("2025年质量工作要点", "省市场监管局、乡便民服务中心")).map(([name]) => name)).toEqual(["乡便民服务中心"]);
  });

  it("is a unit of a county's, a district's and a town's plan", () => {
    expect(townFindings(plan("信丰县2025年质量工作要点", "县市场监管局、镇市场监管所"))).toEqual([]);
    expect(townFindings(plan("赣州市章贡区2025年质量工作要点", "区市场监管局、镇市场监管所"))).toEqual([]);
    // A town under a county-level city names the city's bureaus with 市: still the town's plan.
    expect(townFindings(plan("瑞金市叶坪乡2025年质量工作要点", "市市场监管局、乡市场监管所"))).toEqual([]);
  });

  it("is left alone where nothing says the plan's level: a plan naming only town offices is likelier a town's", () => {
    expect(townFindings(plan("2025年质量工作要点", "镇经济发展办、镇市场监管所"))).toEqual([]);
  });

  it("is reported in a city's plan whose title speaks of towns without being a town's (特色小镇, 城乡)", () => {
    expect(townFindings(plan("赣州市特色小镇2025年质量工作要点", "市市场监管局、镇市场监管所"))).toHaveLength(1);
    expect(townFindings(plan("推进城乡2025年质量工作要点", "市市场监管局、镇市场监管所"))).toHaveLength(1);
  });
});

describe("a town's government named by its kind alone", () => {
  const unknown = (text: string) =>
    analyze(text)
      .findings.filter((finding) => finding.rule === "units/unknown")
      .map((finding) => [text.slice(finding.start, finding.end), finding.message, finding.suggestions?.map((suggestion) => suggestion.description)]);

  it("is one town's the name does not say in a county's plan, not the county's government the nearest name was", () => {
    expect(unknown(plan("信丰县2025年质量工作要点", "县市场监管局、镇政府"))).toEqual([["镇政府", "“镇政府”未写明是哪个镇的政府：应写明镇的名称，或写作统称“各镇政府”", ["改为“各镇政府”"]]]);
    expect(unknown(plan("赣州市2025年质量工作要点", "市市场监管局、乡镇人民政府"))[0]![2]).toEqual(["改为“各乡镇人民政府”"]);
  });

  it("is the plan's own government in a town's plan", () => {
    expect(unknown(plan("示例镇2025年质量工作要点", "镇政府、镇市场监管所"))).toEqual([]);
  });
});
