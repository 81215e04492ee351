import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

const GOALS = "示例市质量强市建设实施方案（2025—2027年）\n一、总体要求\n（一）主要目标\n到2027年，";

describe("a clause that goes on from a target read in words", () => {
  it("gives a clause with no indicator the indicator of a target in Chinese numerals before it", () => {
    const text = `${GOALS}制造业产品质量合格率提高一个百分点，达到94.5%，新增省级质量标杆企业十家，达到50家。\n`;
    const targets = targetsOf(text);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ["delta", "制造业产品质量合格率", "提高", 1, "个百分点"],
      ["level", "制造业产品质量合格率", "达到", 94.5, "%"],
      ["count", "省级质量标杆企业", "新增", 10, "家"],
      ["level", "省级质量标杆企业", "达到", 50, "家"],
    ]);
  });
});
