import type { ClientCapabilities, TextEdit as LspTextEdit, WorkspaceEdit } from "vscode-languageserver";
import type { TextEdit } from "../../core/rules/types.js";
import type { PositionMapper } from "../../core/text/positions.js";

/** The core's offset edits as the protocol's: ranges in lines and UTF-16 characters. */
export function lspEdits(edits: readonly TextEdit[], mapper: PositionMapper): LspTextEdit[] {
  return edits.map((edit) => ({ range: mapper.rangeOf(edit), newText: edit.newText }));
}

/** The document an edit was computed for: its version is the text the edit's ranges are in. */
export interface EditedDocument {
  document: { uri: string; version: number };
  mapper: PositionMapper;
}

/**
 * The core's offset edits of one document as a WorkspaceEdit. Where the client takes
 * `documentChanges`, the edit names the version it was computed for, and the client applies it
 * only to that text: an edit computed for the text before a keystroke would otherwise land, by
 * its line and character, on other words. A client without them gets plain `changes`.
 */
export function workspaceEdit(target: EditedDocument, edits: readonly TextEdit[], client: { clientCapabilities: ClientCapabilities }): WorkspaceEdit {
  const { uri, version } = target.document;
  const lsp = lspEdits(edits, target.mapper);
  if (client.clientCapabilities.workspace?.workspaceEdit?.documentChanges === true) return { documentChanges: [{ textDocument: { uri, version }, edits: lsp }] };
  return { changes: { [uri]: lsp } };
}
