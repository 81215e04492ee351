import { type FileReport, jsonAtDepth, type ReportedFinding, type StreamedFormat, streamedJsonArray, writeAll } from "./report.js";

/** `plancheck --format json` — the contract in ../shared/spec/cli-json.md (version 1). */
export function formatJson(reports: readonly FileReport[]): string {
  return writeAll(jsonFormat(), reports);
}

/**
 * Written file by file: the text is exactly `jsonText({ version, files, summary })`
 * plus a newline, without ever holding every file's findings (over a thousand plans they were
 * most of half a gigabyte).
 */
export function jsonFormat(): StreamedFormat {
  const files = streamedJsonArray('{\n  "version": 1,\n  "files": [', "", 2);
  return {
    file: (report) => files.add(fileJson(report)),
    end: (totals) =>
      `${files.end()},\n  "summary": ${jsonAtDepth({ files: totals.files, errors: totals.errors, warnings: totals.warnings, infos: totals.infos, hints: totals.hints }, 1)}\n}\n`,
  };
}

function fileJson(report: FileReport) {
  return {
    file: report.file,
    findings: report.findings.map(findingJson),
    // An extension of the contract (README, "JSON output"): present only after --fix refused a fix.
    ...(report.refused.length > 0 ? { refusedFixes: report.refused } : {}),
  };
}

function findingJson(finding: ReportedFinding) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    range: finding.range,
    ...(finding.paragraph !== undefined ? { paragraph: finding.paragraph } : {}),
    ...(finding.fix
      ? {
          fix: {
            description: finding.fix.description,
            edits: finding.fix.edits.map((edit, index) => ({ range: finding.editRanges![index]!, newText: edit.newText })),
          },
        }
      : {}),
  };
}
