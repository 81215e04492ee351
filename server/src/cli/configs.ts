import type { AnalysisOptions } from "../core/analyze.js";
import type { ConfigProblem } from "../core/config/load.js";
import { PositionMapper } from "../core/text/positions.js";
import { findConfigFile, loadConfigFile, loadRegistryFiles, registryEntriesOf } from "../node/configFiles.js";
import { loadParentFiles } from "../node/parentFiles.js";

/** A configuration or registry file that does not validate: exit code 2 with every problem located. */
export class ConfigError extends Error {}

type PlanOptions = Pick<AnalysisOptions, "config" | "registryEntries" | "parents">;

/**
 * The analysis options for plans: --config, else the nearest .plancheck.json, else defaults,
 * with the entries of its registry files. Loaded once per configuration file, so that checking
 * a folder reads each file once and every plan shares one registry.
 */
export class CliConfigs {
  private readonly loaded = new Map<string, PlanOptions>();

  constructor(private readonly explicit: string | undefined) {}

  for(planFile: string): PlanOptions {
    const configFile = this.explicit ?? findConfigFile(planFile);
    if (!configFile) return {};
    let options = this.loaded.get(configFile);
    if (!options) this.loaded.set(configFile, (options = load(configFile)));
    return options;
  }
}

function load(configFile: string): PlanOptions {
  let loaded;
  try {
    loaded = loadConfigFile(configFile);
  } catch {
    throw new ConfigError(`无法读取配置文件：${configFile}`);
  }
  if (!loaded.ok) throw new ConfigError(`配置文件无效：${configFile}\n${located(configFile, loaded.text, loaded.problems)}`);
  const registryFiles = loadRegistryFiles(configFile, loaded.config);
  const invalid = registryFiles.flatMap((file) => (file.ok ? [] : [`责任单位名录无效：${file.file}\n${located(file.file, file.text, file.problems)}`]));
  const parents = loadParentFiles(configFile, loaded.config);
  invalid.push(...parents.problems.map((problem) => `${configFile}：parents：${problem.message}`));
  if (invalid.length > 0) throw new ConfigError(invalid.join("\n"));
  return { config: loaded.config, registryEntries: registryEntriesOf(registryFiles), parents: parents.loaded };
}

function located(file: string, text: string, problems: readonly ConfigProblem[]): string {
  const mapper = new PositionMapper(text);
  return problems
    .map((problem) => {
      const { line, character } = mapper.positionAt(problem.start);
      return `  ${file}:${line + 1}:${character + 1}  ${problem.path || "（整个文件）"}：${problem.message}`;
    })
    .join("\n");
}
