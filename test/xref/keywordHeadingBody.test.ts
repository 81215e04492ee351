import { describe, expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

const HEAD = `示例市质量强市建设实施方案
为深入贯彻落实《质量强国建设纲要》，结合本市实际，制定本方案。
一、重点任务
`;

const sorted = (rows: Array<[string, string[]]>) => rows.map(([heading, items]) => [heading, [...items].sort()]);

/**
 * A heading that names one item by its keyword (计量 is （二十二）'s alone, 诚信 of 质量诚信
 * （二十七）'s) over a body that works on another: the keyword puts its item first whatever the
 * score, and the heading, which weighs in the whole task's score, shares no word with the body's
 * item, so the body's item fell short of the threshold and only the heading's counted.
 */
describe("a heading that names one item by its keyword over a body about another", () => {
  it("counts for both where the body, read as a task of its own, counts for its item and a clause names it", () => {
    const credits = creditsOfTasks(`${HEAD}（一）加强计量能力建设。大力培育知名品牌，实施品牌培育工程，推进区域品牌建设，支持企业争创中国质量奖，加强品牌保护，提升本市品牌的知名度和美誉度。〔责任单位：市市场监管局〕
（二）推进质量诚信体系建设。加强农产品质量安全监管，推进食用农产品标准化生产，健全农产品质量安全追溯体系，扩大承诺达标合格证覆盖面。〔责任单位：市农业农村局〕
`);
    expect(sorted(credits)).toEqual(sorted([
      ["加强计量能力建设", ["（二十二）", "（二十一）"]],
      ["推进质量诚信体系建设", ["（二十七）", "（十）"]],
    ]));
  });

  it("not for a body about the heading's item that names another in passing, nor for a heading that names no item by a keyword", () => {
    const credits = creditsOfTasks(`${HEAD}（一）加强计量能力建设。完善社会公用计量标准体系，推进计量检定校准能力建设，加强计量技术机构建设，支持企业争创知名品牌。〔责任单位：市市场监管局〕
（二）强化标准引领作用。推进工程质量安全手册制度落实，加强住宅工程质量管理，落实工程质量终身责任制，提升房屋建筑和市政工程品质。〔责任单位：市住建局〕
`);
    expect(sorted(credits)).toEqual(sorted([
      ["加强计量能力建设", ["（二十二）"]],
      // 标准 is no item's keyword alone: the task is its body's, the best match's question.
      ["强化标准引领作用", ["（十三）"]],
    ]));
  });
});

/**
 * A heading whose keyword holds another item's own keyword: 食品检验检测 is （十）'s (local plans'
 * word), the 检验检测 inside it （二十二）'s, the testing the quality infrastructure is made of. A
 * body that builds the testing institutions (机构能力建设, 快检室标准化) works on （二十二） as well,
 * though none of its clauses, each with 食品 in it, names it alone.
 */
describe("a heading whose keyword holds another item's keyword", () => {
  const FOOD = `示例县食品安全质量提升行动方案
为贯彻落实《质量强国建设纲要》，结合我县实际，制定本方案。
一、重点任务
`;
  it("counts for that item too where the body, read as a task of its own, counts for it", () => {
    expect(sorted(creditsOfTasks(`${FOOD}（一）提升食品检验检测能力。加强县级食品检验检测机构能力建设，推动乡镇快检室标准化建设。（责任单位：县市场监管局）
`))).toEqual(sorted([["提升食品检验检测能力", ["（十）", "（二十二）"]]]));
  });

  it("not where the body is the heading's item's alone", () => {
    expect(creditsOfTasks(`${FOOD}（一）提升食品检验检测能力。建设食品检验检测中心，提升食品安全检验检测能力。（责任单位：县市场监管局）
`)).toEqual([["提升食品检验检测能力", ["（十）"]]]);
  });
});
