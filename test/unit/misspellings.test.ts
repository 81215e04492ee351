import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { IncrementalParser } from "../../server/src/core/syntax/incremental";
import { misspellingEntries, misspellings } from "../../server/src/core/text/misspellings";

const found = (text: string) => misspellings(text).map(({ written, right }) => `${written}→${right}`);

describe("the list of misspellings (text/misspellings.json)", () => {
  it("lists each written form once, never as its own correction, with guards that compile", () => {
    const written = misspellingEntries().map((entry) => entry.wrong);
    expect(new Set(written).size).toBe(written.length);
    for (const entry of misspellingEntries()) {
      expect(entry.right).not.toBe(entry.wrong);
      expect(() => new RegExp(`${entry.before ?? ""}x${entry.after ?? ""}`, "u")).not.toThrow();
    }
  });

  it("finds every unguarded entry as written, and nothing in its correction", () => {
    for (const entry of misspellingEntries().filter((e) => !e.before && !e.after)) {
      expect(found(`要${entry.wrong}。`), entry.wrong).toEqual([`${entry.wrong}→${entry.right}`]);
      expect(found(`要${entry.right}。`), entry.right).toEqual([]);
    }
  });

  it("reads 截止 by what follows it: a time point makes it 截至", () => {
    expect(found("截止2025年底，截止目前，截止今年6月，截止二〇二四年底，截止上半年。")).toEqual(Array(5).fill("截止→截至"));
    expect(found("申报截止日期为6月30日，报名截止到2025年5月，截止于本月底，报名截止。截至2025年底。")).toEqual([]);
  });

  it("reads 已上 and 已下 as 以上 and 以下 only after a figure and before the clause goes on", () => {
    expect(found("合格率达到95%已上，企业10家已下的，培育100个已上。")).toEqual(["已上→以上", "已下→以下", "已上→以上"]);
    expect(found("其中3家已上市，项目已上报，5个已下达，工作已上轨道，95%以上。")).toEqual([]);
  });

  it("leaves words that contain a listed form's characters in another reading", () => {
    expect(found("按排名先后，按排序结果，按排列顺序，发放帐篷和蚊帐，既使群众满意又使企业受益。")).toEqual([]);
  });
});

describe("an input method's slips of the field's words (imeSlips)", () => {
  it("are found in the field's words, each with its right form", () => {
    expect(found("加强质最监管，推进市场坚管，开展检验检侧，实施计量侧试，保护知识产全，建设质量墙市。")).toEqual([
      "质最监管→质量监管",
      "市场坚管→市场监管",
      "检验检侧→检验检测",
      "计量侧试→计量测试",
      "知识产全→知识产权",
      "质量墙市→质量强市",
    ]);
  });

  it("are one character of a listed term changed, never a term or a listed entry itself", () => {
    const slips = misspellingEntries().filter((entry) => entry.right.length >= 3 && !entry.before && !entry.after && entry.right !== entry.wrong);
    expect(slips.length).toBeGreaterThan(100);
    const rights = new Set(slips.map((entry) => entry.right));
    for (const entry of slips) {
      expect(rights.has(entry.wrong), entry.wrong).toBe(false);
      const differing = [...entry.wrong].filter((char, i) => char !== [...entry.right][i]).length;
      expect(differing, entry.wrong).toBe(1);
    }
  });

  it("leave the two characters alone where they are other words", () => {
    expect(found("水质最好，产品品质最优，体质最差的地区，质量安全，市场监管，检验检测，品质良好，坚持监管。")).toEqual([]);
  });
});

/**
 * The rule remembers each line's misspellings by its node while the server's parser keeps it
 * (rules/text/misspelling.ts): typing elsewhere moves a line's findings with it, typing in the
 * line reads it again, and every version's findings are a fresh analysis's.
 */
describe("text/misspelling while typing", () => {
  const PLAN = ["一、主要任务", "1.加强质最监管。开展检验检侧。〔责任单位：市市场监管局〕", "2.保护知识产全。推进品牌建设。〔责任单位：市市场监管局〕", "达到95%已上。", ""].join("\n");
  const findings = (text: string, parser?: IncrementalParser) =>
    analyze(text, parser ? { syntax: parser.parse(text), speed: "fast" } : { speed: "fast" })
      .findings.filter((finding) => finding.rule === "text/misspelling")
      .map((finding) => `${text.slice(finding.start, finding.end)}@${finding.start}`);

  it("gives each version the findings of a fresh analysis", () => {
    const versions = [
      PLAN,
      PLAN.replace("一、主要任务", "一、主要任务和分工"),
      PLAN.replace("一、主要任务", "一、主要任务和分工").replace("质最监管", "质量监管"),
      PLAN.replace("一、主要任务", "一、").replace("推进品牌建设", "推进品排建设"),
      PLAN.replace("95%", "95"),
      PLAN,
    ];
    const parser = new IncrementalParser();
    for (const text of versions) expect(findings(text, parser)).toEqual(findings(text));
    expect(findings(versions[3]!)).toEqual(["质最监管@7", "检验检侧@14", "知识产全@37", "品排建设@44", "已上@68"]);
  });
});
