import { analyze } from "../../core/analyze.js";
import type { PlanDocument } from "../../core/model/types.js";
import { basisCitations } from "../../core/parents/resolve.js";
import { PositionMapper } from "../../core/text/positions.js";
import { coverageOf } from "../../core/xref/coverage.js";
import { type CliCommand, EXIT_OK, EXIT_USAGE } from "../command.js";
import { COVERAGE_FORMATS, coverageCsvRows, coverageJson, formatCoverageCsv, formatCoverageCsvHeader, formatCoverageMarkdown, formatNoParentMarkdown } from "../format/coverage.js";
import { streamedJsonArray } from "../format/report.js";
import { jsonText } from "../format/printable.js";
import { STDIN_OPTIONS, stdinHelp } from "../stdinOption.js";
import { knownParentList, PARENT_OPTION, parentOptionHelp, requestedParent, withRequestedParentFile } from "../parentOption.js";

/**
 * `plancheck coverage [--format markdown|csv|json] [--parent 名称] PATH…` — which tasks of each
 * plan's parent document (the national outline, by default the plan's first parent) the plan
 * takes up, by annotation or inferred, and which it leaves out. Paths are read as `check` reads
 * them (files, folders, globs; `inputs.ts`), one plan at a time, one section per plan. A plan
 * with no parent is reported as such (on stderr, in the Markdown and the JSON) and the others are
 * still done. It is a valid plan (a provincial plan implementing a document no file here holds),
 * not a bad input: a CI step over a mixed folder must not fail on it. Only a run that covered no
 * plan at all — one file named alone, or every plan without a parent — ends with exit 2: it
 * answered nothing it was asked.
 *
 * JSON: one file named on its own gives the Coverage object of ../shared/spec/cli-json.md, as it
 * always did; otherwise (several paths, a folder, a glob) `{ "version": 1, "files": [...] }`, each
 * element that object without `version`, or `{ "file", "error" }` for a plan with no parent.
 */
export const command: CliCommand = {
  options: { ...PARENT_OPTION, ...STDIN_OPTIONS },
  help: `用法：plancheck coverage [选项] 文件、目录或 glob…

  --format markdown|csv|json 输出格式（默认 markdown；csv 为带 BOM 的 UTF-8）
${parentOptionHelp("各方案的第一个上位文件")}
${stdinHelp()}`,
  async run(context) {
    const format = context.format([...COVERAGE_FORMATS, "text"] as const, "markdown");
    const files = streamedJsonArray('{\n  "version": 1,\n  "files": [', "\n}\n", 2);
    let single = false;
    let first = true;
    // Whether a section (Markdown) or the header (CSV) is out: a plan with no parent writes neither.
    let written = false;
    let covered = 0;
    let plans = 0;
    for await (const plan of context.eachPlan(context.args)) {
      // One file named on its own (not found under a folder or by a glob), or stdin: the one-object JSON.
      if (first) single = (context.args.length === 1 && plan.file === context.args[0]) || context.values.stdin === true;
      plans++;
      const analysis = analyze(plan.text, withRequestedParentFile(plan.options, context.values));
      const requested = requestedParent(context.values, analysis.knownParents);
      const parent = requested ?? analysis.parents[0]?.parent ?? null;
      if (!parent) {
        const problem = noParentProblem(analysis.plan, knownParentList(analysis.knownParents));
        context.io.stderr(`${plan.file}：${problem}\n`);
        if (format === "json" && !single) context.emit(files.add({ file: plan.file, error: problem }));
        else if (format !== "json" && format !== "csv") {
          context.emit(`${written ? "\n" : ""}${formatNoParentMarkdown(plan.file, problem)}`);
          written = true;
        }
      } else {
        // A parent named on the command line is the reviewer's to measure by, whatever the plan states as its basis.
        const parents = requested ? analysis.parents.map((entry) => (entry.parent === requested ? { ...entry, implementsOther: null } : entry)) : analysis.parents;
        const found = coverageOf(analysis.plan, parent, parents, analysis.knownParents);
        // A parent named on the command line is the reviewer's, not one inferred from the plan.
        const coverage = requested ? { ...found, inferred: false } : found;
        // A task-table row is named by its line, counted in the text the plan was read as.
        const lines = new PositionMapper(analysis.plan.text);
        if (format === "json") context.emit(single ? jsonText({ version: 1, ...coverageJson(plan.file, coverage, lines) }) + "\n" : files.add(coverageJson(plan.file, coverage, lines)));
        else if (format === "csv") context.emit(written ? coverageCsvRows(plan.file, coverage, lines) : formatCoverageCsv(plan.file, coverage, lines));
        else context.emit(`${written ? "\n" : ""}${formatCoverageMarkdown(plan.file, coverage, lines)}`);
        written = true;
        covered++;
      }
      first = false;
      await context.drained();
    }
    if (format === "json" && !single) context.emit(files.end());
    if (format === "csv" && !written) context.emit(formatCoverageCsvHeader());
    return plans > 0 && covered === 0 ? EXIT_USAGE : EXIT_OK;
  },
};

/**
 * Why a plan has no parent and what to do, true to what it already says: a plan whose preamble
 * cites its basis (为贯彻落实《知识产权强国建设纲要》) implements that document, which the checker
 * does not carry: it is told so and how to give the document (a `parents` entry with its file, a
 * file of that title in the folder, or --parent), never to name the built-in outline instead; a
 * plan that cites none is told the ways to name one.
 */
function noParentProblem(plan: PlanDocument, available: string): string {
  const cited = [...new Set(basisCitations(plan).map((citation) => citation.title))];
  if (cited.length > 0) {
    const which = cited.length > 1 ? "这些文件" : "这份文件";
    const one = cited.length > 1 ? "要对照的一份" : "它";
    const example = `${cited[0]!.replace(/[（(][^（）()]*[）)]$/, "")}.plan`;
    return `找不到方案的上位文件：方案序言写明贯彻的是${cited.map((title) => `《${title}》`).join("")}，本工具没有${which}（已知的上位文件：${available}），文件夹中也没有以其为标题的 .plan 文件。要对照检查，请把${one}保存为 .plan 文件，在 .plancheck.json 的 parents 中写上该文件的路径（如 "parents": ["${example}"]；没有 .plancheck.json 时在方案所在的文件夹新建一个），或把该文件放在 .plancheck.json（没有时为本方案）所在的文件夹中，或用 --parent 文件路径 指定`;
  }
  return `找不到方案的上位文件。请在文首元数据写“上位文件: 质量强国建设纲要”、在序言中引用，或用 --parent 指定（可用：${available}）`;
}
