import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { toChineseNumeral } from "../../server/src/core/model/numerals";
import { coverageItems } from "../../server/src/core/xref/tasks";
import { readSeed, type SeedName } from "../support/seeds";
import drafted from "./annotation-labels.json";
import labelled from "./mapping-labels.json";

const RULE = "xref/unrelated-section";
const findingsOf = (text: string) => analyze(text).findings.filter((f) => f.rule === RULE);
const read = (name: string) => readFileSync(join(__dirname, "annotations", name), "utf8");

/**
 * A seed with each task annotated `〔对应纲要：（N）〕` with the `choice`-th of the items it takes
 * up, where it has that many (the first-listed, then the second …): every item a drafter could
 * rightly name, not only the one the mapping finds best.
 */
function annotated(seed: SeedName, tasks: readonly { heading: string; national: number[] }[], choice: number): { text: string; count: number } {
  const text = readSeed(seed);
  // The items coverage reads: the tasks, and the 保障措施 items the labels name too.
  const items = coverageItems(buildPlan(text)).all;
  expect(items.map((item) => item.heading.text), seed).toEqual(tasks.map((t) => t.heading));
  const inserts = items.flatMap((item, i) => {
    const value = tasks[i]!.national[choice];
    return value === undefined ? [] : [{ at: item.line.contentEnd, text: `〔对应纲要：（${toChineseNumeral(value)}）〕` }];
  });
  let out = text;
  for (const { at, text: annotation } of [...inserts].reverse()) out = out.slice(0, at) + annotation + out.slice(at);
  return { text: `---\n上位文件: 质量强国建设纲要\n---\n${out}`, count: inserts.length };
}

describe(RULE, () => {
  it("reports no annotation a drafter could rightly write on the five seeds", () => {
    type Task = { heading: string; national: number[] };
    const seeds = { ...labelled.seeds, ...drafted.seeds } as Record<SeedName, Task[]>;
    let count = 0;
    const reported: string[] = [];
    for (const [seed, tasks] of Object.entries(seeds) as [SeedName, Task[]][]) {
      for (let choice = 0; choice < Math.max(...tasks.map((t) => t.national.length)); choice++) {
        const plan = annotated(seed, tasks, choice);
        count += plan.count;
        for (const finding of findingsOf(plan.text)) reported.push(`${seed}: ${finding.message}`);
      }
    }
    expect(count).toBeGreaterThanOrEqual(140);
    expect(reported).toEqual([]);
  });

  it("reports none of the right annotations of a plan written as drafters write, paraphrases included", () => {
    const text = read("correct.plan");
    expect(analyze(text).plan.annotations.length).toBeGreaterThanOrEqual(40);
    expect(findingsOf(text).map((f) => f.message)).toEqual([]);
  });

  it("reports a wrong annotation on a task that has none of its item's words and clearly matches another, suggesting that one", () => {
    const text = read("wrong.plan");
    const lines = text.split("\n");
    const lineOf = (offset: number) => text.slice(0, offset).split("\n").length - 1;
    const expected = lines.flatMap((line, i) => {
      const suggested = /\/\/ 应为：(\S+)$/.exec(line);
      return suggested ? [`${i + 1}: ${suggested[1]}`] : [];
    });
    const findings = findingsOf(text);
    expect(findings.map((f) => `${lineOf(f.start) + 1}: ${f.suggestions?.[0]?.edits[0]?.newText}`)).toEqual(expected);
    expect(expected.length).toBeGreaterThanOrEqual(10);
    for (const finding of findings) {
      // A suggestion the drafter confirms: never a fix applied in bulk.
      expect(finding.fix).toBeUndefined();
      expect(finding.suggestions).toHaveLength(1);
      expect(text.slice(finding.start, finding.end)).toMatch(/^（[一二三四五六七八九十]+）$|^[一二三四五六七八九十]+$/);
    }
    expect(findings[0]!.message).toBe(
      "本任务的文字中没有《质量强国建设纲要》（二十一）“争创国内国际知名品牌”的用词，而与（十三）“强化工程质量保障”相近（相似度 0.70）：请核对对应关系",
    );
  });

  it("counts no word of a trailing comment as the task's", () => {
    const text = "---\n上位文件: 质量强国建设纲要\n---\n示例方案\n一、主要任务\n1.压实工程质量责任。落实建设单位首要责任，严格执行工程质量终身责任制，推行工程质量保险。〔对应纲要：（二十一）〕 // 品牌部分另行研究\n";
    expect(findingsOf(text)).toHaveLength(1);
  });

  it("waits for a pause in typing: it ranks the task against every item of the parent", () => {
    const text = read("wrong.plan");
    expect(analyze(text, { speed: "fast" }).findings.filter((f) => f.rule === RULE)).toEqual([]);
    expect(findingsOf(text).length).toBeGreaterThan(0);
  });
});
