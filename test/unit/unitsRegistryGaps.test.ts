import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildRegistry } from "../../server/src/core/units/registry";

/** QA round ee, the registry's gaps reviewers met: names units/unknown reported of real bodies. */
function unknownNames(text: string): string[] {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => text.slice(finding.start, finding.end));
}

const cityPlan = (units: string) => `九江市质量强市建设实施方案\n\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n（一）推动工作。开展工作。（责任单位：${units}）\n`;

describe("the 人民银行's provincial 分行", () => {
  // An autonomous region's 分行 was named 人民银行江西省自治区分行 once a 内蒙古自治区 name had been
  // read: the 自治区 level's pattern took 江西省 for its place (placeNames.ts saysLevelTwice).
  it("is named alike whichever names were read before it", () => {
    const registry = buildRegistry(undefined);
    expect(registry.resolve("人民银行内蒙古自治区分行")?.canonical).toBe("人民银行内蒙古自治区分行");
    expect(registry.resolve("人民银行江西省分行")?.canonical).toBe("人民银行江西省分行");
    expect(buildRegistry(undefined).resolve("人民银行江西省分行")?.canonical).toBe("人民银行江西省分行");
  });

  it("is an autonomous region's, named with its people (广西壮族自治区)", () => {
    const registry = buildRegistry(undefined);
    expect(registry.resolve("人民银行广西壮族自治区分行")?.canonical).toBe("人民银行广西壮族自治区分行");
    expect(registry.resolve("中国人民银行新疆维吾尔自治区分行")?.canonical).toBe("人民银行新疆维吾尔自治区分行");
  });
});

describe("bodies and enterprises plans name beside the departments", () => {
  it("knows a province's traffic police (公安厅交通管理局, 交警总队)", () => {
    expect(unknownNames(cityPlan("省公安厅交管局、省公安厅交通管理局、省交警总队、市公安局"))).toEqual([]);
  });

  // A province's state enterprise (江铜集团) is named by its legal form: no list holds them all.
  it("reads an enterprise by its legal form, not a body's name with a company's word", () => {
    expect(unknownNames(cityPlan("市工信局、江铜集团、江西铜业集团有限公司、赣州稀土集团"))).toEqual([]);
    expect(unknownNames(cityPlan("市工信局、县工信局公司、市计量研究院集团、市供电公司、重点企业集团"))).toEqual(["县工信局公司", "市计量研究院集团", "市供电公司", "重点企业集团"]);
  });

  // qa-54f: 海会镇人民政府 was units/unknown, its 会 read as a society's (协会, 工会).
  it("knows a town whose name ends in 会, and still no society run into a place's name", () => {
    const districtPlan = (units: string) => `九江市濂溪区旅游服务质量提升行动方案\n\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n（一）推动工作。开展工作。（责任单位：${units}）\n`;
    expect(unknownNames(districtPlan("区文广新旅局、海会镇人民政府、虞家河乡人民政府"))).toEqual([]);
    expect(buildRegistry(undefined).resolve("海会镇人民政府")?.canonical).toBe("海会镇人民政府");
    expect(buildRegistry(undefined).resolve("旅游协会镇人民政府")).toBeNull();
  });

  it("knows a zone's youth league working committee and its 产业发展局", () => {
    const zonePlan = `赣州经济技术开发区质量强区建设实施方案\n\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n（一）推动工作。开展工作。（责任单位：区团工委、区产业发展局、区经发局）\n`;
    expect(unknownNames(zonePlan)).toEqual([]);
  });
});

describe("the city management bodies' full names", () => {
  // 湖北's counties name theirs 城市管理执法局 and its cities 城市管理执法委员会 (武汉, 襄阳);
  // elsewhere 城市管理综合行政执法局: each the 城管 body, not a slip of its short name.
  it("are known at every level, the short names unchanged", () => {
    expect(unknownNames(cityPlan("市城市管理执法局、市城市管理综合行政执法局、市城管执法局"))).toEqual([]);
    expect(unknownNames(cityPlan("市城市管理执法委员会、市城管执法委、市城管委"))).toEqual([]);
    const county = `谷城县质量强县建设实施方案\n\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n（一）推动工作。开展工作。（责任单位：县城市管理执法局、县住建局）\n`;
    expect(unknownNames(county)).toEqual([]);
    expect(unknownNames(cityPlan("市城市管理执法屋"))).toEqual(["市城市管理执法屋"]);
  });
});
