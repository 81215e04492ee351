import { analyze } from "../../core/analyze.js";
import { coverageOf } from "../../core/xref/coverage.js";
import { type CliCommand, EXIT_OK, EXIT_USAGE, UsageError } from "../command.js";
import { COVERAGE_FORMATS, formatCoverageCsv, formatCoverageJson, formatCoverageMarkdown } from "../format/coverage.js";
import { knownParentList, PARENT_OPTION, parentOptionHelp, requestedParent } from "../parentOption.js";

/**
 * `plancheck coverage [--format markdown|csv|json] [--parent 名称] FILE` — which tasks of the
 * plan's parent document (the national outline, by default the plan's first parent) the plan
 * takes up, by annotation or inferred, and which it leaves out.
 */
export const command: CliCommand = {
  options: PARENT_OPTION,
  help: `用法：plancheck coverage [选项] 文件

  --format markdown|csv|json 输出格式（默认 markdown；csv 为带 BOM 的 UTF-8）
${parentOptionHelp("方案的第一个上位文件")}`,
  async run(context) {
    const format = context.format([...COVERAGE_FORMATS, "text"] as const, "markdown");
    if (context.args.length !== 1) throw new UsageError("coverage 需要且只需要一个文件");
    const [plan] = await context.readPlans(context.args);
    if (!plan) return EXIT_USAGE;
    const analysis = analyze(plan.text, plan.options);
    const parent = requestedParent(context.values, analysis.knownParents) ?? analysis.parents[0]?.parent ?? null;
    if (!parent) {
      throw new UsageError(
        `${plan.file}：找不到方案的上位文件。请在文首元数据写“上位文件: 质量强国建设纲要”、在序言中引用，或用 --parent 指定（可用：${knownParentList(analysis.knownParents)}）`,
      );
    }
    const coverage = coverageOf(analysis.plan, parent, analysis.parents, analysis.knownParents);
    context.emit(format === "json" ? formatCoverageJson(plan.file, coverage) : format === "csv" ? formatCoverageCsv(plan.file, coverage) : formatCoverageMarkdown(plan.file, coverage));
    return EXIT_OK;
  },
};
