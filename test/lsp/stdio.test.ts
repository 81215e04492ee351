import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProtocolConnection, type Diagnostic, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";
import { analyze } from "../../server/src/core/analyze";
import { bundleForTest } from "../support/bundle";
import { seedsOf } from "../support/generatedPlans";

/**
 * The server as other editors run it: its own process, `--stdio`, where messages are written by
 * the server's own encoder (lsp/jsonBytes.ts) and nothing else may reach standard output.
 */
const work = mkdtempSync(join(tmpdir(), "plan-stdio-"));
const server = join(work, "server.js");

beforeAll(async () => {
  await bundleForTest("server/src/lsp/main.ts", server, {
    format: "cjs",
    // A library writing to the console must not corrupt the protocol stream.
    banner: { js: "setTimeout(() => console.log('console output from a library'), 0);" },
  });
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function startOverStdio() {
  const child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const logged: string[] = [];
  connection.onNotification("window/logMessage", (params: { message: string }) => void logged.push(params.message));
  connection.listen();
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  // Anything but messages on standard output breaks the framing: the reader reports an error.
  const broken = new Promise<never>((_, fail) => connection.onError(([error]) => fail(error)));
  const unlessBroken = <T>(promise: Promise<T>) => Promise.race([promise, broken]);
  return { child, connection, logged, exited, unlessBroken };
}

describe("the server over stdio", () => {
  it("publishes a large plan's diagnostics as the core finds them, and routes console output to the log", async () => {
    const { connection, logged, exited, unlessBroken } = startOverStdio();
    await unlessBroken(connection.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} }));
    await connection.sendNotification("initialized", {});
    const text = seedsOf(100_000);
    const uri = "file:///工作/计划.plan";
    const published = new Promise<Diagnostic[]>((done) =>
      connection.onNotification("textDocument/publishDiagnostics", (params: { diagnostics: Diagnostic[] }) => done(params.diagnostics)),
    );
    await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "policy-plan", version: 1, text } });
    const diagnostics = await unlessBroken(published);
    const findings = analyze(text).findings;
    expect(diagnostics.length).toBe(findings.length);
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(findings.map((f) => `${f.rule} ${f.message}`));
    expect(logged).toContain("console output from a library");
    await connection.sendRequest("shutdown");
    await connection.sendNotification("exit");
    expect(await exited).toBe(0);
    connection.dispose();
  }, 60_000);

  it("ends when its input ends, without a shutdown", async () => {
    const { child, connection, exited, unlessBroken } = startOverStdio();
    await unlessBroken(connection.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} }));
    child.stdin.end();
    expect(await exited).toBe(1);
    connection.dispose();
  }, 60_000);
});

describe("the server's command line", () => {
  // Checked before the library reads it: a bad transport is one Chinese line and exit 2, not
  // the library's throw (Node printing the minified bundle's line and an English stack).
  const cases: Array<[string[], string]> = [
    [["--socket=abc"], "--socket 的端口号无效：abc（应为 1–65535 的整数）"],
    [["--socket=70000"], "--socket 的端口号无效：70000"],
    [["--socket"], "选项 --socket 需要端口号"],
    [["--pipe"], "选项 --pipe 需要管道名称"],
    [["--pipe="], "选项 --pipe 需要管道名称"],
    [["--pipe", "--stdio"], "选项 --pipe 需要管道名称"],
    [["--bogus"], "未知的选项：--bogus"],
    [["--stdio", "extra"], "多余的参数：extra"],
    [["--stdio", "--socket=7000"], "只能指定一种通信方式"],
    [[], "请指定通信方式"],
  ];
  for (const [args, message] of cases) {
    it(`refuses ${JSON.stringify(args)}`, () => {
      const result = spawnSync(process.execPath, [server, ...args], { encoding: "utf8", timeout: 10_000 });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr.length).toBeLessThan(300);
    });
  }
});
