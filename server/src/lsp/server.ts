import { fileURLToPath, pathToFileURL } from "node:url";
import {
  type CodeAction,
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  type InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { analyze, type Analysis } from "../core/analyze.js";
import { parseConfigText } from "../core/config/load.js";
import type { PlanConfig } from "../core/config/schema.js";
import { PositionMapper } from "../core/text/positions.js";
import { findConfigFile, loadConfigFile } from "../node/configFiles.js";
import { DIAGNOSTIC_SOURCE, toDiagnostic } from "./diagnostics.js";
import { foldingRanges } from "./folding.js";
import { documentSymbols } from "./symbols.js";

const CONFIG_FILE_PATTERN = /(^|[\\/])\.plancheck\.json$/;

interface AnalyzedDocument {
  version: number;
  analysis: Analysis;
  mapper: PositionMapper;
}

/**
 * The language server: a thin shell over `analyze`. It keeps the latest analysis of every open
 * plan (keyed by version, so each request after an edit re-analyses at most once), publishes its
 * findings as diagnostics and answers outline, folding and quick-fix requests from it.
 */
export function startPlanServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new Map<string, AnalyzedDocument>();
  let workspaceRoots: string[] = [];

  connection.onInitialize((params): InitializeResult => {
    workspaceRoots = (params.workspaceFolders ?? []).map((folder) => uriToPath(folder.uri)).filter((p): p is string => p !== null);
    if (workspaceRoots.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) workspaceRoots.push(root);
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: "实施方案大纲" },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: "plan-language-server" },
    };
  });

  connection.onInitialized(() => {
    // Picks up .plancheck.json changes made outside the editor, in clients that support it.
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/.plancheck.json" }] }).catch(() => undefined);
  });

  const isConfig = (uri: string) => CONFIG_FILE_PATTERN.test(uri);

  const configFor = (uri: string): PlanConfig | undefined => {
    const path = uriToPath(uri);
    if (!path) return undefined;
    const root = workspaceRoots.find((r) => path.startsWith(r));
    const file = findConfigFile(path, root);
    if (!file) return undefined;
    // An open, unsaved .plancheck.json wins over the file on disk.
    const open = documents.get(pathToFileURL(file).toString());
    const result = open ? parseConfigText(open.getText()) : loadConfigFile(file);
    // An invalid file is reported in the file itself; plans fall back to the defaults meanwhile.
    return result.ok ? result.config : undefined;
  };

  const analysed = (document: TextDocument): AnalyzedDocument => {
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const text = document.getText();
    const entry = { version: document.version, analysis: analyze(text, { config: configFor(document.uri) }), mapper: new PositionMapper(text) };
    cache.set(document.uri, entry);
    return entry;
  };

  const validate = (document: TextDocument) => {
    if (isConfig(document.uri)) {
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: configDiagnostics(document) });
      return;
    }
    const { analysis, mapper } = analysed(document);
    const diagnostics = analysis.findings.map((finding) => toDiagnostic(finding, mapper));
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  const revalidateAll = () => {
    cache.clear();
    for (const document of documents.all()) validate(document);
  };

  documents.onDidChangeContent((change) => {
    if (isConfig(change.document.uri)) revalidateAll();
    else validate(change.document);
  });
  documents.onDidClose((event) => {
    cache.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  connection.onDidChangeWatchedFiles(() => revalidateAll());

  const withDocument = <T>(uri: string, empty: T, f: (entry: AnalyzedDocument) => T): T => {
    const document = documents.get(uri);
    if (!document || isConfig(uri)) return empty;
    return f(analysed(document));
  };

  connection.onDocumentSymbol((params) => withDocument(params.textDocument.uri, [], ({ analysis, mapper }) => documentSymbols(analysis.plan, mapper)));
  connection.onFoldingRanges((params) => withDocument(params.textDocument.uri, [], ({ analysis, mapper }) => foldingRanges(analysis.plan, mapper)));
  connection.onCodeAction((params) =>
    withDocument(params.textDocument.uri, [] as CodeAction[], ({ analysis, mapper }) => {
      const start = mapper.offsetAt(params.range.start);
      const end = mapper.offsetAt(params.range.end);
      const actions: CodeAction[] = [];
      for (const finding of analysis.findings) {
        if (!finding.fix || finding.end < start || finding.start > end) continue;
        const diagnostic = toDiagnostic(finding, mapper);
        actions.push({
          title: finding.fix.description,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: {
            changes: {
              [params.textDocument.uri]: finding.fix.edits.map((edit) => ({ range: mapper.rangeOf(edit), newText: edit.newText })),
            },
          },
        });
      }
      return actions;
    }),
  );

  documents.listen(connection);
  connection.listen();
}

function configDiagnostics(document: TextDocument): Diagnostic[] {
  const result = parseConfigText(document.getText());
  if (result.ok) return [];
  return result.problems.map((problem) => ({
    range: { start: document.positionAt(problem.start), end: document.positionAt(problem.end) },
    severity: 1,
    source: DIAGNOSTIC_SOURCE,
    code: "config/invalid",
    message: problem.path ? `${problem.path}：${problem.message}` : problem.message,
  }));
}

function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
