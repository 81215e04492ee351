import { fileURLToPath, pathToFileURL } from "node:url";
import type { Connection, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { analyze, type Analysis } from "../core/analyze.js";
import { parseConfigText } from "../core/config/load.js";
import type { PlanConfig } from "../core/config/schema.js";
import { PositionMapper } from "../core/text/positions.js";
import { findConfigFile, loadConfigFile } from "../node/configFiles.js";
import { DEFAULT_SETTINGS, type EditorSettings } from "./settings.js";

const CONFIG_FILE_PATTERN = /(^|[\\/])\.plancheck\.json$/;

export interface AnalyzedDocument {
  document: TextDocument;
  analysis: Analysis;
  mapper: PositionMapper;
}

/**
 * What every language feature shares: the open documents, their latest analysis (keyed by
 * version, so a burst of requests after an edit analyses once) and the configuration lookup.
 * Features receive the session and never analyse text themselves.
 */
export class PlanSession {
  private readonly cache = new Map<string, { version: number; entry: AnalyzedDocument }>();
  workspaceRoots: string[] = [];
  settings: EditorSettings = DEFAULT_SETTINGS;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {}

  isConfigDocument(uri: string): boolean {
    return CONFIG_FILE_PATTERN.test(uri);
  }

  /** The analysis of an open plan, or undefined for unknown and configuration documents. */
  get(uri: string): AnalyzedDocument | undefined {
    const document = this.documents.get(uri);
    if (!document || this.isConfigDocument(uri)) return undefined;
    return this.analysed(document);
  }

  analysed(document: TextDocument): AnalyzedDocument {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.entry;
    const text = document.getText();
    const entry = { document, analysis: analyze(text, { config: this.configFor(document.uri), ruleOverrides: this.settings.rules }), mapper: new PositionMapper(text) };
    this.cache.set(document.uri, { version: document.version, entry });
    return entry;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** Drops every analysis, e.g. after the configuration changed. */
  invalidate(): void {
    this.cache.clear();
  }

  /** The nearest .plancheck.json up to the workspace root; an open, unsaved one wins over disk. */
  configFor(uri: string): PlanConfig | undefined {
    const path = uriToPath(uri);
    if (!path) return undefined;
    const root = this.workspaceRoots.find((r) => path.startsWith(r));
    const file = findConfigFile(path, root);
    if (!file) return undefined;
    const open = this.documents.get(pathToFileURL(file).toString());
    try {
      const result = open ? parseConfigText(open.getText()) : loadConfigFile(file);
      // An invalid file is reported in the file itself; plans use the defaults meanwhile.
      return result.ok ? result.config : undefined;
    } catch {
      return undefined;
    }
  }
}

export function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
