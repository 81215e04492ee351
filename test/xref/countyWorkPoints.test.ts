import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A county's 2026 质量强县 工作要点 in its own words (test/fixtures/qa/county-work-points-2026.plan: tea, bamboo
 * furniture, tourism, special equipment), labelled in mapping-labels-fixtures.json. The tasks it was written to
 * read — each misread once — and the items they count for now.
 */
const credits = new Map(creditsOfTasks(readFileSync(join(__dirname, "../fixtures/qa/county-work-points-2026.plan"), "utf8")));

it("reads a county's homestays, consumer protection, county award and enforcement by local words (local-keywords.json)", () => {
  expect(credits.get("提升乡村民宿服务质量")).toEqual(["（十七）"]);
  expect(credits.get("擦亮“放心消费”品牌")).toContain("（五）");
  expect(credits.get("擦亮“放心消费”品牌")).not.toContain("（十一）");
  expect(credits.get("争创县长质量奖")).toEqual(["（二十五）"]);
  expect(credits.get("严厉打击质量违法行为")).toEqual(["（二十四）"]);
});

it("reads furniture as a consumer good and a body's list of special equipment as 特种设备", () => {
  expect(credits.get("推进竹木家具设计")).toEqual(["（十一）"]);
  expect(credits.get("加强重点领域安全监管")).toEqual(["（二十六）"]);
  expect(credits.get("保障景区游乐设施安全")).toEqual(["（二十六）"]);
  expect(credits.get("守护群众安全")).toContain("（二十六）");
});
