import { resolve } from "node:path";
import { resolveSetting } from "../../core/analyze.js";
import { ALL_RULES } from "../../core/rules/index.js";
import { type CommandContext, EXIT_OK, UsageError } from "../command.js";
import { jsonText } from "../format/printable.js";

/**
 * `plancheck --print-config FILE`: the configuration that applies to FILE (after `extends`,
 * with `--rule` overrides) and each rule's resulting severity and options, as JSON — to answer
 * “why is this rule (not) reported here?” without reading the configuration files by hand.
 */
export function printConfig(context: CommandContext, file: string): number {
  // Nothing is checked: files named besides would be silently left out.
  if (context.args.length > 0) throw new UsageError(`--print-config 只输出一个文件的配置，不检查文件，多余的参数：${context.args.join(" ")}`);
  // An invalid configuration throws ConfigError: exit 2 with every problem located.
  const options = context.configs.for(file);
  const rules = Object.fromEntries(ALL_RULES.map((rule) => [rule.meta.id, resolveSetting(rule, options)]));
  const configFile = context.configs.configFileFor(resolve(file));
  context.emit(jsonText({ version: 1, file, configFile, config: options.config ?? {}, ruleOverrides: options.ruleOverrides ?? {}, rules }) + "\n");
  return EXIT_OK;
}
