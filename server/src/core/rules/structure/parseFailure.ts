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
  },
  check({ plan, report }) {
    if (plan.internalError === null) return;
    report({ start: 0, end: 0, message: `解析器内部错误，已按纯文本处理，大纲可能不完整：${plan.internalError}` });
  },
};
