import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";

/**
 * A clause a line break cuts (text copied out of a PDF, whose measure ends a line wherever it
 * falls) is read as the same clause on one line: the same labels and roles, the same names —
 * a name the break cuts (市科 / 技局) is the name joined (市科技局) — and the break is its one
 * finding, units/clause-line-break, whose fix gives back the clause on one line.
 */
const CLAUSES = [
  "〔责任单位：市市场监管局、市科技局〕",
  "〔牵头单位：市市场监管局；配合单位：市工信局、市商务局〕",
  "〔责任单位：市市场监管局牵头，市工信局、市科技局配合〕",
  "（市市场监管局、市工信局按职责分工负责）",
  "〔责任单位：市委组织部（市委人才办）、各县（市、区）人民政府〕",
];

const TASK = "一、主要任务\n（一）加强质量基础设施建设。推进计量、标准体系建设。";

function reading(text: string) {
  return buildPlan(text).clauses.map((clause) => ({
    form: clause.form,
    segments: clause.segments.map((segment) => ({ label: segment.label, role: segment.role, units: segment.units.map((unit) => unit.text) })),
  }));
}

/** The clause with a line break put after its `at`-th code unit. */
function brokenAt(clause: string, at: number): string {
  return `${TASK}${clause.slice(0, at)}\n${clause.slice(at)}\n`;
}

describe("a clause a line break cuts", () => {
  it.each(CLAUSES)("is read as on one line wherever the break falls: %s", (clause) => {
    const whole = reading(`${TASK}${clause}\n`);
    expect(whole).toHaveLength(1);
    for (let at = 1; at < clause.length; at++) {
      const text = brokenAt(clause, at);
      expect(reading(text), text).toEqual(whole);
      // The break is the one finding: no open bracket, no paragraph without its end.
      const findings = analyze(text).findings.map((finding) => finding.rule);
      expect(findings, text).toEqual(["units/clause-line-break"]);
      expect(fixAll(text).text).toBe(`${TASK}${clause}\n`);
    }
  });

  it.each(CLAUSES)("is the same clause with a task after it, wherever one or two breaks fall, and each break's fix alone keeps it: %s", (clause) => {
    // A line a break begins with 、 (`〔责任单位：市市场监管局` / `、市科技局〕`) is no chapter whose
    // numeral was lost, though a task follows it as one would follow a chapter's heading.
    const next = "（二）推进品牌建设。培育知名品牌。〔责任单位：市商务局〕\n";
    const whole = reading(`${TASK}${clause}\n${next}`);
    expect(whole).toHaveLength(2);
    for (let first = 1; first < clause.length; first++) {
      for (let second = first; second < clause.length; second++) {
        const broken = second === first ? [clause.slice(0, first), clause.slice(first)] : [clause.slice(0, first), clause.slice(first, second), clause.slice(second)];
        const text = `${TASK}${broken.join("\n")}\n${next}`;
        expect(reading(text), text).toEqual(whole);
        // The editor applies one quick fix at a time: after either, the clause is still read.
        for (const finding of analyze(text).findings) {
          if (finding.rule !== "units/clause-line-break") continue;
          const edit = finding.fix!.edits[0]!;
          const once = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
          expect(reading(once), once).toEqual(whole);
        }
      }
    }
  });

  it("is joined whole by the fix of either of its breaks, the same fix: a middle line joined alone could read as an item", () => {
    // `3` / `、市农业农村局…〕` joined alone is `3、市农业农村局…〕`, a task of its own.
    const text = `${TASK}〔责任单位：市市场监管局\n3\n、市农业农村局、市卫健委〕\n（二）推进品牌建设。培育知名品牌。〔责任单位：市商务局〕\n`;
    const breaks = analyze(text).findings.filter((finding) => finding.rule === "units/clause-line-break");
    expect(breaks).toHaveLength(2);
    const joined = `${TASK}〔责任单位：市市场监管局3、市农业农村局、市卫健委〕\n（二）推进品牌建设。培育知名品牌。〔责任单位：市商务局〕\n`;
    for (const finding of breaks) {
      expect(finding.fix!.description).toBe("删除 2 处换行，把责任分工接成一行");
      const edits = [...finding.fix!.edits].sort((a, b) => b.start - a.start);
      expect(edits.reduce((result, edit) => result.slice(0, edit.start) + edit.newText + result.slice(edit.end), text)).toBe(joined);
    }
    expect(fixAll(text).text).toBe(joined);
  });

  it("goes on over a line that would otherwise read as a heading whose marker was lost", () => {
    // Between 一、 and 三、 with a task under it, `市农业农村局、市卫健委〕` looked like 二、's lost heading
    // (numbering/missing-numeral wrote 二、 into the clause), as a short line closing a paragraph
    // looks like the next heading of a run; both go on with the clause opened above them.
    const chapters = "一、总体要求\n开展质量提升行动。〔责任单位：市市场监管局、\n市农业农村局、市卫健委〕\n1.提升公共服务质量效率。推进政务服务标准化。〔责任单位：市行政审批局〕\n三、保障措施\n";
    const headings = "一、总体要求\n（一）指导思想\n坚持质量第一。\n推进质量强市建设。〔责任单位：市市场监管局、\n市农业农村局〕\n深化质量提升行动。\n二、主要任务\n";
    for (const text of [chapters, headings]) {
      expect(buildPlan(text).clauses.map((clause) => clause.units.length), text).toContain(text === chapters ? 3 : 2);
      expect(analyze(text).findings.filter((finding) => finding.rule === "numbering/missing-numeral"), text).toEqual([]);
    }
  });

  it("keeps a broken name's span in the document and names the name joined", () => {
    const text = `${TASK}〔责任单位：市市场监管局、市科\n技局〕\n`;
    const [clause] = buildPlan(text).clauses;
    const unit = clause!.units[1]!;
    expect(unit.text).toBe("市科技局");
    expect(text.slice(unit.start, unit.end)).toBe("市科\n技局");
    const [finding] = analyze(text).findings;
    expect(finding).toMatchObject({ rule: "units/clause-line-break", message: "责任单位“市科技局”被换行断开，责任分工被拆成了两段，应写在一行之内" });
    expect(finding!.fix!.description).toBe("删除换行，接成“市科技局”");
  });

  it("goes on over several lines, and its indentation is the break's", () => {
    const text = `${TASK}〔牵头单位：市市场监\n  管局；配合单位：市工\n  信局、市商务局〕\n`;
    expect(reading(text)).toEqual(reading(`${TASK}〔牵头单位：市市场监管局；配合单位：市工信局、市商务局〕\n`));
    expect(fixAll(text).text).toBe(`${TASK}〔牵头单位：市市场监管局；配合单位：市工信局、市商务局〕\n`);
  });

  it("is not read over a numbered item, a sentence's end or a trailing comment", () => {
    expect(reading(`${TASK}〔责任单位：市市场监管局、市科\n1.技局〕\n`)).toEqual([]);
    expect(reading(`${TASK}〔责任单位：市市场监管局、市科\n技局。〕\n`)).toEqual([]);
    expect(reading(`${TASK}〔责任单位：市市场监管局、市科 // 注\n技局〕\n`)).toEqual([]);
  });
});
