// The smallest language server over stdio that republishes diagnostics on every change, with a
// pluggable check. The split-and-classify floor and markdownlint run in it, so that their edit
// latency is measured through the same protocol machinery as plan-language-server's.
import { createConnection, TextDocuments, TextDocumentSyncKind } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";

/** check(text, document) returns LSP diagnostics. */
export function serve(name, check) {
  const connection = createConnection(process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental }, serverInfo: { name } }));
  const publish = (document) =>
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: check(document.getText(), document) });
  documents.onDidOpen((event) => publish(event.document));
  documents.onDidChangeContent((event) => publish(event.document));
  documents.listen(connection);
  connection.listen();
}
