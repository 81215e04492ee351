import { format } from "node:util";
import { type Connection, type ContentTypeEncoder, createConnection, ProposedFeatures, StreamMessageWriter } from "vscode-languageserver/node";
import { jsonBytes } from "./jsonBytes.js";

/** application/json, written by `jsonBytes` rather than JSON.stringify and Buffer.from (the tests' in-memory servers use it too). */
export const JSON_BYTES_ENCODER: ContentTypeEncoder = {
  name: "application/json",
  encode: (message) => Promise.resolve(jsonBytes(message)),
};

/**
 * The connection over standard input and output (`--stdio`: Neovim, Helix, Zed, Emacs …), its
 * messages encoded by `jsonBytes`. vscode-languageserver builds the stdio writer itself, with
 * no say in its encoder; given the streams, it still ends the process when the input ends, but
 * no longer keeps `console` off standard output, which here carries the protocol — so that is
 * done below. (VS Code's own client uses the IPC transport, which Node serialises itself.)
 */
export function createStdioConnection(): Connection {
  const writer = new StreamMessageWriter(process.stdout, { charset: "utf-8", contentTypeEncoder: JSON_BYTES_ENCODER });
  // The input stays a stream (the library then ends the process when it closes); a writer that
  // is not a stream is used as it is (vscode-jsonrpc tells them apart by their methods), though
  // no overload of createConnection names that pair.
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  keepConsoleOffStdout(connection);
  return connection;
}

/** Anything written through `console` goes to the client's log, never into the protocol stream. */
function keepConsoleOffStdout(connection: Connection): void {
  const log = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = log;
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.debug = log;
  console.dir = (item: unknown) => connection.console.log(format(item));
  console.table = (data: unknown) => connection.console.log(format(data));
  console.trace = (...args: unknown[]) => connection.console.log(format("Trace:", ...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
}
