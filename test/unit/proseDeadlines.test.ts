import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { proseDeadlinesOf } from "../../server/src/core/model/proseDeadlines";

/** The deadlines the tasks of `body` state in their words, as written, with the text at their offsets. */
function deadlinesIn(body: string): Array<{ value: string; at: string; item: string }> {
  const text = `示例市质量强市建设实施方案（2025—2027年）\n一、主要任务\n${body}\n`;
  const plan = analyze(text).plan;
  return proseDeadlinesOf(plan).map((deadline) => ({ value: deadline.value, at: text.slice(deadline.start, deadline.end), item: deadline.item.marker.text }));
}

describe("deadlines a task states in its words (model/proseDeadlines.ts)", () => {
  it("reads a date followed by 前, before or after the work it dates, on the item line and its paragraphs", () => {
    expect(deadlinesIn("1.推进质量攻关。组织企业开展攻关，2024年底前完成首批项目。\n2025年6月底之前，建成服务平台。\n2.完善标准。于2026年第三季度前出台办法。")).toEqual([
      { value: "2024年底前", at: "2024年底前", item: "1." },
      { value: "2025年6月底之前", at: "2025年6月底之前", item: "1." },
      { value: "2026年第三季度前", at: "2026年第三季度前", item: "2." },
    ]);
  });

  it("keeps the offsets of full-width figures", () => {
    expect(deadlinesIn("1.推进质量攻关。２０２４年底前完成首批项目。")).toEqual([{ value: "２０２４年底前", at: "２０２４年底前", item: "1." }]);
  });

  it("leaves out what reports (已, 截至), what is no deadline (前后, 前期, 前列, 前三季度) and a date without 前", () => {
    expect(
      deadlinesIn(
        "1.巩固成果。2024年底前已建成的平台持续运行；截至2024年底前共建成3个。\n2.开展对标。2025年前后开展对标，2025年前期调研，力争2026年前列，2025年前三季度完成，2026年完成验收。",
      ),
    ).toEqual([]);
  });

  it("leaves the parts other readers own: a clause's deadline, a citation, an annotation", () => {
    expect(deadlinesIn("1.推进质量攻关。落实《2025年前质量提升规划》。〔责任单位：市工信局；完成时限：2024年底前〕")).toEqual([]);
  });

  it("is found by structure/deadline-period only where it is past when the plan is dated, never for looking beyond the period", () => {
    const text = [
      "---",
      "成文日期: 2025-03-12",
      "---",
      "示例市质量强市建设三年行动计划（2025—2027年）",
      "一、主要任务",
      "1.推进质量攻关。组织企业开展攻关，2024年底前完成首批项目。〔责任单位：市工信局〕",
      "2.推动绿色转型。服务2030年前碳达峰目标，2027年底前完成重点企业节能改造。〔责任单位：市发展改革委〕",
      "",
    ].join("\n");
    const findings = analyze(text).findings.filter((finding) => finding.rule === "structure/deadline-period");
    expect(findings.map((finding) => [text.slice(finding.start, finding.end), finding.message])).toEqual([
      ["2024年底前", "任务中的时限“2024年底前”早于本方案的成文日期（2025年3月），印发时已过期，疑为沿用旧方案的时限"],
    ]);
  });

  it("passes by the dates of a 发展基础 section", () => {
    const text = "示例市质量强市建设实施方案（2025—2027年）\n一、发展基础\n（一）工作成效\n1.质量基础。2023年底前建成计量标准12项。\n二、主要任务\n1.推进攻关。2026年底前完成。\n";
    expect(analyze(text).findings.filter((finding) => finding.rule === "structure/deadline-period")).toEqual([]);
  });
});
