import { type Diagnostic, DiagnosticSeverity } from "vscode-languageserver";
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
  };
}
