import { build } from "esbuild";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");

/**
 * No module of ours imports itself, through any chain, at run time (ARCHITECTURE.md: each
 * capability its own module, no import cycles). esbuild's metafile lists the imports a bundle
 * keeps — type-only imports are erased, as at run time — for the CLI, the server and the client.
 * A cycle makes load order matter: a module reads another's export before it is defined.
 */
describe("import graph", () => {
  it("has no cycle among the project's modules", async () => {
    const result = await build({
      entryPoints: ["server/src/cli/bin.ts", "server/src/lsp/main.ts", "client/src/extension.ts"].map((entry) => join(ROOT, entry)),
      absWorkingDir: ROOT,
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "cjs",
      outdir: "out-cycles",
      packages: "external",
      external: ["vscode"],
      logLevel: "silent",
      loader: { ".json": "json" },
    });
    const ours = (path: string) => path.startsWith("server/src/") || path.startsWith("client/src/");
    const graph = new Map<string, string[]>();
    for (const [path, input] of Object.entries(result.metafile.inputs)) {
      if (!ours(path)) continue;
      graph.set(path, input.imports.map((i) => i.path).filter(ours));
    }
    expect(graph.size).toBeGreaterThan(100);
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (node: string) => {
      state.set(node, "open");
      stack.push(node);
      for (const next of graph.get(node) ?? []) {
        if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next].map((p) => relative("server/src", p)).join(" → "));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(node, "done");
    };
    for (const node of graph.keys()) if (!state.has(node)) visit(node);
    expect(cycles).toEqual([]);
  });
});
