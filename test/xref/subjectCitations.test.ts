import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { mapTasks } from "../../server/src/core/xref/mapping";
import { SINGLE_SUBJECT_TASKS as TASKS } from "../support/singleSubjectTasks";

/**
 * xref/unrelated-section judges a task's citation of the outline by the item the task's words
 * match best. On a plan of one subject (计量, 消费品, 工程质量) that word is in every heading, and
 * coverage weighs it down (xref/planSubject.ts): the rule ranks the task the same way, so that it
 * never points a citation at the item of the plan's own subject where coverage counts the task
 * for another, and never calls a right citation unrelated for that word.
 */
const outline = () => builtinParents()[0]!;
const RULE = "xref/unrelated-section";

/** The plans: their titles and the subject word every task's heading writes. */
const PLANS: ReadonlyArray<[title: string, subject: string]> = [
  ["计量发展规划实施方案", "计量"],
  ["标准化发展行动方案", "标准化"],
  ["品牌建设三年行动方案", "品牌"],
  ["消费品质量提升行动方案", "消费品"],
  ["工程质量提升行动方案", "工程质量"],
];

/** A plan of the tasks, each citing `cite(item)` — as an annotation or in its words (落实《纲要》第（N）条). */
function plan(title: string, subject: string, form: "annotation" | "words", cite: (item: string) => string): string {
  const lines = TASKS.map(([heading, body, item], i) => {
    const words = form === "words" ? `落实《纲要》第${cite(item)}条要求。` : "";
    const annotation = form === "annotation" ? `〔对应纲要：${cite(item)}〕` : "";
    return `（${"一二三四五六七八九"[i]}）${heading.replace("X", subject)}。${body.replace(/X/g, subject)}${words}（责任单位：市市场监管局）${annotation}`;
  });
  return `---\n上位文件: 质量强国建设纲要\n---\n示例市${title}\n为贯彻落实《质量强国建设纲要》（以下简称《纲要》），结合我市实际，制定本方案。\n一、重点任务\n${lines.join("\n")}\n`;
}

describe(`${RULE} on a plan of one subject`, () => {
  it("suggests for a citation of an item the task has no word of the item coverage ranks the task first for", () => {
    let reported = 0;
    for (const [title, subject] of PLANS) {
      for (const form of ["annotation", "words"] as const) {
        // （二十九）加强党的全面领导: no task has a word of it.
        const text = plan(title, subject, form, () => "（二十九）");
        const best = new Map(mapTasks(buildPlan(text), outline()).map((m) => [m.item.line.start, m.candidates[0]!.entry]));
        const { plan: model, findings } = analyze(text);
        for (const finding of findings.filter((f) => f.rule === RULE)) {
          const task = model.allItems.find((item) => item.line.start <= finding.start && finding.start < item.line.end)!;
          const expected = best.get(task.line.start)!;
          expect(finding.message, `${subject} ${task.heading.text}`).toContain(`而与${expected.label}“${expected.title}”相近`);
          reported++;
        }
      }
    }
    expect(reported).toBeGreaterThanOrEqual(40);
  });

  it("reports none of the citations of the items the tasks carry out", () => {
    for (const [title, subject] of PLANS) {
      for (const form of ["annotation", "words"] as const) {
        const text = plan(title, subject, form, (item) => item);
        expect(analyze(text).findings.filter((f) => f.rule === RULE).map((f) => f.message), `${subject} ${form}`).toEqual([]);
      }
    }
  });
});
