import { applyPatch, createTwoFilesPatch, formatPatch } from "diff";
import * as diff from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchoredPatch } from "../../server/src/cli/format/anchoredPatch";
import { cpuMs } from "../support/growth";

const patchOf = (before: string, after: string) => formatPatch(anchoredPatch(diff, "a/p.plan", "b/p.plan", before, after));

/** Lines of a plan, each its own (`1.开展第N项工作。`), some of them changed as fixes change them. */
function plan(lines: number, changeEvery: number): { before: string; after: string } {
  const before: string[] = [];
  const after: string[] = [];
  for (let i = 0; i < lines; i++) {
    before.push(`${(i % 9) + 1}.开展第${i}项工作，，加强监管。`);
    after.push(i % changeEvery === 0 ? `${(i % 9) + 1}.开展第${i}项工作，加强监管。` : before[i]!);
  }
  return { before: before.join("\n") + "\n", after: after.join("\n") + "\n" };
}

describe("--fix-dry-run's diff, cut where the texts agree", () => {
  it("is the library's diff of the whole texts where that is small", () => {
    const { before, after } = plan(200, 17);
    expect(patchOf(before, after)).toBe(createTwoFilesPatch("a/p.plan", "b/p.plan", before, after, "", "", { context: 3 }));
  });

  it("applies to the text it was made from and gives the other, on any texts", () => {
    const line = fc.constantFrom("一、总体要求", "1.开展工作。", "2.加强监管。", "（一）指导思想", "", "〔责任单位：市工信局〕", "重复行", "重复行");
    const text = fc.tuple(fc.array(line, { maxLength: 40 }), fc.boolean()).map(([lines, ended]) => lines.join("\n") + (ended && lines.length > 0 ? "\n" : ""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(applyPatch(before, patchOf(before, after))).toBe(after);
      }),
      { numRuns: 500 },
    );
  });

  it("applies where a run of lines all changed, too many edits for one diff (1,000 `1.` lines renumbered)", () => {
    const before = `一、主要任务\n${"1.开展工作。\n".repeat(1000)}二、保障措施\n`;
    const after = `一、主要任务\n${Array.from({ length: 1000 }, (_, i) => `${i + 1}.开展工作。\n`).join("")}二、保障措施\n`;
    expect(applyPatch(before, patchOf(before, after))).toBe(after);
  });

  it("grows with the texts, not with their lines times the lines changed", () => {
    // Sixteen times the lines: linear is about 16, the whole-text diff (lines × lines changed)
    // about 256; the bound leaves a loaded machine three times linear.
    const small = plan(2_000, 7);
    const large = plan(32_000, 7);
    // Compiled first: a cold first run would make the small size look slow.
    patchOf(small.before, small.after);
    const times = [Infinity, Infinity];
    for (let run = 0; run < 5; run++) {
      [small, large].forEach(({ before, after }, i) => {
        times[i] = Math.min(times[i]!, cpuMs(() => patchOf(before, after)));
      });
    }
    expect(times[1]! / Math.max(times[0]!, 1)).toBeLessThan(48);
    expect(applyPatch(large.before, patchOf(large.before, large.after))).toBe(large.after);
  });
});
