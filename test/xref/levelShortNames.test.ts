import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { parentFromPlanText, type LoadedParent } from "../../server/src/core/parents/index";
import { parentLevel } from "../../server/src/core/parents/level";
import { builtinParents } from "../../server/src/core/parents/resolve";

const CITY_TEXT =
  "示例市深化质量强市建设实施方案\n一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。建立质量创新机制。\n2.增强产业质量竞争能力。开展对标达标行动。\n（二）开展质量提升行动\n3.保障食品药品安全。强化校园食品安全监管。\n";
const PROVINCE_TEXT = "---\n发文机关: 中共示例省委 示例省人民政府\n---\n关于深化质量强省建设的实施意见\n一、主要任务\n（一）加快质量创新。建立创新机制。\n（二）增强竞争能力。开展对标达标。\n（三）保障食品安全。强化监管。\n";
const city = parentFromPlanText(CITY_TEXT, "示例市深化质量强市建设实施方案.plan");
const province = parentFromPlanText(PROVINCE_TEXT, "示例省实施意见.plan");
const loaded: LoadedParent[] = [
  { entry: "示例市深化质量强市建设实施方案.plan", parent: city, sourceText: CITY_TEXT },
  { entry: "示例省实施意见.plan", parent: province, sourceText: PROVINCE_TEXT },
];

/** A 区 plan with the given parents (configuration entries) and one task annotated `annotation`. */
function district(parents: string[], annotation: string) {
  const text = `章贡区质量强区建设实施方案\n一、主要任务\n1.加快区域质量创新发展。建立质量创新机制。${annotation}〔责任单位：区市场监管局〕\n`;
  return analyze(text, { config: { parents }, parents: loaded });
}

const unknown = (analysis: ReturnType<typeof analyze>) => analysis.findings.filter((f) => f.rule === "xref/unknown-section").map((f) => f.message);

describe("an annotation naming its parent by a level word", () => {
  it("reads a parent's level from its front matter, its issuer or its title", () => {
    expect(parentLevel(city)).toBe("市");
    expect(parentLevel(province)).toBe("省");
    expect(parentLevel(builtinParents()[0]!)).toBe("国家");
    expect(parentLevel(parentFromPlanText("---\n发文机关: 扬州市江都区人民政府\n---\n质量强区建设方案\n一、主要任务\n", "x.plan"))).toBe("县");
    expect(parentLevel(parentFromPlanText("---\n层级: 省\n---\n质量强省建设方案\n一、主要任务\n", "y.plan"))).toBe("省");
  });

  it("resolves 市方案 and 省方案 to the parent issued at that level, 上位方案 to the only parent", () => {
    const both = ["示例市深化质量强市建设实施方案.plan", "示例省实施意见.plan"];
    expect(unknown(district(both, "〔对应市方案：3〕"))).toEqual([]);
    expect(unknown(district(both, "〔对应市方案：4〕"))).toEqual(["《示例市深化质量强市建设实施方案》中没有“4”：条目为1至3，部分为一至一"]);
    expect(unknown(district(both, "〔对应省方案：（三）〕"))).toEqual([]);
    expect(unknown(district(both, "〔对应省级实施意见：（四）〕"))[0]).toContain("《关于深化质量强省建设的实施意见》中没有“（四）”");
    expect(unknown(district(["示例市深化质量强市建设实施方案.plan"], "〔对应上位方案：2〕"))).toEqual([]);
  });

  it("still reports a level word no parent, or several, would answer", () => {
    const both = ["示例市深化质量强市建设实施方案.plan", "示例省实施意见.plan"];
    expect(unknown(district(both, "〔对应上位方案：2〕"))[0]).toContain("找不到“对应上位方案”所指的上位文件");
    expect(unknown(district(["示例市深化质量强市建设实施方案.plan"], "〔对应省方案：2〕"))[0]).toContain("找不到“对应省方案”所指的上位文件");
  });

  it("says which title the plan's opening cites when the parent it names is not found, rather than asking for the title", () => {
    const text = "章贡区质量强区建设实施方案\n为贯彻落实《质量强国建设纲要》、《中共示例省委 示例省人民政府关于深化质量强省建设的实施意见》和《赣州市深化质量强市建设实施方案》，制定本方案。\n一、主要任务\n1.加快区域质量创新发展。建立质量创新机制。〔对应市方案：3〕〔责任单位：区市场监管局〕\n";
    expect(unknown(analyze(text))).toEqual([
      "找不到“对应市方案”所指的上位文件：本方案开头引用的《赣州市深化质量强市建设实施方案》既不是内置文件，也不是文件夹中任何 .plan 文件的标题；请把该文件以 .plan 格式放在 .plancheck.json（没有时为工作区或本文件）所在的文件夹中，或在 .plancheck.json 的 parents 中写明其路径",
    ]);
  });
});
