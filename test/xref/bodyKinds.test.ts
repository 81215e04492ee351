import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A body that lists kinds of special equipment (电梯、锅炉、压力容器、气瓶 …) as what it works on,
 * under a heading that names none (守护群众安全, 加强重点领域安全监管), reaches （二十六） as a heading
 * that writes them does (mapping.ts `kindsListedAsObject`); one kind in passing, or a list that
 * qualifies another word (电梯、起重机械骨干企业: makers), is the body's detail.
 */
const PLAN = `××县2026年质量强县工作要点
为贯彻落实《质量强国建设纲要》，制定本工作要点。
一、重点任务
（一）守护群众安全。加强食品生产经营风险分级管理，深入开展农兽药残留超标专项整治。加强电梯、锅炉、气瓶、压力管道安全监管，开展起重机械专项检查。（县市场监管局）
（二）守护群众生命安全。开展燃气、消防安全专项整治，加强电梯、锅炉、压力容器安全管理。（县应急管理局、县市场监管局）
（三）推动锅炉节能环保改造。开展燃煤锅炉能效测试，淘汰落后低效锅炉，推广高效节能锅炉。（县发展改革局）
（四）培育装备制造品牌。支持电梯、起重机械骨干企业争创省级名牌产品。（县工信局）
`;

it("credits a generic safety task whose body lists special equipment to （二十六） as well", () => {
  const credits = new Map(creditsOfTasks(PLAN));
  expect(credits.get("守护群众安全")).toEqual(expect.arrayContaining(["（十）", "（二十六）"]));
  expect(credits.get("守护群众生命安全")).toContain("（二十六）");
});

it("not for one kind in passing, nor for the kinds' makers", () => {
  const credits = new Map(creditsOfTasks(PLAN));
  expect(credits.get("推动锅炉节能环保改造")).toEqual(["（四）"]);
  expect(credits.get("培育装备制造品牌")).not.toContain("（二十六）");
});
