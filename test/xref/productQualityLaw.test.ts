import { expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { mapTasks } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * （二十四）加强质量法治建设 is known by its keywords alone, one of them the law 产品质量法. A task on
 * products' quality (提升产品质量) writes 产品质量, the front of the law's name; its 产品 is also the
 * word 缺陷产品召回 shares with it, and judged at that place it kept full weight, so a short task on
 * products was the law item's first (0.21) and counted for it. The heading's 产品 is read where the
 * names write the longest stretch of it (longerWords.ts `readAt`): the law's, before its head 法.
 */
const PLAN = `某市质量强市实施方案
为贯彻落实《质量强国建设纲要》，制定本方案。
一、主要任务
1.提升产品质量。开展抽检。（责任单位：市市场监管局）
2.提升产品质量。组织开展产品质量提升行动，加强重点产品质量监督抽查。（责任单位：市市场监管局）
3.提高产品质量。强化质量比对。（责任单位：市市场监管局）
4.贯彻实施产品质量法。开展普法宣传。（责任单位：市市场监管局）
5.健全缺陷产品召回制度。督促企业履行召回义务。（责任单位：市市场监管局）
6.强化质量安全追溯。推动重点产品建立追溯体系。（责任单位：市市场监管局）
`;
const credits = creditsOfTasks(PLAN);
const best = mapTasks(buildPlan(PLAN), builtinParents()[0]!).map((mapping) => mapping.candidates[0]!.entry.label);

it("neither ranks first nor counts the law item for a task on products' quality", () => {
  for (const task of [0, 1, 2]) {
    expect(best[task]).not.toBe("（二十四）");
    expect(credits[task]![1]).not.toContain("（二十四）");
  }
});

it("still counts the law, recalls and traceability for （二十四）", () => {
  for (const task of [3, 4, 5]) {
    expect(best[task]).toBe("（二十四）");
    expect(credits[task]![1]).toContain("（二十四）");
  }
});
