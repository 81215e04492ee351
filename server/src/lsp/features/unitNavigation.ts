import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { type Location, ResponseError, type TextEdit, type WorkspaceEdit } from "vscode-languageserver";
import { jsonc } from "../../core/config/load.js";
import { PositionMapper } from "../../core/text/positions.js";
import type { PlanDocument, ResponsibilityClause } from "../../core/model/types.js";
import { normalizeUnitName } from "../../core/units/names.js";
import { clausesOfTask, tasksOfClause } from "../../core/units/sharedClause.js";
import type { UnitEntry } from "../../core/units/registry.js";
import { addToRegistry, renameRegistryEntry } from "../registryEdits.js";
import type { AnalyzedDocument, PlanSession } from "../session.js";
import { uriToPath } from "../uris.js";
import { occurrencesIn, UnitKeys, unitAt, type UnitOccurrence } from "../unitUsage.js";
import type { LanguageFeature } from "./feature.js";
import { type OffsetEdit, unitNameEdits } from "./unitNameEdits.js";
import { renameBreaksClauses } from "./renameGuard.js";
import type { IndexedPlan } from "../workspaceIndex.js";
import type { ReferencesProvider } from "./references.js";
import { registryOfPlan } from "../../core/units/documentLevel.js";
import { readRegularText } from "../../node/regularFile.js";

/**
 * Find all references of a unit and rename it, across every plan in the workspace. A unit is
 * matched by what it stands for, so references of 市发展改革委 include 市发改委, and only at the
 * plan's place: 抚州's 市工信局 is another body than 赣州's (unitUsage.ts UnitKeys), never
 * listed or renamed with it. Renaming writes the new name over every form (a department
 * reorganised: 市工信委 → 市工信局) and renames the user's registry entry — unless plans of
 * another place use that entry too, which keep their name: then, as when the unit came from the
 * built-in list, the new name is registered beside it.
 */
export const unitNavigationFeature: LanguageFeature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(session) {
    session.connection.onPrepareRename((params) => {
      const target = targetAt(session, params.textDocument.uri, params.position);
      if (!target) return null;
      return { range: target.document.mapper.rangeOf(target.unit), placeholder: target.unit.text };
    });

    session.connection.onRenameRequest((params): WorkspaceEdit | ResponseError<void> | null => {
      const target = targetAt(session, params.textDocument.uri, params.position);
      if (!target) return null;
      const newName = params.newName.trim();
      if (!newName || /[、，,；;：:\s〔〕]/.test(newName)) return new ResponseError(-32602, `“${params.newName}”不是有效的单位名称`);
      const changes: Record<string, TextEdit[]> = {};
      const all = allOccurrences(session, target.keys);
      const occurrences = all.filter((occurrence) => occurrence.key === target.key);
      // Renaming onto a unit already listed beside this one — in its clause, or in another clause
      // that assigns the same tasks (units/sharedClause.ts) — would list it twice there.
      for (const { plan, clause, unit } of occurrences) {
        const newKey = target.keys.keyOf(plan, newName);
        const other = clausesBeside(plan.plan, clause).find((candidate) => candidate.units.some((name) => name !== unit && target.keys.keyOf(plan, name.text) === newKey));
        if (!other) continue;
        const where = `${basename(uriToPath(plan.uri) ?? plan.uri)} 第${plan.mapper.positionAt(unit.start).line + 1}行`;
        const listed = other === clause ? "列在同一处责任分工中" : "列为同一任务的责任单位";
        return new ResponseError(-32602, `“${newName}”已与“${unit.text}”${listed}（${where}），重命名会使它重复出现`);
      }
      const editsByPlan = new Map<IndexedPlan, OffsetEdit[]>();
      for (const { plan, unit } of occurrences) {
        const edits = editsByPlan.get(plan) ?? [];
        edits.push(...unitNameEdits(plan.plan.text, unit, newName));
        editsByPlan.set(plan, edits);
      }
      for (const [plan, edits] of editsByPlan) {
        const broken = renameBreaksClauses(plan.plan, plan.registry, edits);
        if (broken) return new ResponseError(-32602, `改为“${newName}”会破坏责任分工（${basename(uriToPath(plan.uri) ?? plan.uri)}：${broken}），未重命名`);
        changes[plan.uri] = edits.map((edit) => ({ range: plan.mapper.rangeOf(edit), newText: edit.newText }));
      }
      const context = session.contextFor(params.textDocument.uri);
      const usedElsewhere = all.some((occurrence) => occurrence.key !== target.key && UnitKeys.sameName(occurrence.key, target.key));
      if (target.entry && !target.entry.builtin && !usedElsewhere) {
        const renamed = renameRegistryEntry(session, context, target.entry, newName);
        if (renamed) (changes[renamed.uri] ??= []).push(...renamed.edits);
      } else if (target.entry && !registryOfPlan(context.registry, target.document.analysis.plan).resolve(newName)) {
        // A built-in unit renamed: the new name goes into the workspace registry so it stays known —
        // unless the plan's rules know it already (区经济发展局 in a zone's plan, zone-bodies.json).
        const added = addToRegistry(session, context, uriToPath(params.textDocument.uri), newName);
        if (added?.edit.changes) for (const [uri, edits] of Object.entries(added.edit.changes)) (changes[uri] ??= []).push(...edits);
        else if (added?.edit.documentChanges) return { documentChanges: [...added.edit.documentChanges, ...toDocumentChanges(session, all, changes)] };
      }
      // As every edit the server sends (workspaceEdits.ts): where the client takes documentChanges,
      // each open document's edits name the version they were computed for, so that a rename
      // answered after a keystroke is refused rather than written over other words.
      if (session.clientCapabilities.workspace?.workspaceEdit?.documentChanges === true) return { documentChanges: toDocumentChanges(session, all, changes) };
      return { changes };
    });
  },
};

