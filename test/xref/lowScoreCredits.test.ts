import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { COVERAGE_THRESHOLD, coverableEntries, taskCredits } from "../../server/src/core/xref/coverage";
import { mapTasks } from "../../server/src/core/xref/mapping";
import { readSeed, SEED_NAMES, type SeedName } from "../support/seeds";
import annotationLabels from "./annotation-labels.json";
import mappingLabels from "./mapping-labels.json";

/**
 * Credits under COVERAGE_THRESHOLD that a reader gives all the same (xref/coverage.ts): a best
 * match that stands apart from the rest, and the second subject a heading joins with 和.
 */
const outline = () => builtinParents()[0]!;

function mappingOf(seed: SeedName, heading: string) {
  return mapTasks(buildPlan(readSeed(seed)), outline()).find((m) => m.item.heading.text === heading)!;
}
const creditsOf = (seed: SeedName, heading: string) => taskCredits(outline(), mappingOf(seed, heading)).map((c) => `${c.entry.label}${c.basis}`);

describe("a heading that joins two subjects", () => {
  it("counts for the item each names: 促进消费品和工业品提质升级 is （十一） and （十二）", () => {
    const mapping = mappingOf("ganzhou-2024", "促进消费品和工业品提质升级");
    // The body is of 消费品: the task as a whole scores （十二） under the threshold.
    expect(mapping.candidates.find((c) => c.entry.label === "（十二）")!.score).toBeLessThan(COVERAGE_THRESHOLD);
    expect(creditsOf("ganzhou-2024", "促进消费品和工业品提质升级")).toEqual(["（十一）best", "（十二）heading"]);
  });

  it("not where a side names no item plainly: 树立产业和区域质量发展标杆, 构建质量和品牌社会共治机制", () => {
    expect(creditsOf("nanjing-2023", "树立产业和区域质量发展标杆")).toEqual(["（九）best", "（八）body"]);
    expect(creditsOf("jiangxi-2016", "构建质量和品牌社会共治机制")).toEqual(["（二十七）best"]);
  });
});

describe("a best match under the threshold", () => {
  it("counts where it stands apart from the second: 打造赣州特色品牌 is （二十一）", () => {
    const mapping = mappingOf("ganzhou-2024", "打造赣州特色品牌");
    expect(mapping.candidates[0]!.score).toBeLessThan(COVERAGE_THRESHOLD);
    expect(creditsOf("ganzhou-2024", "打造赣州特色品牌")).toEqual(["（二十一）best"]);
  });

  it("not where the next is near it (坚持标准创新引领), nor for an item of the 保障措施", () => {
    // Near two items (（二十二）0.17, （三）0.13), it counts for neither by its score; it counts for （二十二）
    // by its body's 团体标准 and 企业标准, （二十二）'s own keywords (local-keywords.json), which name no other.
    const near = mappingOf("ganzhou-2024", "坚持标准创新引领");
    expect(near.candidates[0]!.score).toBeLessThan(1.3 * near.candidates[1]!.score);
    expect(creditsOf("ganzhou-2024", "坚持标准创新引领")).toEqual(["（二十二）best"]);
    const service = mapTasks(buildPlan(readFileSync(join(__dirname, "sector-plans", "standardization.plan"), "utf8")), outline()).find((m) => m.item.heading.text === "加快服务业标准化")!;
    expect(service.candidates[0]!.score).toBeGreaterThanOrEqual(0.1);
    expect(taskCredits(outline(), service)).toEqual([]);
    const text = "示例市方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.提升产品质量。开展抽检。\n二、保障措施\n（一）强化考核激励。将质量工作纳入考核，压实责任，狠抓落实。\n";
    const item = mapTasks(buildPlan(text), outline()).find((m) => m.item.heading.text === "强化考核激励")!;
    expect(item.candidates[0]!.score).toBeLessThan(COVERAGE_THRESHOLD);
    expect(taskCredits(outline(), item)).toEqual([]);
  });

  it("on the five seeds, every item the two readings add is one the hand labels accept", () => {
    const coverable = new Set(coverableEntries(outline()));
    const labels = { ...mappingLabels.seeds, ...annotationLabels.seeds } as Record<string, Array<{ heading: string; national: number[] }>>;
    const added: string[] = [];
    const unlabelled: string[] = [];
    for (const seed of SEED_NAMES) {
      mapTasks(buildPlan(readSeed(seed)), outline()).forEach((mapping, i) => {
        for (const credit of taskCredits(outline(), mapping)) {
          const low = credit.basis === "heading" || (credit.basis === "best" && credit.score < COVERAGE_THRESHOLD);
          if (!low || !coverable.has(credit.entry)) continue;
          (labels[seed]![i]!.national.includes(credit.entry.value) ? added : unlabelled).push(`${seed} ${mapping.item.heading.text} ${credit.entry.label}`);
        }
      });
    }
    expect(unlabelled).toEqual([]);
    // Jiangxi's 规范电子商务产业发展 （二十四） the fifth, labelled so: its 违法犯罪 (local-keywords.json) is （二十四）'s enforcement;
    // its 大力培养高技能质量人才队伍 （二十五） the sixth, labelled so: 人才培养 is （二十五）'s 质量人才 and 质量教育.
    // Three more where the heading names its item by the item's own word (mapping.ts headingNames), each labelled so:
    // Chengdu's 打造成都品牌矩阵 and Jiangxi's 大力推动品牌示范创建 （二十一）, Jiangxi's 加快推进质量诚信体系建设 （二十七）.
    // (Nanjing's 加强质量信用建设 （二十六） was a ninth; 质量信用, a term of （二十六）'s, puts it above the threshold.)
    // And one where the heading writes the item's keyword whole (mapping.ts rankTask), labelled so: Fuzhou's
    // 强化企业质量主体责任 （二十）, whose 企业质量主体责任 is （二十）'s (local-keywords.json).
    // And Jiangxi's 深入开展质量提升行动 （十一）, labelled so, once 引领 is a word of the genre (mapping.ts
    // EMPTY_HEADS): （十一）'s 以创新供给引领消费需求 no longer lends it a bigram of every 引领 task.
    // And Ganzhou's 坚持标准创新引领 （二十二）, labelled so, whose body writes （二十二）'s own keywords whole
    // (团体标准, 企业标准) and none of the second's (xref/coverage.ts standsApart).
    // (Jiangxi's 加强去产能和节能降耗 （四） was an eleventh; its 节能环保改造 writes 节能环保 and 节能改造, （四）'s words in
    // local-keywords.json, put it above the threshold.)
    expect(added).toHaveLength(10);
  });
});
