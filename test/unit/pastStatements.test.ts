import { describe, expect, it } from "vitest";
import { inReportingSentence } from "../../server/src/core/targets/pastStatements";

/** Whether the figure 95% in `sentence` is reported rather than set, for a plan dated `year`. */
const reports = (sentence: string, year: number | null) => inReportingSentence(sentence, 0, sentence.indexOf("95%"), year);

describe("figures a plan reports rather than sets", () => {
  it("a sentence opening on a year before the plan's reports it", () => {
    expect(reports("2022年，全市食品抽检合格率达到95%。", 2023)).toBe(true);
    expect(reports("截至2022年底，全市食品抽检合格率达到95%。", 2023)).toBe(true);
    expect(reports("2018年以来，全市食品抽检合格率提高到95%。", null)).toBe(true);
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
