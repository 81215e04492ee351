import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { outlineEntries, type OutlineEntry } from "../../server/src/core/outline";
import { extractTargets } from "../../server/src/core/targets/extract";
import { PositionMapper } from "../../server/src/core/text/positions";
import { readSeed, SEED_NAMES } from "../support/seeds";

/**
 * A plan copied from WPS or a web page writes its figures full-width: every digit in
 * U+FF10–FF19, `％` for `%`, `．` for a figure's point (`９８．５％`, a marker's `１．`), and
 * U+3000 where the page had a space. The copy reads as the plan it is: the same outline, the
 * same clauses, the same targets (values, years), the same findings but text/full-width-alnum's.
 * Every replacement is one code unit for one, so offsets compare as they are.
 */
export function wpsCopy(text: string): string {
  return text
    .replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))
    .replace(/%/g, "％")
    .replace(/(?<=[０-９])\./g, "．")
    .replace(/ /g, "\u3000");
}

/** A string of either copy as the clean plan writes it, for the words a reading keeps as written. */
function narrow(value: string): string {
  return value
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/％/g, "%")
    .replace(/(?<=[0-9])．/g, ".")
    .replace(/\u3000/g, " ");
}

function outlineOf(entries: readonly OutlineEntry[]): unknown[] {
  return entries.map((entry) => ({
    kind: entry.kind,
    level: entry.level,
    marker: narrow(entry.marker),
    number: entry.number,
    title: narrow(entry.title),
    range: entry.range,
    children: outlineOf(entry.children),
  }));
}

/** What a reader takes from a plan, every string as the clean plan writes it. */
function reading(text: string) {
  const { plan, findings } = analyze(text);
  const mapper = new PositionMapper(text);
  const extraction = extractTargets(plan);
  return {
    outline: outlineOf(outlineEntries(plan, mapper)),
    clauses: plan.clauses.map((clause) => `${clause.start}-${clause.end} ${clause.units.map((unit) => narrow(unit.text)).join("、")}`),
    targets: extraction.targets.map((target) => ({
      at: `${target.start}-${target.end}`,
      kind: target.kind,
      indicator: narrow(target.indicator),
      comparator: target.comparator,
      value: target.value,
      upper: target.upper,
      unit: narrow(target.unit),
      sense: target.sense,
      horizon: target.horizon,
      baseYear: target.baseYear,
      baseValue: target.baseValue,
      inGoals: target.inGoals,
      baseline: target.baseline,
    })),
    period: extraction.period,
    planYear: extraction.planYear,
    markerStarts: new Set(plan.allItems.map((item) => item.start)),
    findings: findings.filter((finding) => finding.rule !== "text/full-width-alnum").map((finding) => `${finding.rule}@${finding.start}-${finding.end}`),
  };
}

describe("a plan copied from WPS or a web page, its figures full-width", () => {
  it("the copy changes every figure and keeps every offset", () => {
    const text = "到2025年，合格率达到98.5%， 1. 加强";
    const wide = wpsCopy(text);
    expect(wide).toBe("到２０２５年，合格率达到９８．５％，\u3000１．\u3000加强");
    expect(wide.length).toBe(text.length);
  });

  it("a year range in full-width digits is the range it is, a code that holds digits none", () => {
    const ranges = (text: string) => analyze(`示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标。${text}\n`).findings.filter((finding) => finding.rule === "punct/year-range").map((finding) => finding.start);
    const text = "实施期限为２０２３-２０２７年，规划期（２０２１－２０３５）。";
    expect(ranges(text)).toEqual(ranges(text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))));
    expect(ranges(text)).toHaveLength(2);
    expect(ranges("执行ＧＢ／Ｔ ２０２１-２０２３，编号ＡＢ２０２１-２０２３年不是年份起止。")).toEqual([]);
  });

  it("a number text recognition misread is the same finding, its fix in the run's own width", () => {
    const misread = (text: string) =>
      analyze(`示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标\n${text}\n`).findings
        .filter((finding) => finding.rule === "text/ocr-digit")
        .map((finding) => ({ at: `${finding.start}-${finding.end}`, digits: finding.fix!.edits.map((edit) => edit.newText).join("") }));
    const text = "到2O25年，培育省级质量标杆企业l0家以上，到2〇27年，实施期为2O25—2O27年。";
    expect(misread(wpsCopy(text))).toEqual(misread(text).map(({ at, digits }) => ({ at, digits: wpsCopy(digits) })));
    expect(misread(wpsCopy(text))).toHaveLength(5);
    // The letters full-width too, as a WPS copy of a scan's text layer writes them.
    expect(misread("到２Ｏ２５年，达到ｌ０个。").map(({ digits }) => digits)).toEqual(["２０２５", "１０"]);
  });

  it("a 成文日期 typed as one run of digits is the same date, its fix in the run's own width", () => {
    const notice = (date: string) => `示例市人民政府关于印发示例市质量品牌提升行动计划的通知\n各县（区）人民政府，市政府各部门：\n现将《示例市质量品牌提升行动计划》印发给你们，请认真贯彻执行。\n示例市人民政府\n${date}\n示例市质量品牌提升行动计划\n一、总体要求\n`;
    const runs = (text: string) => {
      const { plan, findings } = analyze(text);
      const dated = findings.filter((finding) => finding.rule === "structure/run-together-date");
      return { date: plan.metadata.date, findings: dated.map((finding) => ({ at: `${finding.start}-${finding.end}`, fixed: finding.fix?.edits.map((edit) => edit.newText).join("") })) };
    };
    for (const date of ["2024322", "20240322"]) {
      const clean = runs(notice(date));
      expect(clean.findings).toHaveLength(1);
      expect(runs(wpsCopy(notice(date)))).toEqual({ ...clean, findings: clean.findings.map(({ at, fixed }) => ({ at, fixed: wpsCopy(fixed!) })) });
    }
  });

  describe.each(SEED_NAMES)("%s", (name) => {
    const text = readSeed(name);
    const wide = wpsCopy(text);
    const clean = reading(text);
    const copy = reading(wide);

    it("has the same outline", () => expect(copy.outline).toEqual(clean.outline));
    it("has the same clauses", () => expect(copy.clauses).toEqual(clean.clauses));
    it("has the same targets, period and year", () => {
      expect(copy.targets).toEqual(clean.targets);
      expect(copy.period).toEqual(clean.period);
      expect(copy.planYear).toBe(clean.planYear);
    });
    it("has the same findings but text/full-width-alnum's, and marker-style's one for the markers' width", () => {
      // The copy's Arabic markers really are written otherwise (`１．`, `（１）`): the paste's habit,
      // which numbering/marker-style reports once, at the first of them, as text/full-width-alnum
      // reports the figures' — never one finding per marker.
      const cleanFindings = new Set(clean.findings);
      const markerWidth = copy.findings.filter((finding) => finding.startsWith("numbering/marker-style@") && !cleanFindings.has(finding));
      const arabic = analyze(text).plan.allItems.filter((item) => /^[0-9]+$/.test(item.marker.numeral)).length;
      expect(markerWidth.length).toBe(arabic >= 3 ? 1 : arabic);
      expect(copy.findings.filter((finding) => !markerWidth.includes(finding))).toEqual(clean.findings);
      const markers = copy.markerStarts;
      expect(markerWidth.every((finding) => markers.has(Number(/@(\d+)-/.exec(finding)![1])))).toBe(true);
    });
  });
});
