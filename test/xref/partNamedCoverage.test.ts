import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";
import { readSeed } from "../support/seeds";
import { builtinParents } from "../../server/src/core/parents/index";
import { partsNamedBy } from "../../server/src/core/xref/partNames";

/**
 * A heading that names a part of the outline by its title's own phrase (创新质量治理模式: the
 * 质量治理 of 十、推进质量治理现代化, which no item of it writes) and none of its items puts several
 * of the part's items into one task: each of its clauses that writes an item's keyword whole counts
 * for that item (xref/partNames.ts, coverage.ts `partClauseSubjects`).
 */
it("counts Nanjing's 创新质量治理模式 for the items of 推进质量治理现代化 its clauses name", () => {
  const credits = new Map(creditsOfTasks(readSeed("nanjing-2023")));
  // 建立产品质量安全事故强制报告制度: （二十六）'s 质量安全事故; 金融机构面向质量攻关、质量创新、质量激励…予以融资支持:
  // （二十五）'s 质量激励. Its 地方法规 and 多元救济机制 write no keyword whole: no credit for （二十四） or （五） by this reading.
  expect(credits.get("创新质量治理模式")).toEqual(["（二十六）", "（二十五）"]);
});

const plan = (tasks: string) => `示例县质量强县建设实施方案\n为贯彻落实《质量强国建设纲要》，结合我县实际，制定本方案。\n一、重点任务\n${tasks}`;

const BODY = "探索建立质量融资增信制度，对获得质量激励的企业给予贷款贴息；建立产品质量安全事故强制报告制度；组织开展中国品牌日宣传活动；推动企业公开质量承诺。（责任单位：县市场监管局、县金融办）";

it("counts the part's items a clause writes a keyword of, under the part's phrase only, and no other part's", () => {
  expect(creditsOfTasks(plan(`（一）完善质量治理机制。${BODY}\n（二）完善工作机制。${BODY}\n`))).toEqual([
    // 中国品牌日 is （二十一）'s, of 八、增强企业质量和品牌发展能力: not the part the heading names.
    ["完善质量治理机制", ["（二十六）", "（二十五）"]],
    // The same body under a heading that names no part: near several items, it counts for none.
    ["完善工作机制", []],
  ]);
});

it("counts a city's 提升建设工程品质 for the 建筑材料 its clause names beside the works item", () => {
  // The heading is the outline's 六、提升建设工程品质 word for word; 提升预拌混凝土等建筑材料质量 writes （十四）'s term.
  const text = readFileSync(join(__dirname, "..", "fixtures", "plans-new", "city-work-points.plan"), "utf8");
  expect(new Map(creditsOfTasks(text)).get("提升建设工程品质")).toEqual(["（十三）", "（十四）"]);
});

it("reads a part's phrase only where it carries the part's subject, not the rest of its title alone", () => {
  const outline = builtinParents()[0]!;
  const named = (heading: string) => partsNamedBy(outline, heading).map((part) => part.title);
  // 治理现代 and 理现代化 of 推进质量治理现代化 are what is done, not to what: 社会治理 is no quality's.
  expect(named("推进社会治理现代化")).toEqual([]);
  expect(named("推进质量治理现代化")).toEqual(["推进质量治理现代化"]);
  expect(named("创新质量治理模式")).toEqual(["推进质量治理现代化"]);
  // The body that 完善质量治理机制 counts for （二十六）（二十五） by, under a heading of social governance: no part's items.
  const [[, items]] = creditsOfTasks(plan(`（一）推进社会治理现代化。${BODY}\n`));
  expect(items).not.toContain("（二十五）");
});
