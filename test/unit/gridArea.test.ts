import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildRegistry } from "../../server/src/core/units/registry";

/**
 * 国家电网 has no company in the five provinces 中国南方电网 serves (units/gridArea.ts): a 国网 name
 * there is no body, whatever pattern it fits, and units/unknown says which body is meant.
 */
const unknown = (text: string) =>
  analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => [text.slice(finding.start, finding.end), finding.message, finding.suggestions?.map((fix) => fix.description) ?? []]);

describe("a 国网 company at a place of the southern grid (QA 44c)", () => {
  const city = (names: string) => `××市质量强市建设实施方案\n一、重点任务\n1.甲。推进工作。〔责任单位：市市场监管局、${names}〕\n`;

  it("is no registry body, in any of the 国网's writings", () => {
    const registry = buildRegistry(undefined);
    for (const name of ["国网广东省电力公司", "国网广东省电力有限公司", "国网广西电力有限公司", "国网佛山供电公司", "国网海南省电力公司"]) expect(registry.resolve(name)).toBeNull();
    for (const name of ["国网江西省电力有限公司", "国网江西省电力公司", "国网赣州供电公司", "广东电网有限责任公司", "佛山供电局"]) expect(registry.resolve(name)).not.toBeNull();
  });

  it("is reported with the southern grid's body there: the province's company, a city's 供电局", () => {
    expect(unknown(city("国网广东省电力公司、国网佛山供电公司"))).toEqual([
      ["国网广东省电力公司", "“国网广东省电力公司”不是现有单位：广东由南方电网供电，国家电网在广东省不设公司，是否应为“广东电网有限责任公司”？", ["改为“广东电网有限责任公司”"]],
      ["国网佛山供电公司", "“国网佛山供电公司”不是现有单位：广东由南方电网供电，国家电网在佛山不设公司，是否应为“佛山供电局”？", ["改为“佛山供电局”"]],
    ]);
  });

  it("leaves the 国网's companies of other provinces, in full or shortened, alone", () => {
    expect(unknown(city("国网江西省电力有限公司、国网江西省电力公司、国网赣州供电公司、国网湖南省电力有限公司"))).toEqual([]);
  });
});
