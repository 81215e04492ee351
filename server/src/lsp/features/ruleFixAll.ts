import { type CodeAction, CodeActionKind } from "vscode-languageserver";
import { toDiagnostic } from "../diagnostics.js";
import { type CodeActionProvider, type EditResolver, kindRequested, withDeferredEdit } from "./codeActions.js";
import { keptFixesEdit } from "./fixGuard.js";

/**
 * Rules whose findings come by the dozen from one paste and are fixed the same way everywhere:
 * beside any of their findings, one action fixes all of them in the document (the title says
 * how many). text/invisible-char: a page copied from a WeChat article can carry a zero-width
 * space between every few words.
 */
const FIX_ALL_TITLES: Readonly<Record<string, (count: number) => string>> = {
  "text/invisible-char": (count) => `删除全文 ${count} 处看不见的字符`,
};

const RESOLVER_PREFIX = "fixAllOfRule:";

/** The edit of each rule's fix-all, made from the current analysis when the action is picked. */
export const RULE_FIX_ALL_RESOLVERS: Record<string, EditResolver> = Object.fromEntries(
  Object.keys(FIX_ALL_TITLES).map((rule): [string, EditResolver] => [
    RESOLVER_PREFIX + rule,
    (entry, data, session) => keptFixesEdit(entry, data.uri, session, entry.analysis.findings.filter((finding) => finding.rule === rule && finding.fix)),
  ]),
);

/** The fix-all beside a finding of such a rule under the cursor, when the document has more than one. */
export const ruleFixAll: CodeActionProvider = (entry, params, session) => {
  if (!kindRequested(params.context.only, CodeActionKind.QuickFix)) return [];
  const { analysis, mapper } = entry;
  const start = mapper.offsetAt(params.range.start);
  const end = mapper.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  for (const [rule, title] of Object.entries(FIX_ALL_TITLES)) {
    const all = analysis.findings.filter((finding) => finding.rule === rule && finding.fix);
    const here = all.filter((finding) => finding.start <= end && finding.end >= start);
    if (here.length === 0 || all.length < 2) continue;
    const action: CodeAction = { title: title(all.length), kind: CodeActionKind.QuickFix, diagnostics: here.map((finding) => toDiagnostic(finding, mapper)) };
    actions.push(withDeferredEdit(session, entry, action, { edit: RESOLVER_PREFIX + rule }, RULE_FIX_ALL_RESOLVERS));
  }
  return actions;
};
