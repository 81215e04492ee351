import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";
import { readSeed, SEED_NAMES } from "../support/seeds";
import { cutEvery } from "../support/pdfCut";

/**
 * A plan as a government web page and WPS give it (test/fixtures/pasted/web-wps-paste.plan, from
 * the Ganzhou seed): the page's breadcrumb, publication line and footer around the notice; every
 * digit and letter full-width (２０２５年, ＧＤＰ, １., a term's space ＩＳＯ　９００１); every paragraph
 * opened with the page's 　　 and cut at 28 characters, one of them after a sentence's 。 that
 * fills the line; a page number every 22 lines, inside sentences; an indicator table with tabs.
 */
const text = readFileSync(join(__dirname, "../fixtures/pasted/web-wps-paste.plan"), "utf8");
const halfWidth = (source: string) => source.replace(/[０-９Ａ-Ｚａ-ｚ％]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
const rulesOf = (source: string) => analyze(source).findings.map((finding) => finding.rule).filter((rule) => rule !== "targets/parent-not-localised");

describe("a plan pasted from a web page in WPS's full width", () => {
  it("is found as a drafter reads it: the page's furniture, one width finding each, one hard wrap, the seed's own commas", () => {
    expect(rulesOf(text).sort()).toEqual(
      [
        "structure/leading-debris",
        "text/full-width-alnum",
        "structure/hard-wrap",
        "punct/half-width",
        "punct/half-width",
        "numbering/marker-style",
        "structure/page-number",
        "structure/page-number",
        "structure/page-number",
        "structure/page-number",
        "structure/trailing-text",
      ].sort(),
    );
  });

  it("reads the targets its half-width twin has, with their years", () => {
    const read = (source: string) => extractTargets(buildPlan(source)).targets.map((target) => [halfWidth(target.indicator), target.horizon]);
    expect(read(text)).toEqual(read(halfWidth(text)));
    expect(read(text).length).toBeGreaterThan(20);
  });

  it("is fixed into a clean plan: each paragraph one line, opened with its indentation, the terms half-width", () => {
    const fixed = fixAll(text).text;
    expect(rulesOf(fixed)).toEqual([]);
    expect(fixed).toContain("通过ISO 9001质量管理体系认证");
    // The paragraph a full line's 。 did not end goes on, as the page showed it.
    expect(fixed).toContain("打通创新成果转化应用渠道。开展产业集群数字化转型试点");
    const body = fixed.slice(fixed.indexOf("　　一、总体要求"), fixed.indexOf("【打印本页】"));
    const flush = body.split("\n").filter((line) => line !== "" && !line.startsWith("　　") && !line.includes("\t"));
    expect(flush).toEqual([]);
    expect(fixAll(fixed).text).toBe(fixed);
  });
});

describe("a seed set as a web page sets it, every paragraph opened with 　　 and cut every 28 characters", () => {
  // A line cut after a 。 at the measure goes on in the line below at the margin, where paragraphs
  // open indented: joined back, each paragraph is the seed's.
  const indented = (seed: string) => seed.replace(/\r\n/g, "\n").split("\n").map((line) => (line.trim() === "" ? "" : `　　${line.trim()}`)).join("\n");
  for (const name of SEED_NAMES) {
    it(`${name} joins back into its paragraphs`, () => {
      const source = indented(readSeed(name));
      const cut = cutEvery(source, 28);
      expect(buildPlan(cut).hardWrap).not.toBeNull();
      const joined = fixAll(cut, {}, 10, (finding) => finding.rule === "structure/hard-wrap").text;
      const paragraphs = (from: string) => from.split("\n").filter((line) => line.length > 28);
      // The plan's paragraphs, from its first part (a draft's 附件 label over its title is read apart).
      const missing = paragraphs(source.slice(source.indexOf("　　一、"))).filter((line) => !joined.includes(line));
      expect(missing).toEqual([]);
    });
  }
});
