import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A heading that names its best item by the item's title word (食品, （十）'s) and the second only
 * by the kind of work both have (监管: （二十六）'s title word, and （十）'s 农产品食品安全监管体系)
 * says which item the task works on, though its score stands near the second's (coverage.ts
 * `standsApart`, mapping.ts `headingNamesOverSharedWork`).
 */
it("counts a reviewer's 强化食品生产经营全过程监管 for （十）", () => {
  const text = readFileSync(join(__dirname, "..", "fixtures", "reviewer", "theme-food-drug.plan"), "utf8");
  // （十）0.19, （二十六）0.16: under the threshold, and not 1.3 times the second's score.
  expect(new Map(creditsOfTasks(text)).get("强化食品生产经营全过程监管")).toEqual(["（十）"]);
});

const plan = (tasks: string) => `示例市质量强市建设实施方案\n为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。\n一、重点任务\n${tasks}`;

it("not where the best is named only by words the second has too, or by a keyword's bigram", () => {
  const credits = new Map(
    creditsOfTasks(
      plan(`（一）推动国有企业质量提升。引导市属国有企业实施质量强企行动，带动产业链质量提升。（责任单位：市国资委）
（二）推动肉牛产业高质量发展。推进肉牛标准化养殖，打造区域公用品牌。（责任单位：市农牧局）
`),
    ),
  );
  // （九）0.13 by 量提 of its keyword 整体质量提升 (the genre's 质量提升), （七）0.12 by 业质 across 企业|质量: no
  // region's task.
  expect(credits.get("推动国有企业质量提升")).not.toContain("（九）");
  // （三）0.16, （九） and （七）0.15, each named by the 质量发展 or 产业 they share: no innovation task.
  expect(credits.get("推动肉牛产业高质量发展")).not.toContain("（三）");
});

it("counts a heading that says only the work （二十六） shares with （十） for the item its body works on", () => {
  const credits = new Map(
    creditsOfTasks(
      plan(`（一）实施从农田到餐桌全过程监管。建立食用农产品产地准出和市场准入衔接机制，推进农产品质量监测追溯，实现重点产品全程可追溯。（责任单位：市农业农村局）
（二）强化全过程监管。推行“双随机、一公开”监管，开展重点工业产品监督抽查。（责任单位：市市场监管局）
`),
    ),
  );
  // （十）0.15, （二十六）0.13: 监管 is （二十六）'s title word and （十）'s own; the body read alone is （十）'s.
  expect(credits.get("实施从农田到餐桌全过程监管")).toEqual(["（十）"]);
  // A body of supervision stays （二十六）'s.
  expect(credits.get("强化全过程监管")).toEqual(["（二十六）"]);
});
