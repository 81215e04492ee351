import type { Location } from "vscode-languageserver";
import { PositionMapper } from "../../core/text/positions.js";
import { entryAtOffset, statementsOf, entryLocation, PARENT_DOCUMENT_REQUEST, parentOfUri, parentUri } from "../parents.js";
import type { PlanSession } from "../session.js";
import { xrefTargetAt } from "../xrefTargets.js";
import type { DefinitionProvider } from "./definition.js";
import type { LanguageFeature } from "./feature.js";
import type { ReferencesProvider } from "./references.js";

/**
 * Cross-references as navigation: go to definition (`parentDefinition`) from a citation of a parent
 * (《质量强国建设纲要》), from the front matter's 上位文件 and from an annotation's number
 * (`〔对应纲要：（七）〕`) into the parent's document; `policyPlan/parentDocument` serves a
 * virtual parent's text. Find references of a parent item — from an annotation, a number cited
 * in the text or the item in the parent's document — lists every annotation of it in the
 * workspace's plans and every number their text cites of it (落实《纲要》第（七）条).
 */
export const xrefNavigationFeature: LanguageFeature = {
  capabilities: {},
  register(session) {
    session.connection.onRequest(PARENT_DOCUMENT_REQUEST, (params: { uri: string }): { text: string } | null => {
      const parent = parentOfUri(session, params.uri);
      return parent ? { text: parent.text } : null;
    });
  },
};

/** Definition of a citation, the front matter's 上位文件, an annotation's number or a number cited after the parent's name: the parent's title or item. */
export const parentDefinition: DefinitionProvider = (session, params): Location | null => {
  const entry = session.get(params.textDocument.uri);
  if (!entry) return null;
  const target = xrefTargetAt(entry.analysis, entry.mapper.offsetAt(params.position));
  if (!target || !target.parent) return null;
  if (target.kind === "reference" || target.kind === "cited") return target.entry ? entryLocation(target.parent, target.entry) : null;
  const title = target.parent.plan.title ?? { start: 0, end: 0 };
  return { uri: parentUri(target.parent), range: new PositionMapper(target.parent.text).rangeOf(title) };
};

/** References of a parent item: every annotation and in-text citation of it in the workspace's plans. */
export const parentItemReferences: ReferencesProvider = (session, params): Location[] | null => {
  const found = referencedEntry(session, params.textDocument.uri, params.position);
  if (!found) return null;
  const locations = statementsOf(session, found.parent, found.entry).map(({ plan, span }) => ({ uri: plan.uri, range: plan.mapper.rangeOf(span) }));
  return params.context.includeDeclaration ? [entryLocation(found.parent, found.entry), ...locations] : locations;
};

/** The parent item a references request is about: an annotation's number, a number cited after the parent's name, or an item of a parent's own document. */
function referencedEntry(session: PlanSession, uri: string, position: { line: number; character: number }) {
  const parent = parentOfUri(session, uri);
  if (parent) {
    const entry = entryAtOffset(parent, new PositionMapper(parent.text).offsetAt(position));
    return entry ? { parent, entry } : null;
  }
  const document = session.get(uri);
  if (!document) return null;
  const target = xrefTargetAt(document.analysis, document.mapper.offsetAt(position));
  return (target?.kind === "reference" || target?.kind === "cited") && target.parent && target.entry ? { parent: target.parent, entry: target.entry } : null;
}
