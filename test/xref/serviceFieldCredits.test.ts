import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A heading that names its best item only by a phrase another item has too (服务质量: （十八）'s title
 * phrase, （十七）'s 旅客服务质量, （十六）'s 冷链物流服务质量) names the outline's field of services, not
 * one item of it; a clause that names one of the others by words of its own (生活性服务业, the outline's
 * 生活服务; 生产性服务业, its 生产服务) says which the task works on (coverage.ts `fieldClauseSubjects`,
 * `bodySubject`; mapping.ts `sharedNamingPhrases`). A heading's own keyword (监督抽查, （二十六）'s) and a
 * clause that writes the shared phrase again say nothing of another item.
 */
const PLAN = `示例县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，结合我县实际，制定本方案。
一、重点任务
1.提高服务质量。推进生活性服务业标准化，开展服务质量监测。
2.提升服务质量水平。健全生活性服务业标准，开展服务质量监测通报。
3.提升服务质量。推动生产性服务业专业化发展，开展服务质量监测。
4.加强产品质量监督抽查。扩大电线电缆、建材等工业产品抽查覆盖面。
5.提高服务质量。推进政务服务标准化，开展服务质量满意度测评。
`;

it("counts a service-quality task for the item of services its clause names", () => {
  const credits = creditsOfTasks(PLAN);
  expect(credits[0]).toEqual(["提高服务质量", ["（十八）", "（十七）"]]);
  expect(credits[1]).toEqual(["提升服务质量水平", ["（十八）", "（十七）"]]);
  expect(credits[2]![1]).toContain("（十六）");
  // 监督抽查 is （二十六）'s own keyword, whatever （十四）'s 建材质量监督抽查 holds it.
  expect(credits[3]).toEqual(["加强产品质量监督抽查", ["（二十六）"]]);
  // Public services are （十八）'s: nothing beside it.
  expect(credits[4]).toEqual(["提高服务质量", ["（十八）"]]);
});
