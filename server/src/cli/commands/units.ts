import { analyze } from "../../core/analyze.js";
import { PositionMapper } from "../../core/text/positions.js";
import { registryFor } from "../../core/units/registry.js";
import { unitReport } from "../../core/units/report.js";
import { editDistance } from "../../core/text/editDistance.js";
import { roleInRow, unitsThroughGroups, unitTaskList } from "../../core/units/unitTasks.js";
import { type CliCommand, EXIT_OK, EXIT_USAGE } from "../command.js";
import { STDIN_OPTIONS, stdinHelp } from "../stdinOption.js";
import { type FileMatrix, formatUnitsCsv, formatUnitsJson, formatUnitsMarkdown, formatUnitTasksMarkdown, UNIT_FORMATS } from "../format/units.js";

/**
 * `plancheck units [--format csv|markdown|json] PATH…` — the unit × task matrix of the given
 * plans, each with its own summary. The report comes from the core (units/report.ts); this only
 * reads files and picks the format. Without --format it prints Markdown, which reads well in a
 * terminal. `--unit NAME` (repeatable) narrows it to one department's task list: its tasks, its
 * role in each and the units it shares them with, and the tasks of the group terms it belongs to,
 * marked with the group (units/unitTasks.ts); a name no plan gives a task to is exit 2, as a
 * mistyped file is.
 */
export const command: CliCommand = {
  options: { unit: { type: "string", multiple: true }, ...STDIN_OPTIONS },
  help: `用法：plancheck units [选项] 文件、目录或 glob…

  --format csv|markdown|json 输出格式（默认 markdown；csv 为带 BOM 的 UTF-8）
  --unit 单位名称            只列出该单位的任务（角色和同任务的其他单位），可重复；
                             同一单位的其他写法（市科学技术局 / 市科技局）也算；
                             该单位所属统称（各镇人民政府、区直各部门、各有关部门）
                             的任务一并列出，并注明经由哪个统称
${stdinHelp()}`,
  async run(context) {
    const format = context.format([...UNIT_FORMATS, "text"] as const, "markdown");
    const plans = await context.readPlans(context.args);
    const asked = ((context.values.unit as string[] | undefined) ?? []).map((name) => name.trim()).filter((name) => name !== "");
    // Every name the plans write, for the suggestions when an asked name is not among them.
    const written = new Set<string>();
    const files: FileMatrix[] = plans.map((plan) => {
      const analysed = analyze(plan.text, plan.options).plan;
      const registry = registryFor(plan.options.config, plan.options.registryEntries);
      const report = unitReport(analysed, registry);
      // The summary says, beside the tasks that name a department, those it gets through its group terms.
      const throughGroups = unitsThroughGroups(analysed, report, registry);
      if (asked.length === 0) return { file: plan.file, report, mapper: new PositionMapper(plan.text), throughGroups };
      for (const row of report.rows) for (const unit of row.units) written.add(unit);
      // JSON and CSV keep their shape, narrowed to the rows and summaries of the asked units.
      const taskLists = asked.map((name) => unitTaskList(analysed, report, registry, name));
      const rolesAsked = taskLists.map((list) => roleInRow(analysed, registry, list, report));
      // Each row kept says, per asked unit reached only through a group term in it, which group (CSV's 经由统称).
      const kept = report.rows.map((row) => ({ row, roles: rolesAsked.map((roleOf) => roleOf(row)) })).filter(({ roles }) => roles.some((role) => role !== null));
      const narrowed = { ...report, rows: kept.map(({ row }) => row), units: report.units.filter((tally) => taskLists.some((list) => list.tally === tally)), groups: report.groups.filter((tally) => taskLists.some((list) => list.tally === tally)) };
      const rowRoles = kept.map(({ roles }) => roles);
      return { file: plan.file, report: narrowed, mapper: new PositionMapper(plan.text), taskLists, rowRoles, throughGroups: throughGroups.filter((unit) => narrowed.units.includes(unit.tally)) };
    });
    if (asked.length > 0 && format === "markdown") context.emit(formatUnitTasksMarkdown(files));
    else context.emit(format === "json" ? formatUnitsJson(files) : format === "csv" ? formatUnitsCsv(files) : formatUnitsMarkdown(files));
    const unknown = asked.filter((_, i) => files.every((file) => (file.taskLists?.[i]?.tasks.length ?? 0) === 0));
    if (plans.length > 0 && unknown.length > 0) {
      for (const name of unknown) {
        const near = nearestWritings(name, [...written]);
        context.io.stderr(`plancheck：没有任何方案给“${name}”分配任务（请核对单位名称${near.length > 0 ? `；方案中有：${near.join("、")}` : ""}）\n`);
      }
      return EXIT_USAGE;
    }
    return EXIT_OK;
  },
};

/**
 * The plans' unit names a mistyped or differently written name may mean: those that hold it or
 * that it holds (海关 → 赣州海关), else the nearest at most two characters away (市科枝局 → 市科技局).
 */
function nearestWritings(asked: string, written: readonly string[]): string[] {
  const holding = written.filter((name) => name.includes(asked) || asked.includes(name));
  if (holding.length > 0) return holding.slice(0, 5);
  const distances = written.map((name) => ({ name, distance: editDistance(asked, name) }));
  const nearest = Math.min(2, ...distances.map((candidate) => candidate.distance));
  return distances.filter((candidate) => candidate.distance === nearest).slice(0, 5).map((candidate) => candidate.name);
}
