import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

const RULE = "config/unused-directive";
const unused = (text: string, options: Parameters<typeof analyze>[1] = {}) =>
  analyze(text, options)
    .findings.filter((f) => f.rule === RULE)
    .map((f) => text.slice(f.start, f.end));

/** `（三）` after `（一）` is a numbering/sequence finding a directive can suppress. */
const BREAK = "一、总体要求\n（一）指导思想\n";

describe("config/unused-directive", () => {
  it("says nothing about a directive that suppresses a finding", () => {
    expect(unused(`${BREAK}// plancheck-disable-next-line numbering/sequence\n（三）工作目标\n`)).toEqual([]);
    expect(unused(`${BREAK}// plancheck-disable-next-line\n（三）工作目标\n`)).toEqual([]);
    expect(unused(`${BREAK}// plancheck-disable numbering/sequence\n（三）工作目标\n// plancheck-enable numbering/sequence\n`)).toEqual([]);
  });

  it("reports a directive, or the rule id of a list, that suppresses nothing, on the id", () => {
    expect(unused(`${BREAK}// plancheck-disable-next-line numbering/sequence\n（二）工作目标\n`)).toEqual(["numbering/sequence"]);
    expect(unused(`${BREAK}// plancheck-disable-next-line units/duplicate, numbering/sequence\n（三）工作目标\n`)).toEqual(["units/duplicate"]);
    expect(unused(`${BREAK}// plancheck-disable-next-line\n（二）工作目标\n`)).toEqual(["plancheck-disable-next-line"]);
  });

  it("reports a disable … enable pair that suppresses nothing, and an enable that closes nothing", () => {
    expect(unused(`${BREAK}// plancheck-disable numbering/sequence\n（二）工作目标\n// plancheck-enable numbering/sequence\n`)).toEqual(["numbering/sequence", "numbering/sequence"]);
    expect(unused(`${BREAK}// plancheck-enable units/duplicate\n`)).toEqual(["units/duplicate"]);
    // A second disable of a rule already disabled changes nothing.
    expect(unused(`// plancheck-disable numbering/sequence\n${BREAK}（三）工作目标\n// plancheck-disable numbering/sequence\n（五）工作目标\n`)).toEqual(["numbering/sequence"]);
  });

  it("counts every directive covering a finding as used", () => {
    expect(unused(`${BREAK}// plancheck-disable numbering/sequence\n// plancheck-disable-next-line numbering/sequence\n（三）工作目标\n`)).toEqual([]);
  });

  it("calls a directive for a rule turned off unused: it suppresses nothing", () => {
    const text = `${BREAK}// plancheck-disable-next-line numbering/sequence\n（三）工作目标\n`;
    expect(unused(text, { config: { rules: { "numbering/sequence": "off" } } })).toEqual(["numbering/sequence"]);
  });

  it("leaves unknown rule ids to config/unknown-rule", () => {
    const text = `${BREAK}// plancheck-disable-next-line numbering/no-such-rule\n（二）工作目标\n`;
    expect(unused(text)).toEqual([]);
    expect(analyze(text).findings.map((f) => f.rule)).toContain("config/unknown-rule");
  });

  it("cannot itself be suppressed: a directive naming it suppresses nothing", () => {
    const text = `${BREAK}// plancheck-disable ${RULE}\n// plancheck-disable-next-line numbering/sequence\n（二）工作目标\n`;
    expect(unused(text)).toEqual([RULE, "numbering/sequence"]);
  });

  it("runs while typing too (the fast analysis judges the directives of the rules that ran)", () => {
    expect(unused(`${BREAK}// plancheck-disable-next-line numbering/sequence\n（二）工作目标\n`, { speed: "fast" })).toEqual(["numbering/sequence"]);
  });

  it("is fixed by removing the directive line or the unused id; a reason after the directive is never removed in bulk", () => {
    const text = `${BREAK}// plancheck-disable-next-line units/duplicate, numbering/sequence\n（三）工作目标\n// plancheck-disable-next-line numbering/sequence\n（四）基本原则\r\n// plancheck-disable-next-line numbering/sequence -- 待核实\n（五）保障措施\n`;
    const fixed = fixAll(text).text;
    expect(fixed).toBe(`${BREAK}// plancheck-disable-next-line numbering/sequence\n（三）工作目标\n（四）基本原则\r\n// plancheck-disable-next-line numbering/sequence -- 待核实\n（五）保障措施\n`);
    const withReason = analyze(fixed).findings.find((f) => f.rule === RULE)!;
    expect(withReason.fix).toBeUndefined();
    expect(withReason.suggestions?.[0]?.description).toBe("删除未使用的指令（连同其后的说明）");
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("removes the first of several ids with the separator after it, and leaves unknown ids to their own rule", () => {
    const text = `${BREAK}// plancheck-disable-next-line units/duplicate，numbering/sequence\n（三）工作目标\n// plancheck-disable-next-line numbering/sequence 达到\n（四）基本原则\n`;
    expect(fixAll(text).text).toBe(`${BREAK}// plancheck-disable-next-line numbering/sequence\n（三）工作目标\n// plancheck-disable-next-line 达到\n（四）基本原则\n`);
  });
});
