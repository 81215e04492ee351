import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * A footnote's reference Word or a PDF left after an indicator's name (合格率①, 合格率[1],
 * 合格率¹) is the note's: the indicator is the words before it, matched with the parent's of
 * that name, and shown without it.
 */
const goals = (body: string) => `示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n${body}\n`;
const indicators = (text: string) => extractTargets(analyze(text).plan).targets.map((target) => target.indicator);
const rules = (text: string) => analyze(text).findings.map((finding) => finding.rule).sort();

describe("a footnote's reference after an indicator's name", () => {
  for (const reference of ["①", "⑴", "[1]", "［1］", "¹", "²³"]) {
    it(`reads 制造业产品质量合格率${reference} as the parent's indicator`, () => {
      const text = goals(`到2025年，制造业产品质量合格率${reference}达到93%以上，制造业质量竞争力指数达到86，农产品质量安全例行监测合格率和食品抽检合格率均达到98%以上。`);
      expect(indicators(text)[0]).toBe("制造业产品质量合格率");
      // Compared with the outline's 94%: weaker, and no indicator of the outline is missing.
      expect(rules(text)).toEqual(["targets/weaker-than-parent"]);
    });
  }

  it("after a name in a list that shares one figure, leaves the list two indicators", () => {
    for (const [reference, joiner] of [["①", "、"], ["[1]", "和"], ["¹", "、"]] as const) {
      const text = goals(`到2025年，食用农产品监测合格率${reference}${joiner}食品药品监督抽查合格率达到98%以上，制造业产品质量合格率达到94%以上，制造业质量竞争力指数达到86。`);
      expect(indicators(text).slice(0, 2)).toEqual(["食用农产品监测合格率", "食品药品监督抽查合格率"]);
      expect(rules(text)).toEqual([]);
    }
  });

  it("keeps a figure or a bracket that is the name's own", () => {
    const text = goals("到2025年，PM2.5年均浓度达到30微克，５G基站数量达到1万个，一级[甲等]医院数量达到12家。");
    expect(indicators(text)).toEqual(["PM2.5年均浓度", "５G基站数量", "一级[甲等]医院数量"]);
  });
});
