import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { internalReferences } from "../../server/src/core/references/index";
import { extractTargets } from "../../server/src/core/targets/extract";
import { registryFor } from "../../server/src/core/units/registry";
import { unitReport } from "../../server/src/core/units/report";

/**
 * A government PDF as a web viewer's copy gives it (test/fixtures/pasted/pdf-viewer-paste.plan,
 * from the 赣州 seed): every line cut at the page's 28 characters, headings and clauses included
 * (a 二级 heading over two lines, `〔` / `责任单位：……` apart), paragraphs opened with 　　, digits
 * full-width, a page's number `- 3 -` and its running head at every page's edge, one of them
 * between an attachment's head and its table; the 附件说明's names and the head
 * `附件１：……部门责任清` / `单表` cut by the measure; a 指标表 whose 单位 cell holds a full-width ％.
 */
const text = readFileSync(join(__dirname, "../fixtures/pasted/pdf-viewer-paste.plan"), "utf8");
const HEAD = "赣州市人民政府行政规范性文件";
const lineOf = (offset: number) => text.slice(0, offset).split("\n").length;
const wordsOf = (source: string) => source.replace(/[^\u4e00-\u9fff]/g, "");

describe("a plan pasted from a web viewer's PDF", () => {
  it("reports what a drafter would fix, each once, and no misreading of the cut lines", () => {
    const findings = analyze(text).findings.map((finding) => `${lineOf(finding.start)} ${finding.rule}`);
    expect(findings).toEqual([
      "2 structure/hard-wrap",
      // The seed's own half-width commas.
      "8 punct/half-width",
      "17 text/full-width-alnum",
      "20 numbering/marker-style",
      "24 structure/page-number",
      "32 punct/half-width",
      "50 structure/page-number",
      "76 structure/page-number",
      "102 structure/page-number",
      "128 structure/page-number",
      "154 structure/page-number",
    ]);
    // The 单位 cell's ％ (164) is the full-width habit's, counted and fixed with the figures; a
    // number the measure cut at its decimal point (８１. / ５分, 32–33) is one place, as exported.
    expect(analyze(text).findings.find((finding) => finding.rule === "text/full-width-alnum")?.message).toContain("共 37 处");
  });

  it("reads the outline, both attachments by their whole titles, and the 附件说明's names whole", () => {
    const plan = buildPlan(text);
    expect(plan.title?.text).toBe("赣州市深化质量强市建设实施方案");
    expect(plan.items.map((item) => item.heading.text)).toEqual(["总体要求", "主要任务", "保障措施"]);
    expect(plan.items[1]!.children.map((item) => item.heading.text)).toEqual(["推动质量变革创新，提高经济发展质量效益", "推动质量社会共治，提升现代质量治理水平和质量安全保障能力"]);
    expect(plan.attachments.map((attachment) => [attachment.label?.text, attachment.title?.text])).toEqual([
      ["附件１", "赣州市深化质量强市建设重点任务分工及部门责任清单表"],
      ["附件２", "赣州市深化质量强市建设主要质量指标及目标值表"],
    ]);
    expect(internalReferences(plan).note?.entries.map((entry) => entry.title.text)).toEqual(["赣州市深化质量强市建设重点任务分工及部门责任清单表", "赣州市深化质量强市建设主要质量指标及目标值表"]);
  });

  it("reads every task's units across the cut clauses, and the 分工表 past its page's edge", () => {
    const report = unitReport(buildPlan(text), registryFor(undefined, undefined));
    expect(report.units.map((unit) => unit.unit)).toContain("国家金融监督管理总局赣州监管分局");
    expect(report.notes.some((note) => JSON.stringify(note).includes("共 1 行"))).toBe(true);
  });

  it("reads the 指标表's figures, the ％ cell's rows as percentages", () => {
    const targets = extractTargets(buildPlan(text)).targets.filter((target) => target.indicator === "制造业产品质量合格率");
    // The text's 94%以上 and the table's row (单位 ％, 目标值 ９４).
    expect(targets.map((target) => [target.value, target.unit])).toEqual([
      [94, "%"],
      [94, "%"],
    ]);
  });

  it("is fixed without losing a word but the running heads, and fixing again changes nothing", () => {
    const fixed = fixAll(text).text;
    expect(wordsOf(fixed)).toBe(wordsOf(text.split(`\n${HEAD}`).join("")));
    expect(fixed).toContain("\n附件1：赣州市深化质量强市建设重点任务分工及部门责任清单表\n");
    expect(fixed).toContain("\n　　附件：1.赣州市深化质量强市建设重点任务分工及部门责任清单表\n");
    expect(fixed).toContain("\n制造业产品质量合格率\t%\t94\n");
    expect(fixAll(fixed).text).toBe(fixed);
    expect(analyze(fixed).findings).toEqual([]);
  });

  it("reads the same with a space after every line, as some viewers copy: no finding of its own, nothing else read otherwise", () => {
    // Spaces at a line's end are neither seen nor printed: no rule reports them alone, and the
    // hard-wrap fix that joins the lines drops them with the break (structure/hard-wrap's doc).
    const padded = text.replace(/(\S)(?=\n|$)/g, "$1 ");
    const lineOfPadded = (offset: number) => padded.slice(0, offset).split("\n").length;
    expect(analyze(padded).findings.map((finding) => `${lineOfPadded(finding.start)} ${finding.rule} ${finding.message}`)).toEqual(analyze(text).findings.map((finding) => `${lineOf(finding.start)} ${finding.rule} ${finding.message}`));
    expect(extractTargets(buildPlan(padded)).targets.map((target) => [target.indicator, target.value, target.unit])).toEqual(extractTargets(buildPlan(text)).targets.map((target) => [target.indicator, target.value, target.unit]));
    const fixed = fixAll(padded).text;
    expect(wordsOf(fixed)).toBe(wordsOf(fixAll(text).text));
    expect(fixAll(fixed).text).toBe(fixed);
  });
});

