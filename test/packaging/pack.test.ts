import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");

/** Sends `initialize` over stdio with LSP framing and resolves with the parsed answer. */
function initializeOverStdio(bin: string): Promise<{ capabilities: Record<string, unknown>; serverInfo: { name: string } }> {
  return new Promise((resolve, reject) => {
    const server = spawn(bin, ["--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
    const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => (server.kill(), reject(new Error("no answer to initialize"))), 60_000);
    server.stdout.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const text = received.toString("utf8");
      const header = /Content-Length: (\d+)\r\n\r\n/.exec(text);
      if (!header) return;
      const start = text.indexOf("\r\n\r\n") + 4;
      const payload = received.subarray(Buffer.byteLength(text.slice(0, start)));
      if (payload.length < Number(header[1])) return;
      clearTimeout(timer);
      server.kill();
      resolve(JSON.parse(payload.subarray(0, Number(header[1])).toString("utf8")).result);
    });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
}

describe("the npm package", () => {
  it("packs, installs into a fresh prefix without a registry, and both bins work", async () => {
    const work = mkdtempSync(join(tmpdir(), "plancheck-pack-"));
    // --ignore-scripts: `npm test` has just built out/ (prepack would rebuild it for production
    // while other tests run the same files); what is packed is the same set of files.
    const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: ROOT, encoding: "utf8" }))[0];
    const files = packed.files.map((file: { path: string }) => file.path);
    expect(files).toEqual(expect.arrayContaining(["bin/plancheck.js", "bin/plan-language-server.js", "out/compileCache.js", "out/cli.js", "out/server.js", "out/data/readings.js", "out/data/quality-power-outline.js", "README.md"]));
    expect(files.some((file: string) => file.startsWith("server/") || file.startsWith("test/") || file.endsWith(".map"))).toBe(false);
    // Every file the README links to is in the package (the .vsix uses the same list).
    const links = [...readFileSync(join(ROOT, "README.md"), "utf8").matchAll(/\]\((?!https?:|#)([^)#]+)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(files, `README links to ${link}`).toContain(link);
    const prefix = join(work, "prefix");
    // No dependencies to fetch: the bundles carry every library, so this works offline.
    execFileSync("npm", ["install", "--global", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", join(work, packed.filename)], { encoding: "utf8" });
    const plancheck = join(prefix, "bin", "plancheck");
    const server = join(prefix, "bin", "plan-language-server");
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    expect(execFileSync(plancheck, ["--version"], { encoding: "utf8" }).trim()).toBe(version);
    const check = spawnSync(plancheck, ["--format", "json", join(ROOT, "examples")], { encoding: "utf8" });
    expect(check.status).toBe(0);
    expect(JSON.parse(check.stdout).summary.files).toBe(1);
    expect(execFileSync(server, ["--version"], { encoding: "utf8" }).trim()).toBe(version);
    expect(execFileSync(server, ["--help"], { encoding: "utf8" })).toContain("plan-language-server --stdio");
    const bare = spawnSync(server, [], { encoding: "utf8" });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain("请指定通信方式");
    const answer = await initializeOverStdio(server);
    expect(answer.serverInfo.name).toBe("plan-language-server");
    expect(answer.capabilities).toHaveProperty("documentSymbolProvider");
  }, 240_000);
});
