import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A heading that says only the kind of work (强化监管, 优化服务) names no subject: its one word is a word
 * of several items' own (监管 of （二十六）'s title and of （十）'s 农产品食品安全监管体系), and it draws
 * the task to the item whose title writes it. Which item the task works on, its body says (coverage.ts
 * `bodySubject`, mapping.ts `headingSaysWorkOf`).
 */
const credits = creditsOfTasks(`南湖区2026年质量提升行动方案
为深入贯彻《质量强国建设纲要》，制定本方案。
一、重点任务
1.强化监管。加强药品零售企业日常检查，开展医疗器械质量安全专项整治。（责任单位：区市场监管局）
2.强化监管。开展重点工业产品质量监督抽查，全面实施“双随机、一公开”监管。（责任单位：区市场监管局）
3.强化监管。落实工程质量终身责任制，开展住宅工程质量常见问题专项治理。（责任单位：区住房城乡建设局）
`);

it("counts a 强化监管 task for the item its body supervises as well", () => {
  expect(credits[0]![1]).toEqual(expect.arrayContaining(["（十）", "（二十六）"]));
});

it("and no more where the body is the heading's item's, or names its own item plainly", () => {
  expect(credits[1]![1]).toEqual(["（二十六）"]);
  expect(credits[2]![1]).toEqual(["（十三）"]);
});
