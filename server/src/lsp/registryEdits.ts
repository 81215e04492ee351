import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { EditResult, Node as JsonNode } from "jsonc-parser";
import type { CreateFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import { jsonc } from "../core/config/load.js";
import { PositionMapper } from "../core/text/positions.js";
import type { UnitEntry } from "../core/units/registry.js";
import { CONFIG_FILE_NAME } from "../node/configFiles.js";
import { readRegularText } from "../node/regularFile.js";
import type { PlanContext } from "./planContexts.js";
import type { PlanSession } from "./session.js";

/**
 * Edits to the workspace's unit registry, computed in the server as WorkspaceEdits so they work in
 * any LSP editor: add a name (to the first registry file, else to .plancheck.json's
 * `units.registry`, else to a new .plancheck.json at the workspace root) and rename an entry.
 * Only the entry's own text changes; comments and the rest of the file are kept.
 */

export interface RegistryEdit {
  /** The file that changes, for the action's title. */
  file: string;
  edit: WorkspaceEdit;
}

export function addToRegistry(session: PlanSession, context: PlanContext, planPath: string | null, name: string): RegistryEdit | null {
  const entryText = `{ "name": ${JSON.stringify(name)} }`;
  // The configuration's own registry files come first, the editor's extra one last.
  const registryFile = context.registryFiles.find((file) => file.ok);
  if (registryFile) {
    const text = textOf(session, registryFile.file);
    const root = text === null ? undefined : jsonc().parseTree(text, [], { allowTrailingComma: true });
    if (text === null || root?.type !== "array") return null;
    return { file: registryFile.file, edit: changes(registryFile.file, [appendToArray(text, root, entryText)]) };
  }
  if (context.configFile) {
    const text = textOf(session, context.configFile);
    if (text === null || !context.config) return null;
    const array = jsonc().findNodeAtLocation(jsonc().parseTree(text, [], { allowTrailingComma: true })!, ["units", "registry"]);
    const edits =
      array?.type === "array"
        ? [appendToArray(text, array, entryText)]
        : jsoncEdits(text, jsonc().modify(text, ["units", "registry"], [{ name }], { formattingOptions: { insertSpaces: true, tabSize: 2, eol: "\n" } }));
    return { file: context.configFile, edit: changes(context.configFile, edits) };
  }
  const root = session.workspaceRoots.find((r) => planPath?.startsWith(r)) ?? session.workspaceRoots[0];
  if (!root) return null;
  const file = join(root, CONFIG_FILE_NAME);
  if (existsSync(file)) return null;
  const uri = pathToFileURL(file).toString();
  const content = `{\n  "units": {\n    "registry": [\n      ${entryText}\n    ]\n  }\n}\n`;
  const create: CreateFile = { kind: "create", uri, options: { ignoreIfExists: true } };
  const insert: TextDocumentEdit = { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] };
  return { file, edit: { documentChanges: [create, insert] } };
}

/** Renames a user's registry entry in the file that holds it; null for a built-in entry. */
export function renameRegistryEntry(session: PlanSession, context: PlanContext, entry: UnitEntry, newName: string): { uri: string; edits: TextEdit[] } | null {
  const file = entry.origin ? (entry.origin.file ?? context.configFile) : null;
  if (!entry.origin || !file) return null;
  const text = textOf(session, file);
  if (text === null) return null;
  const edits = jsoncEdits(text, jsonc().modify(text, [...entry.origin.path, "name"], newName, {}));
  return edits.length > 0 ? { uri: pathToFileURL(file).toString(), edits } : null;
}

/** A file's text: the open editor's, else the disk's; null when it cannot be read. */
function textOf(session: PlanSession, file: string): string | null {
  const open = session.documents.get(pathToFileURL(file).toString());
  if (open) return open.getText();
  try {
    return readRegularText(file);
  } catch {
    return null;
  }
}

/** Appends an element to a JSON array on a line of its own, indented like the last element. */
function appendToArray(text: string, array: JsonNode, elementText: string): TextEdit {
  const mapper = new PositionMapper(text);
  const last = array.children?.[array.children.length - 1];
  if (last) {
    const indent = indentAt(text, last.offset);
    const at = mapper.positionAt(last.offset + last.length);
    return { range: { start: at, end: at }, newText: `,\n${indent}${elementText}` };
  }
  const indent = indentAt(text, array.offset);
  const at = mapper.positionAt(array.offset + 1);
  return { range: { start: at, end: at }, newText: `\n${indent}  ${elementText}\n${indent}` };
}

function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

function jsoncEdits(text: string, edits: EditResult): TextEdit[] {
  const mapper = new PositionMapper(text);
  return edits.map((edit) => ({ range: { start: mapper.positionAt(edit.offset), end: mapper.positionAt(edit.offset + edit.length) }, newText: edit.content }));
}

function changes(file: string, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [pathToFileURL(file).toString()]: edits } };
}
