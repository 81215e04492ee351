import { analyze } from "../../core/analyze.js";
import { PositionMapper } from "../../core/text/positions.js";
import { registryFor } from "../../core/units/registry.js";
import { unitReport } from "../../core/units/report.js";
import { type CliCommand, EXIT_OK } from "../command.js";
import { type FileMatrix, formatUnitsCsv, formatUnitsJson, formatUnitsMarkdown, UNIT_FORMATS } from "../format/units.js";

/**
 * `plancheck units [--format csv|markdown|json] PATH…` — the unit × task matrix of the given
 * plans, each with its own summary. The report comes from the core (units/report.ts); this only
 * reads files and picks the format. Without --format it prints Markdown, which reads well in a
 * terminal.
 */
export const command: CliCommand = {
  help: `用法：plancheck units [选项] 文件、目录或 glob…

  --format csv|markdown|json 输出格式（默认 markdown；csv 为带 BOM 的 UTF-8）`,
  async run(context) {
    const format = context.format([...UNIT_FORMATS, "text"] as const, "markdown");
    const plans = await context.readPlans(context.args);
    const files: FileMatrix[] = plans.map((plan) => ({
      file: plan.file,
      report: unitReport(analyze(plan.text, plan.options).plan, registryFor(plan.options.config, plan.options.registryEntries)),
      mapper: new PositionMapper(plan.text),
    }));
    context.emit(format === "json" ? formatUnitsJson(files) : format === "csv" ? formatUnitsCsv(files) : formatUnitsMarkdown(files));
    return EXIT_OK;
  },
};
