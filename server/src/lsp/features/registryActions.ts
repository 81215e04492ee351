import { basename } from "node:path";
import { type CodeAction, CodeActionKind } from "vscode-languageserver";
import { toDiagnostic } from "../diagnostics.js";
import { addToRegistry } from "../registryEdits.js";
import { documentLevel } from "../../core/units/documentLevel.js";
import { successorOf } from "../../core/units/retired.js";
import { uriToPath } from "../uris.js";
import { isPlaceholderUnitName } from "../unitUsage.js";
import type { CodeActionProvider } from "./codeActions.js";

/**
 * "Add to the workspace registry" for a unit the registry does not know: an edit of another
 * file (the registry file, or .plancheck.json), so it lives in the server, which knows where the
 * plan's configuration is. A suggestion: the name may as well be a typo. Never for a name from
 * before an 机构改革 (its finding names the body that took over: registering the old name would
 * silence that) or a placeholder (`××局`, `待定`: a name still to be written).
 */
export const addUnitToRegistry: CodeActionProvider = ({ analysis, mapper, document }, params, session) => {
  const start = mapper.offsetAt(params.range.start);
  const end = mapper.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  for (const finding of analysis.findings) {
    if (finding.rule !== "units/unknown" || finding.end < start || finding.start > end) continue;
    const name = analysis.plan.text.slice(finding.start, finding.end);
    const { registry } = session.contextFor(document.uri);
    if (isPlaceholderUnitName(name) || successorOf(name, registry, documentLevel(analysis.plan).word) !== null) continue;
    const added = addToRegistry(session, session.contextFor(document.uri), uriToPath(document.uri), name);
    if (!added) continue;
    actions.push({
      title: `将“${name}”加入工作区责任单位名录（${basename(added.file)}）`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(finding, mapper)],
      edit: added.edit,
    });
  }
  return actions;
};
