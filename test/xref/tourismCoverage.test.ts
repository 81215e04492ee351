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

/**
 * 旅游服务 is a 生活服务 as 文旅 is (（十七）'s 旅游市场秩序), though a heading that raises its quality
 * (提升旅游服务质量) writes 服务质量 of （十八）提升公共服务质量效率's title: the term names （十七）.
 * A public service's heading keeps （十八）.
 */
const SERVICES = `景德镇市质量强市工作要点
为贯彻落实《质量强国建设纲要》，制定本要点。
一、重点任务
1.提升旅游服务质量。围绕陶瓷文化旅游，完善景区、民宿服务标准，开展导游服务质量提升行动。（牵头单位：市文广新旅局）
2.推进公共服务质量提升。开展公共服务质量满意度测评，推动政务服务、教育、医疗等公共服务标准化。（牵头单位：市政务服务办）
`;

it("counts a 旅游服务 task for （十七）, not （十八） by the 服务质量 of its title, and a public service's for （十八）", () => {
  const credits = creditsOfTasks(SERVICES);
  expect(credits[0]).toEqual(["提升旅游服务质量", ["（十七）"]]);
  expect(credits[1]![1]).toContain("（十八）");
  expect(credits[1]![1]).not.toContain("（十七）");
});
