import { analyze } from "../../core/analyze.js";
import type { ResolvedParent } from "../../core/parents/index.js";
import { targetTableRows } from "../../core/targets/table.js";
import { PositionMapper } from "../../core/text/positions.js";
import { type CliCommand, EXIT_OK } from "../command.js";
import { STDIN_OPTIONS, stdinHelp } from "../stdinOption.js";
import { type FileTargets, formatTargetsCsv, formatTargetsJson, formatTargetsMarkdown, TARGET_FORMATS } from "../format/targets.js";
import { PARENT_OPTION, parentOptionHelp, requestedParent, withRequestedParentFile } from "../parentOption.js";

/**
 * `plancheck targets [--format csv|markdown|json] [--parent 名称] PATH…` — every target of the
 * given plans with its parent's figure and the verdict. The rows come from the core (the
 * editor's 目标指标表 shows the same); this only reads files and picks the format and parent.
 */
export const command: CliCommand = {
  options: { ...PARENT_OPTION, ...STDIN_OPTIONS },
  help: `用法：plancheck targets [选项] 文件、目录或 glob…

  --format csv|markdown|json 输出格式（默认 markdown；csv 为带 BOM 的 UTF-8，Excel/WPS 可直接打开）
${parentOptionHelp("方案自己的上位文件")}
${stdinHelp()}`,
  async run(context) {
    const format = context.format([...TARGET_FORMATS, "text"] as const, "markdown");
    const plans = await context.readPlans(context.args);
    const files: FileTargets[] = plans.map((plan) => {
      const analysis = analyze(plan.text, withRequestedParentFile(plan.options, context.values));
      const requested = requestedParent(context.values, analysis.knownParents);
      // A parent named on the command line stands in for the plan's own, as a configured one would.
      const parents: readonly ResolvedParent[] = requested ? [{ parent: requested, via: "config", span: null, secondaryTo: null, implementsOther: null, through: null }] : analysis.parents;
      return { file: plan.file, rows: targetTableRows(analysis.plan, parents, plan.options.config), mapper: new PositionMapper(plan.text) };
    });
    context.emit(format === "json" ? formatTargetsJson(files) : format === "csv" ? formatTargetsCsv(files) : formatTargetsMarkdown(files));
    return EXIT_OK;
  },
};
