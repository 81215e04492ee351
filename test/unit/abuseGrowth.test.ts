import { describe, expect, it } from "vitest";
import { analyze, type PlanModel, readModel } from "../../server/src/core/analyze";
import { formatEdits } from "../../server/src/core/punct/format";
import { parseSyntax } from "../../server/src/core/syntax/parse";
import { ALL_RULES } from "../../server/src/core/rules/index";
import { growth } from "../support/growth";

/**
 * Hostile shapes whose cost grew faster than the input in one rule or in the model, each measured
 * at two sizes and bounded by the ratio of their CPU times (test/support/growth.ts says why).
 */
/** One rule's growth, each run over a model read apart (what the rule reads lazily from the model is its own cost). */
function ruleGrowth(rule: string, small: string, large: string): number {
  const only = Object.fromEntries(ALL_RULES.map((r) => [r.meta.id, r.meta.id === rule ? "warning" : "off"] as const));
  const models = new Map<string, PlanModel>();
  return growth((text) => analyze(text, { model: models.get(text), ruleOverrides: only }), small, large, (text) => models.set(text, readModel(text)));
}

const lines = (head: string, line: (i: number) => string, count: number) => head + Array.from({ length: count }, (_, i) => line(i)).join("");

describe("abuse cases: cost linear in the input", () => {
  it("10,000 and 40,000 lines of format characters only (each paragraph's end was read on through every invisible line after it)", () => {
    const plan = (count: number) => lines("一、主要任务\n", (i) => (i % 2 === 0 ? "\u200d\u200b\n" : "\ufeff\n"), count);
    expect(ruleGrowth("punct/sentence-end", plan(10_000), plan(40_000))).toBeLessThan(9);
  }, 60_000);

  it("one line of an open quotation and 20,000 and 80,000 `字//` (whether each `//` is a comment read back through the quotation)", () => {
    const line = (count: number) => "一、主要任务\n“" + "字//".repeat(count) + "\n";
    expect(growth((text) => parseSyntax(text), line(20_000), line(80_000))).toBeLessThan(9);
  }, 60_000);

  it("10,000 and 40,000 footnotes in a row (each was read forward to the run's end to see whether a page's number ends it)", () => {
    const plan = (count: number) => lines("一、主要目标\n1.产品质量合格率①达到95%。\n", (i) => `${"①②③"[i % 3]} 指第${i}项指标。\n`, count);
    expect(growth((text) => readModel(text), plan(10_000), plan(40_000))).toBeLessThan(9);
  }, 60_000);

  it("formatting 1,500 and 6,000 lines with two marks to fix each (the edits were a character diff of the whole texts, its length times the changes)", () => {
    const plan = (count: number) => lines("一、主要任务\n", (i) => `${(i % 900) + 1}.推进第${i}项质量提升,加强标准建设.\n`, count);
    expect(growth((text) => formatEdits(text), plan(1_500), plan(6_000))).toBeLessThan(9);
  }, 120_000);
  it("4,000 and 16,000 level targets joined by 、 in one clause (whether each strives, and its horizon, re-read the clause from its start)", () => {
    const plan = (count: number) => `一、主要目标\n到2025年，力争${Array.from({ length: count }, (_, i) => `达到${(i % 9) + 1}级`).join("、")}。\n`;
    expect(growth((text) => analyze(text), plan(4_000), plan(16_000))).toBeLessThan(9);
  }, 120_000);

  it("4,000 and 16,000 coverages of whom a service reaches after one horizon, in one sentence (each read back to the horizon for the year its sentence states)", () => {
    const plan = (count: number) => `一、重点任务\n（一）开展服务。到2028年，${"服务覆盖企业5家，".repeat(count)}完成。\n`;
    expect(growth((text) => analyze(text), plan(4_000), plan(16_000))).toBeLessThan(9);
  }, 120_000);

  it("4,000 and 16,000 dates a task states in one clause (whether each reports re-read the clause)", () => {
    const plan = (count: number) => `一、重点任务\n（一）开展工作，${"2025年底前完成、".repeat(count)}2026年底前验收。〔责任单位：市工信局〕\n`;
    expect(ruleGrowth("structure/deadline-period", plan(4_000), plan(16_000))).toBeLessThan(9);
  }, 120_000);

  it("25,000 and 100,000 copies of one short line, read as running heads (a table's reader walked the run again from each)", () => {
    const plan = (count: number) => `一、重点任务\n（一）开展工作\n${"开展质量提升行动推进\n".repeat(count)}`;
    expect(growth((text) => analyze(text), plan(25_000), plan(100_000))).toBeLessThan(9);
  }, 120_000);

  it("5,000 and 20,000 专栏 boxes (each line looked for its box among all of them)", () => {
    const plan = (count: number) => `一、重点任务\n${Array.from({ length: count }, (_, i) => `专栏${i + 1} 质量提升工程\n实施工程，到2025年培育企业10家。`).join("\n")}\n`;
    expect(growth((text) => analyze(text), plan(5_000), plan(20_000))).toBeLessThan(9);
  }, 120_000);

  it("5,000 and 20,000 references to a level-2 item the plan lacks (each listed every item of the plan)", () => {
    const plan = (count: number) => lines("一、重点任务\n（一）推进工作\n", (i) => `${(i % 900) + 1}.按照本方案第（九）项的要求开展第${i}项工作。\n`, count);
    expect(ruleGrowth("xref/section-ref", plan(5_000), plan(20_000))).toBeLessThan(9);
  }, 120_000);

  it("8,000 and 32,000 tasks under five headings, past 999 the body of the 999th (each duplicate read it again)", () => {
    const sectors = ["汽车", "食品", "纺织", "电子", "医药"];
    const plan = (count: number) => lines("一、重点任务\n", (i) => `${i + 1}.提升${sectors[i % 5]}产业质量。〔责任单位：市工信局〕\n`, count);
    expect(ruleGrowth("structure/duplicate-task", plan(8_000), plan(32_000))).toBeLessThan(9);
  }, 120_000);

  it("a table of 4,000 and 16,000 year columns (each target cell looked for its column's year among all the horizons)", () => {
    const plan = (count: number) => `一、主要目标\n指标\t${Array.from({ length: count }, (_, i) => `${2000 + (i % 100)}年目标`).join("\t")}\n产品合格率\t${Array.from({ length: count }, () => "95%").join("\t")}\n`;
    expect(growth((text) => analyze(text), plan(4_000), plan(16_000))).toBeLessThan(9);
  }, 120_000);
});
