import { ALL_RULES } from "../../core/rules/index.js";
import type { Severity } from "../../core/rules/types.js";
import type { FileReport } from "./report.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note", hint: "note" };

/**
 * SARIF 2.1.0 for code-scanning dashboards. SARIF lines and columns are 1-based; columns are
 * counted in UTF-16 code units, which `columnKind` states explicitly.
 */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const rules = ALL_RULES.map((rule) => ({
    id: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    defaultConfiguration: { level: LEVEL[rule.meta.severity] },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      ruleId: finding.rule,
      ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule) } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: report.file.split("\\").join("/") },
            region: {
              startLine: finding.range.start.line + 1,
              startColumn: finding.range.start.character + 1,
              endLine: finding.range.end.line + 1,
              endColumn: finding.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "plancheck", version, rules } }, columnKind: "utf16CodeUnits", results }],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
