import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { describeRun } from "../../server/src/core/numbering/describe";
import { numberingOf } from "../../server/src/core/numbering/runs";
import { ALL_RULES } from "../../server/src/core/rules/index";
import { readSeed, SEED_NAMES, type SeedName } from "../support/seeds";

/** [line (1-based), rule, marker as written, why it is a real defect] */
type Expected = [number, string, string, string];

const ASCII_PARENS = "GB/T 9704 writes level 2 with full-width parentheses （一）; the draft uses ASCII (一) throughout: one finding for the level";
const ASCII_PARENS_NANJING = "GB/T 9704 writes level 2 as （一）; Nanjing uses ASCII (一) consistently: one marker-style finding for the level (never mixed-forms)";

/**
 * Every numbering finding each real plan gets, and why it is a real defect. Anything else is a
 * false positive: Ganzhou's and Fuzhou's continuous tasks, Nanjing's and Jiangxi's continuous
 * （四） under 三、, Chengdu's restarts and Ganzhou's separate goal bullets are all valid styles.
 */
const EXPECTED: Record<SeedName, Expected[]> = {
  // Level 2 restarts under each 一、; tasks 1.–21. count on across （一）–（五）; goals 1.–5. are their own run.
  "ganzhou-2024": [],
  // Level 2 is written (一) throughout: one finding of the level, whose fix writes all of them （一）.
  "fuzhou-2023-draft": [[27, "numbering/marker-style", "(一)", ASCII_PARENS]],
  "nanjing-2023": [[13, "numbering/marker-style", "(一)", ASCII_PARENS_NANJING]],
  // Level 2 （一）–（十三） counts on across 一、–三、, written in the standard form.
  "jiangxi-2016": [],
  // Level 3 restarts at 1. under each of （一）–（九）.
  "chengdu-2023-draft": [],
};

function numberingFindings(text: string): Array<[number, string, string]> {
  const lineStarts = [0];
  for (const match of text.matchAll(/\r\n|\n|\r/g)) lineStarts.push(match.index + match[0].length);
  const lineOf = (offset: number) => lineStarts.filter((start) => start <= offset).length;
  return analyze(text)
    .findings.filter((f) => f.rule.startsWith("numbering/"))
    .map((f) => [lineOf(f.start), f.rule, text.slice(f.start, f.end)]);
}

/** Only the numbering rules, so that the fixes of other families (debris, broken sentences) stay out. */
const NUMBERING_ONLY = {
  rules: Object.fromEntries(ALL_RULES.filter((rule) => rule.meta.family !== "numbering").map((rule) => [rule.meta.id, "off" as const])),
};

describe.each(SEED_NAMES)("numbering of seed %s", (name) => {
  const text = readSeed(name);

  it("gets exactly its real numbering defects", () => {
    expect(numberingFindings(text)).toEqual(EXPECTED[name].map(([line, rule, marker]) => [line, rule, marker]));
  });

  it("is left with no numbering finding after its numbering fixes, and only markers changed", () => {
    const fixed = fixAll(text, { config: NUMBERING_ONLY }).text;
    expect(numberingFindings(fixed)).toEqual([]);
    expect(fixed.length).toBe(text.length);
    const changed = [...fixed].flatMap((char, i) => (char === text[i] ? [] : [`${text[i]}→${char}`]));
    expect(new Set(changed)).toEqual(new Set(EXPECTED[name].length > 0 ? ["(→（", ")→）"] : []));
  });
});

describe("numbering scopes inferred from the seeds", () => {
  const runsOf = (name: SeedName, level: number) => {
    const numbering = numberingOf(analyze(readSeed(name)).plan, undefined);
    return numbering.runs.filter((run) => run.level === level).map((run) => describeRun(numbering, run));
  };

  it("Ganzhou: goal bullets 1.–5. and tasks 1.–21. are two continuous runs, one per chapter", () => {
    expect(runsOf("ganzhou-2024", 3)).toEqual(["第3级连续编号 1.–5.（在“一、总体要求”内）", "第3级连续编号 1.–21.，跨（一）至（五）（在“二、主要任务”内）"]);
  });

  it("Fuzhou: tasks 1.–17. count on across (一)–(五) while level 2 restarts per chapter", () => {
    expect(runsOf("fuzhou-2023-draft", 3)).toEqual(["第3级连续编号 1.–17.，跨(一)至(五)（在“二、工作任务”内）"]);
    expect(runsOf("fuzhou-2023-draft", 2)).toHaveLength(3);
  });

  it("Nanjing and Jiangxi: level 2 counts on across the whole document", () => {
    expect(runsOf("nanjing-2023", 2)).toEqual(["第2级连续编号 (一)–(二十八)，跨二、至十、（全文连续）"]);
    expect(runsOf("jiangxi-2016", 2)).toEqual(["第2级连续编号 （一）–（十三），跨一、至三、（全文连续）"]);
  });

  it("Chengdu: level 3 restarts under each of its nine （一）", () => {
    const runs = runsOf("chengdu-2023-draft", 3);
    expect(runs).toHaveLength(9);
    expect(runs.every((run) => run.startsWith("第3级在每个上级下重新编号：本组 1.–"))).toBe(true);
  });
});
