import { type FileReport, jsonAtDepth, type ReportedFinding, type RunTotals, type StreamedFormat, streamedJsonArray } from "./report.js";

/**
 * Written file by file: the text is exactly `jsonText({ version, files, summary })`
 * plus a newline, without ever holding every file's findings (over a thousand plans they were
 * most of half a gigabyte).
 */
export function jsonFormat(): StreamedFormat {
  const files = streamedJsonArray('{\n  "version": 1,\n  "files": [', "", 2);
  return {
    file: (report) => files.add(fileJson(report)),
    end: (totals) => `${files.end()},\n  "summary": ${jsonAtDepth(summaryJson(totals), 1)}\n}\n`,
  };
}

/**
 * The contract's counts of what the report holds. An extension (README, "JSON output"): after
 * `--quiet` hid findings, `hidden` says how many, so that a CI step that exits 1 on warnings
 * it hid (`--max-warnings`, `--fail-on`) does not print a summary of none.
 */
function summaryJson(totals: RunTotals) {
  const counts = { files: totals.files, errors: totals.errors, warnings: totals.warnings, infos: totals.infos, hints: totals.hints };
  return totals.hidden > 0 ? { ...counts, hidden: totals.hidden } : counts;
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
