import type { TextEdit as LspTextEdit, WorkspaceEdit } from "vscode-languageserver";
import type { TextEdit } from "../../core/rules/types.js";
import type { PositionMapper } from "../../core/text/positions.js";

/** The core's offset edits as the protocol's: ranges in lines and UTF-16 characters. */
export function lspEdits(edits: readonly TextEdit[], mapper: PositionMapper): LspTextEdit[] {
  return edits.map((edit) => ({ range: mapper.rangeOf(edit), newText: edit.newText }));
}

/** The core's offset edits of one document as a WorkspaceEdit. */
export function workspaceEdit(uri: string, edits: readonly TextEdit[], mapper: PositionMapper): WorkspaceEdit {
  return { changes: { [uri]: lspEdits(edits, mapper) } };
}
