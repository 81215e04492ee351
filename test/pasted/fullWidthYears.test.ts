import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * A full-width year as a WPS copy or a scanned page's text recognition gives it: one digit read
 * half-width (`到２0２５年`) or a 2 read as Ｚ (`到２０Ｚ５年`). The goals it governs have their year,
 * as with `到２０２５年`: targets/horizon does not say they have none; the slips are the text
 * rules' (text/full-width-alnum for the width, text/ocr-digit for the letter).
 */
const plan = (year: string) => `示例市质量提升实施方案\n一、总体要求\n（一）主要目标\n到${year}年，全市制造业产品质量合格率达到94%以上，服务业质量满意度达到85分以上。\n二、主要任务\n（一）提升产品质量\n`;

describe("a full-width year text recognition misread", () => {
  for (const year of ["２０２５", "２0２５", "２０２5", "２０Ｚ５", "２Ｏ２５"]) {
    it(`到${year}年 governs the goals after it`, () => {
      const { plan: model, findings } = analyze(plan(year));
      expect(findings.filter((finding) => finding.rule === "targets/horizon")).toEqual([]);
      const targets = extractTargets(model).targets;
      expect(targets.length).toBe(2);
      // The year itself where only the width was slipped; the misread letter's year is text/ocr-digit's to give.
      if (!/[ＺＯ]/.test(year)) expect(targets.map((target) => target.horizon)).toEqual([2025, 2025]);
    });
  }

  it("is one width finding for the whole number, whose fix writes the year's digits", () => {
    for (const [year, half] of [["２0２５", "2025"], ["２０Ｚ５", "2025"]] as const) {
      const width = analyze(plan(year)).findings.filter((finding) => finding.rule === "text/full-width-alnum");
      expect(width.map((finding) => finding.message)).toEqual([`“${year}”使用了全角数字，应为半角“${half}”`]);
    }
  });
});
