import { UsageError, type OptionValues } from "./command.js";

/**
 * `check`'s modes that write something other than a report, and the options such a mode would
 * leave without effect. Each is refused with exit 2, as `--fix` with `--fix-dry-run` is: an
 * option that silently does nothing (`--print-config FILE --format sarif` printed JSON) lets a
 * CI step believe it got what it asked for.
 */
interface Mode {
  /** The option (or options) that choose the mode, as the user writes them. */
  name: string;
  active(values: OptionValues): boolean;
  /** What the mode does instead of a report: why the options below are void. */
  does: string;
  /** The options it leaves without effect; `format` unless it is the one the mode writes. */
  ignores: readonly string[];
  /** The one `--format` the mode's output is, if any. */
  format?: string;
}

const REPORT_OPTIONS = ["fail-on", "max-warnings", "quiet"];

const MODES: readonly Mode[] = [
  {
    name: "--print-config",
    active: (values) => typeof values["print-config"] === "string",
    does: "只输出该文件生效的配置（JSON），不做检查",
    format: "json",
    ignores: ["fix", "fix-dry-run", "fix-type", ...REPORT_OPTIONS, "stdin", "stdin-filename", "cache", "cache-location", "write-baseline", "baseline", "report-unused-disable-directives", "report-unused-disable-directives-severity", "ext"],
  },
  {
    name: "--write-baseline",
    active: (values) => values["write-baseline"] === true,
    does: "只把问题记入基线，不输出报告，退出码为 0",
    ignores: ["format", "output", "fix-dry-run", ...REPORT_OPTIONS],
  },
  {
    name: "--fix-dry-run",
    active: (values) => values["fix-dry-run"] === true,
    does: "只输出修复的统一 diff，不输出报告",
    ignores: ["format", "quiet"],
  },
  {
    name: "--stdin --fix",
    active: (values) => values.stdin === true && values.fix === true,
    does: "只输出修复后的文本，不输出报告",
    ignores: ["format", "quiet"],
  },
];

export function refuseIgnoredOptions(values: OptionValues): void {
  for (const mode of MODES) {
    if (!mode.active(values)) continue;
    for (const option of mode.ignores) {
      const value = values[option];
      if (value === undefined || value === false) continue;
      if (option === "format" && value === mode.format) continue;
      const written = typeof value === "string" ? `--${option} ${value}` : `--${option}`;
      throw new UsageError(`${written} 与 ${mode.name} 不能同时使用：${mode.name} ${mode.does}`);
    }
    if (mode.format !== undefined && values.format !== undefined && values.format !== mode.format) {
      throw new UsageError(`--format ${String(values.format)} 与 ${mode.name} 不能同时使用：${mode.name} ${mode.does}`);
    }
  }
  if (values["cache-location"] !== undefined && values.cache !== true) throw new UsageError("--cache-location 需要与 --cache 一起使用");
}
