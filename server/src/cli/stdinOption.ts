import type { OptionSpec, OptionValues } from "./command.js";
import { UsageError } from "./command.js";

/**
 * `--stdin [--stdin-filename NAME]`: the plan on standard input instead of files, for every
 * command that reads plans (check, outline, units, targets, coverage, export) — an editor or a
 * pipeline hands over text it has not saved. `inputs.ts` reads it where it reads files, so a
 * command needs only these options and its help lines.
 */
export const STDIN_OPTIONS: Record<string, OptionSpec> = {
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
};

/** The help lines; `fixNote` adds what --fix does with standard input (check only). */
export function stdinHelp(fixNote = ""): string {
  return `  --stdin                    从标准输入读取方案${fixNote}
  --stdin-filename 名称      标准输入的文件名（用于报告和查找 .plancheck.json）`;
}

/**
 * Whether the plan comes from standard input; refuses files beside it, a name without it, and
 * `--ext`, which picks files in folders and would do nothing (a void option is refused, never ignored).
 */
export function readsStdin(values: OptionValues, args: readonly string[]): boolean {
  if (values.stdin === true && args.length > 0) throw new UsageError("使用 --stdin 时不能再指定文件");
  if (values.stdin === true && values.ext !== undefined) throw new UsageError("--ext 与 --stdin 不能同时使用：--ext 只决定目录中检查哪些文件，标准输入不经过目录");
  if (values["stdin-filename"] !== undefined && values.stdin !== true) throw new UsageError("--stdin-filename 需要与 --stdin 一起使用");
  return values.stdin === true;
}
