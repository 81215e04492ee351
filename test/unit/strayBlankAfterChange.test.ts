import { describe, expect, it } from "vitest";
import { parseSyntax } from "../../server/src/core/syntax/parse";

/**
 * grammar/plan.peggy StrayBlankAfterChange: a change's verb alone (ChangeVerb, the comparator's own
 * words) with one narrow space (NarrowSpace: any Ws but the full-width one) before a clause's mark
 * is no target; a wider gap is a blank target, and a comparator that lost its object (达到, 提高到,
 * 保持在) is one whatever the gap.
 */
function targetsOf(text: string): Array<[string, boolean]> {
  const line = parseSyntax(`${text}\n`).document.lines[0]!;
  const parts = line.kind === "text" ? line.parts : [];
  return parts.flatMap((part) => (part.type === "target" ? [[part.comparator, part.blank] as [string, boolean]] : []));
}

describe("a change's verb before a clause's mark", () => {
  it.each(["开展质量提升 。", "满意度持续提升\t，", "合格率稳步提高\u00a0；", "能耗下降 、", "保持 。", "有所减少 ,", "实现突破 ;", "质量提\u200b升 。"])("with one narrow space is no target: %j", (text) => {
    expect(targetsOf(text)).toEqual([]);
  });

  it.each([
    ["开展质量提升  。", "提升"],
    ["开展质量提升\u3000。", "提升"],
    ["开展质量提升 \u3000。", "提升"],
    ["合格率提高到 。", "提高到"],
    ["合格率保持在 。", "保持在"],
    ["合格率达到 。", "达到"],
    ["能耗降至 。", "降至"],
  ])("with a wider gap, or after a comparator that lost its object, is a blank target: %j", (text, comparator) => {
    expect(targetsOf(text)).toEqual([[comparator, true]]);
  });

  it("reads the figure after one narrow space as before", () => {
    expect(targetsOf("合格率提升 95%。")).toEqual([["提升", false]]);
    expect(targetsOf("合格率保持 98%以上。")).toEqual([["保持", false]]);
  });
});
