import { PassThrough } from "node:stream";
import {
  type ClientCapabilities,
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from "vscode-languageserver-protocol/node";
import { createConnection } from "vscode-languageserver/node";
import { startPlanServer } from "../../server/src/lsp/server";
import { FramedMessageWriter } from "../../server/src/lsp/stdioTransport";
import { withCursor, workspaceWith } from "./cursor";
import type { PlanSession } from "../../server/src/lsp/session";

/**
 * The real language server over two in-memory streams, driven by a real JSON-RPC client:
 * no transport mocks. Diagnostics are collected per URI so tests can await them.
 */
export interface InProcessServer {
  client: ProtocolConnection;
  /** The server's session, for tests that check what it did internally (the workspace index). */
  session: PlanSession;
  diagnostics(uri: string, predicate?: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
  /** The version of the document the last diagnostics published for `uri` were computed for. */
  publishedVersion(uri: string): number | undefined;
  open(uri: string, text: string, version?: number): void;
  dispose(): Promise<void>;
}

export async function startInProcessServer(
  rootUri: string | null = null,
  capabilities: ClientCapabilities = {},
  /** Sees each client/registerCapability request the server sends. */
  onRegister: (params: unknown) => void = () => undefined,
): Promise<InProcessServer> {
  const clientToServer = new PassThrough();
  const serverToClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(clientToServer), new FramedMessageWriter(serverToClient));
  const session = startPlanServer(serverConnection);
  const client = createProtocolConnection(new StreamMessageReader(serverToClient), new StreamMessageWriter(clientToServer));
  const published = new Map<string, Diagnostic[]>();
  const versions = new Map<string, number | undefined>();
  const waiters: Array<() => void> = [];
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.set(params.uri, params.diagnostics);
    versions.set(params.uri, params.version);
    waiters.splice(0).forEach((wake) => wake());
  });
  client.onRequest("client/registerCapability", (params) => {
    onRegister(params);
    return null;
  });
  client.listen();
  await client.sendRequest("initialize", { processId: null, rootUri, capabilities, workspaceFolders: rootUri ? [{ uri: rootUri, name: "ws" }] : null });
  await client.sendNotification("initialized", {});
  return {
    client,
    session,
    open(uri, text, version = 1) {
      void client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "policy-plan", version, text } });
    },
    publishedVersion: (uri) => versions.get(uri),
    async diagnostics(uri, predicate = () => true) {
      for (;;) {
        const current = published.get(uri);
        if (current && predicate(current)) return current;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    async dispose() {
      // As a real client ends a session: `shutdown` first, so that no check the server has
      // scheduled (a slow-rule pass after typing paused) publishes to a closed connection.
      await client.sendRequest("shutdown").catch(() => undefined);
      client.dispose();
      serverConnection.dispose();
    },
  };
}

/**
 * A workspace of `files` on disk, a server started on it, and the plan `name` opened with the
 * text of `marked` (a `<|>` marks the cursor, see `withCursor`).
 */
export async function openInWorkspace(files: Record<string, string>, marked: string, name = "draft.plan") {
  const workspace = workspaceWith(files);
  const server = await startInProcessServer(workspace.rootUri);
  const { text, position } = withCursor(marked);
  const uri = workspace.uri(name);
  server.open(uri, text);
  return { server, workspace, uri, position, text };
}

/** Opens the plan (once) and waits until every rule has run and its diagnostics are published. */
export async function openAnalysed(server: InProcessServer, uri: string, text: string): Promise<Diagnostic[]> {
  if (!server.session.get(uri)) server.open(uri, text, 1);
  for (;;) {
    const entry = server.session.get(uri);
    if (entry && entry.speed === "all") break;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
  return server.diagnostics(uri);
}
