import { parseArgs } from "node:util";
import { analyze } from "../core/analyze.js";
import { fixAll } from "../core/fixes/applyFixes.js";
import { outlineEntries } from "../core/outline.js";
import { ALL_RULES } from "../core/rules/index.js";
import { SEVERITIES, type Severity } from "../core/rules/types.js";
import { PositionMapper } from "../core/text/positions.js";
import { parentCommand } from "./commands/parent.js";
import { unitsCommand } from "./commands/units.js";
import { CliConfigs, ConfigError } from "./configs.js";
import { collectPlanFiles, fileHasBom, InputError, readPlanFile, writeFileAtomically } from "./files.js";
import { formatJson } from "./format/json.js";
import { fileReport, type FileReport } from "./format/report.js";
import { formatSarif } from "./format/sarif.js";
import { formatText } from "./format/text.js";
import { formatOutlineText } from "./format/outline.js";

declare const PLANCHECK_VERSION: string | undefined;
const VERSION = typeof PLANCHECK_VERSION === "string" ? PLANCHECK_VERSION : "0.0.0-dev";

/** Exit codes, stable for CI: 0 clean, 1 findings at or above --fail-on, 2 usage/input/config. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const USAGE = `用法：
  plancheck [选项] 文件或目录…        检查实施方案（目录下的 .plan / .plan.txt 文件）
  plancheck outline [选项] 文件       输出大纲
  plancheck units [选项] 文件或目录…  输出责任单位×任务矩阵（csv|markdown|json）
  plancheck parent [选项] 名称        输出上位文件（方案标记文本，或 --format json）
  plancheck rules                     列出全部检查规则

选项：
  --format text|json|sarif   输出格式（默认 text；outline 支持 text|json；units 支持 csv|markdown|json）
  --config 文件              使用指定的 .plancheck.json（默认向上查找最近的一个）
  --fix                      自动修复可安全修复的问题并写回文件
  --fail-on 级别             达到该级别的问题使退出码为 1：error|warning|info|hint|never（默认 error）
  -h, --help                 显示帮助
  -v, --version              显示版本

退出码：0 无问题，1 存在达到 --fail-on 级别的问题，2 用法、输入或配置错误。
`;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export function runCli(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        config: { type: "string" },
        fix: { type: "boolean", default: false },
        "fail-on": { type: "string", default: "error" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    io.stderr(`参数错误：${(error as Error).message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return EXIT_OK;
  }
  const [command, ...rest] = positionals;
  try {
    if (command === "rules") return listRules(io);
    const configs = new CliConfigs(values.config);
    if (command === "outline") return outline(rest, values.format!, configs, io);
    if (command === "units") return unitsCommand(rest, values.format!, configs, io);
    if (command === "parent") return parentCommand(rest, values.format!, configs, io);
    return check(positionals, values.format!, configs, values.fix!, values["fail-on"]!, io);
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function check(paths: string[], format: string, configs: CliConfigs, fix: boolean, failOn: string, io: CliIo): number {
  if (!["text", "json", "sarif"].includes(format)) throw new InputError(`不支持的输出格式：${format}（可用 text、json、sarif）`);
  if (failOn !== "never" && !SEVERITIES.includes(failOn as Severity)) throw new InputError(`--fail-on 的取值无效：${failOn}`);
  if (paths.length === 0) throw new InputError(`请指定要检查的文件或目录。\n\n${USAGE}`);
  const files = collectPlanFiles(paths);
  const reports: FileReport[] = [];
  for (const file of files) {
    let text = readPlanFile(file);
    const options = configs.for(file);
    if (fix) {
      const result = fixAll(text, options);
      if (result.text !== text) {
        writeFileAtomically(file, result.text, fileHasBom(file));
        text = result.text;
      }
    }
    reports.push(fileReport(file, text, analyze(text, options).findings));
  }
  io.stdout(format === "json" ? formatJson(reports) : format === "sarif" ? formatSarif(reports, VERSION) : formatText(reports));
  if (failOn === "never") return EXIT_OK;
  const threshold = SEVERITIES.indexOf(failOn as Severity);
  const failing = reports.some((report) => report.findings.some((finding) => SEVERITIES.indexOf(finding.severity) <= threshold));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

function outline(paths: string[], format: string, configs: CliConfigs, io: CliIo): number {
  if (!["text", "json"].includes(format)) throw new InputError(`outline 不支持的输出格式：${format}（可用 text、json）`);
  if (paths.length !== 1) throw new InputError("outline 需要且只需要一个文件");
  const file = paths[0]!;
  const text = readPlanFile(file);
  const { plan } = analyze(text, configs.for(file));
  const mapper = new PositionMapper(text);
  if (format === "json") {
    io.stdout(JSON.stringify({ version: 1, file, title: plan.metadata.title, items: outlineEntries(plan, mapper) }, null, 2) + "\n");
  } else {
    io.stdout(formatOutlineText(plan, mapper));
  }
  return EXIT_OK;
}

function listRules(io: CliIo): number {
  for (const rule of ALL_RULES) {
    io.stdout(`${rule.meta.id.padEnd(28)} ${rule.meta.severity.padEnd(8)} ${rule.meta.fixable ? "可修复" : "      "}  ${rule.meta.description}\n`);
  }
  return EXIT_OK;
}
