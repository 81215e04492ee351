import type { AnalysisOptions } from "../core/analyze.js";
import { dirname, resolve } from "node:path";
import { type ConfigProblem, formatPath, locateInJson } from "../core/config/load.js";
import type { PlanConfig, RuleSetting } from "../core/config/schema.js";
import { RULES_BY_ID } from "../core/rules/index.js";
import { PositionMapper } from "../core/text/positions.js";
import { type ExtendedProblem, findConfigFile, loadConfigFile, loadRegistryFiles, registryEntriesOf, type TextReader } from "../node/configFiles.js";
import { RawFolders } from "../node/rawNames.js";
import { readRegularText } from "../node/regularFile.js";
import { loadParentFiles, ParentFileFinder, parentsOtherThan } from "../node/parentFiles.js";
import { UsageError } from "./command.js";

/** A configuration or registry file that does not validate: exit code 2 with every problem located. */
export class ConfigError extends Error {}

export type PlanOptions = Pick<AnalysisOptions, "config" | "registryEntries" | "ruleOverrides" | "parents" | "parentFiles">;

type Loaded = { config: PlanConfig } & Pick<AnalysisOptions, "registryEntries" | "parents">;

export interface ConfigChoice {
  /** `--config FILE`: this file for every plan. */
  explicit?: string;
  /** `--no-config`: built-in defaults only. */
  none?: boolean;
  /** `--rule id=severity`, over whatever the file says. */
  rules?: readonly string[];
  /** Where a note for the user goes (stderr): a search for parent files that stopped at its bound. */
  note?: (message: string) => void;
}

const SEVERITY_SETTINGS = ["error", "warning", "info", "hint", "off"] as const;

/** Without a configuration, a plan's parent files are looked for in its folder and the folders right under it. */
const PLAN_FOLDER_DEPTH = 1;

/**
 * The analysis options for plans: --config, else the nearest .plancheck.json, else defaults,
 * with the entries of its registry files and the --rule overrides. Loaded once per
 * configuration file, so that checking a folder reads each file once and every plan shares one
 * registry; a bad file fails once and is remembered.
 */
export class CliConfigs {
  private readonly loaded = new Map<string, Loaded | ConfigError>();
  /**
   * The nearest configuration file per folder: a folder's plans share it, and the walk up to
   * the root (a file-system look-up per level) was asked twice per plan (the ignore globs, then
   * the options). A run is short; a file added while it runs is seen by the next one.
   */
  private readonly nearestByFolder = new Map<string, string | null>();
  private readonly ruleOverrides: Record<string, RuleSetting> | undefined;
  /** The parent files found by title, per folder (node/parentFiles.ts): each folder indexed once per run. */
  private readonly finders = new Map<string, ParentFileFinder>();
  /** Folders the run's walk met whose names are not UTF-8: the configuration in one is opened by their bytes. */
  readonly rawFolders = new RawFolders();
  private readonly read: TextReader = (file) => readRegularText(this.rawFolders.openable(file));

  constructor(private readonly choice: ConfigChoice = {}) {
    this.ruleOverrides = parseRuleOverrides(choice.rules ?? []);
  }

  /** The configuration file that applies to a plan, or null for the defaults. */
  configFileFor(planFile: string): string | null {
    if (this.choice.none) return null;
    if (this.choice.explicit !== undefined) return this.choice.explicit;
    const folder = dirname(resolve(planFile));
    let nearest = this.nearestByFolder.get(folder);
    if (nearest === undefined) this.nearestByFolder.set(folder, (nearest = findConfigFile(planFile, undefined, (path) => this.rawFolders.openable(path))));
    return nearest;
  }

  /** Throws ConfigError when the plan's configuration (or a registry file it names) is invalid. */
  for(planFile: string): PlanOptions {
    const configFile = this.configFileFor(planFile);
    const overrides = this.ruleOverrides ? { ruleOverrides: this.ruleOverrides } : {};
    // A parent the plan names by title is looked for in the folder its configuration covers,
    // else in its own folder (the editor looks in its workspace folder).
    const parentFiles = configFile ? this.finderFor(dirname(resolve(configFile))) : this.finderFor(dirname(resolve(planFile)), PLAN_FOLDER_DEPTH);
    if (!configFile) return { parentFiles, ...overrides };
    const loaded = this.load(configFile);
    if (loaded instanceof ConfigError) throw loaded;
    const parents = loaded.parents && parentsOtherThan(loaded.parents, planFile);
    return { ...loaded, ...(parents !== loaded.parents ? { parents } : {}), parentFiles, ...overrides };
  }

  private finderFor(folder: string, depth?: number): ParentFileFinder {
    const key = `${depth ?? ""}\0${folder}`;
    let finder = this.finders.get(key);
    if (!finder) {
      const note = this.choice.note;
      const onLimit = note && ((searched: string, entries: number) => note(`提示：在“${searched}”中查找上位文件时，条目超过 ${entries} 个，只查看了前 ${entries} 个；上位文件可在 .plancheck.json 的 parents 中写明，或用 --parent 指定`));
      this.finders.set(key, (finder = new ParentFileFinder(folder, undefined, undefined, depth, onLimit)));
    }
    return finder;
  }

  /** The `ignore` globs of a configuration file (none when it does not load: that is reported on reading). */
  ignorePatterns(configFile: string): string[] {
    const loaded = this.load(configFile);
    return loaded instanceof ConfigError ? [] : (loaded.config.ignore ?? []);
  }

