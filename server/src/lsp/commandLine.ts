/**
 * The language server's command line, checked before vscode-languageserver reads it. The library
 * takes the transport from `process.argv` itself (`--stdio`, `--node-ipc`, `--socket=PORT` or
 * `--socket PORT`, `--pipe=NAME` or `--pipe NAME`, and `--clientProcessId=PID`, the editor's process
 * it exits with), but a bad value (`--socket=abc`, a `--pipe` without a name) makes it throw
 * from the top of the bundle, and Node prints the minified source line with an English stack.
 * What it would read is checked here first, so a mistake gets one Chinese line and exit 2.
 */
export type CommandLine =
  | { kind: "help" }
  | { kind: "version" }
  /** Start: the library reads the same arguments, now known to be good. */
  | { kind: "serve"; transport: Transport }
  | { kind: "error"; message: string };

export type Transport = "stdio" | "node-ipc" | "socket" | "pipe";

/** Options that take a value, in either form: `--name=value` or `--name value`. */
const WITH_VALUE = new Set(["--socket", "--pipe", "--clientProcessId"]);
const FLAGS = new Set(["--stdio", "--node-ipc"]);

/**
 * `args` without node and the script; `ipcChannel` when the process was forked with one (an
 * editor that forks the server may leave the transport unsaid).
 */
export function readCommandLine(args: readonly string[], ipcChannel: boolean): CommandLine {
  if (args.includes("--version") || args.includes("-v")) return { kind: "version" };
  if (args.includes("--help") || args.includes("-h")) return { kind: "help" };
  const transports: Transport[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (FLAGS.has(arg)) {
      transports.push(arg.slice(2) as Transport);
      continue;
    }
    const equals = arg.indexOf("=");
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    if (!WITH_VALUE.has(name)) return { kind: "error", message: arg.startsWith("-") ? `未知的选项：${name}` : `多余的参数：${arg}` };
    // `--pipe --stdio` would make "--stdio" the pipe's name: an option is never a value.
    const value = equals > 0 ? arg.slice(equals + 1) : args[i + 1] !== undefined && !args[i + 1]!.startsWith("-") ? args[++i]! : "";
    const problem = valueProblem(name, value);
    if (problem) return { kind: "error", message: problem };
    if (name !== "--clientProcessId") transports.push(name.slice(2) as Transport);
  }
  if (transports.length > 1) return { kind: "error", message: `只能指定一种通信方式，却指定了 ${transports.map((t) => `--${t}`).join("、")}` };
  if (transports.length === 0 && !ipcChannel) return { kind: "error", message: "请指定通信方式，例如 --stdio" };
  return { kind: "serve", transport: transports[0] ?? "node-ipc" };
}

function valueProblem(name: string, value: string): string | undefined {
  if (name === "--pipe") return value === "" ? "选项 --pipe 需要管道名称，例如 --pipe=/tmp/plan.sock" : undefined;
  if (value === "") return name === "--socket" ? "选项 --socket 需要端口号，例如 --socket=7000" : `选项 ${name} 需要一个进程号`;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (name === "--socket" && !(number >= 1 && number <= 65535)) return `--socket 的端口号无效：${value}（应为 1–65535 的整数）`;
  if (name === "--clientProcessId" && !(number >= 1)) return `--clientProcessId 的进程号无效：${value}（应为正整数）`;
  return undefined;
}
