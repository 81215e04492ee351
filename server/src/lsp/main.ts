import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startPlanServer } from "./server.js";

// The transport (--stdio, --node-ipc, --socket=N) is taken from the command line, so the same
// entry serves the VS Code client (IPC) and other editors (`plan-language-server --stdio`).
startPlanServer(createConnection(ProposedFeatures.all));
