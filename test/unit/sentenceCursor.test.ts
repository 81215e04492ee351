import { describe, expect, it } from "vitest";
import { SentenceCursor } from "../../server/src/core/targets/sentenceCursor";

/** Two lines of one plan: a sentence of stages, and a sentence striven for then committed to. */
const LINES = ["2026年建成示范街区5个，2027年新增3个；培训人员500人次，力争建成快检室10个；确保服务企业200家。", "力争到2027年，建成站点5个，确保新增企业20家；开展培训30场次。"];
const TEXT = LINES.join("\n");
const FLOORS = [0, LINES[0]!.length + 1];

/** What each reading says at `at`, from a cursor that has read nothing yet. */
function fresh(floor: number, at: number): [number, boolean, boolean] {
  const cursor = new SentenceCursor(TEXT, 2026);
  cursor.reset(floor);
  const clause = cursor.clauseStart(at);
  return [clause, cursor.strives(Math.max(floor, clause), at, false), cursor.laterYearBeforePart(floor + 5, at)];
}

describe("one cursor over a sentence's clause, its words and its ；-parts", () => {
  it("reads on, offset after offset and line after line, as a fresh cursor reads each", () => {
    const cursor = new SentenceCursor(TEXT, 2026);
    for (const [line, floor] of FLOORS.entries()) {
      cursor.reset(floor);
      for (let at = floor; at <= floor + LINES[line]!.length; at++) {
        const clause = cursor.clauseStart(at);
        const read: [number, boolean, boolean] = [clause, cursor.strives(Math.max(floor, clause), at, false), cursor.laterYearBeforePart(floor + 5, at)];
        expect(read, `line ${line}, at ${at}`).toEqual(fresh(floor, at));
      }
    }
  });

  it("starts afresh at an offset before the last one asked", () => {
    const cursor = new SentenceCursor(TEXT, 2026);
    cursor.reset(0);
    const late = LINES[0]!.indexOf("确保") + 4;
    cursor.clauseStart(late);
    expect(cursor.strives(cursor.clauseStart(late), late, false)).toBe(false);
    const striven = LINES[0]!.indexOf("力争") + 4;
    expect(cursor.strives(cursor.clauseStart(striven), striven, false)).toBe(true);
    expect(cursor.laterYearBeforePart(5, late)).toBe(true);
    expect(cursor.laterYearBeforePart(5, 10)).toBe(false);
  });
});
