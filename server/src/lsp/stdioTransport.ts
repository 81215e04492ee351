import { format } from "node:util";
import { AbstractMessageWriter, type Connection, createConnection, type Message, type MessageWriter, ProposedFeatures } from "vscode-languageserver/node";
import { framedJsonBytes } from "./jsonBytes.js";

/**
 * The connection over standard input and output (`--stdio`: Neovim, Helix, Zed, Emacs …), its
 * messages encoded by `framedJsonBytes`. vscode-languageserver builds the stdio writer itself, with
 * no say in its encoder; given the streams, it still ends the process when the input ends, but
 * no longer keeps `console` off standard output, which here carries the protocol — so that is
 * done below. (VS Code's own client uses the IPC transport, which Node serialises itself; the
 * tests' in-memory servers use FramedMessageWriter too.)
 */
export function createStdioConnection(): Connection {
  const writer = new FramedMessageWriter(process.stdout);
  // The input stays a stream (the library then ends the process when it closes); a writer that
  // is not a stream is used as it is (vscode-jsonrpc tells them apart by their methods), though
  // no overload of createConnection names that pair.
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  keepConsoleOffStdout(connection);
  return connection;
}

/**
 * Writes each message, header and JSON, as one buffer in one `write`. vscode-jsonrpc's stream
 * writer writes the header, waits for that write's callback, then writes the body, each
 * message behind a lock: two writes and several turns of the event loop between a keystroke's
 * analysis and its diagnostics leaving. Messages are encoded synchronously, so they go out in
 * the order they are written without a lock.
 */
export class FramedMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on("error", (error: Error) => this.fireError(error));
    stream.on("close", () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let bytes: Buffer;
    try {
      bytes = framedJsonBytes(message);
    } catch (error) {
      this.fireError(error, message);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      this.stream.write(bytes, (error) => {
        if (error) {
          this.fireError(error, message, ++this.errorCount);
          reject(error);
        } else {
          this.errorCount = 0;
          resolve();
        }
      });
    });
  }

  end(): void {
    this.stream.end();
  }
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
