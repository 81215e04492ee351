import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * Words county plans write for outline items whose text says them otherwise: 传统产业改造 for
 * （七）'s 传统制造业技术迭代和质量升级, 区域公用品牌 for the brand item （二十一）, whose 区域 is no
 * （九）区域质量 (local-keywords.json). A task of green 传统产业 stays （四）'s.
 */
const PLAN = `示例县质量强县建设实施方案
为贯彻落实《质量强国建设纲要》，结合我县实际，制定本方案。
一、重点任务
（一）推动制造业提质增效。实施“智改数转”行动，推进传统产业改造提升。（责任单位：县经信局）
（二）打造区域公用品牌。培育“示例好物”区域公用品牌，支持企业申报浙江制造认证。（责任单位：县市场监管局）
（三）推动传统产业绿色低碳转型。推广节能降碳技术，开展绿色产品认证。（责任单位：县发改局）
`;

it("counts 传统产业改造 for （七）, 区域公用品牌 for （二十一）, and a green 传统产业 task for （四）", () => {
  expect(creditsOfTasks(PLAN)).toEqual([
    ["推动制造业提质增效", ["（七）"]],
    ["打造区域公用品牌", ["（二十一）"]],
    ["推动传统产业绿色低碳转型", ["（四）"]],
  ]);
});
