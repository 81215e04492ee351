import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { parseSyntax } from "../../server/src/core/syntax/parse";
import { rebuildFromTree } from "../support/lossless";

/**
 * "Token soup" (after RocketChat's message-parser tests): markup fragments mixed with random
 * strings, so that every combination of half-finished elements reaches the grammar.
 */
const FRAGMENTS = [
  "一、", "十二、", "（一）", "(一)", "（二十一)", "1.", "12．", "3、", "（1）", "(2)", "——", "--", "—",
  "〔责任单位：", "（责任部门:", "牵头单位", "配合单位：", "、", "，", "；", "〕", "）", ")", "等",
  "市市场监管局", "市委组织部（市委人才办）", "按职责分工负责", "达到", "达", "不少于", " ", "　", "%", "个",
  "94", "81.5", "以上", "到2025年", "××", "XX", "【待定】", "TBD", "《", "》", "〈", "〉", "<", ">",
  "赣市府字", "〔2024〕", "41号", "〔对应纲要：", "（七）", "〔完成时限：", "2025年底", "//", " // expect: x",
  "// plancheck-disable-next-line numbering/sequence", "---", "标题: 示例", "标签:", "0人觉得有用",
  "\n", "\n", "\n", "\r\n", "\r", "\uFEFF", "𠀀", "。", "：",
];

const soup = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 80 })
  .map((parts) => parts.join(""));

describe("lossless parsing of generated documents", () => {
  it("tiles every character of any token soup exactly once", () => {
    fc.assert(
      fc.property(soup, (text) => {
        const { document, internalError } = parseSyntax(text);
        expect(internalError).toBeNull();
        const { rebuilt, problems } = rebuildFromTree(document, text);
        expect(problems).toEqual([]);
        expect(rebuilt).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("builds a model of any token soup without throwing", () => {
    fc.assert(
      fc.property(soup, (text) => {
        const plan = buildPlan(text);
        for (const item of plan.allItems) {
          expect(item.start).toBeLessThanOrEqual(item.end);
          expect(item.heading.start).toBeLessThanOrEqual(item.heading.end);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("handles arbitrary unicode, including lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const { document } = parseSyntax(text);
        expect(rebuildFromTree(document, text).rebuilt).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});
