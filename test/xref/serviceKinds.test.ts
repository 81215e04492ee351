import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A county's 工作要点 whose headings name 服务业 alone and whose bodies say which services
 * (test/fixtures/qa/service-kinds-work-points.plan, labelled in mapping-labels-fixtures.json): 服务 is in a
 * third of the outline's titles, each naming its kind by the word before it (生产服务 （十六）, 生活服务
 * （十七）, 公共服务 （十八）), so the body's kind names the item (mapping.ts `bodyNamedKinds`).
 */
const credits = new Map(creditsOfTasks(readFileSync(join(__dirname, "../fixtures/qa/service-kinds-work-points.plan"), "utf8")));

/** The credits of the named tasks, by heading. */
const creditsOf = (headings: readonly string[]) => Object.fromEntries(headings.map((heading) => [heading, credits.get(heading)]));

it("reads a body's 生产性服务业 or 生活性服务业 under a heading of 服务业 alone as （十六） or （十七）, not （七） by 服务业", () => {
  expect(creditsOf(["发展现代服务业", "加快发展现代服务业", "推动服务业提质", "做强现代服务业", "培育现代服务业"])).toEqual({
    发展现代服务业: ["（十六）"],
    加快发展现代服务业: ["（十六）"],
    推动服务业提质: ["（十六）"],
    做强现代服务业: ["（十七）"],
    培育现代服务业: ["（十七）"],
  });
});

it("keeps a body of no kind, a heading that names its item and a facility's purpose where they were", () => {
  expect(creditsOf(["促进服务业融合发展", "提升服务质量", "建设标准化服务平台"])).toEqual({
    促进服务业融合发展: ["（七）"],
    提升服务质量: ["（十八）", "（十七）"],
    建设标准化服务平台: ["（二十三）"],
  });
});

it("counts a body that names two kinds of services under a heading of 服务业 or its quality for both kinds' items (qa-50e)", () => {
  const text = [
    "示例区质量强区建设实施方案",
    "为贯彻落实《质量强国建设纲要》，制定本方案。",
    "一、重点任务",
    "1.提升现代服务业质量。推动临空物流、会展商贸、金融服务等生产性服务业标准化发展，提升养老托育、家政服务、文化旅游等生活性服务业质量水平。（牵头单位：区商务委）",
    "2.发展现代服务业。推动生产性服务业向专业化和价值链高端延伸，推动生活性服务业向高品质和多样化升级。（牵头单位：区商务委）",
    "3.提升服务质量。推进生活性服务业标准化，推动生产性服务业提质增效。（牵头单位：区商务委）",
  ].join("\n");
  // Before qa-50e a body of two kinds named neither, and the first two went to （七） by the 服务业 of its keywords.
  expect(Object.fromEntries(creditsOfTasks(text))).toEqual({
    提升现代服务业质量: ["（十七）", "（十六）"],
    发展现代服务业: ["（十六）", "（十七）"],
    提升服务质量: expect.arrayContaining(["（十八）"]),
  });
});
