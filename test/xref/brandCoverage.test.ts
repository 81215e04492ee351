import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { taskCredits } from "../../server/src/core/xref/coverage";
import { mapTasks } from "../../server/src/core/xref/mapping";

/**
 * A county's brand tasks in its own words (县域特色品牌, 区域公用品牌) implement the
 * outline's brand item （二十一）, whose text names only 中国品牌, 中国精品 and 老字号: the outline's
 * inferred keywords (quality-power-outline.json, after the attested ones) carry the words local
 * plans use for it.
 */
const PLAN = `示例县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，结合我县实际，制定本方案。
一、总体要求
（一）主要目标
到2025年，全县质量整体水平进一步提升。
二、重点任务
（一）打造县域特色品牌。围绕茶叶、竹木等特色产业，培育一批县域特色品牌，推进区域公用品牌建设，支持企业申报地理标志证明商标。（责任单位：县市场监管局、县农业农村局）
（二）加强区域品牌建设。实施商标品牌战略，培育“示例好茶”等区域公用品牌，推动地理标志产品保护和运用，支持企业争创省级以上知名品牌。（责任单位：县市场监管局）
`;

describe("coverage of a county's brand tasks", () => {
  it("counts 县域特色品牌 and 区域品牌 tasks for （二十一）争创国内国际知名品牌", () => {
    const outline = builtinParents()[0]!;
    const credits = mapTasks(buildPlan(PLAN), outline).map((mapping) => [mapping.item.heading.text, taskCredits(outline, mapping).map((credit) => credit.entry.label)]);
    expect(credits).toEqual([
      ["打造县域特色品牌", ["（二十一）"]],
      ["加强区域品牌建设", ["（二十一）"]],
    ]);
  });
});
