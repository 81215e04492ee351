import type { Severity } from "../../core/rules/types.js";
import { slashedPath } from "./filePath.js";
import { printable } from "./printable.js";
import { placedMessage, type StreamedFormat } from "./report.js";

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = { error: "error", warning: "warning", info: "notice", hint: "notice" };

/**
 * Workflow-command escaping: the message (data) escapes %, CR, LF; properties also `:` and `,`.
 * Other control characters would reach the Actions log, which acts on escape sequences: made
 * visible (`printable`).
 */
export const escapeData = (text: string) => printable(text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
export const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

export const githubFormat: StreamedFormat = {
  file(report) {
    let out = "";
    for (const finding of report.findings) {
      const { start, end } = finding.range;
      const properties = [
        `file=${escapeProperty(slashedPath(report.file))}`,
        `line=${start.line + 1}`,
        `col=${start.character + 1}`,
        `endLine=${end.line + 1}`,
        `endColumn=${end.character + 1}`,
        `title=${escapeProperty(`plancheck ${finding.rule}`)}`,
      ];
      out += `::${COMMAND[finding.severity]} ${properties.join(",")}::${escapeData(placedMessage(finding))}\n`;
    }
    return out;
  },
  end: () => "",
};
