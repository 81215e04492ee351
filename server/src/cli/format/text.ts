import type { Severity } from "../../core/rules/types.js";
import { countSeverities, type FileReport, refusedMessage } from "./report.js";

const LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示", hint: "建议" };

/** `file:line:column  警告  message  [rule]`, 1-based like editors and compilers print them. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const { line, character } = finding.range.start;
      lines.push(`${report.file}:${line + 1}:${character + 1}  ${LABEL[finding.severity]}  ${finding.paragraph !== undefined ? `（Word 第 ${finding.paragraph} 段）` : ""}${finding.message}  [${finding.rule}]${finding.fix ? " (可自动修复)" : ""}`);
    }
    for (const refused of report.refused) {
      const { line, character } = refused.range.start;
      lines.push(`${report.file}:${line + 1}:${character + 1}  跳过  ${refusedMessage(refused)}  [${refused.rule}]`);
    }
  }
  const counts = countSeverities(reports);
  const total = counts.errors + counts.warnings + counts.infos + counts.hints;
  lines.push(
    total === 0
      ? `已检查 ${reports.length} 个文件，未发现问题。`
      : `已检查 ${reports.length} 个文件：${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 个提示，${counts.hints} 个建议。`,
  );
  return lines.join("\n") + "\n";
}
