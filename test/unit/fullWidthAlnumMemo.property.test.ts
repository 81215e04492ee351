import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { proseParagraphs } from "../../server/src/core/punct/prose";
import { paragraphRuns, uncachedRuns } from "../../server/src/core/rules/text/fullWidthAlnum";
import { readSeed, SEED_NAMES } from "../support/seeds";

/**
 * text/full-width-alnum remembers each paragraph's runs by its text, the character on either
 * side and its owned spans (punct/paragraphMemo.ts). Whatever stood before — the same words
 * after a digit, a space or a pipe, at a cell's edge, before a half-width digit that a
 * full-width one follows — the remembered runs must be those a fresh scan finds there, and the
 * rule's findings those of a process that never saw the text.
 */
const RUNS = Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 300);

// Few words, many surroundings: the same paragraph text keeps coming back in new places.
const WORDS = ["２０２５年", "２0", "0５", "8６．５", "ＧＤＰ", "ISO　9001", "ＩＳＯ　９００１", "９５％", "95％", "％", "达到", "ＸＸ", "中发〔２０２２〕１７号", "赣府发〔2023〕1号", "https://a.cn/ＡＢ", "合格率"];
const AROUND = ["一、", "（一）", "1.", "2", "5", "５", "a", "Ａ", " ", "  ", "　", "　　", "\t", "|", "｜", "。", "\n", "\n　　", "\n1.", "// 注释\n", " // 注\n", "　// 注\n", "\u2028", "\u000b", "〔责任单位：市工信局〕", "(责任单位:市工信局,市财政局)", "（市工信局、ＸＸ局按职责分工负责）"];
const piece = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...AROUND));
const soup = fc.array(piece, { minLength: 1, maxLength: 24 }).map((parts) => parts.join(""));
/** An insertion or a deletion at a place given as a fraction of the text's length. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(3), insert: fc.oneof(fc.constant(""), piece) });

function applied(text: string, change: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(change.at * text.length);
  return text.slice(0, at) + change.insert + text.slice(at + change.remove);
}

function expectSameRuns(text: string): void {
  const plan = buildPlan(text);
  for (const paragraph of proseParagraphs(plan)) {
    const where = `${JSON.stringify(text.slice(paragraph.start, paragraph.end))} in ${JSON.stringify(text)}`;
    expect(paragraphRuns(plan, paragraph), where).toEqual(uncachedRuns(plan, paragraph));
  }
}

const findingsOf = (analyse: typeof analyze, text: string) =>
  analyse(text, { speed: "fast" })
    .findings.filter((finding) => finding.rule === "text/full-width-alnum")
    .map((finding) => ({ start: finding.start, end: finding.end, message: finding.message, edits: finding.fix?.edits }));

describe("text/full-width-alnum's remembered runs", () => {
  it("equal a fresh scan wherever the paragraph stands, across edits", () => {
    fc.assert(
      fc.property(soup, fc.array(edit, { maxLength: 8 }), (start, changes) => {
        let text = start;
        expectSameRuns(text);
        for (const change of changes) expectSameRuns((text = applied(text, change)));
      }),
      { numRuns: RUNS },
    );
  });

  it("equal a fresh scan in texts of a few characters, where short paragraphs meet again in new places", () => {
    // Paragraphs of one or two characters (`％`, `５`) recur often, each time beside other spaces, separators and line breaks.
    const tiny = fc.array(fc.constantFrom("％", "５", "5", "Ａ", "a", "．", "　", " ", "\t", "｜", "\n", "\u2028", "\r\n", "1."), { minLength: 1, maxLength: 30 }).map((parts) => `示例方案\n${parts.join("")}`);
    fc.assert(
      fc.property(fc.array(tiny, { minLength: 2, maxLength: 6 }), (texts) => texts.forEach(expectSameRuns)),
      { numRuns: RUNS },
    );
  });

  it("tell a paragraph apart by what lies past the spaces at its edge", () => {
    // A paragraph ends before its trailing spaces: the same `％` before `　` is no cell's where
    // the line ends in `\n`, and a cell's where it ends in a line break written as a character
    // (Word's U+000B, U+2028: syntax/parse.ts), which cellEdge reads as no line's end.
    for (const text of ["示例方案\n％　\u2028", "示例方案\n％　\n", "示例方案\n％　\u000b", "示例方案\n％　// 注\n", "示例方案\n　％\n", "示例方案\n1.　％\n"]) {
      expectSameRuns(text);
    }
  });

  it("give the findings of a process that never saw the text, on edited seeds", async () => {
    const texts = SEED_NAMES.flatMap((name) => {
      const seed = readSeed(name);
      const middle = seed.indexOf("\n", seed.length >> 1) + 1;
      // Full-width digits and a ％ cell in the middle of a real plan, and the plan itself.
      return [seed, `${seed.slice(0, middle)}　　到２０２５年，合格率达到９５％。\n指标\t％\t９５\n${seed.slice(middle)}`];
    });
    const warm = texts.map((text) => findingsOf(analyze, text));
    for (const [i, text] of texts.entries()) {
      vi.resetModules();
      const fresh = (await import("../../server/src/core/analyze")).analyze;
      expect(warm[i], `text ${i}`).toEqual(findingsOf(fresh, text));
    }
  }, 120_000);
});
