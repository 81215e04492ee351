import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inReportingSentence, ReportingSentences } from "../../server/src/core/targets/pastStatements";

/** Whether the figure 95% in `sentence` is reported rather than set, for a plan dated `year`. */
const reports = (sentence: string, year: number | null) => inReportingSentence(sentence, 0, sentence.indexOf("95%"), year);

describe("figures a plan reports rather than sets", () => {
  it("a sentence opening on a year before the plan's reports it", () => {
    expect(reports("2022年，全市食品抽检合格率达到95%。", 2023)).toBe(true);
    expect(reports("截至2022年底，全市食品抽检合格率达到95%。", 2023)).toBe(true);
    expect(reports("2018年以来，全市食品抽检合格率提高到95%。", null)).toBe(true);
  });

  it("a past year with no comma before the area it speaks of reports too", () => {
    expect(reports("2022年全市食品抽检合格率达到95%。", 2023)).toBe(true);
    expect(reports("2022年我县食品抽检合格率达到95%。", 2023)).toBe(true);
    expect(reports("2024年全市食品抽检合格率达到95%。", 2023)).toBe(false);
    // A deadline (2022年底前) is no report.
    expect(reports("2022年底前食品抽检合格率达到95%。", 2023)).toBe(false);
  });

  it("a year not yet past, or an undated plan's bare year, may be an interim goal", () => {
    expect(reports("2024年，全市食品抽检合格率达到95%。", 2023)).toBe(false);
    expect(reports("2022年，全市食品抽检合格率达到95%。", null)).toBe(false);
  });

  it("a five-year period reports only once it is over", () => {
    expect(reports("“十三五”期间，全市食品抽检合格率达到95%。", 2023)).toBe(true);
    expect(reports("“十四五”期间，全市食品抽检合格率达到95%。", 2023)).toBe(false);
    expect(reports("“十四五”以来，全市食品抽检合格率达到95%。", 2023)).toBe(true);
  });

  it("the present reports; a horizon or 力争 later in the sentence makes it a goal", () => {
    expect(reports("目前全市食品抽检合格率为95%。", null)).toBe(true);
    expect(reports("目前为90%，到2025年食品抽检合格率达到95%。", null)).toBe(false);
    expect(reports("2022年，力争食品抽检合格率达到95%。", 2023)).toBe(false);
  });

  it("only the sentence the figure stands in counts", () => {
    expect(reports("2022年，合格率为90%。全市食品抽检合格率达到95%。", 2023)).toBe(false);
  });
});

describe("clauses that report, whatever the plan's year", () => {
  it("截至 a year reports in a plan of no known year, unless the sentence sets a goal", () => {
    expect(reports("截至2022年底，全市食品抽检合格率达到95%。", null)).toBe(true);
    expect(reports("全市已建成中心5个，截至2022年底合格率达到95%。", null)).toBe(true);
    expect(reports("截至2022年底，力争食品抽检合格率达到95%。", null)).toBe(false);
    // In a dated plan, a year to come is a goal's.
    expect(reports("截至2025年底，全市食品抽检合格率达到95%。", 2023)).toBe(false);
  });

  it("a clause that says what there is, or what was reached, reports", () => {
    for (const year of [null, 2023]) {
      expect(reports("到2025年，新建中心5个，全市现有检验检测机构95%。", year)).toBe(true);
      expect(reports("全市食品抽检合格率已达到95%。", year)).toBe(true);
      expect(reports("现有企业技术改造覆盖率达到95%。", year)).toBe(false);
      expect(reports("推动实现有效覆盖率达到95%。", year)).toBe(false);
    }
  });

  it("a change against the year before reports outside an annual plan", () => {
    expect(reports("规上工业增加值比上年增长95%。", null)).toBe(true);
    const annualPlan = "规上工业增加值比上年增长95%。";
    expect(inReportingSentence(annualPlan, 0, annualPlan.indexOf("95%"), null, true)).toBe(false);
    expect(reports("规上工业增加值每年比上年增长95%。", null)).toBe(false);
  });
});

describe("ReportingSentences: figure after figure through a sentence", () => {
  // The cursor reads only what lies between one figure and the next; it must answer as reading
  // each figure's whole stretch afresh does.
  const fresh = inReportingSentence;
  const pieces = ["2022年，", "2022年全市", "目前，", "“十三五”以来，", "十四五期间，", "到2025年，", "到 2025 年", "力争", "确保", "合格率达到", "95%", "，", "；", "。", "全市", "截至2022年底，", "９６％", "  ", "！", "已有企业", "现有机构", "已达到", "比上年增长", "同比", "每年", "、", "较2020年，", "截至", "实现有效"];

  it("equals a fresh reading of every figure, in order and out of order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }), fc.option(fc.constantFrom(2020, 2023, 2030), { nil: null }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (parts, year, from, annual) => {
        const text = parts.join("");
        const start = Math.min(from, text.length);
        const cursor = new ReportingSentences(text, year, annual);
        const positions: number[] = [];
        for (let at = start; at <= text.length; at++) if (at === text.length || /[\d９]/.test(text[at]!)) positions.push(at);
        for (const at of positions) expect(cursor.reports(start, at), `${text} @${at}`).toBe(fresh(text, start, at, year, annual));
        // Asked again from the start (another line's figures, or out of order), it starts over.
        for (const at of positions.reverse()) expect(cursor.reports(start, at), `${text} @${at} (back)`).toBe(fresh(text, start, at, year, annual));
      }),
      { numRuns: 1000 },
    );
  });
});
