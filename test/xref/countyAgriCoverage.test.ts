import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A county's 质量强县 plan in its trade's words, of a reviewer's own
 * (test/fixtures/qa/county-agri-trade-words.plan): farm inputs, standardised tea and rice fields,
 * 从农田到餐桌 supervision, a 区域公用品牌, 地理标志, county testing, an NQI service station and a
 * 质量治理 task. Each item is the one a reviewer gives it; the comments say what is missed.
 */
const credits = new Map(creditsOfTasks(readFileSync(join(__dirname, "..", "fixtures", "qa", "county-agri-trade-words.plan"), "utf8")));

it("counts the county's farm and food tasks for （十）", () => {
  expect(credits.get("管好投入品源头")).toEqual(["（十）"]);
  // Its 现代农业全产业链标准化试点 is （十）'s own phrase; the farming item （七）'s 品牌打造和标准化生产, 0.13, is missed.
  expect(credits.get("推进茶园和稻田标准化生产")).toEqual(["（十）"]);
  // The heading names （二十六） only by 监管, which （十）'s 农产品食品安全监管体系 writes too; the body is （十）'s.
  expect(credits.get("实施从农田到餐桌全过程监管")).toEqual(["（十）"]);
  expect(credits.get("加强地理标志保护")).toEqual(["（十）"]);
});

it("counts its brand, technical-support and governance tasks for the items they carry out", () => {
  expect(credits.get("培育“青禾茶”区域公用品牌")).toEqual(["（二十一）"]);
  expect(credits.get("提升县级检验检测能力")).toEqual(["（二十二）"]);
  expect(credits.get("推进计量标准认证服务进园区")).toEqual(["（二十二）", "（二十三）"]);
  expect(credits.get("完善质量激励和风险防控机制")).toEqual(["（二十六）", "（二十五）"]);
});
