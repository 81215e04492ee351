import fc from "fast-check";
import peggy from "peggy";
import { beforeAll, describe, expect, it } from "vitest";
import { firstCharacterGuards } from "../../scripts/grammar-first.mjs";
import { FRAGMENTS } from "../support/tokenSoup";
import { grammarSource } from "../support/grammarSource";

type Library = { peg$result: unknown; peg$FAILED: unknown; peg$currPos: number };
type Parse = (text: string, options: Record<string, unknown>) => Library;
type Guard = (input: string, pos: number) => boolean;

/** Fragments of the readings the first soup predates: every guard's rule starts somewhere here. */
const MORE = [
  "提高", "提升到", "增加", "增长至", "降低到", "下降", "上升", "回升至", "控制在", "稳定在", "保持在", "不低于", "超过",
  "高于", "低于", "减少", "突破", "≥", "≤", "⩾", "＞", "<3", "> 5", "百分之九十五", "百分之百", "９８．５", "个百分点",
  "万元", "及以上", "左右", "至2035年末", "“十四五”期间", "十五五末", "×个", "x%", "xx", "＿＿", "__", "[待定]",
  "（　　）", "[批注1]", "【批注 2】", "（此处待补充）", "（数据待核实）", "（牵头）", "牵头", "配合", "负责落实",
  "各市人民政府", "分别负责", "按职责负责", "以上任务", "上述各项工作均由", "由", "﹝2023﹞", "[2022]", "【2021】",
  "中发", "2024年5月8日", "二〇二四年五月八日", "（此件公开发布）", "（征求意见稿）", "附件1", "附件：", "plancheck-enable",
];

/**
 * The first-character guards (scripts/grammar-first.mjs) let the parser skip a call to a rule
 * wherever its guard is false. That is only sound if the guard is true wherever the rule can
 * match: checked here on the plain parser Peggy generates, every rule a start rule, at every
 * position of token soup.
 */
describe("first-character guards", () => {
  let parse: Parse;
  let guards: [string, Guard][];
  beforeAll(() => {
    const grammar = grammarSource();
    const ast = peggy.parser.parse(grammar, { reservedWords: [] });
    const { rules: guarded, source } = firstCharacterGuards(ast);
    const made = new Function(`${source}\nreturn { ${guarded.map((rule: string) => `${rule}: peg$first$${rule}`).join(", ")} };`)() as Record<string, Guard>;
    guards = guarded.map((rule: string) => [rule, made[rule]!]);
    const rules = ast.rules.map((rule: { name: string }) => rule.name);
    parse = (peggy.generate(grammar, { output: "parser", cache: false, allowedStartRules: rules }) as unknown as { parse: Parse }).parse;
  }, 60_000);

  it("guards the rules the parser tries most", () => {
    const names = guards.map(([rule]) => rule);
    for (const rule of ["Target", "Comparator", "Horizon", "Placeholder", "Clause", "ProvincialClause", "Deadline", "Annotation", "Citation", "NumberMarker", "TrailingComment", "Newline"]) expect(names).toContain(rule);
  });

  it("never says no where the rule matches", () => {
    const text = fc
      .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS, ...MORE) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 14 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.boolean(), (input, acrossLines) => {
        for (let pos = 0; pos <= input.length; pos++) {
          for (const [rule, guard] of guards) {
            if (guard(input, pos)) continue;
            let result: Library;
            try {
              result = parse(input, { startRule: rule, peg$library: true, peg$currPos: pos, acrossLines });
            } catch {
              continue;
            }
            expect(result.peg$result === result.peg$FAILED, `${rule} matches at ${pos} of ${JSON.stringify(input)}, where its guard says it cannot`).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 240_000);
});
