import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A heading that names an item by a term written whole (质量信用, （二十六）'s: local-keywords.json)
 * and writes a part of another item's longer keyword (分级分类 of （二十二）'s 分级分类管理) is the
 * term's item's: the part says how the work is done, not whose it is (mapping.ts `rankTask`,
 * `writesOwnPhrase`). A body that writes the other keyword whole still counts for its item.
 */
const PLAN = `示例市深化质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。
一、重点任务
1.推进质量信用分级分类监管。建立企业质量信用档案，实施分级分类管理，对高风险企业提高抽查频次。
2.实行质量信用分级分类监管。依据食品、工业产品生产企业质量信用等级，合理确定检查比例和频次。
3.加强计量能力建设。建设社会公用计量标准。
4.发展生产性服务业。推动研发设计、检验检测、现代物流等生产性服务业向专业化延伸。
5.落实工程质量主体责任。强化建设单位首要责任。
`;

it("counts a credit-grading supervision task for （二十六）, the item its heading's term names", () => {
  const credits = creditsOfTasks(PLAN);
  // Its body's 实施分级分类管理 writes （二十二）'s keyword whole: that counts too.
  expect(credits[0]).toEqual(["推进质量信用分级分类监管", ["（二十二）", "（二十六）"]]);
  expect(credits[1]).toEqual(["实行质量信用分级分类监管", ["（二十六）"]]);
  // A heading that writes the best item's title phrase keeps it (工程质量 of （十三））.
  expect(credits[4]![1][0]).toBe("（十三）");
});
