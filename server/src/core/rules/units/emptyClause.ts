import { emptyClauseBrackets } from "../../units/emptyClauses.js";
import type { Rule } from "../types.js";

/**
 * A clause bracket left empty at a task (`……开展工作。〔〕`): the clause was begun and neither its
 * label nor its units written (units/emptyClauses.ts). One finding at the bracket, the task's:
 * units/missing-clause leaves the task alone, and punct/sentence-end reads the sentence as ended
 * before the bracket. What to write only the drafter knows: no fix.
 */
export const emptyClause: Rule = {
  meta: {
    id: "units/empty-clause",
    family: "units",
    severity: "warning",
    description: "责任分工括号中什么也没写",
    fixable: false,
    speed: "fast",
    docs: {
      rationale: [
        "起草时常先在任务末尾打出责任分工的括号“〔〕”，准备稍后填写标签和单位，定稿时却忘了填写。空括号不是一处责任分工：这项任务没有交给任何单位。本检查在空的“〔〕”（括号中至多有空格）处报告一次，这样的任务不再由 `units/missing-clause` 另行报告，句末标点检查也不把括号当作未写完的句子。",
        "“〔〕”只用于责任分工（文号中的“〔2024〕”总写有年份），因此方案正文中的空“〔〕”都是待填写的责任分工。填写什么只有起草人知道，因此不提供自动修复。",
      ].join("\n\n"),
      incorrect: "一、主要任务\n1.保障食品药品安全。强化食品安全监管。〔责任单位：市市场监管局〕\n2.提升工程质量水平。开展工程质量提升行动。〔〕\n",
      correct: "一、主要任务\n1.保障食品药品安全。强化食品安全监管。〔责任单位：市市场监管局〕\n2.提升工程质量水平。开展工程质量提升行动。〔责任单位：市住建局〕\n",
    },
  },
  check({ plan, report }) {
    for (const bracket of emptyClauseBrackets(plan)) {
      report({ start: bracket.start, end: bracket.end, message: `责任分工括号“${plan.text.slice(bracket.start, bracket.end)}”中没有写明责任单位，定稿前应填写标签和实际单位` });
    }
  },
};