  private load(configFile: string) {
    let loaded = this.loaded.get(configFile);
    if (!loaded) {
      try {
        loaded = load(configFile, this.read);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        loaded = error;
      }
      this.loaded.set(configFile, loaded);
    }
    return loaded;
  }
}

function parseRuleOverrides(rules: readonly string[]): Record<string, RuleSetting> | undefined {
  if (rules.length === 0) return undefined;
  const overrides: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const match = /^([^=]+)=(.+)$/.exec(rule);
    if (!match) throw new UsageError(`--rule 的写法应为 规则=级别，如 --rule units/unknown=off：${rule}`);
    const [, id, severity] = match as unknown as [string, string, string];
    if (!RULES_BY_ID.has(id.trim())) throw new UsageError(`--rule 中的规则不存在：${id}（plancheck rules 列出全部规则）`);
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity.trim())) throw new UsageError(`--rule 中的级别无效：${severity}（可用 ${SEVERITY_SETTINGS.join("、")}）`);
    overrides[id.trim()] = severity.trim() as RuleSetting;
  }
  return overrides;
}

function load(configFile: string, read: TextReader): Loaded {
  let loaded;
  try {
    loaded = loadConfigFile(configFile, read);
  } catch {
    throw new ConfigError(`无法读取配置文件：${configFile}`);
  }
  // The registry and parent files it names have problems of their own, said in the same run as the file's.
  const named = loaded.ok ? namedFiles(configFile, loaded.config, loaded.text ?? "", read) : loaded.partial ? namedFiles(configFile, loaded.partial, loaded.text, read) : undefined;
  const own = [...(loaded.ok ? [] : loaded.problems), ...(named?.entryProblems ?? [])];
  const extended = loaded.ok ? "" : locatedExtended(loaded.extended);
  const registryProblems = named?.registryProblems ?? [];
  if (!loaded.ok || own.length > 0 || registryProblems.length > 0) {
    // Each problem where it is: this file's here, an extended file's in that file, saying which `extends` pulled it in.
    const lines = [located(configFile, loaded.text ?? "", own), extended].filter(Boolean);
    throw new ConfigError([...(lines.length > 0 ? [`配置文件无效：${configFile}\n${lines.join("\n")}`] : []), ...registryProblems].join("\n"));
  }
  return { config: loaded.config, registryEntries: registryEntriesOf(named!.registryFiles), parents: named!.parents.loaded };
}

/**
 * The registry and parent files a configuration names, read: the problems of its entries
 * (a file that cannot be read, a parent that does not load), located in the configuration,
 * and each registry file's own problems, located in that file.
 */
function namedFiles(configFile: string, config: PlanConfig, text: string, read: TextReader) {
  const registryFiles = loadRegistryFiles(configFile, config, [], read);
  const named = config.units?.registryFiles ?? [];
  const entryProblems: ConfigProblem[] = [];
  const registryProblems: string[] = [];
  for (const file of registryFiles) {
    if (file.ok) continue;
    if (file.unreadable) {
      // A file that cannot be read has no text to point into: point at the entry that names it.
      const index = named.findIndex((entry) => resolve(dirname(configFile), entry) === file.file);
      const path = index >= 0 ? ["units", "registryFiles", index] : ["units", "registryFiles"];
      entryProblems.push({ path: formatPath(path), message: `找不到或无法读取责任单位名录文件：${file.file}`, ...locateInJson(text, path) });
    } else registryProblems.push(`责任单位名录无效：${file.file}\n${located(file.file, file.text, file.problems)}`);
  }
  const parents = loadParentFiles(configFile, config, read);
  // Each problem on the `parents` entry that names the file, as registry files are located.
  const parentEntries = config.parents ?? [];
  for (const problem of parents.problems) {
    const index = parentEntries.indexOf(problem.entry);
    const path = index >= 0 ? ["parents", index] : ["parents"];
    entryProblems.push({ path: formatPath(path), message: problem.message, ...locateInJson(text, path) });
  }
  return { registryFiles, parents, entryProblems, registryProblems };
}

/** Problems of files pulled in by `extends`, each at its place in its file, with the entries that pulled the file in. */
function locatedExtended(problems: readonly ExtendedProblem[]): string {
  const mappers = new Map<string, PositionMapper>();
  const at = (file: string, text: string, offset: number) => {
    let mapper = mappers.get(file);
    if (!mapper) mappers.set(file, (mapper = new PositionMapper(text)));
    const { line, character } = mapper.positionAt(offset);
    return `${file}:${line + 1}:${character + 1}`;
  };
  return problems
    .map((problem) => {
      const via = problem.via.map((entry) => `${at(entry.file, entry.text, entry.start)} 的 ${entry.path}`).join(" → ");
      return `  ${at(problem.file, problem.text, problem.start)}  ${problem.path || "（整个文件）"}：${problem.message}（由 ${via} 引入）`;
    })
    .join("\n");
}

export function located(file: string, text: string, problems: readonly ConfigProblem[]): string {
  const mapper = new PositionMapper(text);
  // In the file's order, as a reader goes through it: the schema's problems and the rules' come apart.
  return [...problems]
    .sort((a, b) => a.start - b.start)
    .map((problem) => {
      const { line, character } = mapper.positionAt(problem.start);
      return `  ${file}:${line + 1}:${character + 1}  ${problem.path || "（整个文件）"}：${problem.message}`;
    })
    .join("\n");
}
