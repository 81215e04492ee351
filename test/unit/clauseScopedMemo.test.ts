import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { refusedAlone } from "../../server/src/core/fixes/applyFixes";
import { analyze, type AnalysisOptions } from "../../server/src/core/analyze";
import { ClauseScopedMemo } from "../../server/src/core/rules/clauseScopedMemo";
import { ALL_RULES } from "../../server/src/core/rules/index";
import { aliasUnit } from "../../server/src/core/rules/units/alias";
import { IncrementalParser } from "../../server/src/core/syntax/incremental";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { registryFor } from "../../server/src/core/units/registry";
import { readSeed, SEED_NAMES } from "../support/seeds";

/**
 * The server keeps the findings of the rules that read only the clauses (RuleMeta.reads) while
 * the clauses and the plan's unit context read as before (rules/clauseScopedMemo.ts). After any
 * edit the findings must be those of a fresh analysis, which keeps nothing.
 */
const json = (value: unknown) => JSON.stringify(value);
const CLAUSE_RULES = ALL_RULES.filter((rule) => rule.meta.reads === "clauses");

const PLAN = [
  "赣州市人民政府办公室关于印发赣州市质量强市建设实施方案的通知",
  "一、主要任务",
  "1.提升产品质量。开展质量提升行动。〔责任单位：市发展改革委、市发展改革委、市市场监管局、区住建局〕",
  "2.强化标准引领。制修订标准。(责任部门:市工信局，市财政局、、市商务局市农业农村局)",
  "3.推进质量基础设施建设。〔责任单位：市市场监管局，市科技局 、市统计局、市发改委〕",
  "",
].join("\n");

/** Analyses `versions` one after another as the server does, each against a fresh analysis. */
function typeThrough(versions: readonly string[], options: AnalysisOptions = {}): void {
  const parser = new IncrementalParser();
  for (const text of versions) {
    const kept = analyze(text, { ...options, syntax: parser.parse(text) });
    const fresh = analyze(text, options);
    expect(json(kept.findings)).toBe(json(fresh.findings));
  }
}

describe("clause rules' findings kept while typing", () => {
  afterEach(() => vi.restoreAllMocks());

  it("are not judged again when an edit leaves every clause as it was, and are moved with them", () => {
    const parser = new IncrementalParser();
    analyze(PLAN, { syntax: parser.parse(PLAN) });
    const check = vi.spyOn(aliasUnit, "check");
    const edited = PLAN.replace("开展质量提升行动", "深入开展质量提升行动");
    const kept = analyze(edited, { syntax: parser.parse(edited) });
    expect(check).not.toHaveBeenCalled();
    const fresh = analyze(edited);
    expect(fresh.findings.some((finding) => finding.rule === "units/alias")).toBe(true);
    expect(json(kept.findings)).toBe(json(fresh.findings));
    // The fixes are moved too: applying one gives the text a fresh analysis's fix gives.
    const alias = kept.findings.find((finding) => finding.rule === "units/alias")!;
    expect(json(alias.fix)).toBe(json(fresh.findings.find((finding) => finding.rule === "units/alias")!.fix));
  });

  it("keep the name a fix says it deletes: units/duplicate's fix, kept, passes the fix guard as a fresh one does", () => {
    const text = "一、主要任务\n1.开展质量提升行动。〔责任单位：市工信局、市财政局、市工信局〕\n";
    const parser = new IncrementalParser();
    analyze(text, { syntax: parser.parse(text) });
    const edited = text.replace("开展质量提升行动", "深入开展质量提升行动");
    const kept = analyze(edited, { syntax: parser.parse(edited) });
    const duplicate = kept.findings.find((finding) => finding.rule === "units/duplicate")!;
    expect(duplicate.fix!.deletes).toEqual(analyze(edited).findings.find((finding) => finding.rule === "units/duplicate")!.fix!.deletes);
    expect(refusedAlone(edited, kept, [duplicate.fix!]).size).toBe(0);
  });

  it("are judged again when a clause, the plan's context or the settings change", () => {
    const versions = [
      PLAN,
      // Names and marks typed in a clause, the clause as long as before, then longer.
      PLAN.replace("、市发改委〕", "、市科技委〕"),
      PLAN.replace("，市科技局", "、市科技局"),
      PLAN.replace("市科技局 、", "市科技局、"),
      // A clause added, then a task's text edited.
      `${PLAN}4.加强品牌建设。〔责任单位：市商务局、市发改委〕\n`,
      `${PLAN}4.加强品牌建设，打造区域品牌。〔责任单位：市商务局、市发改委〕\n`,
      // The title's place and level: another city, then a district (区住建局 is then its own).
      PLAN.replace(/赣州市/g, "南昌市"),
      PLAN.replace(/赣州市人民政府办公室关于印发赣州市/, "章贡区人民政府办公室关于印发章贡区"),
      // Front matter that declares the level.
      `---\n层级: 省\n---\n${PLAN}`,
      PLAN,
    ];
    typeThrough(versions);
    typeThrough(versions, { config: { rules: { "units/alias": ["warning", { prefer: "canonical" }], "units/level": "error" } } });
  });

  it("are judged again when a pasted table's columns change, its rows unchanged", () => {
    const table = (lead: string) =>
      `${PLAN}附件\n重点任务分工表\n序号\t重点任务\t${lead}\t配合单位\n1\t提升产品质量\t市发改委\t市发展改革委、市工信局\n2\t强化标准引领\t市工信局\t市财政局，市商务局\n`;
    typeThrough([table("牵头单位"), table("责任单位"), table("备注"), table("牵头单位")]);
  });

  it("hold over every seed plan edited in its middle, its start and a clause", () => {
    for (const name of SEED_NAMES) {
      const text = readSeed(name);
      const middle = text.lastIndexOf("\n", text.length >> 1) + 3;
      const clause = text.indexOf("局、");
      typeThrough([text, text.slice(0, middle) + "的" + text.slice(middle), text, `关于${text}`, clause > 0 ? text.slice(0, clause) + "局局、" + text.slice(clause + 2) : text]);
    }
  });
});

