import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/**
 * A task whose heading starts with a year (`1.2024年目标任务`, `2、2025年底前完成…`) is the grammar's
 * plain text (`1.2024` reads as a decimal); the model reads it as the task it is where the marker
 * fits its run (model/misreadMarkers.ts), never a decimal at a line's start (`1.5倍`).
 */
const headings = (text: string) => buildPlan(text).allItems.map((item) => `${item.marker.text}|${item.heading.text}`);

const PLAN = (...tasks: string[]) => ["一、主要任务", "（一）推进标准化。开展工作。", "（三）实施年度计划", ...tasks, "（四）强化保障。开展工作。", ""].join("\n");

describe("a task whose heading starts with a year", () => {
  it("1.2024年… and 2.2025年… under （三） are tasks 1 and 2 with headings that start with the year", () => {
    const text = PLAN("1.2024年目标任务", "完成标准制定10项。", "2.2025年底前完成验收。");
    expect(headings(text)).toEqual(["一、|主要任务", "（一）|推进标准化", "（三）|实施年度计划", "1.|2024年目标任务", "2.|2025年底前完成验收", "（四）|强化保障"]);
    const numbering = analyze(text).findings.filter((finding) => finding.rule.startsWith("numbering/"));
    expect(numbering.map((finding) => finding.rule)).toEqual(["numbering/sequence"]);
  });

  it("reads 1、2024年目标：… with its heading ending at the colon, and full-width digits", () => {
    const text = PLAN("1、2024年目标：完成标准制定10项。", "２．２０２５年目标：完成验收。");
    expect(headings(text).slice(3, 5)).toEqual(["1、|2024年目标", "２．|２０２５年目标"]);
  });

  it("reads a run of them before a task of the run that starts otherwise: 1.2024年… 2.2025年… 3.开展…", () => {
    const text = PLAN("1.2024年目标任务。完成抽检。", "2.2025年目标任务。完成创优。", "3.开展攻关。");
    expect(headings(text).slice(3)).toEqual(["1.|2024年目标任务", "2.|2025年目标任务", "3.|开展攻关", "（四）|强化保障"]);
    // And across groups, where the plan counts its tasks on: （一） 1. 2. （二） 3.
    const across = ["一、主要任务", "（一）2024年目标任务", "1.2024年6月底前完成抽检。", "2.2024年底前完成创优。", "（二）2025年目标任务", "3.开展攻关。", "（1）2025年6月底前完成。", "（2）2025年底前完成验收。", ""].join("\n");
    expect(headings(across)).toEqual(["一、|主要任务", "（一）|2024年目标任务", "1.|2024年6月底前完成抽检", "2.|2024年底前完成创优", "（二）|2025年目标任务", "3.|开展攻关", "（1）|2025年6月底前完成", "（2）|2025年底前完成验收"]);
    expect(analyze(across).findings.filter((finding) => finding.rule.startsWith("numbering/"))).toEqual([]);
    // A run with a gap reaches the next task by no count: 1.2024年 3.2025年 4. stay as the grammar reads them.
    expect(headings(PLAN("1.2024年目标任务", "3.2025年目标任务", "4.开展攻关。")).slice(3)).toEqual(["4.|开展攻关", "（四）|强化保障"]);
  });

  it("is not read where the marker does not fit the run, nor for a decimal: 3.2024年 after 1., 1.5倍, 1.2%", () => {
    expect(headings(PLAN("1.2024年目标任务", "3.2025年目标任务")).slice(3)).toEqual(["1.|2024年目标任务", "（四）|强化保障"]);
    expect(headings(PLAN("1.5倍于上年。", "1.2%的增幅。")).slice(3)).toEqual(["（四）|强化保障"]);
    expect(headings(PLAN("1.2024年目标任务", "增长1.2%。", "1.2024年目标。")).slice(3)).toEqual(["1.|2024年目标任务", "（四）|强化保障"]);
  });
});
