import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A northern city's tourism and sports tasks in its own words (冰雪旅游, 冰雪运动, 文旅) implement
 * the outline's （十七）促进生活服务品质升级, whose text names 旅游市场秩序 and 体育赛事活动 only:
 * local-keywords.json carries them as terms. 冰雪 alone is no term: 冰雪装备 is manufacturing.
 */
const PLAN = `哈尔滨市质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，制定本方案。
一、重点任务
（一）做强冰雪旅游。打造冰雪旅游精品线路，建设冰雪旅游度假区。（责任单位：市文旅局）
（二）普及冰雪运动。举办冰雪运动赛事，建设群众性冰雪运动场地。（责任单位：市体育局）
（三）提升文旅服务品质。推进文旅融合发展，提升A级景区服务水平。（责任单位：市文旅局）
（四）发展冰雪装备制造。支持企业研制滑雪板、造雪机等装备，提高产品质量稳定性。（责任单位：市工信局）
`;

it("counts 冰雪旅游, 冰雪运动 and 文旅 tasks for （十七）, and no 冰雪装备 task", () => {
  const credits = creditsOfTasks(PLAN);
  expect(credits.slice(0, 3)).toEqual([
    ["做强冰雪旅游", ["（十七）"]],
    ["普及冰雪运动", ["（十七）"]],
    ["提升文旅服务品质", ["（十七）"]],
  ]);
  expect(credits[3]![1]).not.toContain("（十七）");
});
