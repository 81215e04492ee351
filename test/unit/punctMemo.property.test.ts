import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { halfWidthMarks, repeatedRuns, spacesBetweenHan, unbalancedMarks, uncachedDetectors } from "../../server/src/core/punct/marks";
import { proseParagraphs } from "../../server/src/core/punct/prose";
import { readSeed, SEED_NAMES } from "../support/seeds";

/**
 * The punctuation detectors remember their answers per paragraph text (punct/paragraphMemo.ts).
 * Whatever stood before — the same sentence after a digit or a Han character, at the start or
 * the end of the text, with a 发文字号, a comment or a clause the other families own — the
 * remembered answer must be the one the detector gives afresh, at the paragraph's place.
 */
const RUNS = Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 300);

const MEMOISED = { repeatedRuns, halfWidthMarks, unbalancedMarks, spacesBetweenHan };

// Few sentences, many surroundings: the same paragraph text keeps coming back in new places.
// A doubled mark at a paragraph's edge is judged by the character beyond it (the marker's 、 or
// .); a clause's half-width brackets and separators are units' business or punctuation's
// depending on the document's clause style, which the other clauses decide.
const SENTENCES = ["加强质量,提升效益", "1,000家(企业)", "，，ab", "ab，，", "。。质量", "省 级", "（未闭合", "“引号", "10:30召开", "https://a.cn/x,y", "赣府发〔2023〕1号", "a,b"];
const AROUND = [
  "一、", "（一）", "1.", "2", "质", "a", " ", "　", "。", "，", ",", "\n", "// 注释\n",
  "〔责任单位：市工信局、市财政局〕", "(责任单位:市工信局,市财政局)", "〔责任单位：市工信局,市财政局〕", "（市工信局、市财政局按职责分工负责）",
];
const soup = fc.array(fc.oneof(fc.constantFrom(...SENTENCES), fc.constantFrom(...AROUND)), { minLength: 1, maxLength: 24 }).map((parts) => parts.join(""));

function expectSameAnswers(text: string): void {
  for (const paragraph of proseParagraphs(buildPlan(text))) {
    for (const [name, memoised] of Object.entries(MEMOISED)) {
      const fresh = uncachedDetectors[name as keyof typeof uncachedDetectors](text, paragraph);
      expect(memoised(text, paragraph), `${name} of ${JSON.stringify(text.slice(paragraph.start, paragraph.end))} in ${JSON.stringify(text)}`).toEqual(fresh);
    }
  }
}

describe("the punctuation detectors' remembered answers", () => {
  it("equal a fresh detection wherever the paragraph stands", () => {
    fc.assert(
      fc.property(soup, (text) => expectSameAnswers(text)),
      { numRuns: RUNS },
    );
  });

  it("tell the same paragraph text apart by the character before it", () => {
    // `。。` between Latin letters is reported only when a Chinese character or mark touches it:
    // here the marker's `）` does, the `.` of `1.` does not.
    for (const text of ["示例方案\n1.。。ab\n", "示例方案\n（一）。。ab\n", "示例方案\n1.。。ab\n"]) expectSameAnswers(text);
  });

  it("tell the same paragraph text apart by the spans the other families own in it", () => {
    // A half-width clause alone is punctuation's to report; among standard 〔〕 clauses its
    // brackets and separators are units/clause-style's, and punctuation leaves them alone.
    const clause = "1.任务。(责任单位:市工信局,市财政局)\n";
    const standard = "〔责任单位：市工信局、市财政局〕";
    for (const text of [`示例方案\n${clause}`, `示例方案\n2.任务。${standard}\n3.任务。${standard}\n${clause}`, `示例方案\n${clause}`]) expectSameAnswers(text);
  });

  it("equal a fresh detection on the seeds, and on the seeds again behind another first line", () => {
    for (const name of SEED_NAMES) {
      const seed = readSeed(name);
      expectSameAnswers(seed);
      expectSameAnswers(`1${seed}`);
      expectSameAnswers(`${seed.trimEnd()},`);
    }
  });
});
