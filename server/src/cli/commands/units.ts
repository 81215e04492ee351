import { analyze } from "../../core/analyze.js";
import { PositionMapper } from "../../core/text/positions.js";
import { unitMatrixRows } from "../../core/units/matrix.js";
import type { CliConfigs } from "../configs.js";
import { collectPlanFiles, InputError, readPlanFile } from "../files.js";
import { type FileMatrix, formatUnitsCsv, formatUnitsJson, formatUnitsMarkdown, UNIT_FORMATS, type UnitFormat } from "../format/units.js";

/**
 * `plancheck units [--format csv|markdown|json] FILE…` — the unit × task matrix of the given
 * plans (folders are searched for .plan files). The rows come from the core; this only reads
 * files and picks the format. Without --format it prints Markdown, which reads well in a terminal.
 */
export function unitsCommand(paths: string[], requested: string, configs: CliConfigs, io: { stdout(text: string): void }): number {
  const format = (requested === "text" ? "markdown" : requested) as UnitFormat;
  if (!UNIT_FORMATS.includes(format)) throw new InputError(`units 不支持的输出格式：${requested}（可用 csv、markdown、json）`);
  if (paths.length === 0) throw new InputError("units 需要至少一个文件或目录");
  const files: FileMatrix[] = collectPlanFiles(paths).map((file) => {
    const text = readPlanFile(file);
    return { file, rows: unitMatrixRows(analyze(text, configs.for(file)).plan), mapper: new PositionMapper(text) };
  });
  io.stdout(format === "json" ? formatUnitsJson(files) : format === "csv" ? formatUnitsCsv(files) : formatUnitsMarkdown(files));
  return 0;
}
