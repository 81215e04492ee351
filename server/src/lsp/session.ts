import type { ClientCapabilities, Connection, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { analysisSteps, type Analysis, byPlace, type PlanModel, readModel } from "../core/analyze.js";
import type { PlanConfig } from "../core/config/schema.js";
import { ALL_RULES } from "../core/rules/index.js";
import type { Finding, Fix } from "../core/rules/types.js";
import { IncrementalParser } from "../core/syntax/incremental.js";
import { changedSpan, type ChangedSpan, mapSpan } from "../core/text/changedSpan.js";
import { PositionMapper } from "../core/text/positions.js";
import { type PlanContext, PlanContexts } from "./planContexts.js";
import { parentsOtherThan } from "../node/parentFiles.js";
import { DEFAULT_SETTINGS, type EditorSettings } from "./settings.js";
import { TypingRehearsal } from "./warmUp.js";
import { uriToPath } from "./uris.js";
import { WorkspaceIndex } from "./workspaceIndex.js";

const CONFIG_FILE_PATTERN = /(^|[\\/])\.plancheck\.json$/;

/** A document's model (no findings) and its positions: what hover and the outline answer from. */
export interface ModeledDocument {
  document: TextDocument;
  analysis: PlanModel;
  mapper: PositionMapper;
}

export interface AnalyzedDocument extends ModeledDocument {
  analysis: Analysis;
  /** `fast` when the slow rules were left out (while typing); their findings are then carried over. */
  speed: "fast" | "all";
}

/**
 * How long an analysis runs before the server answers what has queued up meanwhile: short
 * enough that a request (answered from the model, see modelOf) waits less than the rules of a
 * keystroke on a 100 KB plan take; a turn of the event loop between slices costs far less.
 */
const ANALYSIS_SLICE_MS = 10;

/** Rules whose metadata says `speed: "slow"`: they run when typing pauses, on open and on save. */
const SLOW_RULES: ReadonlySet<string> = new Set(ALL_RULES.filter((rule) => rule.meta.speed === "slow").map((rule) => rule.meta.id));

/**
 * What every language feature shares: the open documents, their latest analysis (keyed by
 * version, so a burst of requests after an edit analyses once) and the configuration lookup.
 * Features receive the session and never analyse text themselves.
 */
export class PlanSession {
  private readonly cache = new Map<string, { version: number; entry: AnalyzedDocument }>();
  /** The model of a version read for a request before its analysis ran; the analysis then reuses it. */
  private readonly models = new Map<string, { version: number; entry: ModeledDocument }>();
  /** One incremental parser per open document: an edit re-parses the lines it touched. */
  private readonly parsers = new Map<string, IncrementalParser>();
  /** The slow rules' findings of each document's last complete analysis, and its text. */
  private readonly slowFindings = new Map<string, { text: string; findings: Finding[] }>();
  /** Analyses run so far (tests check that superseded versions are skipped). */
  analysisCount = 0;
  /** Typing rehearsed once, after the first large plan is opened (warmUp.ts). */
  readonly rehearsal = new TypingRehearsal();
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

  /**
   * The analysis of the document's current version, computed once per version. `fast` (for
   * diagnostics while typing) leaves out the slow rules when there are any; a later `all`
   * request for the same version completes it. Any cached analysis serves `fast`.
   */
  analysed(document: TextDocument, speed: "fast" | "all" = "fast"): AnalyzedDocument {
    const cached = this.current(document, speed);
    if (cached) return cached;
    const run = this.start(document, speed);
    for (;;) {
      const step = run.steps.next();
      if (step.done) return run.finish(step.value);
    }
  }

  /**
   * The same analysis run a slice at a time: steps run until `sliceMs` have passed, then the
   * event loop gets a turn (requests are answered, changes applied) before the next slice. A
   * large plan thus never blocks the server for longer than its longest step. Resolves to null
   * when a newer version of the document arrived meanwhile: that version gets its own run, and
   * this one is dropped unfinished.
   */
  async analysedInSlices(document: TextDocument, speed: "fast" | "all", sliceMs = ANALYSIS_SLICE_MS): Promise<AnalyzedDocument | null> {
    const cached = this.current(document, speed);
    if (cached) return cached;
    // TextDocuments updates a document object in place: remember which version this run reads.
    const version = document.version;
    const run = this.start(document, speed);
    // The first slice ends with the model (the first step): a request sent with the keystroke
    // (completion as one types, hover) is then answered from that model before any rule runs,
    // rather than after a whole slice of rules.
    let deadline = 0;
    for (;;) {
      const step = run.steps.next();
      if (step.done) return run.finish(step.value);
      if (performance.now() < deadline) continue;
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (this.documents.get(document.uri) !== document || document.version !== version) return null;
      // A feature may have needed this version's findings meanwhile and analysed it at once.
      const done = this.current(document, speed);
      if (done) return done;
      deadline = performance.now() + sliceMs;
    }
  }

  /** The cached analysis of the document's current version, if it has the rules `speed` asks for. */
  private current(document: TextDocument, speed: "fast" | "all"): AnalyzedDocument | undefined {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version && (cached.entry.speed === "all" || speed === "fast")) return cached.entry;
    return undefined;
  }

  /** Parses the document (incrementally) and returns the analysis steps and how to keep their result. */
  private start(document: TextDocument, speed: "fast" | "all") {
    const text = document.getText();
    const { config, registryEntries, parents, parentFiles } = this.contextFor(document.uri);
    const effective = SLOW_RULES.size === 0 ? "all" : speed;
    // The model first, kept for this version: a request that arrives between the run's slices
    // is answered from it rather than reading the same text again.
    const model = this.modelFor(document);
    this.analysisCount++;
    const steps = analysisSteps(text, { config, registryEntries, parents, parentFiles, ruleOverrides: this.settings.rules, speed: effective, model: model.analysis });
    const finish = (analysis: Analysis): AnalyzedDocument => {
      const entry: AnalyzedDocument = { document, analysis, mapper: model.mapper, speed: effective };
      this.models.delete(document.uri);
      if (effective === "all" && SLOW_RULES.size > 0) this.slowFindings.set(document.uri, { text, findings: analysis.findings.filter((f) => SLOW_RULES.has(f.rule)) });
      this.cache.set(document.uri, { version: document.version, entry });
      return entry;
    };
    return { steps, finish };
  }

  /**
   * The findings to show for an analysis: a fast one gets the slow rules' findings of the last
   * complete analysis, moved through the edits since (those the edits overlap are dropped until
   * the slow rules run again), so they do not flicker while typing.
   */
  findingsOf(entry: AnalyzedDocument): Finding[] {
    if (entry.speed === "all") return entry.analysis.findings;
    const slow = this.slowFindings.get(entry.document.uri);
    if (!slow || slow.findings.length === 0) return entry.analysis.findings;
    const change = changedSpan(slow.text, entry.analysis.plan.text);
    const carried = slow.findings.map((finding) => mapFinding(finding, change)).filter((f): f is Finding => f !== null);
    return [...entry.analysis.findings, ...carried].sort(byPlace);
  }

  /** The version of the document's latest analysis, if any. */
  analysedVersion(uri: string): number | undefined {
    return this.cache.get(uri)?.version;
  }

  /** Whether the document still needs its slow rules run (typing has paused). */
  needsSlowRules(document: TextDocument): boolean {
    const cached = this.cache.get(document.uri);
    return SLOW_RULES.size > 0 && !(cached && cached.version === document.version && cached.entry.speed === "all");
  }

  /**
   * The model of the document's current text without running any rule: the cached analysis's
   * when it is current, else a parse (incremental) and model build, kept for the analysis of the
   * same version to reuse — what completion, hover and the outline need, so that they never
   * wait for the rules. Undefined for unknown and configuration documents.
   */
  modelOf(uri: string): ModeledDocument | undefined {
    const document = this.documents.get(uri);
    if (!document || this.isConfigDocument(uri)) return undefined;
    return this.modelFor(document);
  }

  /**
   * The model of the document's current version, read once: the current analysis's (a fast one
   * lends its model to the complete one that follows), else one read for a request or a run
   * of this version, else an incremental parse and model build.
   */
  private modelFor(document: TextDocument): ModeledDocument {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.entry;
    const read = this.models.get(document.uri);
    if (read && read.version === document.version) return read.entry;
    const text = document.getText();
    const { config, registryEntries, parents, parentFiles } = this.contextFor(document.uri);
    const entry: ModeledDocument = { document, analysis: readModel(text, { config, registryEntries, parents, parentFiles, syntax: this.parserFor(document.uri).parse(text) }), mapper: new PositionMapper(text) };
    this.models.set(document.uri, { version: document.version, entry });
    return entry;
  }

  private parserFor(uri: string): IncrementalParser {
    let parser = this.parsers.get(uri);
    if (!parser) this.parsers.set(uri, (parser = new IncrementalParser()));
    return parser;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.models.delete(uri);
    this.parsers.delete(uri);
    this.slowFindings.delete(uri);
  }

  /** Drops every analysis and loaded configuration, e.g. after a configuration or registry file changed. */
  invalidate(): void {
    this.cache.clear();
    this.models.clear();
    this.slowFindings.clear();
    this.contexts.invalidate();
  }

  /** The nearest .plancheck.json up to the workspace root; an open, unsaved one wins over disk. */
  configFor(uri: string): PlanConfig | undefined {
    return this.contextFor(uri).config;
  }

  /** The configuration and unit registry that apply to a plan; a parent file's context leaves itself out of its parents. */
  contextFor(uri: string): PlanContext {
    const path = uriToPath(uri);
    const context = this.contexts.forPath(path);
    const parents = path ? parentsOtherThan(context.parents, path) : context.parents;
    return parents === context.parents ? context : { ...context, parents: [...parents] };
  }
}

function mapFinding(finding: Finding, change: ChangedSpan): Finding | null {
  const moved = mapSpan(finding, change);
  if (!moved) return null;
  const mapFix = (fix: Fix): Fix | null => {
    const edits = fix.edits.map((edit) => mapSpan(edit, change));
    return edits.every((edit) => edit !== null) ? { description: fix.description, edits: edits as Fix["edits"] } : null;
  };
  const fix = finding.fix ? mapFix(finding.fix) : null;
  const suggestions = finding.suggestions?.map(mapFix).filter((s): s is Fix => s !== null);
  const { fix: _fix, suggestions: _suggestions, ...rest } = moved;
  return { ...rest, ...(fix ? { fix } : {}), ...(suggestions?.length ? { suggestions } : {}) };
}
