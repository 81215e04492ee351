import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { mapTasks, planSubjectOf } from "../../server/src/core/xref/mapping";
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

describe(`${RULE} on a construction plan, whose subject 工程 is （十三）'s title word`, () => {
  /** A 建设工程 plan of eight tasks of its own (test/xref/sector-plans/construction.plan) and `task` as its ninth. */
  const construction = (task: string) =>
    `---\n上位文件: 质量强国建设纲要\n---\n${readFileSync(join(__dirname, "sector-plans", "construction.plan"), "utf8")
      .replace("示例市建筑工程质量提升行动方案", "示例市建设工程质量提升行动方案")
      .replace("三、保障措施", `（十二）${task}\n三、保障措施`)}`;
  const reported = (text: string) => analyze(text).findings.filter((f) => f.rule === RULE).map((f) => f.message);

  it("reads 工程 as the plan's subject, though many items have it", () => {
    expect([...planSubjectOf(buildPlan(construction("推进能源工程质量提升。加强电力、油气等能源工程建设质量管理。")), outline()).keys()]).toContain("工程");
  });

  it("calls no citation unrelated where the task is like the other item by the plan's subject alone", () => {
    for (const cite of ["〔对应纲要：（四）〕", "落实《纲要》第（四）条要求。"]) {
      const task = `推进能源工程质量提升。加强电力、油气等能源工程建设质量管理，推动光伏、风电等新能源工程质量提升。${cite}（责任单位：市发展改革委）`;
      expect(reported(construction(task)), cite).toEqual([]);
    }
  });

  it("still reports a citation where the task writes the other item's own words besides the subject", () => {
    const task = "推进能源工程质量提升。落实能源工程建设单位首要责任和参建单位质量终身责任，推行工程质量保险。〔对应纲要：（四）〕（责任单位：市发展改革委）";
    expect(reported(construction(task))).toEqual([expect.stringContaining("而与（十三）“强化工程质量保障”相近")]);
  });
});
