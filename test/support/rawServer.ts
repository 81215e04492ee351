import { PassThrough } from "node:stream";
import { StreamMessageReader } from "vscode-languageserver-protocol/node";
import { createConnection } from "vscode-languageserver/node";
import { startPlanServer } from "../../server/src/lsp/server";
import { FramedMessageWriter } from "../../server/src/lsp/stdioTransport";
import type { PlanSession } from "../../server/src/lsp/session";

/**
 * The language server fed raw JSON-RPC frames, as a client process's pipe delivers them: tests
 * that depend on several messages arriving in one chunk (or on exactly when a message is
 * written) write frames themselves and read the server's output as text.
 */
export interface RawServer {
  session: PlanSession;
  /** Everything the server has written so far. */
  output(): string;
  /** Writes the messages as one chunk. */
  write(...messages: object[]): void;
  end(): void;
}

export function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: "2.0", ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** Starts the server and sends initialize and initialized. */
export function startRawServer(): RawServer {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const session = startPlanServer(createConnection(new StreamMessageReader(toServer), new FramedMessageWriter(fromServer)));
  let output = "";
  fromServer.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const server: RawServer = {
    session,
    output: () => output,
    write: (...messages) => void toServer.write(messages.map(frame).join("")),
    end: () => void toServer.end(),
  };
  server.write({ id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } }, { method: "initialized", params: {} });
  return server;
}
