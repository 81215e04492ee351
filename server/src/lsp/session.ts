import { fileURLToPath } from "node:url";
import type { ClientCapabilities, Connection, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { analyze, type Analysis } from "../core/analyze.js";
import type { PlanConfig } from "../core/config/schema.js";
import { PositionMapper } from "../core/text/positions.js";
import { type PlanContext, PlanContexts } from "./planContexts.js";
import { DEFAULT_SETTINGS, type EditorSettings } from "./settings.js";
import { WorkspaceIndex } from "./workspaceIndex.js";

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
  /** What the client said it supports at initialize (e.g. resolving a code action's edit later). */
  clientCapabilities: ClientCapabilities = {};
  /** Configuration and unit registry per plan, cached until invalidated. */
  readonly contexts: PlanContexts;
  /** Every plan under the workspace roots, for workspace-wide features (units, references). */
  readonly workspace: WorkspaceIndex;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {
    this.contexts = new PlanContexts(documents, () => this.workspaceRoots, () => this.settings.registryFile);
    this.workspace = new WorkspaceIndex(this);
  }

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
    const { config, registryEntries, parents } = this.contextFor(document.uri);
    const entry = { document, analysis: analyze(text, { config, registryEntries, parents, ruleOverrides: this.settings.rules }), mapper: new PositionMapper(text) };
    this.cache.set(document.uri, { version: document.version, entry });
    return entry;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** Drops every analysis and loaded configuration, e.g. after a configuration or registry file changed. */
  invalidate(): void {
    this.cache.clear();
    this.contexts.invalidate();
  }

  /** The nearest .plancheck.json up to the workspace root; an open, unsaved one wins over disk. */
  configFor(uri: string): PlanConfig | undefined {
    return this.contextFor(uri).config;
  }

  /** The configuration and unit registry that apply to a plan. */
  contextFor(uri: string): PlanContext {
    return this.contexts.forPath(uriToPath(uri));
  }
}

export function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith("file:") ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
