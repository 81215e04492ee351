import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

const GOALS = "示例市质量强市建设实施方案（2025—2027年）\n一、总体要求\n（一）主要目标\n到2027年，";

describe("how often a count is made, written after its noun", () => {
  it("reads 年均 and 每年 after a count's noun as its comparator's, never the noun's", () => {
    const targets = targetsOf(`${GOALS}新增市级质量标杆企业年均5家以上，培育专精特新企业每年10家。\n`);
    expect(targets.map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier])).toEqual([
      ["count", "市级质量标杆企业", "年均新增", 5, "家", "以上"],
      ["count", "专精特新企业", "每年培育", 10, "家", ""],
    ]);
  });
});
