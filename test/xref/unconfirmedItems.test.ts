import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { taskCredits } from "../../server/src/core/xref/coverage";
import { mapTasks, rankEntries } from "../../server/src/core/xref/mapping";
import { readSeed, type SeedName } from "../support/seeds";

/**
 * Items the outline data knows by an unconfirmed title and keywords alone (（二十二）–（三十二）):
 * a heading that writes their keywords names them as a heading that writes a title does
 * (mapping.ts `namesOfUnknownText`), whatever a long body shares with items that have a text.
 */
const outline = () => builtinParents()[0]!;
const mappingOf = (seed: SeedName, heading: string) => mapTasks(buildPlan(readSeed(seed)), outline()).find((m) => m.item.heading.text === heading)!;
const creditsOf = (seed: SeedName, heading: string) => taskCredits(outline(), mappingOf(seed, heading)).map((c) => c.entry.label);

describe("a heading that writes an unconfirmed item's keywords", () => {
  it("counts for it against a long body: 建立现代测量体系 (（二十三）'s 现代先进测量体系) is a metrology task, not （三）'s by 关键核心技术", () => {
    const mapping = mappingOf("ganzhou-2024", "建立现代测量体系");
    expect(["（二十二）", "（二十三）"]).toContain(mapping.candidates[0]!.entry.label);
    expect(creditsOf("ganzhou-2024", "建立现代测量体系").some((label) => label === "（二十二）" || label === "（二十三）")).toBe(true);
  });

  it("scores as its title does where the heading writes the title: the keywords lower no title's match", () => {
    const item = outline().items.find((e) => e.label === "（二十五）")!;
    const score = (heading: string) => rankEntries(outline(), heading, "", 40).find((c) => c.entry === item)!.score;
    // 健全质量政策制度 is （二十五）'s title: matched whole, as before the keywords were read.
    expect(score("健全质量政策制度")).toBeGreaterThan(0.6);
    // A heading of its keywords alone (质量人才, 质量教育) now scores for it too.
    expect(score("培养质量人才")).toBeGreaterThan(score("培养人才"));
  });

  it("a word of a phrase that another item's own words write names the unconfirmed item no more", () => {
    // Jiangxi's 深入开展质量提升行动 writes （十一）'s 消费品质量提升行动; its 行动 is the one word it
    // shares with （二十七）'s list (全民质量行动), which drew it there (0.17 against 0.16).
    expect(mappingOf("jiangxi-2016", "深入开展质量提升行动").candidates[0]!.entry.label).toBe("（十一）");
    expect(creditsOf("jiangxi-2016", "深入开展质量提升行动")).toContain("（十一）");
    // 标准化生产 is （七）'s 品牌打造和标准化生产, not （二十二）'s 标准.
    expect(rankEntries(outline(), "开展标准化生产", "")[0]!.entry.label).toBe("（七）");
    // An item's own phrase keeps its words: 监督抽查 is （二十六）'s though （十四）'s 建材质量监督抽查 writes it.
    const supervision = rankEntries(outline(), "加强工业产品质量监督抽查", "");
    expect(supervision[0]!.entry.label).toBe("（二十六）");
    expect(supervision[0]!.score).toBeGreaterThan(0.2);
  });

  it("one word shared with many keywords does not outweigh a title: 强化组织领导 stays （二十九）加强党的全面领导's, not （三十）'s by 领导小组", () => {
    expect(mappingOf("ganzhou-2024", "强化组织领导").candidates[0]!.entry.label).toBe("（二十九）");
  });

  it("leaves an item with a confirmed title to its title: no keyword of （十一）, whose text is unknown, names it in a heading", () => {
    const item = outline().items.find((e) => e.label === "（十一）")!;
    expect(item.verified && item.body === "").toBe(true);
    const heading = rankEntries(outline(), "研发设计与生产质量", "", 40).find((c) => c.entry === item)?.score ?? 0;
    // 研发设计与生产质量 is one of its keywords; the heading is compared with its title alone, the body with its keywords.
    expect(heading).toBeLessThan(0.3);
  });
});
