import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures } from "vscode-languageserver/node";
import { readCommandLine } from "./commandLine.js";
import { startPlanServer } from "./server.js";
import { createStdioConnection } from "./stdioTransport.js";

declare const PLANCHECK_VERSION: string | undefined;

const HELP = `plan-language-server — 实施方案（policy-plan）语言服务器

用法：plan-language-server --stdio          通过标准输入输出通信（Neovim、Helix、Zed、Emacs 等）
      plan-language-server --node-ipc       通过 Node IPC 通信（VS Code 扩展使用）
      plan-language-server --socket=端口    通过套接字通信（端口 1–65535）
      plan-language-server --pipe=名称      通过命名管道通信
      plan-language-server --help | --version
`;

// The transport is taken from the command line, so the same entry serves the VS Code client
// (IPC) and other editors (`plan-language-server --stdio`). It is checked first
// (commandLine.ts): the library throws on what it cannot use.
const commandLine = readCommandLine(process.argv.slice(2), typeof process.send === "function");
switch (commandLine.kind) {
  case "version":
    process.stdout.write(`${typeof PLANCHECK_VERSION === "string" ? PLANCHECK_VERSION : "0.0.0-dev"}\n`);
    break;
  case "help":
    process.stdout.write(HELP);
    break;
  case "error":
    process.stderr.write(`${commandLine.message}\n用法见 plan-language-server --help\n`);
    process.exitCode = 2;
    break;
  case "serve":
    if (commandLine.transport === "stdio") startPlanServer(createStdioConnection());
    // Forked with an IPC channel and no transport named: the channel is the transport.
    else if (commandLine.transport === "node-ipc") startPlanServer(createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process)));
    else startPlanServer(createConnection(ProposedFeatures.all));
    break;
}
