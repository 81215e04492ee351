import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

const GOALS = "\n一、总体要求\n（一）主要目标\n到2025年，";

describe("a development zone's words before an indicator", () => {
  it("keeps them in a city's or a province's plan, where the zones are a part of its area", () => {
    const text = `示例市质量强市建设实施方案${GOALS}开发区产品质量合格率达到96%以上，全市高新区规上企业研发投入强度达到3%，园区工业固体废物综合利用率达到90%。\n`;
    const targets = targetsOf(text);
    expect(targets.map((t) => t.indicator)).toEqual(["开发区产品质量合格率", "高新区规上企业研发投入强度", "园区工业固体废物综合利用率"]);
    for (const target of targets) expect(text.slice(target.indicatorSpan!.start, target.indicatorSpan!.end)).toBe(target.indicator);
  });

  it("leaves them out in a zone's plan, by its title or its issuer, with the words after them that are no indicator's", () => {
    const byTitle = `2024年示例经济技术开发区质量工作要点${GOALS}开发区产品质量合格率达到96%以上，园区力争规上企业研发投入强度达到3%。\n`;
    const targets = targetsOf(byTitle);
    expect(targets.map((t) => [t.indicator, t.aspirational])).toEqual([
      ["产品质量合格率", false],
      ["规上企业研发投入强度", true],
    ]);
    for (const target of targets) expect(byTitle.slice(target.indicatorSpan!.start, target.indicatorSpan!.end)).toBe(target.indicator);
    const byIssuer = `---\n发文机关: 示例市滨江园区管理委员会\n---\n质量提升行动方案${GOALS}园区食品抽检合格率达到98%。\n`;
    expect(targetsOf(byIssuer).map((t) => t.indicator)).toEqual(["食品抽检合格率"]);
  });
});
