import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startPlanServer } from "./server.js";
import { createStdioConnection } from "./stdioTransport.js";

declare const PLANCHECK_VERSION: string | undefined;

const HELP = `plan-language-server — 实施方案（policy-plan）语言服务器

用法：plan-language-server --stdio          通过标准输入输出通信（Neovim、Helix、Zed、Emacs 等）
      plan-language-server --node-ipc       通过 Node IPC 通信（VS Code 扩展使用）
      plan-language-server --socket=端口    通过套接字通信
      plan-language-server --help | --version
`;

// The transport (--stdio, --node-ipc, --socket=N) is taken from the command line, so the same
// entry serves the VS Code client (IPC) and other editors (`plan-language-server --stdio`).
// Without one, vscode-languageserver throws; answer --help/--version and say what is missing.
const args = process.argv.slice(2);
if (args.includes("--version") || args.includes("-v")) {
  process.stdout.write(`${typeof PLANCHECK_VERSION === "string" ? PLANCHECK_VERSION : "0.0.0-dev"}\n`);
} else if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(HELP);
} else if (!args.some((arg) => /^--(stdio|node-ipc|socket|pipe)/.test(arg)) && !process.send) {
  process.stderr.write(`请指定通信方式，例如 --stdio\n\n${HELP}`);
  process.exitCode = 2;
} else {
  startPlanServer(args.includes("--stdio") ? createStdioConnection() : createConnection(ProposedFeatures.all));
}
