import { readFileSync } from "node:fs";
import { join } from "node:path";
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

describe("a body that says more of what its heading names", () => {
  const plan = (tasks: string) => `某市深化质量强市建设实施方案\n\n为贯彻落实《质量强国建设纲要》，制定本方案。\n\n一、重点任务\n\n${tasks}\n`;
  const credits = (text: string) => mapTasks(buildPlan(text), outline()).map((m) => `${m.item.heading.text}: ${taskCredits(outline(), m).map((c) => `${c.entry.label}${c.basis}`).join(" ")}`);

  it("goes on to no second subject where every clause writes the word the heading names its item by", () => {
    // Every clause writes 首席质量官 (（二十）'s keyword, which the heading names it by); their 标准体系,
    // 检验检测, 认证认可 and 分级分类管理 are （二十二）'s words, said of the chief quality officers.
    expect(credits(plan("（一）落实首席质量官制度。制定首席质量官标准体系，推动首席质量官参与检验检测认证认可，实施首席质量官分级分类管理。（责任单位：市市场监管局）"))).toEqual(["落实首席质量官制度: （二十）best"]);
    // A reviewer's plan: 质量信用 (a term of （二十六）) in each clause of 推进质量信用标准化建设.
    const standardization = readFileSync(join(__dirname, "..", "fixtures/reviewer/province-standardization.plan"), "utf8");
    expect(credits(standardization)).toContain("推进质量信用标准化建设: （二十六）best");
  });

  it("still counts for the item a clause of its own works on", () => {
    // 推动检验检测机构资质认定分级分类管理 writes no 智慧监管: the body goes on to the testing bodies, （二十二）'s.
    expect(credits(plan("（一）推行智慧监管。建设智慧监管平台，推动检验检测机构资质认定分级分类管理，提升检验检测机构能力。（责任单位：市市场监管局）"))).toEqual(["推行智慧监管: （二十六）best （二十二）body"]);
  });
});
