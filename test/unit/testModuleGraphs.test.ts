import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { filesNeedingOwnModules, needsOwnModules } from "../../scripts/test-module-graphs.mjs";

/**
 * The suite shares one module graph per worker (vitest.config.mts, docs/testing.md); a file that
 * would leave a stand-in module or a stub behind, or that measures the heap in process, must be
 * found and run with its own. (This file runs with its own too: its strings spell the markers.)
 */
describe("which test files get a module graph of their own", () => {
  it("a file that mocks, resets or stubs modules, globals, the environment or the clock", () => {
    expect(needsOwnModules(`vi.mock("../../server/src/core/rules/index", async () => ({}));`)).toBe(true);
    expect(needsOwnModules(`vi.doMock("vscode", () => stand);`)).toBe(true);
    expect(needsOwnModules(`beforeEach(() => vi.resetModules());`)).toBe(true);
    expect(needsOwnModules(`vi.stubGlobal("fetch", fake);`)).toBe(true);
    expect(needsOwnModules(`vi.stubEnv("TZ", "UTC");`)).toBe(true);
    expect(needsOwnModules(`vi.useFakeTimers({ toFake: ["Date"] });`)).toBe(true);
  });

  it("a file that measures the heap in process", () => {
    expect(needsOwnModules(`const before = process.memoryUsage().heapUsed;`)).toBe(true);
    expect(needsOwnModules(`const { used_heap_size } = v8.getHeapStatistics();`)).toBe(true);
    expect(needsOwnModules(`globalThis.gc();`)).toBe(true);
  });

  it("a file that bounds how a cost grows with its input", () => {
    expect(needsOwnModules(`expect(growth((text) => analyze(text), plan(4_000), plan(16_000))).toBeLessThan(9);`)).toBe(true);
    expect(needsOwnModules(`const growthRate = 2;`)).toBe(false);
  });

  it("a file that says so on a line of its own, and no other", () => {
    expect(needsOwnModules(`import { it } from "vitest";\n// vitest: own module graph\nit("x", () => {});`)).toBe(true);
    expect(needsOwnModules(`// see docs: vitest: own module graph, for files that…`)).toBe(false);
  });

  it("shares the graph with a file that only spies, analyses or spawns", () => {
    expect(needsOwnModules(`const spy = vi.spyOn(console, "error");\nexpect(analyze(text).findings).toEqual([]);`)).toBe(false);
    expect(needsOwnModules(`spawnSync(process.execPath, [CLI, "--format", "json", file]);`)).toBe(false);
  });

  const root = mkdtempSync(join(tmpdir(), "module-graphs-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it("walks the test folder for *.test.ts files, past node_modules and the folders it is told to skip", () => {
    write("test/unit/mocked.test.ts", `vi.mock("vscode");`);
    write("test/lsp/deep/heap.test.ts", `process.memoryUsage();`);
    write("test/unit/plain.test.ts", `it("x", () => {});`);
    write("test/support/helper.ts", `vi.mock("vscode");`);
    write("test/e2e/suite/editor.test.ts", `vi.mock("vscode");`);
    write("test/node_modules/pkg/a.test.ts", `vi.mock("vscode");`);
    expect(filesNeedingOwnModules(root, "test", ["test/e2e"])).toEqual(["test/lsp/deep/heap.test.ts", "test/unit/mocked.test.ts"]);
  });
});
