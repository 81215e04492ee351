import {
  type Connection,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type InitializeResult,
  MessageType,
  type ServerCapabilities,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parsePlanConfig } from "../core/config/validate.js";
import { type ExtendedProblem, loadConfigFile } from "../node/configFiles.js";
import { workspaceRootFor } from "../node/configPaths.js";
import { PositionMapper } from "../core/text/positions.js";
import { DIAGNOSTIC_SOURCE, toDiagnostic } from "./diagnostics.js";
import { FEATURES } from "./features/index.js";
import { RegistryDiagnostics } from "./registryDiagnostics.js";
import { type AnalyzedDocument, PlanSession } from "./session.js";
import { uriToPath } from "./uris.js";
import { PLAN_FILE } from "../node/planFiles.js";
import { readRegularText } from "../node/regularFile.js";
import { type Speed, ValidationQueue } from "./validationQueue.js";
import { type RehearsalTurn, warmUp } from "./warmUp.js";
import { readSettings, settingsProblems } from "./settings.js";

/**
 * The language server: a thin shell over the core. It tracks open documents, publishes each
 * plan's findings as diagnostics (and a .plancheck.json's problems in that file), and lets the
 * feature modules answer requests from the session's cached analysis.
 */
export function startPlanServer(connection: Connection): PlanSession {
  const documents = new TextDocuments(TextDocument);
  const session = new PlanSession(connection, documents);

  let canPullSettings = false;
  let canWatchFiles = false;
  // A setting that has no effect (a mistyped rule id) is said once per distinct problem: in a
  // message the person sees, and in the output channel; a settings file has no diagnostics.
  const reportedSettings = new Set<string>();
  let initialSettingsProblems: string[] = [];
  const reportSettings = (problems: readonly string[]) => {
    for (const problem of problems) {
      if (reportedSettings.has(problem)) continue;
      reportedSettings.add(problem);
      connection.console.warn(problem);
      // A notification, not window/showMessageRequest: there is nothing to answer.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: problem });
    }
  };
  connection.onInitialize((params): InitializeResult => {
    // Registering watchers with a client that cannot take them dynamically is an error in some
    // clients (and useless in all): only where the client says it supports it.
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canPullSettings = params.capabilities.workspace?.configuration === true;
    session.clientCapabilities = params.capabilities;
    const initialSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    session.settings = readSettings(initialSettings);
    initialSettingsProblems = settingsProblems(initialSettings);
    session.workspaceRoots = (params.workspaceFolders ?? []).map((folder) => uriToPath(folder.uri)).filter((p): p is string => p !== null);
    if (session.workspaceRoots.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) session.workspaceRoots.push(root);
    }
    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    };
    for (const feature of FEATURES) Object.assign(capabilities, feature.capabilities);
    return { capabilities, serverInfo: { name: "plan-language-server" } };
  });

  connection.onInitialized(() => {
    // Messages to the window may only follow `initialized`.
    reportSettings(initialSettingsProblems);
    // Picks up changes made outside the editor, in clients that support it: configuration and
    // unit registry files (any .json, filtered below), and plans for the workspace index.
    if (!canWatchFiles) return;
    const watchers = ["**/.plancheck.json", "**/*.json", "**/*.plan", "**/*.plan.txt"].map((globPattern) => ({ globPattern }));
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
  });
  // Compile the hot paths before the first document arrives (a few milliseconds, once).
  setImmediate(() => warmUp());

  const registryDiagnostics = new RegistryDiagnostics(connection);
  const publish = (document: TextDocument, diagnostics: Diagnostic[]) => {
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    registryDiagnostics.publish(session.contexts.registryFiles());
  };
  const validateConfig = (document: TextDocument) => publish(document, [...configDiagnostics(document, session.workspaceRoots), ...parentDiagnostics(session, document)]);
  // A plan is analysed a slice at a time, so a large one never keeps the server from answering;
  // a run overtaken by a newer version publishes nothing (the newer one will).
  const validatePlan = async (document: TextDocument, speed: Speed) => {
    try {
      const entry = await session.analysedInSlices(document, speed);
      if (entry && documents.get(document.uri) === document) {
        publish(document, session.findingsOf(entry).map((finding) => toDiagnostic(finding, entry.mapper)));
        if (speed === "all") rehearseTyping(document, entry);
      }
    } catch (error) {
      // Rules' own errors are findings already; this is the server's, and must not go unseen.
      connection.console.error(`检查 ${document.uri} 时出错：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };
  // Plans are checked through the queue (latest version only, slow rules when typing pauses);
  // configuration documents at once, they are small and their problems gate everything else.
  const queue = new ValidationQueue((uri) => documents.get(uri), validatePlan, (document) => session.needsSlowRules(document));
  // Once, after the first large plan is checked on open: its first keystrokes then cost what later ones do.
  const rehearseTyping = (document: TextDocument, entry: AnalyzedDocument) => {
    const { config, registryEntries, parents, parentFiles } = session.contextFor(document.uri);
    const turn = (): RehearsalTurn => (shutDown || documents.get(document.uri) !== document ? "stop" : queue.busy ? "wait" : "step");
    session.rehearsal.start(entry.analysis.plan.text, { config, registryEntries, parents, parentFiles, ruleOverrides: session.settings.rules }, turn);
  };
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
    queue.stop();
    clearTimeout(dependentsTimer);
  });
  const check = (document: TextDocument, speed: Speed) => {
    if (session.isConfigDocument(document.uri)) validateConfig(document);
    else queue.request(document.uri, speed);
  };

  const revalidateAll = () => {
    session.invalidate();
    for (const document of documents.all()) check(document, "all");
    registryDiagnostics.publish(session.contexts.registryFiles());
  };

  // What the editor shows is what is checked: an open .plancheck.json's unsaved text applies at
  // once, and so does an open parent file's (a .plan other plans are measured against), once
  // typing in it pauses — every open plan is checked again, too much for each keystroke.
  // Closing either without saving goes back to the disk's text (documents.onDidClose).
  let dependentsTimer: NodeJS.Timeout | undefined;
  const recheckDependents = () => {
    clearTimeout(dependentsTimer);
    dependentsTimer = setTimeout(() => {
      dependentsTimer = undefined;
      if (!shutDown) revalidateAll();
    }, DEPENDENTS_PAUSE_MS);
  };
  documents.onDidChangeContent((change) => {
    if (session.isConfigDocument(change.document.uri)) revalidateAll();
    else if (session.settings.run === "onType") {
      check(change.document, "fast");
      if (readByOtherPlans(session, change.document.uri)) recheckDependents();
    }
  });
  documents.onDidOpen((event) => {
    // With run = onSave a plan is still checked once when it is opened.
    if (session.settings.run === "onSave" || !session.isConfigDocument(event.document.uri)) check(event.document, "all");
  });
  documents.onDidSave((event) => {
    check(event.document, "all");
  });
  connection.onDidChangeConfiguration(async (change) => {
    const pulled = canPullSettings ? await connection.workspace.getConfiguration("policyPlan").catch(() => undefined) : undefined;
    const raw = pulled ?? (change.settings as { policyPlan?: unknown } | undefined)?.policyPlan;
    session.settings = readSettings(raw);
    reportSettings(settingsProblems(raw));
    revalidateAll();
  });
  documents.onDidClose((event) => {
    const { uri } = event.document;
    // Checked with its unsaved text while it was open: the disk's applies again (the document
    // is no longer among the open ones, so reading it now reads the disk).
    const revert = session.isConfigDocument(uri) || readByOtherPlans(session, uri);
    queue.forget(uri);
    session.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    if (revert) revalidateAll();
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const registryFiles = new Set([...session.contexts.registryFiles().map((file) => file.file), ...session.contexts.parentFiles()]);
    // A plan file added or removed may be the parent a plan names by title (node/parentFiles.ts).
    const findsParents = session.contexts.findsParentFiles();
    let configurationChanged = false;
    for (const change of changes) {
      const kind = change.type === FileChangeType.Created ? "created" : change.type === FileChangeType.Deleted ? "deleted" : "changed";
      session.workspace.fileChanged(change.uri, kind);
      const path = uriToPath(change.uri);
      if (session.isConfigDocument(change.uri) || (path !== null && registryFiles.has(path))) configurationChanged = true;
      if (findsParents && kind !== "changed" && path !== null && PLAN_FILE.test(path)) configurationChanged = true;
    }
    // A plan changed on disk only affects workspace-wide answers, which the index recomputes.
    if (configurationChanged) revalidateAll();
  });

  for (const feature of FEATURES) feature.register(session);
  documents.listen(connection);
  connection.listen();
  return session;
}

/** How long typing in a parent file pauses before the plans measured against it are checked again. */
const DEPENDENTS_PAUSE_MS = 400;

/** Whether other plans' checks read this document: a parent file some loaded configuration names. */
function readByOtherPlans(session: PlanSession, uri: string): boolean {
  const path = uriToPath(uri);
  return path !== null && session.contexts.parentFiles().includes(path);
}

/** A `parents` entry that names no built-in document and no readable file, shown on the entry. */
function parentDiagnostics(session: PlanSession, document: TextDocument): Diagnostic[] {
  const text = document.getText();
  return session.contextFor(document.uri).parentProblems.map((problem) => {
    const at = Math.max(0, text.indexOf(JSON.stringify(problem.entry)));
    return {
      range: { start: document.positionAt(at), end: document.positionAt(at + JSON.stringify(problem.entry).length) },
      severity: 1,
      source: DIAGNOSTIC_SOURCE,
      code: "config/invalid",
      message: problem.message,
    };
  });
}

function configDiagnostics(document: TextDocument, roots: readonly string[]): Diagnostic[] {
  // The editor's text for this file, disk for the files it extends; unknown rule ids and bad
  // rule options are problems here too.
  const path = document.uri.startsWith("file:") ? fileURLToPath(document.uri) : undefined;
  const loaded = path ? loadConfigFile(path, (file) => (file === path ? document.getText() : readRegularText(file)), workspaceRootFor(path, roots)) : undefined;
  const result = loaded ?? parsePlanConfig(document.getText());
  if (result.ok) return [];
  const own = result.problems.map((problem): Diagnostic => ({
    range: { start: document.positionAt(problem.start), end: document.positionAt(problem.end) },
    severity: 1,
    source: DIAGNOSTIC_SOURCE,
    code: "config/invalid",
    message: problem.path ? `${problem.path}：${problem.message}` : problem.message,
  }));
  return loaded && !loaded.ok && path ? [...own, ...extendedDiagnostics(document, path, loaded.extended)] : own;
}

/**
 * A problem of a file this one `extends` is that file's: the diagnostic stands on the entry that
 * pulls the file in (the editor shows this document) and names the file, line and column, with
 * the place itself as related information, which the editor opens.
 */
function extendedDiagnostics(document: TextDocument, path: string, problems: readonly ExtendedProblem[]): Diagnostic[] {
  const mappers = new Map<string, PositionMapper>();
  const rangeIn = (file: string, text: string, span: { start: number; end: number }) => {
    let mapper = mappers.get(file);
    if (!mapper) mappers.set(file, (mapper = new PositionMapper(text)));
    return mapper.rangeOf(span);
  };
  return problems.map((problem): Diagnostic => {
    const entry = problem.via[0]!;
    const range = rangeIn(problem.file, problem.text, problem);
    const where = `${relative(dirname(path), problem.file) || problem.file}:${range.start.line + 1}:${range.start.character + 1}`;
    const what = problem.path ? `${problem.path}：${problem.message}` : problem.message;
    return {
      range: { start: document.positionAt(entry.start), end: document.positionAt(entry.end) },
      severity: 1,
      source: DIAGNOSTIC_SOURCE,
      code: "config/invalid",
      message: `${entry.path}：所继承的配置文件有问题，在 ${where}：${what}`,
      relatedInformation: [{ location: { uri: pathToFileURL(problem.file).toString(), range }, message: what }],
    };
  });
}
