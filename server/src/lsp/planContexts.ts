import { dirname, isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { PlanConfig } from "../core/config/schema.js";
import { registryFor, type UnitEntryInput, type UnitRegistry } from "../core/units/registry.js";
import type { LoadedParent } from "../core/parents/index.js";
import { findConfigFile, type LoadedRegistryFile, loadConfigFile, loadRegistryFiles, registryEntriesOf } from "../node/configFiles.js";
import { workspaceRootFor } from "../node/configPaths.js";
import { loadParentFiles, ParentFileFinder, type ParentFileProblem, readHeadFromDisk } from "../node/parentFiles.js";
import { readRegularText } from "../node/regularFile.js";

/** What analysing a plan needs from its surroundings: its configuration and unit registry. */
export interface PlanContext {
  /** The .plancheck.json that applies, or null for the defaults. */
  configFile: string | null;
  /** Undefined when there is no file or it does not validate (its problems are shown in it). */
  config: PlanConfig | undefined;
  registryEntries: UnitEntryInput[];
  registryFiles: LoadedRegistryFile[];
  registry: UnitRegistry;
  /** Parent documents the configuration names by path, read and parsed once. */
  parents: LoadedParent[];
  parentProblems: ParentFileProblem[];
  /**
   * The parent files a plan names by title (its front matter's 上位文件, a citation before its
   * first item) found under the configuration's folder, else under the workspace folder.
   */
  parentFiles: ParentFileFinder | undefined;
}

/**
 * Configuration and registry per plan, loaded once per .plancheck.json and kept until something
 * they are read from changes (the server calls `invalidate` on a change to a configuration or a
 * registry file, or to the settings), so analysing on every keystroke reads no file. An open
 * editor's unsaved text wins over the disk (closing it unsaved reloads them: server.ts).
 */
export class PlanContexts {
  private readonly byConfigFile = new Map<string, PlanContext>();
  private readonly configFileByFolder = new Map<string, string | null>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly roots: () => readonly string[],
    /** The editor's extra registry file (policyPlan.registryFile), absolute or relative to the first root. */
    private readonly extraRegistryFile: () => string,
  ) {}

  forPath(path: string | null): PlanContext {
    const configFile = path ? this.configFileFor(path) : null;
    // Plans without a configuration share one context per workspace folder (their parent files' folder).
    const root = configFile || !path ? undefined : this.roots().find((r) => path.startsWith(r));
    const key = configFile ?? `\0${root ?? ""}`;
    let context = this.byConfigFile.get(key);
    if (!context) this.byConfigFile.set(key, (context = this.load(configFile, root)));
    return context;
  }

  invalidate(): void {
    this.byConfigFile.clear();
    this.configFileByFolder.clear();
  }

  /** Every registry file the loaded contexts read: watched, and the place their problems are shown. */
  registryFiles(): LoadedRegistryFile[] {
    const files = new Map<string, LoadedRegistryFile>();
    for (const context of this.byConfigFile.values()) for (const file of context.registryFiles) files.set(file.file, file);
    return [...files.values()];
  }

  /** Every parent document the loaded contexts read from files: named by the configurations, or found by title. */
  loadedParents(): LoadedParent[] {
    return [...this.byConfigFile.values()].flatMap((context) => [...context.parents, ...(context.parentFiles?.loaded() ?? [])]);
  }

  /** Every parent file the loaded contexts read: a change to one reloads them. */
  parentFiles(): string[] {
    return this.loadedParents().map((p) => p.parent.source);
  }

  /** Whether a plan file's title is looked up by some context: a plan added, removed or retitled may be a parent a plan names. */
  findsParentFiles(): boolean {
    return [...this.byConfigFile.values()].some((context) => context.parentFiles?.searched() === true);
  }

  private configFileFor(path: string): string | null {
    const folder = dirname(path);
    if (this.configFileByFolder.has(folder)) return this.configFileByFolder.get(folder)!;
    const root = this.roots().find((r) => path.startsWith(r));
    const file = findConfigFile(path, root);
    this.configFileByFolder.set(folder, file);
    return file;
  }

  private load(configFile: string | null, workspaceFolder: string | undefined): PlanContext {
    let config: PlanConfig | undefined;
    if (configFile) {
      try {
        // With what it `extends`; an invalid file gives the defaults (and its diagnostics say why).
        const result = loadConfigFile(configFile, (file) => this.read(file), workspaceRootFor(configFile, this.roots()));
        config = result.ok ? result.config : undefined;
      } catch {
        config = undefined;
      }
    }
    const extra = this.extraRegistryFile();
    const root = this.roots()[0];
    const extraFiles = extra ? [isAbsolute(extra) || !root ? extra : resolve(root, extra)] : [];
    const registryFiles = loadRegistryFiles(configFile, config, extraFiles, (file) => this.read(file));
    const registryEntries = registryEntriesOf(registryFiles);
    const { loaded: parents, problems: parentProblems } = loadParentFiles(configFile, config, (file) => this.read(file));
    const folder = configFile ? dirname(configFile) : workspaceFolder;
    const parentFiles = folder ? new ParentFileFinder(folder, (file) => this.read(file), (file) => this.readHead(file)) : undefined;
    return { configFile, config, registryEntries, registryFiles, registry: registryFor(config, registryEntries), parents, parentProblems, parentFiles };
  }

  /** A file's first lines (its title), the open editor's text first. */
  private readHead(file: string): string {
    const open = this.documents.get(pathToFileURL(file).toString());
    return open ? open.getText().slice(0, 8192) : readHeadFromDisk(file);
  }

  private read(file: string): string {
    const open = this.documents.get(pathToFileURL(file).toString());
    return open ? open.getText() : readRegularText(file);
  }
}