/** Find all references of the unit under the cursor (asked by the references feature). */
export const unitReferences: ReferencesProvider = (session, params) => {
  const target = targetAt(session, params.textDocument.uri, params.position);
  if (!target) return null;
  const locations = allOccurrences(session, target.keys)
    .filter((occurrence) => occurrence.key === target.key)
    .map(({ plan, unit }) => ({ uri: plan.uri, range: plan.mapper.rangeOf(unit) }));
  const declaration = params.context.includeDeclaration && target.entry ? registryLocation(session, target) : null;
  return declaration ? [declaration, ...locations] : locations;
};

interface RenameTarget {
  document: AnalyzedDocument;
  unit: { text: string; start: number; end: number };
  key: string;
  /** The units of the workspace's plans, by place, as the target's key was made. */
  keys: UnitKeys;
  entry: UnitEntry | null;
}

function targetAt(session: PlanSession, uri: string, position: { line: number; character: number }): RenameTarget | null {
  const document = session.get(uri);
  if (!document) return null;
  const found = unitAt(document.analysis.plan, document.mapper.offsetAt(position));
  if (!found) return null;
  // Read as the plan's rules read it (documentLevel.ts registryOfPlan).
  const registry = registryOfPlan(session.contextFor(uri).registry, document.analysis.plan);
  const resolved = registry.resolve(found.unit.text);
  const keys = new UnitKeys(session.workspace.plans());
  const key = keys.keyOf({ plan: document.analysis.plan, registry }, found.unit.text);
  return { document, unit: found.unit, key, keys, entry: resolved && !resolved.entry.pattern ? resolved.entry : null };
}

/** The clause and the other clauses that assign the same tasks: a unit is listed once across them. */
function clausesBeside(plan: PlanDocument, clause: ResponsibilityClause): readonly ResponsibilityClause[] {
  const beside = [clause];
  for (const task of tasksOfClause(plan, clause)) for (const other of clausesOfTask(plan, task)) if (!beside.includes(other)) beside.push(other);
  return beside;
}

function allOccurrences(session: PlanSession, keys: UnitKeys): UnitOccurrence[] {
  return session.workspace.plans().flatMap((plan) => occurrencesIn(plan, keys));
}

/** Where a user's registry entry names the unit, for "include declaration". */
function registryLocation(session: PlanSession, target: RenameTarget): Location | null {
  const entry = target.entry!;
  const file = entry.origin ? (entry.origin.file ?? session.contextFor(target.document.document.uri).configFile) : null;
  if (!entry.origin || !file) return null;
  const uri = pathToFileURL(file).toString();
  let text: string;
  try {
    text = session.documents.get(uri)?.getText() ?? readRegularText(file);
  } catch {
    return null;
  }
  const node = jsonc().findNodeAtLocation(jsonc().parseTree(text, [], { allowTrailingComma: true })!, [...entry.origin.path, "name"]);
  if (!node || normalizeUnitName(String(node.value)) !== normalizeUnitName(entry.name)) return null;
  return { uri, range: new PositionMapper(text).rangeOf({ start: node.offset, end: node.offset + node.length }) };
}

/**
 * The edits by document, each naming the version it was computed for: a plan's the version the
 * workspace index read it at (null when read from disk), a registry file's its open document's.
 */
function toDocumentChanges(session: PlanSession, occurrences: readonly UnitOccurrence[], changes: Record<string, TextEdit[]>) {
  const versions = new Map(occurrences.map(({ plan }) => [plan.uri, plan.version]));
  return Object.entries(changes).map(([uri, edits]) => ({ textDocument: { uri, version: versions.has(uri) ? versions.get(uri)! : (session.documents.get(uri)?.version ?? null) }, edits }));
}
