import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { editDistance } from "../core/text/editDistance.js";
import { CliConfigs, ConfigError } from "./configs.js";
import { type CliCommand, type CliIo, type CommandContext, EXIT_OK, EXIT_USAGE, type OptionSpec, type OptionValues, UsageError } from "./command.js";
import { COMMANDS, type CommandEntry } from "./commands/index.js";
import { writeFileAtomically } from "./files.js";
import { eachPlan, readPlans } from "./inputs.js";
import { printableLines } from "./format/printable.js";
import { OutputFile } from "./outputFile.js";
import { systemErrorText } from "./systemError.js";
import { WrittenFiles } from "./writtenFiles.js";

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from "./command.js";

declare const PLANCHECK_VERSION: string | undefined;
export const VERSION = typeof PLANCHECK_VERSION === "string" ? PLANCHECK_VERSION : "0.0.0-dev";

/** Options every command takes. */
const COMMON_OPTIONS: Record<string, OptionSpec> = {
  format: { type: "string" },
  output: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  rule: { type: "string", multiple: true },
  ext: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
};

const COMMON_HELP = `通用选项：
  --format 格式              输出格式（各命令可用的格式见其帮助）
  -o, --output 文件          把结果写入文件（原子写入），而不是标准输出
  -c, --config 文件          使用指定的 .plancheck.json（默认向上查找最近的一个）
  --no-config                不读取任何 .plancheck.json，只用内置默认设置
  --rule 规则=级别           覆盖规则级别，可重复：--rule units/unknown=off
  --ext 扩展名               目录中另外检查的扩展名，可用逗号或重复：--ext .txt,.docx
  -h, --help                 显示帮助
  -v, --version              显示版本

退出码：0 无问题，1 存在超过阈值的问题，2 用法、输入、配置错误或内部错误。`;

function globalHelp(checkHelp: string): string {
  const width = Math.max(...COMMANDS.map((entry) => entry.name.length)) + 2;
  const commands = COMMANDS.map((entry) => `  ${entry.name.padEnd(width)}${entry.summary}`).join("\n");
  return `用法：plancheck [命令] [选项] [文件、目录或 glob…]\n\n命令：\n${commands}\n\n${checkHelp.trimEnd()}\n\n${COMMON_HELP}\n\n每个命令的帮助：plancheck 命令 --help，或 plancheck help 命令\n`;
}

/**
 * `plancheck`: picks the command from the table in `commands/index.ts` (the first argument, or
 * `check`), parses its options, and runs it. Every failure becomes a Chinese message and exit 2;
 * exit 1 only ever means findings.
 */
