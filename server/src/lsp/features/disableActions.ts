import { type CodeAction, CodeActionKind } from "vscode-languageserver";
import { RULES_BY_ID } from "../../core/rules/index.js";
import { disableNextLineEdit } from "../../core/rules/suppressions.js";
import { toDiagnostic } from "../diagnostics.js";
import type { CodeActionProvider } from "./codeActions.js";
import { workspaceEdit } from "./workspaceEdits.js";

/**
 * “在此行禁用 RULE” for each finding under the cursor: inserts `// plancheck-disable-next-line
 * RULE` above the line, or adds the rule to the directive already there. Never preferred (a
 * real fix should win Auto Fix), and offered after the fixes.
 */
export const disableActions: CodeActionProvider = (entry, params, session) => {
  const { analysis, mapper } = entry;
  const start = mapper.offsetAt(params.range.start);
  const end = mapper.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  for (const finding of analysis.findings) {
    if (finding.end < start || finding.start > end || offered.has(finding.rule)) continue;
    // A finding about a directive cannot be suppressed by another directive.
    if (RULES_BY_ID.get(finding.rule)?.meta.judgesDirectives) continue;
    const edit = disableNextLineEdit(analysis.plan, finding);
    if (!edit) continue;
    offered.add(finding.rule);
    actions.push({
      title: `在此行禁用 ${finding.rule}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(finding, mapper)],
      edit: workspaceEdit(entry, [edit], session),
    });
  }
  return actions;
};
