import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { coverableEntries, coverageOf, taskCredits } from "../../server/src/core/xref/coverage";
import { mapTasks } from "../../server/src/core/xref/mapping";
import { readSeed, type SeedName } from "../support/seeds";
import annotationLabels from "./annotation-labels.json";
import mappingLabels from "./mapping-labels.json";

const outline = () => builtinParents()[0]!;

function creditsOf(seed: SeedName, heading: string) {
  const mapping = mapTasks(buildPlan(readSeed(seed)), outline()).find((m) => m.item.heading.text === heading)!;
  return taskCredits(outline(), mapping).map((c) => `${c.entry.label}${c.basis}`);
}

describe("a task whose body is about another item than its heading", () => {
  it("counts for both: 提升建筑工程质量水平 is （十三）, its 智能建造 and 精品工程 （十五）", () => {
    expect(creditsOf("chengdu-2023-draft", "提升建筑工程质量水平")).toEqual(["（十三）best", "（十五）body"]);
    const { plan, knownParents } = analyze(readSeed("chengdu-2023-draft"));
    const coverage = coverageOf(plan, outline(), [], knownParents);
    expect(coverage.items.find((i) => i.entry.label === "（十五）")!.covered).toBe(true);
  });

  it("not for an item its heading shares a title word with: 加强工程质量管理 is not （二十）提升全面质量管理水平", () => {
    expect(creditsOf("nanjing-2023", "加强工程质量管理")).toEqual(["（十三）best"]);
  });

  it("on the five seeds, every item it adds to coverage is one the hand labels accept", () => {
    const coverable = new Set(coverableEntries(outline()));
    const labels = { ...mappingLabels.seeds, ...annotationLabels.seeds } as Record<string, Array<{ heading: string; national: number[] }>>;
    const added: string[] = [];
    const unlabelled: string[] = [];
    for (const [seed, tasks] of Object.entries(labels)) {
      mapTasks(buildPlan(readSeed(seed as SeedName)), outline()).forEach((mapping, i) => {
        for (const credit of taskCredits(outline(), mapping)) {
          // Quoted items count anyway; the safeguards are outside the count.
          if (credit.basis !== "body" || credit.quote || !coverable.has(credit.entry)) continue;
          (tasks[i]!.national.includes(credit.entry.value) ? added : unlabelled).push(`${seed} ${mapping.item.heading.text} ${credit.entry.label}`);
        }
      });
    }
    expect(unlabelled).toEqual([]);
    // Ganzhou's 提升质量服务效能 and Chengdu's 提升建筑工程质量水平. (Jiangxi's 充分发挥质量技术支撑作用 was a third,
    // （二十二） by its body under （十九） by its best match; once a heading is weighed against an unconfirmed
    // item's keywords (mapping.ts namesOfUnknownText), its 质量技术 is （二十二）'s 质量技术机构 and （二十二） its best.)
    expect(added.length).toBeGreaterThanOrEqual(2);
  });
});
