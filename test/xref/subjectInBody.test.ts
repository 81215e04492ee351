import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * In a plan of one subject (检验检测), a task whose heading names no item leaves the subject to its
 * body (推进资源整合。深化检验检测机构整合改革…): where the subject word names the best item alone and
 * the best stands apart from the second, the task counts for it (coverage.ts `bodyNamesBySubject`).
 */
const text = readFileSync(join(__dirname, "..", "fixtures", "plans-new", "province-testing-word.plan"), "utf8");

it("counts Anhui's 推进资源整合 and 推进仪器设备国产化 for （二十二） by the 检验检测 of their bodies", () => {
  const credits = new Map(creditsOfTasks(text));
  expect(credits.get("推进资源整合")).toEqual(["（二十二）"]);
  expect(credits.get("推进仪器设备国产化")).toEqual(["（二十二）"]);
  // 推动检测服务下沉 is nearest （二十三） (中小微企业, 服务站点): the subject word names another item, no credit by it.
  expect(credits.get("推动检测服务下沉")).toEqual([]);
});

it("leaves a task whose best the subject word does not name, or that stands near its second, as it was", () => {
  // 强化数字化赋能 is nearest （二十八） (结果互认) and （十八） alike: the subject word names neither.
  expect(new Map(creditsOfTasks(text)).get("强化数字化赋能")).toEqual([]);
});
