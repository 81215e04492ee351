import { describe, expect, it } from "vitest";
import { unclosedBefore, type BracketMarks } from "../../server/src/core/text/brackets.js";
import { codeUnitSet } from "../../server/src/core/text/codeUnits.js";

/**
 * text/brackets.ts `unclosedBefore`: the one look back for a bracket still open, which the
 * model's clause readings (a clause across lines, a registered bare clause, a name's bracketed
 * part) and the completion's clause context all ask.
 */
const ALL: BracketMarks = { openers: codeUnitSet("〔（(【"), closers: codeUnitSet("〕）)】"), stops: codeUnitSet("。！？!?") };
const ROUND_NO_NESTING: BracketMarks = { openers: codeUnitSet("（("), closers: new Set(), stops: codeUnitSet("）)。！？") };

const look = (text: string, marks: BracketMarks = ALL, from = 0, offset = text.length) => unclosedBefore(text, from, offset, marks);

describe("unclosedBefore", () => {
  it("finds the bracket still open at the offset", () => {
    const text = "推进质量提升〔责任单位：市工信局、";
    expect(look(text)).toBe(text.indexOf("〔"));
  });

  it("skips the pairs closed before the offset, nested or not", () => {
    const text = "〔责任单位：市委组织部（市委人才办）、市科技局（（甲）乙）、";
    expect(look(text)).toBe(0);
  });

  it("gives -1 where every bracket is closed, or none is there", () => {
    expect(look("〔责任单位：市工信局〕")).toBe(-1);
    expect(look("推进质量提升")).toBe(-1);
    expect(look("")).toBe(-1);
  });

  it("stops at a mark of its stops: a bracket open before a sentence's end is not found", () => {
    expect(look("（说明。推进质量提升")).toBe(-1);
    // A stop inside a closed pair ends the look as well: the look reads no sentence back.
    expect(look("（甲（乙。丙）")).toBe(-1);
  });

  it("looks no further back than `from`, nor past `offset`", () => {
    const text = "〔责任单位：市工信局、市科技局";
    expect(look(text, ALL, 1)).toBe(-1);
    expect(look(text, ALL, 0, 0)).toBe(-1);
    // From just before a closer: where that closer's bracket opened.
    const closed = "各街道（镇）";
    expect(look(closed, ALL, 0, closed.length - 1)).toBe(closed.indexOf("（"));
  });

  it("asked again from what it returned, finds the bracket open around it, outermost last", () => {
    const text = "〔责任单位：市委组织部（市委人才办、";
    const inner = look(text);
    expect(inner).toBe(text.indexOf("（"));
    expect(look(text, ALL, 0, inner)).toBe(0);
    expect(look(text, ALL, 0, 0)).toBe(-1);
  });

  it("with no closers and a closer among the stops, finds only a bracket with none inside it", () => {
    expect(look("各街道（镇", ROUND_NO_NESTING)).toBe(3);
    expect(look("市（甲）乙", ROUND_NO_NESTING)).toBe(-1);
    expect(look("市（甲）乙", ALL)).toBe(-1);
    expect(look("（市（甲）乙", ALL)).toBe(0);
  });

  it("counts only its own marks: a bracket of another kind is text", () => {
    const round: BracketMarks = { openers: codeUnitSet("（"), closers: codeUnitSet("）"), stops: new Set() };
    expect(look("（甲〔乙〕丙", round)).toBe(0);
    expect(look("〔甲（乙）丙", round)).toBe(-1);
  });
});
