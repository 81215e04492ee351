import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A district's 2026 质量提升 行动方案 in short headings (test/fixtures/qa/district-quality-action-2026.plan),
 * labelled in mapping-labels-fixtures.json: three tasks under 强化监管 and two under 优化服务, each counted
 * for what its body works on, and special equipment named one kind per verb.
 */
const credits = creditsOfTasks(readFileSync(join(__dirname, "../fixtures/qa/district-quality-action-2026.plan"), "utf8"));
const under = (heading: string) => credits.filter(([each]) => each === heading).map(([, items]) => items);

it("counts each task under a heading of the kind of work for what its body works on", () => {
  const [drugs, works, products] = under("强化监管");
  expect(drugs).toEqual(expect.arrayContaining(["（十）", "（二十六）"]));
  expect(products).toEqual(["（二十六）"]);
  expect(works).toEqual(["（十三）"]);
  expect(under("优化服务")).toEqual([["（十七）"], ["（二十三）"]]);
});

it("reads kinds of special equipment one per verb, a talent task and a district's award", () => {
  expect(under("守护安全")).toEqual([["（二十六）"]]);
  // 培育质量工程师: （二十五）'s talent, and （二十）'s 质量工程师 队伍建设 as the national text words it (qualityTalent.test.ts).
  expect(under("加强人才培养")).toEqual([["（二十五）", "（二十）"]]);
  expect(under("完善激励")).toEqual([["（二十五）"]]);
});
