import { countSeverities, type FileReport } from "./report.js";

/** `plancheck --format json` — the contract in ../shared/spec/cli-json.md (version 1). */
export function formatJson(reports: readonly FileReport[]): string {
  return (
    JSON.stringify(
      {
        version: 1,
        files: reports.map((report) => ({
          file: report.file,
          findings: report.findings.map((finding) => ({
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
          })),
          // An extension of the contract (README, "JSON output"): present only after --fix refused a fix.
          ...(report.refused.length > 0 ? { refusedFixes: report.refused } : {}),
        })),
        summary: { files: reports.length, ...countSeverities(reports) },
      },
      null,
      2,
    ) + "\n"
  );
}
