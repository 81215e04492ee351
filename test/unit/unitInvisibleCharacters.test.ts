import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { normalizeUnitName } from "../../server/src/core/units/names";
import { buildRegistry } from "../../server/src/core/units/registry";

/**
 * Text pasted from a web page carries characters that take no room: a zero-width space
 * (U+200B), a byte-order mark inside the text (U+FEFF), a soft hyphen (U+00AD), a word joiner
 * (U+2060), directional marks. No unit is named with them, so a name is read without them:
 * `市市场<U+200B>监管局` is 市市场监管局, known, one writing of it. (That the text holds them is
 * a text rule's finding, not the units rules'.)
 */
const INVISIBLE = ["\u200b", "\ufeff", "\u00ad", "\u2060", "\u200d", "\u200e"];

const PLAN = (units: string) => `一、主要任务\n1.推进两化融合。开展融合贯标。〔责任单位：${units}〕\n2.加强标准化。实施标准化战略。〔责任单位：市市场监管局、市工信局〕\n`;

function unitsFindings(text: string) {
  return analyze(text).findings.filter((finding) => finding.rule.startsWith("units/"));
}

describe("a unit name holding invisible characters", () => {
  it.each(INVISIBLE.map((mark) => [`U+${mark.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, mark]))("is read without %s", (_code, mark) => {
    const text = PLAN(`市市场${mark}监管局、${mark}市工信局${mark}`);
    const [clause] = buildPlan(text).clauses;
    expect(clause!.units.map((unit) => unit.text)).toEqual(["市市场监管局", "市工信局"]);
    // Known, and the same writing as the plan's other 市市场监管局: neither unknown nor an alias.
    expect(unitsFindings(text)).toEqual([]);
  });

  it("is looked up without them, whoever asks", () => {
    const registry = buildRegistry(undefined);
    expect(normalizeUnitName("市市场\u200b监管局")).toBe("市市场监管局");
    expect(registry.resolve("市\u00ad科技局")).toMatchObject({ canonical: "市科技局" });
    expect(registry.isKnown("市委组织部（市委\u2060人才办）")).toBe(true);
  });

  it("still reports a real typo, named without them", () => {
    const text = PLAN("市市场监管局、市科\u200b枝局");
    expect(unitsFindings(text).map((finding) => [finding.rule, finding.message])).toEqual([["units/unknown", "“市科枝局”不在责任单位名录中，是否应为“市科技局”？"]]);
  });

  // An override changes the order the characters are shown in (市<U+202E>局信工 shows as 市工信局):
  // without it, the name is not what a reader sees either.
  it("keeps a directional override, and is no registry name with it", () => {
    const [clause] = buildPlan(PLAN("市\u202e局信工")).clauses;
    expect(clause!.units.map((unit) => unit.text)).toEqual(["市\u202e局信工"]);
    expect(unitsFindings(PLAN("市\u202e局信工")).map((finding) => finding.rule)).toEqual(["units/unknown"]);
  });

  it("ends one group in its 等 before a comma all the same", () => {
    const text = PLAN("市财政局等\u200b，各县（市、区）人民政府");
    const [clause] = buildPlan(text).clauses;
    expect(clause!.units.map((unit) => [unit.text, text.slice(unit.start, unit.end)])).toEqual([
      ["市财政局", "市财政局"],
      ["各县（市、区）人民政府", "各县（市、区）人民政府"],
    ]);
    expect(unitsFindings(text)).toEqual([]);
  });

  it("is no name at all when it holds nothing else", () => {
    const [clause] = buildPlan(PLAN("市市场监管局、\u200b、市工信局")).clauses;
    expect(clause!.units.map((unit) => unit.text)).toEqual(["市市场监管局", "市工信局"]);
  });
});
