import { type Diagnostic, DiagnosticSeverity, DiagnosticTag } from "vscode-languageserver";
import { RULES_BY_ID } from "../core/rules/index.js";
import type { Finding, Severity } from "../core/rules/types.js";
import type { PositionMapper } from "../core/text/positions.js";

export const DIAGNOSTIC_SOURCE = "plancheck";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding, mapper: PositionMapper): Diagnostic {
  return {
    range: mapper.rangeOf(finding),
    severity: SEVERITY[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    message: finding.message,
    // A directive that does nothing is shown faded, as editors show unused code.
    ...(RULES_BY_ID.get(finding.rule)?.meta.judgesDirectives ? { tags: [DiagnosticTag.Unnecessary] } : {}),
  };
}
