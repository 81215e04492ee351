import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { dateOfDateLine, dateOfLine, datesIn, isPossibleDate, readingsOfDigitRun } from "../../server/src/core/model/dates";

describe("dates as plans write them", () => {
  it("reads 年月日 in Arabic and Chinese numerals, and separated forms, with their places", () => {
    const text = "于2024年3月22日印发，二〇二四年三月二十二日施行，2024-03-22公布，2024年12月完成。";
    expect(datesIn(text, 10).map((d) => [text.slice(d.start - 10, d.end - 10), d.year, d.month, d.day])).toEqual([
      ["2024年3月22日", 2024, 3, 22],
      ["二〇二四年三月二十二日", 2024, 3, 22],
      ["2024-03-22", 2024, 3, 22],
      ["2024年12月", 2024, 12, null],
    ]);
  });

  it("does not take ranges, longer numbers or version numbers for dates", () => {
    expect(datesIn("2023年1—12月，12024年3月，GB 4943.1-2022，1.2023.10.1，3.19件")).toEqual([]);
  });

  it("knows which dates can exist (leap years included)", () => {
    expect(isPossibleDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isPossibleDate({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isPossibleDate({ year: 2024, month: 13, day: null })).toBe(false);
    expect(isPossibleDate({ year: 2024, month: 4, day: 31 })).toBe(false);
  });

  it("reads a run of digits as every date it can be", () => {
    expect(readingsOfDigitRun("2024322")).toEqual([{ year: 2024, month: 3, day: 22 }]);
    expect(readingsOfDigitRun("20240322")).toEqual([{ year: 2024, month: 3, day: 22 }]);
    expect(readingsOfDigitRun("2024112")).toEqual([
      { year: 2024, month: 1, day: 12 },
      { year: 2024, month: 11, day: 2 },
    ]);
    expect(readingsOfDigitRun("2024999")).toEqual([]);
    expect(readingsOfDigitRun("1234567")).toEqual([]);
    expect(dateOfLine("2024322")).toMatchObject({ year: 2024, month: 3, day: 22, form: "digits" });
    expect(dateOfLine("2024112")).toBeNull();
  });

  it("reads a run of full-width digits as the run it is (a WPS copy)", () => {
    expect(readingsOfDigitRun("２０２４３２２")).toEqual([{ year: 2024, month: 3, day: 22 }]);
    expect(readingsOfDigitRun("２０２４０３２２")).toEqual([{ year: 2024, month: 3, day: 22 }]);
    expect(readingsOfDigitRun("１９９９１１２")).toHaveLength(2);
    expect(readingsOfDigitRun("１２３４５６７")).toEqual([]);
    expect(dateOfLine("２０２４３２２")).toMatchObject({ year: 2024, month: 3, day: 22, form: "digits" });
    expect(dateOfLine("２０２４１１２")).toBeNull();
  });
});

describe("a 成文日期 line however written", () => {
  it.each([
    ["2024.5.8", "separated"],
    ["2024-05-08", "separated"],
    ["2024/5/8", "separated"],
    ["2024年5月8", "written"],
    ["2024年05月08日", "written"],
    ["二〇二四年五月八日", "written"],
    ["  2024年5月8日 ", "written"],
  ])("%s reads as 2024-05-08", (line, form) => {
    expect(dateOfDateLine(line)).toMatchObject({ year: 2024, month: 5, day: 8, form });
  });

  it.each(["2024年5月", "2024322", "于2024年5月8日印发", "2024.5", "第2024.5.8号"])("%s is no date line", (line) => {
    expect(dateOfDateLine(line)).toBeNull();
  });

  it("the notice's date line is the plan's date, 2024.5.8, 2024年5月8 and a run of digits of either width as well", () => {
    for (const line of ["2024.5.8", "2024年5月8", "202458", "２０２４５８"]) {
      const plan = buildPlan(`示例市人民政府\n${line}\n示例市质量强市建设实施方案\n一、总体要求\n`);
      expect(plan.metadata.date).toBe("2024-05-08");
      expect(plan.metadata.issuer).toBe("示例市人民政府");
    }
  });
});
