import { expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { taskCredits } from "../../server/src/core/xref/coverage";
import { mapTasks } from "../../server/src/core/xref/mapping";

/**
 * A herding region's farm products (青海, 西藏, 内蒙古: 农畜产品, 牦牛, 藏羊) implement the outline's
 * farm and food item （十）, whose text says 农产品 only: local-keywords.json carries 农畜产品.
 */
const PLAN = `西宁市质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，制定本方案。
一、主要目标
到2025年，食品抽检合格率达到98%以上。
二、重点任务
（一）提升高原特色农畜产品质量。推进牦牛、藏羊、青稞等产品标准化生产。（牵头单位：市农业农村局；配合单位：市市场监管局、市商务局）
`;

it("counts a 农畜产品 task for （十）提高农产品食品药品质量安全水平", () => {
  const outline = builtinParents()[0]!;
  const credits = mapTasks(buildPlan(PLAN), outline).map((mapping) => [mapping.item.heading.text, taskCredits(outline, mapping).map((credit) => credit.entry.label)]);
  expect(credits).toEqual([["提升高原特色农畜产品质量", ["（十）"]]]);
});
