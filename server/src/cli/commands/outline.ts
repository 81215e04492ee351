import { statSync } from "node:fs";
import { analyze } from "../../core/analyze.js";
import { attachmentEntries, outlineEntries } from "../../core/outline.js";
import { PositionMapper } from "../../core/text/positions.js";
import { type CliCommand, EXIT_OK, EXIT_USAGE, UsageError } from "../command.js";
import { formatOutlineText } from "../format/outline.js";
import { jsonText } from "../format/printable.js";
import { readsStdin, STDIN_OPTIONS, stdinHelp } from "../stdinOption.js";

/** `plancheck outline FILE` — how the plan was understood: the outline tree (text or the JSON contract). */
export const command: CliCommand = {
  options: STDIN_OPTIONS,
  help: `用法：plancheck outline [选项] 文件

  --format text|json         输出格式（默认 text）
${stdinHelp()}`,
  async run(context) {
    const format = context.format(["text", "json"] as const, "text");
    if (!readsStdin(context.values, context.args) && context.args.length !== 1) throw new UsageError("outline 需要且只需要一个文件（或 --stdin）");
    if (context.args.length === 1 && isFolder(context.args[0]!)) throw new UsageError(`${context.args[0]} 是目录，这里需要一个文件`);
    const [plan] = await context.readPlans(context.args);
    if (!plan) return EXIT_USAGE;
    const { plan: model } = analyze(plan.text, plan.options);
    const mapper = new PositionMapper(plan.text);
    if (format === "json") {
      const attachments = attachmentEntries(model, mapper);
      const json = { version: 1, file: plan.file, title: model.metadata.title, items: outlineEntries(model, mapper), ...(attachments.length > 0 ? { attachments } : {}) };
      context.emit(jsonText(json) + "\n");
    } else {
      context.emit(formatOutlineText(model, mapper));
    }
    return EXIT_OK;
  },
};

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
