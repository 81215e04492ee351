import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { mapTaskAt, mapTasks, planSubjectOf } from "../../server/src/core/xref/mapping";
import { subjectWeights } from "../../server/src/core/xref/planSubject";
import { creditsOfTasks } from "../support/coverageCredits";
import { SINGLE_SUBJECT_TASKS as TASKS } from "../support/singleSubjectTasks";

/**
 * A plan of one subject (计量, 标准, 品牌) writes it in every task's heading. That word says what
 * the plan is about, not which item of the outline a task carries out: each task maps by the
 * words that tell it from the plan's other tasks (xref/planSubject.ts). Before, 计量 — （二十二）'s
 * keyword alone — put six of a metrology plan's nine tasks on （二十二） at scores under 0.1, and
 * their own items went uncounted.
 */
const outline = () => builtinParents()[0]!;

/** A single-subject plan: each task the subject word and what the task does, with the outline item that is. */
function plan(title: string, subject: string, tasks: ReadonlyArray<[heading: string, body: string, item: string]>): { text: string; expected: Array<[string, string[]]> } {
  const lines = tasks.map(([heading, body], i) => `（${"一二三四五六七八九十"[i]}）${heading.replace("X", subject)}。${body.replace(/X/g, subject)}（责任单位：市市场监管局）`);
  return {
    text: `示例市${title}\n为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。\n一、重点任务\n${lines.join("\n")}\n`,
    expected: tasks.map(([heading, , item]) => [heading.replace("X", subject), [item]]),
  };
}

describe("a plan's own subject (xref/planSubject.ts)", () => {
  it("maps each task of a metrology plan by what it does, not by 计量, （二十二）'s keyword", () => {
    const { text, expected } = plan("计量发展规划实施方案", "计量", TASKS);
    expect(creditsOfTasks(text)).toEqual(expected);
  });

  it("maps the tasks of a standards plan and a brand plan alike", () => {
    for (const [title, subject] of [["标准化发展行动方案", "标准化"], ["品牌建设三年行动方案", "品牌"]]) {
      const { text, expected } = plan(title!, subject!, TASKS);
      expect(creditsOfTasks(text), subject).toEqual(expected);
    }
  });

  it("reads the subject from the title where the plan has too few tasks to say (南京市计量发展实施方案)", () => {
    const { text } = plan("计量发展实施方案", "计量", TASKS.slice(0, 3));
    const mapped = mapTasks(buildPlan(text), outline());
    expect(mapped.map((m) => m.candidates[0]!.entry.label)).toEqual(["（十九）", "（五）", "（二十六）"]);
    expect([...planSubjectOf(buildPlan(text), outline()).keys()]).toEqual(["计量"]);
  });

  it("leaves a plan on quality as a whole, and a few tasks that share an item's word, without a subject", () => {
    const few = plan("质量强市建设实施方案", "质量信用", TASKS.slice(2, 5)).text;
    expect(planSubjectOf(buildPlan(few), outline()).size).toBe(0);
    const whole = plan("质量强市建设实施方案", "质量", TASKS).text;
    // 质量 is in every item of the outline: it tells none apart, and weighs little there already.
    expect(planSubjectOf(buildPlan(whole), outline()).size).toBe(0);
  });

  it("ranks one task alone (a hover) with the whole plan's subject", () => {
    const { text } = plan("计量发展规划实施方案", "计量", TASKS);
    const whole = mapTasks(buildPlan(text), outline());
    const alone = buildPlan(text);
    for (const expected of whole) {
      const found = mapTaskAt(alone, outline(), (item) => item.marker.start === expected.item.marker.start);
      expect(found?.candidates.map((c) => [c.entry.value, c.score])).toEqual(expected.candidates.map((c) => [c.entry.value, c.score]));
    }
  });
});

describe("subjectWeights", () => {
  const headings = (n: number, word: string, of: number) => Array.from({ length: of }, (_, i) => (i < n ? [word, `w${i}`] : [`w${i}`]));

  it("weighs a word in every heading at the floor, one in fewer than half of them at 1, one in half of them between", () => {
    expect(subjectWeights(headings(10, "计量", 10), []).get("计量")).toBe(0.65);
    expect(subjectWeights(headings(4, "计量", 10), []).has("计量")).toBe(false);
    const most = subjectWeights(headings(5, "计量", 10), []).get("计量")!;
    expect(most).toBeGreaterThan(0.65);
    expect(most).toBeLessThan(1);
    expect(subjectWeights(headings(10, "计量", 10), []).has("w3")).toBe(false);
  });

  it("reads no share from fewer than six headings, and the title's words whatever their number", () => {
    expect(subjectWeights(headings(5, "计量", 5), []).size).toBe(0);
    expect([...subjectWeights(headings(0, "计量", 3), ["计量"])]).toEqual([["计量", 0.65]]);
  });
});