export async function runCli(argv: readonly string[], streams: CliIo): Promise<number> {
  // Messages on stderr quote file names, arguments and plan text: never a terminal escape sequence.
  const io: CliIo = { ...streams, stderr: (text) => streams.stderr(printableLines(text)) };
  let output: OutputFile | undefined;
  let inputProblems = 0;
  try {
    const help = helpRequest(argv);
    if (help !== undefined) return await printHelp(help, io);
    const named = argv[0] !== undefined ? COMMANDS.find((entry) => entry.name === argv[0]) : undefined;
    const entry = named ?? COMMANDS[0]!;
    const rest = named ? argv.slice(1) : [...argv];
    const { command } = await entry.load();
    const { values, positionals } = parseOptions(command, rest, named ? entry.name : undefined);
    if (values.version) {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    if (values.help) {
      io.stdout(named ? commandHelp(command) : globalHelp(command.help));
      return EXIT_OK;
    }
    if (!named) rejectUnknownCommand(positionals);
    if (command.takesArguments === false && positionals.length > 0) throw new UsageError(`${entry.name} 不接受参数，多余的参数：${positionals.join(" ")}\n用法见 plancheck ${entry.name} --help`);
    // Two answers to which configuration applies: neither may win silently (a CI step's
    // inherited --no-config dropped the -c added to it, a missing file unnoticed).
    if (values["no-config"] === true && typeof values.config === "string") {
      throw new UsageError(`--config ${values.config} 与 --no-config 不能同时使用：--no-config 只用内置默认设置，不读取任何配置文件`);
    }
    const writes = new WrittenFiles();
    if (typeof values.output === "string") {
      output = new OutputFile(values.output);
      writes.declare(values.output, "输出文件", "请用 -o 另选一个文件");
    }
    const reported = new Set<string>();
    const context: CommandContext = {
      name: entry.name,
      args: positionals,
      values,
      io,
      // A file is never a terminal, whatever stdout is: `-o report.txt` from a shell gets no escape codes.
      colors: io.colors === true && output === undefined,
      version: VERSION,
      configs: new CliConfigs({
        explicit: values.config as string | undefined,
        none: values["no-config"] === true,
        rules: (values.rule as string[] | undefined) ?? [],
        note: (message) => io.stderr(`${message}\n`),
      }),
      format(allowed, fallback) {
        const requested = values.format as string | undefined;
        if (requested === undefined) return fallback;
        if (!(allowed as readonly string[]).includes(requested)) {
          throw new UsageError(`${entry.name} 不支持的输出格式：${requested}（可用 ${allowed.join("、")}）`);
        }
        return requested as (typeof allowed)[number];
      },
      writes,
      readPlans: (paths) => readPlans(paths, context),
      eachPlan: (paths) => eachPlan(paths, context),
      inputProblem(message) {
        inputProblems++;
        // One message per problem, even when several files share it (a bad config file).
        if (reported.has(message)) return;
        reported.add(message);
        io.stderr(`${message}\n`);
      },
      emit(text) {
        if (output) output.write(text);
        else io.stdout(text);
      },
      // `--output` writes synchronously; stdout may wait for its reader.
      drained: () => (output ? Promise.resolve() : (io.drained?.() ?? Promise.resolve())),
      emitBytes(bytes, fallbackFile) {
        if (output) output.writeBytes(bytes);
        else {
          writes.declare(fallbackFile, "默认的输出文件", "请用 -o 指定另一个输出文件");
          writeOutput(fallbackFile, bytes);
        }
        return output?.file ?? fallbackFile;
      },
    };
    const code = await command.run(context);
    output?.commit();
    return inputProblems > 0 ? EXIT_USAGE : code;
  } catch (error) {
    output?.discard();
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return EXIT_USAGE;
    }
    // A bug: say so plainly, never with exit 1 (that means findings) and never a bare stack trace.
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`plancheck 内部错误，请报告此问题：${error instanceof Error ? error.message : String(error)}\n${process.env.PLANCHECK_DEBUG ? `${detail}\n` : ""}`);
    return EXIT_USAGE;
  }
}

function commandHelp(command: CliCommand): string {
  return `${command.help.trimEnd()}\n\n${COMMON_HELP}\n`;
}

/**
 * `plancheck help [命令]`, as git and npm answer it: the help `--help` prints, never "no such
 * file: help". Undefined when the first word is not `help`, or names a file that is there
 * (`plancheck help` in a folder holding a plan saved as `help` checks it, as before); else the
 * command asked about, null for the global help.
 */
function helpRequest(argv: readonly string[]): string | null | undefined {
  if (argv[0] !== "help" || existsSync("help")) return undefined;
  // Options after it (`plancheck help -h`, `plancheck help check --help`) change no help.
  const topic = argv.slice(1).filter((word) => !word.startsWith("-"));
  if (topic.length > 1) throw new UsageError(`plancheck help 只接受一个命令名，多余的参数：${topic.slice(1).join(" ")}`);
  return topic[0] ?? null;
}

async function printHelp(topic: string | null, io: CliIo): Promise<number> {
  const entry = COMMANDS.find((candidate) => candidate.name === (topic ?? COMMANDS[0]!.name));
  if (!entry) {
    const nearest = nearestCommand(topic!);
    throw new UsageError(`未知的命令：${topic}（${nearest ? `是否想用 ${nearest}？` : ""}plancheck --help 列出全部命令）`);
  }
  const { command } = await entry.load();
  io.stdout(topic === null ? globalHelp(command.help) : commandHelp(command));
  return EXIT_OK;
}

