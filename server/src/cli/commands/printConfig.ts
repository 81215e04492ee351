import { resolve } from "node:path";
import { resolveSetting } from "../../core/analyze.js";
import { ALL_RULES } from "../../core/rules/index.js";
import { type CommandContext, EXIT_OK } from "../command.js";

/**
 * `plancheck --print-config FILE`: the configuration that applies to FILE (after `extends`,
 * with `--rule` overrides) and each rule's resulting severity and options, as JSON — to answer
 * “why is this rule (not) reported here?” without reading the configuration files by hand.
 */
export function printConfig(context: CommandContext, file: string): number {
  // An invalid configuration throws ConfigError: exit 2 with every problem located.
  const options = context.configs.for(file);
  const rules = Object.fromEntries(ALL_RULES.map((rule) => [rule.meta.id, resolveSetting(rule, options)]));
  const configFile = context.configs.configFileFor(resolve(file));
  context.emit(JSON.stringify({ version: 1, file, configFile, config: options.config ?? {}, ruleOverrides: options.ruleOverrides ?? {}, rules }, null, 2) + "\n");
  return EXIT_OK;
}
