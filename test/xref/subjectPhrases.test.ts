import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { mapTasks, rankEntries } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * A plan's subject word (品牌 in a brand plan) weighs little in its tasks (xref/planSubject.ts), so
 * that it does not draw every task to the item whose word it is. Where a task writes the subject
 * word inside a phrase of one item's own words (品牌培育 of （二十一）'s 品牌培育发展机制), the word is
 * that item's evidence: the task is weighed against that item as in a plan of no subject
 * (mapping.ts `ownPhraseSubjects`), and against every other item as the plan's.
 */
const outline = () => builtinParents()[0]!;

function planText(title: string, tasks: ReadonlyArray<readonly [heading: string, body: string]>): string {
  const lines = tasks.map(([heading, body], i) => `（${"一二三四五六七八九十"[i]}）${heading}。${body}（责任单位：市市场监管局）`);
  return `示例市${title}\n为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。\n一、重点任务\n${lines.join("\n")}\n`;
}

/** The score of each task for one item, as the plan's mapping weighs it. */
function scoresFor(text: string, label: string): number[] {
  const parent = outline();
  const entry = parent.items.find((e) => e.label === label)!;
  return mapTasks(buildPlan(text), parent).map((m) => rankEntries(parent, m.text.heading, m.text.body, parent.items.length, m.subject).find((c) => c.entry === entry)!.score);
}

describe("a subject word inside an item's own phrase", () => {
  it("credits a brand plan's 品牌培育 task to （二十一）, as a plan of no subject does (the reviewer's plan)", () => {
    const text = `示例市品牌建设三年行动计划（2024—2026年）
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本行动计划。
一、总体要求
到2026年，全市品牌建设水平明显提升。
二、重点任务
（一）实施品牌培育工程
1.加强品牌梯度培育。建立品牌培育库，每年遴选10家企业入库培育。（牵头单位：市市场监管局；配合单位：市工信局、市商务局）
2.推进区域品牌建设。支持县（市、区）打造区域公用品牌。（牵头单位：市农业农村局；配合单位：各县〔市、区〕人民政府）
`;
    expect(creditsOfTasks(text)).toEqual([
      ["加强品牌梯度培育", ["（二十一）"]],
      ["推进区域品牌建设", ["（二十一）"]],
    ]);
  });

  // Each sector's plan: a task that writes the subject inside an item's phrase, and one that writes the subject alone.
  const SECTORS: ReadonlyArray<{ title: string; item: string; phrase: readonly [string, string]; alone: readonly [string, string] }> = [
    { title: "品牌建设三年行动计划", item: "（二十一）", phrase: ["加强品牌梯度培育", "建立品牌培育库，每年遴选企业入库。"], alone: ["推动品牌走出去", "组织企业参加境外展会。"] },
    { title: "标准化发展行动方案", item: "（十）", phrase: ["深化农业标准化", "开展现代农业全产业链标准化试点。"], alone: ["加强标准化宣传", "开展世界标准日宣传活动。"] },
    { title: "计量发展实施方案", item: "（二十七）", phrase: ["推进诚信计量体系建设", "开展诚信计量示范单位创建。"], alone: ["推动计量发展", "开展计量比对活动。"] },
    { title: "食品安全提升行动方案", item: "（十）", phrase: ["深化食品安全战略", "落实食品安全党政同责。"], alone: ["加强食品安全宣传", "开展食品安全宣传周活动。"] },
    { title: "工程质量提升行动方案", item: "（十三）", phrase: ["落实工程质量责任", "落实工程质量终身责任制。"], alone: ["创建精品工程", "开展工程质量评优。"] },
  ];

  for (const { title, item, phrase, alone } of SECTORS) {
    it(`weighs a ${title} task against ${item} as a plan of no subject does where it writes ${item}'s own phrase, not where it writes the subject alone`, () => {
      const [sectorPhrase, sectorAlone] = scoresFor(planText(title, [phrase, alone]), item);
      const [plainPhrase, plainAlone] = scoresFor(planText("质量强市建设实施方案", [phrase, alone]), item);
      expect(sectorPhrase).toBeCloseTo(plainPhrase!, 6);
      // The subject word alone still weighs as the plan's subject: less than in a plan of no subject.
      expect(sectorAlone).toBeLessThan(plainAlone!);
    });
  }
});
