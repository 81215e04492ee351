import { describe, expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { rankEntries } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * 生产性服务业 and 生活性服务业 are the outline's 生产服务 (（十六）) and 生活服务 (（十七）) with the
 * attributive 性: the bigram across it (产服, 活服) is read as well, where it is one of an item's
 * title, so that the body's paraphrase of a title shares its subject with the title.
 */
describe("a phrase that writes an item's title word with an attributive 性", () => {
  const outline = builtinParents()[0]!;
  const score = (body: string, label: string) => rankEntries(outline, "", body, 40).find((c) => c.entry.label === label)!.score;

  it("is as like the item as the title's own words", () => {
    expect(score("推进生产性服务业向专业化延伸", "（十六）")).toBeGreaterThan(score("推进生产服务业向专业化延伸", "（十六）") * 0.9);
    expect(score("提升生活性服务业品质", "（十七）")).toBeGreaterThan(score("提升生活服务业品质", "（十七）") * 0.9);
  });

  it("counts a task whose clauses take up both for （十六） and （十七）", () => {
    const credits = creditsOfTasks(`示例区深化质量强区建设行动方案
为贯彻落实《质量强国建设纲要》，结合我区实际，制定本方案。
一、重点任务
（一）推动服务业提质增效。推进生产性服务业向专业化和价值链高端延伸，提升生活性服务业品质。（牵头单位：区发展和改革局）
`);
    expect(credits.map(([heading, items]) => [heading, [...items].sort()])).toEqual([["推动服务业提质增效", ["（十六）", "（十七）"].sort()]]);
  });
});
