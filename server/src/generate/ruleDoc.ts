import type { Rule } from "../core/rules/types.js";

const SEVERITY_LABEL = { error: "错误（error）", warning: "警告（warning）", info: "提示（info）", hint: "建议（hint）" };

/**
 * A rule's documentation page in Markdown, from its metadata: docs/rules/<family>/<name>.md (with
 * a generated-file header) and SARIF's `help.markdown`, so a dashboard shows the page itself.
 */
export function ruleDocMarkdown(rule: Rule): string {
  const { meta } = rule;
  const lines = [
    `# ${meta.id}`,
    "",
    meta.description,
    "",
    `- 默认级别：${SEVERITY_LABEL[meta.severity]}`,
    `- 自动修复：${meta.fixable ? "可以（`plancheck --fix`、编辑器快速修复）" : "不提供"}`,
    `- 运行时机：${meta.speed === "slow" ? "停止输入片刻后、打开和保存时，以及命令行" : "输入时即检查"}`,
    "",
    "## 说明",
    "",
    meta.docs.rationale,
    "",
  ];
  if (meta.docs.incorrect) lines.push("## 会被报告的写法", "", "```plan", meta.docs.incorrect.trimEnd(), "```", "");
  lines.push("## 正确的写法", "", "```plan", meta.docs.correct.trimEnd(), "```", "");
  if (meta.docs.options) lines.push("## 选项", "", meta.docs.options, "");
  lines.push(
    "## 配置",
    "",
    "```jsonc",
    "// .plancheck.json",
    `{ "rules": { "${meta.id}": "${meta.severity === "error" ? "warning" : "error"}" } }`,
    "```",
    "",
    "单行关闭：`// plancheck-disable-next-line " + meta.id + "`",
    "",
  );
  return lines.join("\n");
}

