import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { clauseInventory } from "../../server/src/core/fixes/clauseInventory";
import { invisibleRuns, labelledRun } from "../../server/src/core/text/invisible";

const RULE = "text/invisible-char";
const shown = (text: string) => text.replace(/\p{Cf}/gu, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);
const runsOf = (text: string) => invisibleRuns(text).map((run) => shown(text.slice(run.start, run.end)));
const deleted = (text: string) => {
  let out = "";
  let at = 0;
  for (const run of invisibleRuns(text)) {
    out += text.slice(at, run.start);
    at = run.end;
  }
  return out + text.slice(at);
};

describe("which format characters are invisible debris (text/invisible.ts)", () => {
  it("reports zero-width, soft hyphen, word joiner, bidi controls and a BOM inside the text, a run at a time", () => {
    expect(runsOf("质量\u200b强市")).toEqual(["<U+200B>"]);
    expect(runsOf("质量\u200b\u200c\u200d\u2060强市")).toEqual(["<U+200B><U+200C><U+200D><U+2060>"]);
    expect(runsOf("ISO\u00ad9001")).toEqual(["<U+00AD>"]);
    expect(runsOf("开展\u202e动行\u202c活动")).toEqual(["<U+202E>", "<U+202C>"]);
    expect(runsOf("甲\u2066乙\u2069丙\u200e丁\u200f")).toEqual(["<U+2066>", "<U+2069>", "<U+200E>", "<U+200F>"]);
    expect(runsOf("一、总体要求\n\ufeff（一）指导思想")).toEqual(["<U+FEFF>"]);
  });

  it("leaves the BOM that opens the text, emoji sequences, a flag's tags and the scripts that use them", () => {
    expect(runsOf("\ufeff一、总体要求")).toEqual([]);
    expect(runsOf("家庭👨\u200d👩\u200d👧，👍🏽\u200d")).toEqual(["<U+200D>"]);
    expect(runsOf("🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}")).toEqual([]);
    // A tag that follows no flag is debris, and is reported whole (its two code units).
    expect(invisibleRuns("质量\u{e0041}强市")).toEqual([{ start: 2, end: 4 }]);
    expect(runsOf("波斯文می\u200cخواهم，阿拉伯文\u200fمرحبا，泰文คุณภาพ\u200bสูง，蒙古文ᠠ\u180eᠠ")).toEqual([]);
    // Bidi overrides are reported beside any script: they show text in an order it is not written in.
    expect(runsOf("مرحبا\u202eabc")).toEqual(["<U+202E>"]);
  });

  it("reads a run's neighbours outside it, so the verdict on what is kept does not change when the rest goes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u{e0041}", "质", "a", "👨", "🏴", "م", "\n", " "), { maxLength: 20 }),
        (pieces) => {
          const text = pieces.join("");
          const once = deleted(text);
          expect(invisibleRuns(once)).toEqual([]);
          // Runs never split a surrogate pair.
          for (const run of invisibleRuns(text)) {
            expect(/[\uDC00-\uDFFF]/.test(text[run.start] ?? "")).toBe(false);
            expect(/[\uD800-\uDBFF]/.test(text[run.end - 1] ?? "")).toBe(false);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("writes a run out short: three or more of one character as a count", () => {
    expect(labelledRun("\u200b\u200b\u200b\u200b\u200c\u200c", 0, 6)).toBe("<U+200B>×4<U+200C><U+200C>");
  });
});

describe("text/invisible-char", () => {
  it("names the characters and their place in its message, one finding per run, with one fix", () => {
    const text = "一、总体要求\n（一）指导思想\n推进质量\u200b\u200b\u200b强市建设。\n";
    const findings = analyze(text).findings.filter((f) => f.rule === RULE);
    expect(findings.map((f) => [f.start, f.end, f.message, f.fix?.description])).toEqual([
      [19, 22, "“推进质量”与“强市建设”之间有 3 个看不见的字符<U+200B>×3（零宽空格），多为复制网页或 Word 文字时带入，应删除", "删除看不见的字符"],
    ]);
  });

  it("fixes a pasted line start into the item it showed (model/reading.ts reads it as one already), leaving visible spaces", () => {
    for (const lead of ["\u200b", "\u2003\u2003", "\ufeff", "\u3000\u200b"]) {
      const text = `一、总体要求\n（一）指导思想\n坚持质量第一。\n${lead}（二）工作要求\n推进质量强市建设。\n（三）工作措施\n开展质量提升行动。\n`;
      expect(fixAll(text).text, shown(lead)).toBe(text.replace(lead, lead.replace(/\p{Cf}/gu, "")));
    }
  });

  it("deleting never loses a clause or a unit, and fixing twice changes nothing", () => {
    const text = "一、主要任务\n\u200b（一）开展质量提升行动。〔责任\u200b单位：市市场\u200b监管局、\u200b市发改委〕\n（二）开展标准化行动。〔责任单位：市商务局\u2060〕\n";
    const before = clauseInventory(analyze(text).plan, {});
    const fixed = fixAll(text);
    expect(fixed.refused).toEqual([]);
    expect(fixed.text).toBe(text.replace(/\p{Cf}/gu, ""));
    const after = clauseInventory(analyze(fixed.text).plan, {});
    expect(after.clauses).toBeGreaterThanOrEqual(before.clauses);
    expect(after.units).toBeGreaterThanOrEqual(before.units);
    expect(fixAll(fixed.text).text).toBe(fixed.text);
  });
});
