import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { DEADLINE_LABELS, dueMonthOf } from "../../server/src/core/model/deadlines";

describe("the month a 完成时限 allows to", () => {
  it.each([
    ["2025年底", { year: 2025, month: 12 }],
    ["2025年", { year: 2025, month: 12 }],
    ["2025年6月底前", { year: 2025, month: 6 }],
    ["2026年12月", { year: 2026, month: 12 }],
    ["２０２５年３月", { year: 2025, month: 3 }],
    ["2025年上半年", { year: 2025, month: 6 }],
    ["2025年一季度", { year: 2025, month: 3 }],
    ["2025年第三季度", { year: 2025, month: 9 }],
    ["2023—2025年", { year: 2025, month: 12 }],
    ["2024年6月、2025年12月", { year: 2025, month: 12 }],
  ])("%s", (value, due) => expect(dueMonthOf(value)).toEqual(due));

  it.each(["长期坚持", "持续推进", "每年", "2025年起", "2025年以后持续推进", "自2025年开始", "20250"])("names no deadline: %s", (value) => expect(dueMonthOf(value)).toBeNull());
});

describe("the deadline labels (model/deadlines.ts DEADLINE_LABELS)", () => {
  it("are the grammar's DeadlineLabel, word for word (generated from it by the build)", () => {
    const grammar = readFileSync(join(__dirname, "../../grammar/plan.peggy"), "utf8");
    const rule = /^DeadlineLabel\n\s*=([^\n]*)/m.exec(grammar)![1]!;
    expect([...rule.matchAll(/"([^"]+)"/g)].map((match) => match[1])).toEqual([...DEADLINE_LABELS]);
  });

  it.each(DEADLINE_LABELS)("label a clause's deadline and a 分工表's deadline column: %s", (label) => {
    const plan = buildPlan(`一、主要任务\n1.开展工作。〔责任单位：市工信局；${label}：2025年底〕\n附件\n序号\t重点任务\t牵头单位\t${label}\n1\t开展工作\t市工信局\t2026年6月\n`);
    expect(plan.deadlines.map((deadline) => deadline.value)).toEqual(["2025年底", "2026年6月"]);
  });
});

describe("a deadline written without brackets (model/deadlines.ts trailingDeadlineOf)", () => {
  const HEAD = "示例市质量强市建设行动计划（2025—2027年）\n一、主要任务\n";
  const deadlinesOf = (body: string) => {
    const text = HEAD + body;
    return buildPlan(text).deadlines.map((deadline) => [text.slice(deadline.start, deadline.end), deadline.value]);
  };

  it("reads a label line under the task and a sentence after its clause", () => {
    expect(deadlinesOf("1.建设质量标杆。\n责任单位：市工信局\n完成时限：2025年6月底前\n")).toEqual([["完成时限：2025年6月底前", "2025年6月底前"]]);
    expect(deadlinesOf("1.开展质量比对。〔责任单位：市市场监管局〕完成时间：2025年底。\n")).toEqual([["完成时间：2025年底", "2025年底"]]);
  });

  it("reads the deadline after the names, a comma apart, inside the clause's brackets", () => {
    const text = `${HEAD}1.推进计量服务。（责任单位：市市场监管局、市工信局，完成时限：2025年12月）\n`;
    const plan = buildPlan(text);
    expect(plan.clauses.map((clause) => clause.units.map((unit) => unit.text))).toEqual([["市市场监管局", "市工信局"]]);
    expect(plan.deadlines.map((deadline) => deadline.value)).toEqual(["2025年12月"]);
  });

  it("leaves a sentence's words, a long value and a line that goes on alone", () => {
    expect(deadlinesOf("1.推进质量攻关。〔责任单位：市工信局〕各单位要求完成时间：2025年底\n")).toEqual([]);
    expect(deadlinesOf("1.推进质量攻关。〔责任单位：市工信局〕完成时限：2025年底前完成全部攻关任务并组织验收评估工作\n")).toEqual([]);
    expect(deadlinesOf("1.推进质量攻关。〔责任单位：市工信局〕完成时限：2025年底，各地要抓好落实。\n")).toEqual([]);
    // Read once: in brackets, the grammar's.
    expect(deadlinesOf("1.推进质量攻关。〔责任单位：市工信局；完成时限：2025年底〕\n")).toEqual([["完成时限：2025年底", "2025年底"]]);
  });

  it("reads the sentence right after a bracketed clause as the task's deadline, without a label", () => {
    expect(deadlinesOf("1.推进质量攻关。〔责任单位：市工信局〕2025年底前完成。\n")).toEqual([["2025年底前完成", "2025年底前完成"]]);
    expect(deadlinesOf("1.推进质量攻关。（市工信局、市科技局按职责分工负责）。2026年6月底前\n")).toEqual([["2026年6月底前", "2026年6月底前"]]);
    expect(deadlinesOf("1.推进质量攻关。〔责任单位：市工信局〕，长期坚持。\n")).toEqual([["长期坚持", "长期坚持"]]);
    expect(deadlinesOf("1.推进质量攻关。〔责任单位：市工信局〕 2023—2025年\n")).toEqual([["2023—2025年", "2023—2025年"]]);
    const text = `${HEAD}1.推进质量攻关。〔责任单位：市工信局〕2025年底前完成。\n`;
    const plan = buildPlan(text);
    expect(plan.allItems[1]!.deadlines.map((deadline) => deadline.value)).toEqual(["2025年底前完成"]);
  });

  it("leaves a sentence of the task's own after the clause, and words between", () => {
    // A sentence that opens with a year is the task's own words.
    expect(deadlinesOf("1.推进质量攻关。〔责任单位：市工信局〕2025年底前建成检测平台10个。\n")).toEqual([]);
    // Words between the clause and the date: the sentence is prose (proseDeadlines reads its dates).
    expect(deadlinesOf("1.推进质量攻关。〔责任单位：市工信局〕力争2025年底前完成。\n")).toEqual([]);
    // A clause in the middle of the line, the date not after it.
    expect(deadlinesOf("1.推进质量攻关（市工信局负责），加强监管。2025年底前完成。\n")).toEqual([]);
  });
});
