import fc from "fast-check";

/**
 * "Token soup" (after RocketChat's message-parser tests): markup fragments mixed with random
 * strings, so that every combination of half-finished elements reaches the grammar.
 */
export const FRAGMENTS = [
  "一、", "十二、", "（一）", "(一)", "（二十一)", "1.", "12．", "3、", "（1）", "(2)", "——", "--", "—",
  "〔责任单位：", "（责任部门:", "牵头单位", "配合单位：", "、", "，", "；", "〕", "）", ")", "等",
  "市市场监管局", "市委组织部（市委人才办）", "按职责分工负责", "达到", "达", "不少于", " ", "　", "%", "个",
  "94", "81.5", "以上", "到2025年", "××", "XX", "【待定】", "TBD", "《", "》", "〈", "〉", "<", ">",
  "赣市府字", "〔2024〕", "41号", "〔对应纲要：", "（七）", "〔完成时限：", "2025年底", "//", " // expect: x",
  "// plancheck-disable-next-line numbering/sequence", "---", "标题: 示例", "标签:", "0人觉得有用",
  "\n", "\n", "\n", "\r\n", "\r", "\uFEFF", "𠀀", "。", "：",
  // Near forms: an annotation in other brackets or words, format characters between tokens.
  "【对应纲要", "第", "条", "】", "\u200B", "\u00AD",
];

export const soup = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 80 })
  .map((parts) => parts.join(""));
