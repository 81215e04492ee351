import type { Severity } from "../../core/rules/types.js";
import { printable } from "./printable.js";
import { hiddenNote, placedMessage, refusedMessage, type StreamedFormat } from "./report.js";

const LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示", hint: "建议" };

/** `file:line:column  警告  message  [rule]`, 1-based like editors and compilers print them. */
export const textFormat: StreamedFormat = {
  file(report) {
    let out = "";
    const file = printable(report.file);
    for (const finding of report.findings) {
      const { line, character } = finding.range.start;
      out += `${file}:${line + 1}:${character + 1}  ${LABEL[finding.severity]}  ${printable(placedMessage(finding))}  [${finding.rule}]${finding.fix ? " (可自动修复)" : ""}\n`;
    }
    for (const refused of report.refused) {
      const { line, character } = refused.range.start;
      out += `${file}:${line + 1}:${character + 1}  跳过  ${printable(refusedMessage(refused))}  [${refused.rule}]\n`;
    }
    return out;
  },
  end(totals) {
    const total = totals.errors + totals.warnings + totals.infos + totals.hints;
    return total === 0
      ? `已检查 ${totals.files} 个文件，${totals.hidden > 0 ? "未发现错误" : "未发现问题"}${hiddenNote(totals)}。\n`
      : `已检查 ${totals.files} 个文件：${totals.errors} 个错误，${totals.warnings} 个警告，${totals.infos} 个提示，${totals.hints} 个建议${hiddenNote(totals)}。\n`;
  },
};
