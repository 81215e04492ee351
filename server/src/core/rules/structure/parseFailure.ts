import type { Rule } from "../types.js";

/**
 * The generated parser failed: a bug in the grammar, never the user's fault. The text is kept
 * as plain lines so nothing is lost; this finding asks the user to report it.
 */
export const parseFailure: Rule = {
  meta: {
    id: "structure/parse-failure",
    family: "structure",
    severity: "error",
    description: "解析器内部错误（请报告此问题）",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "语法设计为接受任何输入，因此本规则在正常情况下永远不会触发。若解析器自身出错（程序缺陷），文本会被当作纯文本保留，不会丢失任何字符，并以本规则提示用户报告问题。某条规则内部出错时也以本规则报告，其他规则的结果不受影响。",
      incorrect: "",
      correct: "一、总体要求\n",
    },
  },
  check({ plan, report }) {
    if (plan.internalError === null) return;
    report({ start: 0, end: 0, message: `解析器内部错误，已按纯文本处理，大纲可能不完整：${plan.internalError}`, internal: true });
  },
};
