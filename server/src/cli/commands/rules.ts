import { ALL_RULES } from "../../core/rules/index.js";
import { type CliCommand, EXIT_OK } from "../command.js";
import { jsonText } from "../format/printable.js";

/** `plancheck rules` — every rule with its default severity, fixability and description. */
export const command: CliCommand = {
  help: `用法：plancheck rules [选项]

  --format text|json         输出格式（默认 text）`,
  takesArguments: false,
  run(context) {
    const format = context.format(["text", "json"] as const, "text");
    if (format === "json") {
      const rules = ALL_RULES.map(({ meta }) => ({ id: meta.id, family: meta.family, severity: meta.severity, fixable: meta.fixable, description: meta.description }));
      context.emit(jsonText({ version: 1, rules }) + "\n");
      return EXIT_OK;
    }
    const width = Math.max(...ALL_RULES.map((rule) => rule.meta.id.length)) + 2;
    for (const { meta } of ALL_RULES) {
      context.emit(`${meta.id.padEnd(width)} ${meta.severity.padEnd(8)} ${meta.fixable ? "可修复" : "      "}  ${meta.description}\n`);
    }
    return EXIT_OK;
  },
};