describe("RuleMeta.reads: clauses", () => {
  it("is said of rules whose every finding and edit lies inside a clause", () => {
    expect(CLAUSE_RULES.length).toBeGreaterThanOrEqual(6);
    const fixtures = join(__dirname, "..", "rules", "fixtures", "units");
    const texts = [
      ...SEED_NAMES.map(readSeed),
      ...readdirSync(fixtures)
        .filter((name) => name.endsWith(".plan") && !name.endsWith(".fixed.plan"))
        .map((name) => readFileSync(join(fixtures, name), "utf8")),
    ];
    let findings = 0;
    for (const text of texts) {
      const analysis = analyze(text);
      const clauses = analysis.plan.clauses;
      const inside = (start: number, end: number) => clauses.some((clause) => clause.start <= start && end <= clause.end);
      for (const finding of analysis.findings) {
        if (!CLAUSE_RULES.some((rule) => rule.meta.id === finding.rule)) continue;
        findings++;
        expect(inside(finding.start, finding.end), `${finding.rule}: ${finding.message}`).toBe(true);
        for (const fix of [finding.fix, ...(finding.suggestions ?? [])]) for (const edit of fix?.edits ?? []) expect(inside(edit.start, edit.end), `${finding.rule}: ${fix!.description}`).toBe(true);
      }
    }
    expect(findings).toBeGreaterThan(20);
  });
});

describe("ClauseScopedMemo", () => {
  const registry = registryFor(undefined, undefined);
  const inputs = { registry, options: {}, severity: "warning" as const, context: "市" };
  const plan = buildPlan(PLAN);
  const unit = plan.clauses[0]!.units[0]!;
  const inClause = { start: unit.start, end: unit.end, message: "m", rule: "units/x", severity: "warning" as const };

  it("keeps no run with a finding outside every clause, or an internal one", () => {
    const memo = new ClauseScopedMemo();
    memo.remember("units/x", plan, inputs, [inClause, { ...inClause, start: 0, end: 2 }]);
    expect(memo.recall("units/x", plan, inputs)).toBeNull();
    memo.remember("units/x", plan, inputs, [{ ...inClause, internal: true }]);
    expect(memo.recall("units/x", plan, inputs)).toBeNull();
    memo.remember("units/x", plan, inputs, [inClause]);
    expect(json(memo.recall("units/x", plan, inputs))).toBe(json([inClause]));
  });

  it("recalls by every input, and keeps a few runs per rule, the latest first", () => {
    const memo = new ClauseScopedMemo(2);
    memo.remember("units/x", plan, inputs, [inClause]);
    expect(memo.recall("units/x", plan, { ...inputs, context: "县" })).toBeNull();
    expect(memo.recall("units/x", plan, { ...inputs, severity: "error" })).toBeNull();
    expect(memo.recall("units/x", plan, { ...inputs, options: {} })).toBeNull();
    expect(memo.recall("units/y", plan, inputs)).toBeNull();
    const other = buildPlan(PLAN.replace("市统计局", "市统计局、市税务局"));
    const third = buildPlan(PLAN.replace("市统计局", "市税务局"));
    memo.remember("units/x", other, inputs, []);
    expect(memo.recall("units/x", plan, inputs)).not.toBeNull();
    memo.remember("units/x", third, inputs, []);
    // Two kept: the plan (used last) and the third; the other made way.
    expect(memo.recall("units/x", plan, inputs)).not.toBeNull();
    expect(memo.recall("units/x", buildPlan(third.text), inputs)).toEqual([]);
    expect(memo.recall("units/x", buildPlan(other.text), inputs)).toBeNull();
  });
});
