import type { Severity } from "../../core/rules/types.js";
import { printable } from "./printable.js";
import { hiddenNote, refusedMessage, type StreamedFormat } from "./report.js";

const LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示", hint: "建议" };

/** ANSI colours, used only when stdout is a terminal or FORCE_COLOR asks, and NO_COLOR is unset (see colour.ts). */
const PAINT = {
  error: (text: string) => `\x1b[31m${text}\x1b[39m`,
  warning: (text: string) => `\x1b[33m${text}\x1b[39m`,
  info: (text: string) => `\x1b[36m${text}\x1b[39m`,
  hint: (text: string) => `\x1b[90m${text}\x1b[39m`,
  dim: (text: string) => `\x1b[2m${text}\x1b[22m`,
  bold: (text: string) => `\x1b[1m${text}\x1b[22m`,
};
const PLAIN: typeof PAINT = { error: (t) => t, warning: (t) => t, info: (t) => t, hint: (t) => t, dim: (t) => t, bold: (t) => t };

export function stylishFormat(colors: boolean): StreamedFormat {
  const paint = colors ? PAINT : PLAIN;
  const lines = (out: string[]) => out.map((line) => `${line}\n`).join("");
  return {
    file(report) {
      if (report.findings.length === 0 && report.refused.length === 0) return "";
      const out = [paint.bold(printable(report.file))];
      const place = (range: { start: { line: number; character: number } }) => `${range.start.line + 1}:${range.start.character + 1}`;
      const width = Math.max(...report.findings.map((finding) => place(finding.range).length), ...report.refused.map((refused) => place(refused.range).length));
      const where = (item: { paragraph?: number }) => (item.paragraph !== undefined ? `（第 ${item.paragraph} 段）` : "");
      for (const finding of report.findings) {
        const fixable = finding.fix ? paint.dim("（可自动修复）") : "";
        out.push(`  ${paint.dim(place(finding.range).padEnd(width))}  ${paint[finding.severity](LABEL[finding.severity])}  ${where(finding)}${printable(finding.message)}${fixable}  ${paint.dim(finding.rule)}`);
      }
      // Said once per refused fix, so that --fix never leaves a fix undone in silence.
      for (const refused of report.refused) {
        out.push(`  ${paint.dim(place(refused.range).padEnd(width))}  ${paint.warning("跳过")}  ${where(refused)}${printable(refusedMessage(refused))}  ${paint.dim(refused.rule)}`);
      }
      out.push("");
      return lines(out);
    },
    end(totals) {
      const total = totals.errors + totals.warnings + totals.infos + totals.hints;
      if (total === 0) return lines([`已检查 ${totals.files} 个文件，${totals.hidden > 0 ? "未发现错误" : "未发现问题"}${hiddenNote(totals)}。`]);
      const summary = `✖ ${total} 个问题（${totals.errors} 个错误，${totals.warnings} 个警告，${totals.infos} 个提示，${totals.hints} 个建议），已检查 ${totals.files} 个文件${hiddenNote(totals)}`;
      const out = [totals.errors > 0 ? paint.error(paint.bold(summary)) : paint.warning(paint.bold(summary))];
      if (totals.fixable > 0) out.push(`  其中 ${totals.fixable} 个可用 --fix 自动修复。`);
      return lines(out);
    },
  };
}
