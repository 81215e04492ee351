import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/**
 * A district's or county's plan of a prefecture-level city names its own bodies, not its sibling
 * districts' (units/other-place): the city's plan tasks them all, a district's its own.
 */
const otherPlaces = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "units/other-place")
    .map((finding) => text.slice(finding.start, finding.end));

const plan = (heading: string, names: string) => `${heading}\n一、主要任务\n1.提升产品质量。开展质量提升行动。〔责任单位：${names}〕\n`;

describe("a sibling district's body", () => {
  it("is reported in a district's plan, its place read from the title or the issuer", () => {
    expect(otherPlaces(plan("赣州市章贡区深化质量强区建设实施方案", "区市场监管局、南康区市场监管局"))).toEqual(["南康区市场监管局"]);
    expect(otherPlaces(plan("---\n发文机关: 南京市江宁区人民政府\n---\n质量强区建设实施方案", "区市场监管局、鼓楼区市场监管局、江宁区工信局"))).toEqual(["鼓楼区市场监管局"]);
    // A county's plan likewise, and a county-level city of the same prefecture.
    expect(otherPlaces(plan("信丰县质量强县建设实施方案", "县市场监管局、于都县市场监管局、瑞金市工信局"))).toEqual(["于都县市场监管局", "瑞金市工信局"]);
  });

  it("offers the plan's own body of the name where it is written with the plan's word", () => {
    const text = plan("赣州市章贡区深化质量强区建设实施方案", "区住建局、南康区住建局");
    const finding = analyze(text).findings.find((found) => found.rule === "units/other-place");
    expect(finding?.suggestions?.map((suggestion) => suggestion.description)).toEqual(["改为“区住建局”"]);
  });

  it("is the city's own in the city's plan, and unjudged where the city's districts are not listed", () => {
    expect(otherPlaces(plan("赣州市深化质量强市建设实施方案", "市市场监管局、南康区人民政府、章贡区人民政府"))).toEqual([]);
    expect(otherPlaces(plan("石家庄市长安区质量强区建设实施方案", "区市场监管局、桥西区市场监管局"))).toEqual([]);
    // A plan the two districts issue together names both.
    expect(otherPlaces(plan("---\n发文机关: 赣州市章贡区人民政府 赣州市南康区人民政府\n---\n章贡区 南康区质量协作方案", "章贡区市场监管局、南康区市场监管局"))).toEqual([]);
  });
});
