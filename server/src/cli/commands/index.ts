import type { CliCommand } from "../command.js";

export interface CommandEntry {
  name: string;
  /** One Chinese line for `plancheck --help`. */
  summary: string;
  /** Loaded only when the command runs, so start-up stays lean. */
  load(): Promise<{ command: CliCommand }>;
}

/**
 * Every `plancheck` subcommand, one line each. `check` is the default: `plancheck FILE…`.
 * To add one, write `commands/<name>.ts` exporting `command: CliCommand` and add its line here.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: "check", summary: "检查实施方案（默认命令，可省略）", load: () => import("./check.js") },
  { name: "outline", summary: "输出大纲（text|json）", load: () => import("./outline.js") },
  { name: "units", summary: "输出责任单位×任务矩阵（csv|markdown|json）", load: () => import("./units.js") },
  { name: "targets", summary: "输出目标指标表，与上位文件对比（markdown|csv|json）", load: () => import("./targets.js") },
  { name: "coverage", summary: "输出上位文件任务覆盖情况（markdown|csv|json）", load: () => import("./coverage.js") },
  { name: "parent", summary: "输出上位文件（方案标记文本，或 --format json）", load: () => import("./parent.js") },
  { name: "export", summary: "导出为公文格式的 Word 文档（docx，GB/T 9704—2012）", load: () => import("./export.js") },
  { name: "rules", summary: "列出全部检查规则（text|json）", load: () => import("./rules.js") },
];