/** `named`: the subcommand the user typed, whose own help lists the options it takes (`--fix` is check's, not outline's). */
function parseOptions(command: CliCommand, args: string[], named: string | undefined): { values: OptionValues; positionals: string[] } {
  const options = { ...COMMON_OPTIONS, ...command.options };
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options }) as { values: OptionValues; positionals: string[] };
  } catch (error) {
    throw new UsageError(`${translateParseError(error as Error & { code?: string }, options)}\n用法见 plancheck ${named !== undefined ? `${named} ` : ""}--help`);
  }
}

/**
 * node:util's messages are English; say the same in Chinese, naming the option by its long
 * form. Node quotes it as `'-o, --output <value>'` or `'-o'`: the first quoted word is the
 * short form when there is one, so it is looked up in the options rather than taken as written.
 */
function translateParseError(error: Error & { code?: string }, options: Record<string, OptionSpec>): string {
  const quoted = /'(-[^' ,]*)/.exec(error.message)?.[1] ?? "";
  const long = Object.entries(options).find(([, spec]) => spec.short !== undefined && `-${spec.short}` === quoted)?.[0];
  const option = long !== undefined ? `--${long}` : quoted;
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `未知的选项：${option}${nearestOption(option, options)}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/argument missing/.test(error.message)) return `选项 ${option} 需要一个值`;
      // `--max-warnings -1`: a value that starts with a dash is taken for the next option.
      if (/argument is ambiguous/.test(error.message)) return `选项 ${option} 需要一个值（以“-”开头的值请写成 ${option}=-…）`;
      return `选项 ${option} 不接受值`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `多余的参数：${option}`;
    default:
      return `参数错误：${error.message}`;
  }
}

/**
 * A mistyped long option (`--formt`, `--max-warning`, `--fixdry-run`) names the option it is
 * nearest to, as a mistyped command and rule id do; a short one (`-f`) only when it is one.
 */
function nearestOption(option: string, options: Record<string, OptionSpec>): string {
  if (!option.startsWith("--")) return "";
  const typed = option.slice(2).split("=")[0]!;
  const nearest = Object.keys(options)
    .map((name) => ({ name, distance: editDistance(typed, name) }))
    .sort((a, b) => a.distance - b.distance)[0];
  return nearest && nearest.distance <= (typed.length >= 5 ? 2 : 1) ? `（是否想用 --${nearest.name}？）` : "";
}

/**
 * `plancheck outlin x.plan` would otherwise be read as checking a file named "outlin": a first
 * argument that looks like a word (no dot, slash or glob character) and names no file is a
 * mistyped command — or, near no command, a mistyped folder: the message says both.
 */
function rejectUnknownCommand(positionals: string[]): void {
  const first = positionals[0];
  if (first === undefined || /[./\\*?[{]/.test(first)) return;
  if (existsSync(first)) return;
  // `plancheck --no-config units a.plan`: the command after an option, where it is read as a
  // file — named as what it is, not as a mistyped command near itself.
  if (COMMANDS.some((entry) => entry.name === first)) throw new UsageError(`命令 ${first} 须写在最前面，选项写在它之后：plancheck ${first} [选项] [文件、目录或 glob…]`);
  const nearest = nearestCommand(first);
  if (nearest) throw new UsageError(`未知的命令：${first}（是否想用 ${nearest}？plancheck --help 列出全部命令）`);
  // Near no command: as likely a mistyped folder (`plancheck plans` for `plans/`) as a command.
  throw new UsageError(`找不到文件或目录，也没有这个命令：${first}（plancheck --help 列出全部命令）`);
}

/** The command a mistyped word most likely means, when one is near enough. */
function nearestCommand(word: string): string | undefined {
  const nearest = COMMANDS.map((entry: CommandEntry) => ({ name: entry.name, distance: editDistance(word, entry.name) })).sort((a, b) => a.distance - b.distance)[0];
  return nearest && nearest.distance <= 2 ? nearest.name : undefined;
}

function writeOutput(file: string, content: string | Uint8Array): void {
  try {
    writeFileAtomically(file, content, false);
  } catch (error) {
    throw new UsageError(`无法写入输出文件 ${file}：${systemErrorText(error)}`);
  }
}
