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
  it("counts where it stands apart from the rest: 深入开展质量提升行动 is （十一）", () => {
    // (Ganzhou's 打造赣州特色品牌 was the example once, （二十一） at 0.17; since its body's 质量品牌, 企业品牌, 工业品牌 …
    // restate its heading's 品牌 and weigh as the heading's words, mapping.ts restatedHeads, it scores 0.25.)
    const mapping = mappingOf("jiangxi-2016", "深入开展质量提升行动");
    expect(mapping.candidates[0]!.score).toBeLessThan(COVERAGE_THRESHOLD);
    expect(creditsOf("jiangxi-2016", "深入开展质量提升行动")).toEqual(["（十一）best"]);
    expect(mappingOf("ganzhou-2024", "打造赣州特色品牌").candidates[0]!.score).toBeGreaterThanOrEqual(COVERAGE_THRESHOLD);
    expect(creditsOf("ganzhou-2024", "打造赣州特色品牌")).toEqual(["（二十一）best"]);
  });

  it("not where the next is near it (创新质量治理模式), nor for an item of the 保障措施", () => {
    // Near two items (（三）0.15, （五）0.15), it counts for neither by its score. (Ganzhou's 坚持标准创新引领 was the
    // example once, near （二十二）0.17 and （三）0.13; since a heading is weighed against an unconfirmed item's keywords,
    // mapping.ts namesOfUnknownText, its 标准 is （二十二）'s and it scores 0.21, above the threshold.)
    const near = mappingOf("nanjing-2023", "创新质量治理模式");
    expect(near.candidates[0]!.score).toBeLessThan(COVERAGE_THRESHOLD);
    expect(near.candidates[0]!.score).toBeLessThan(1.3 * near.candidates[1]!.score);
    // Its heading names the part 十、推进质量治理现代化 by 质量治理, and two of its clauses write keywords of that part's
    // items whole: those count, by the clauses (coverage.ts partClauseSubjects); （三） and （五） still do not by its score.
    expect(creditsOf("nanjing-2023", "创新质量治理模式")).toEqual(["（二十六）body", "（二十五）body"]);
    expect(creditsOf("ganzhou-2024", "坚持标准创新引领")).toEqual(["（二十二）best"]);
    const service = mapTasks(buildPlan(readFileSync(join(__dirname, "sector-plans", "standardization.plan"), "utf8")), outline()).find((m) => m.item.heading.text === "加快服务业标准化")!;
    expect(service.candidates[0]!.score).toBeGreaterThanOrEqual(0.1);
    expect(taskCredits(outline(), service)).toEqual([]);
    // (强化考核激励 was the example once: （三十一）'s keywords 质量工作考核 and 督查激励 now lift it to 0.28, mapping.ts
    // namesOfUnknownText, and at the threshold an item of the 保障措施 counts as any task does.)
    // (将质量工作纳入考核 was the example once: it writes （三十一）'s keyword 质量工作考核 across its 纳入, and a
    // safeguard that writes its best item's keyword counts for it at NAMED_FLOOR: coverage.ts carryingOutTakesUp.)
    const task = "（一）严格考核。把质量提升纳入年度考核，压实责任，狠抓落实。\n";
    const safeguard = (part: string) => {
      const text = `示例市方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、主要任务\n1.提升产品质量。开展抽检。\n二、${part}\n${task}`;
      return mapTasks(buildPlan(text), outline()).find((m) => m.item.heading.text === "严格考核")!;
    };
    const item = safeguard("保障措施");
    expect(item.candidates[0]!.score).toBeLessThan(COVERAGE_THRESHOLD);
    expect(taskCredits(outline(), item)).toEqual([]);
    // The same task among the tasks stands apart from the second, and counts.
    expect(taskCredits(outline(), safeguard("重点任务")).map((c) => c.entry.label)).toEqual(["（三十一）"]);
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
    // Ganzhou's 促进消费品和工业品提质升级 （十二）, labelled so.
    // Jiangxi's 规范电子商务产业发展 （二十四）, labelled so: its 违法犯罪 (local-keywords.json) is （二十四）'s enforcement.
    // Two where the heading names its item by the item's own word (mapping.ts headingNames), each labelled so:
    // Chengdu's 打造成都品牌矩阵 and Jiangxi's 大力推动品牌示范创建 （二十一）.
    // One where the heading writes the item's keyword whole (mapping.ts rankTask), labelled so: Fuzhou's
    // 强化企业质量主体责任 （二十）, whose 企业质量主体责任 is （二十）'s (local-keywords.json).
    // And Ganzhou's 建立现代测量体系 （二十三）, labelled so, whose heading writes （二十三）'s 现代先进测量体系 (mapping.ts
    // namesOfUnknownText: a heading weighed against an unconfirmed item's keywords); its body's 关键核心技术 held it at
    // 0.13 for （三） before.
    // (Once eleven: Jiangxi's 加强去产能和节能降耗 （四）, whose 节能环保改造 writes （四）'s words in local-keywords.json, and,
    // since namesOfUnknownText, Ganzhou's 坚持标准创新引领 （二十二）, Jiangxi's 大力培养高技能质量人才队伍 （二十五） and
    // 加快推进质量诚信体系建设 （二十七）, whose headings write those items' keywords, are above the threshold. Jiangxi's
    // 深入开展质量提升行动 （十一） was no longer counted then: its 质量…行动 was as near （二十七）'s 全民质量行动, 0.17 against 0.16.)
    // And Jiangxi's 深入开展质量提升行动 （十一） again, labelled so, once its 行动, a word of （十一）'s 消费品质量提升行动 that
    // it writes, names （二十七） by its keywords no more (mapping.ts othersPhraseGrams): 0.16, standing apart from （七）'s 0.12.
    // (Ganzhou's 打造赣州特色品牌 （二十一） is above the threshold since its body's restatements of 品牌 weigh as its
    // heading's words, mapping.ts restatedHeads.)
    expect(added).toHaveLength(7);
  });
});
