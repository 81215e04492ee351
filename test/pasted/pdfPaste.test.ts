import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/**
 * A plan copied out of a PDF (test/fixtures/pasted/pdf-paste.plan): every paragraph cut at the
 * page's 28 characters, a page number and the running head `宜宾市人民政府办公室行政规范性文件`
 * at each page's edge (one of them inside a sentence), the first chapter's 一、 scanned as a
 * dash and the first task's 1. as a lower-case L, a wrap at the space between two issuers.
 */
const text = readFileSync(join(__dirname, "../fixtures/pasted/pdf-paste.plan"), "utf8");
const HEAD = "宜宾市人民政府办公室行政规范性文件";
const lineOf = (source: string, offset: number) => source.slice(0, offset).split("\n").length;
const wordsOf = (source: string) => source.replace(/[^\u4e00-\u9fff]/g, "");

describe("a plan pasted from a PDF", () => {
  it("is read as the plan it is: its title, its chapters from 一、, its tasks from 1.", () => {
    const plan = buildPlan(text);
    expect(plan.title?.text).toBe("宜宾市推进质量强市建设三年行动方案（2024—2026年）");
    expect(plan.items.map((item) => [item.marker.value, item.heading.text])).toEqual([
      [1, "总体要求"],
      [2, "重点任务"],
      [3, "保障措施"],
    ]);
    expect(plan.allItems.filter((item) => item.level === 3).map((item) => item.marker.value)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("reports each slip once where it is: the two markers, each page's number with its head", () => {
    const findings = analyze(text).findings.map((finding) => `${lineOf(text, finding.start)} ${finding.rule}`);
    expect(findings).toEqual(expect.arrayContaining(["17 numbering/marker-typo", "32 numbering/marker-typo", "24 structure/page-number", "50 structure/page-number", "68 structure/page-number"]));
    expect(findings.filter((finding) => finding.includes("numbering/sequence") || finding.includes("text/broken-sentence"))).toEqual([]);
  });

  it("is fixed without losing a word or a space of the text, and fixing again changes nothing", () => {
    const fixed = fixAll(text).text;
    // The words lost are the running heads'; the one added is 一 for the dash.
    expect(wordsOf(fixed)).toBe(wordsOf(text.split(`\n${HEAD}`).join("").replace("—、总体要求", "一、总体要求")));
    expect(fixed).toContain("《中共四川省委 四川省人民政府关于加快建设质量强省的实施意见》");
    expect(fixed).toContain("农产品质量安全例行监测合格率和食品抽检合格率");
    expect(fixed).not.toContain(HEAD);
    expect(fixed).toMatch(/\n一、总体要求\n/);
    expect(fixed).toMatch(/\n1\.实施产业基础质量提升工程。/);
    expect(fixAll(fixed).text).toBe(fixed);
    expect(analyze(fixed).findings.filter((finding) => finding.rule.startsWith("numbering/") || finding.rule.startsWith("structure/"))).toEqual([]);
  });
});
