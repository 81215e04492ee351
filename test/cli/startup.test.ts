import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isScriptBundle, SCRIPT_BUNDLE_TAIL } from "../../server/src/node/scriptBundle";
import { v8FlagsOf } from "../../server/src/node/v8Flags";
import { tempFolder } from "../support/tempFiles";

/**
 * What a one-file run of `plancheck` loads and compiles (issue 11's start-up target): no
 * library chunk (scripts/build.mjs VENDOR), ASCII-only bundles, and V8's code cache kept by
 * bin/plancheck.js between runs (server/src/node/compileCache.ts). Runs the built files, as
 * users do; `npm test` builds them first.
 */
const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "plancheck.js");
const CLI = join(ROOT, "out", "cli.js");

function planFolder(): string {
  const folder = tempFolder("startup");
  writeFileSync(join(folder, "a.plan"), "一、总体要求\n（一）工作目标。到2025年，产品质量合格率达到95%。〔责任单位：市市场监管局〕\n");
  return folder;
}

/** Runs node on `args` with a hook that lists every module the run requires (built-ins aside). */
function loadedModules(args: string[], cwd: string): string[] {
  const hook = join(cwd, "hook.cjs");
  writeFileSync(
    hook,
    `const Module = require("node:module");
const original = Module.prototype.require;
const seen = [];
Module.prototype.require = function (id) {
  if (!Module.isBuiltin(id)) seen.push(id);
  return original.apply(this, arguments);
};
process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify(seen) + "\\n"));`,
  );
  const run = spawnSync(process.execPath, ["-r", hook, ...args], { cwd, encoding: "utf8", env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" } });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(/^LOADED (.*)$/m.exec(run.stderr)![1]!) as string[];
}

function runBin(cwd: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const { NODE_DISABLE_COMPILE_CACHE: _off, ...inherited } = process.env;
  const { status, stdout, stderr } = spawnSync(process.execPath, [BIN, "--format", "json", "a.plan"], { cwd, encoding: "utf8", env: { ...inherited, ...env } });
  return { status, stdout, stderr };
}

function cacheFiles(root: string): string[] {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

describe("start-up of a one-file run", () => {
  it("loads no library chunk: each is read only by the runs that need it", () => {
    const folder = planFolder();
    expect(loadedModules([CLI, "a.plan"], folder)).toEqual([]);
    // The checks that need one load just that one.
    expect(loadedModules([CLI, "--fix-dry-run", "a.plan"], folder)).toEqual([]);
    writeFileSync(join(folder, "b.plan"), "一、总体要求\n（一）工作目标,加强质量。\n");
    expect(loadedModules([CLI, "--fix-dry-run", "b.plan"], folder)).toEqual(["./vendor/diff.js"]);
    writeFileSync(join(folder, ".plancheck.json"), "{}\n");
    expect(loadedModules([CLI, "a.plan"], folder).sort()).toEqual(["./vendor/jsonc-parser.js", "./vendor/zod.js"]);
  });

  it("builds neither Node's streams nor its crypto when the report goes to a pipe or a file", () => {
    // Each is a few dozen internal modules: a tenth of a one-file run (standardOutput.ts, sha256.ts).
    const folder = planFolder();
    const hook = join(folder, "builtins.cjs");
    writeFileSync(hook, `process.on("exit", () => require("node:fs").writeSync(2, "BUILTINS " + JSON.stringify(process.moduleLoadList) + "\\n"));`);
    const run = spawnSync(process.execPath, ["-r", hook, CLI, "--format", "json", "a.plan"], { cwd: folder, encoding: "utf8" });
    expect(JSON.parse(run.stdout).files).toHaveLength(1);
    const builtins = JSON.parse(/^BUILTINS (.*)$/m.exec(run.stderr)![1]!) as string[];
    expect(builtins.filter((name) => /^NativeModule (stream|crypto|net|tty)$/.test(name))).toEqual([]);
  });

  it("makes the output's patterns of hidden characters only when it prints plan text", () => {
    // V8 parses a pattern when it is made, one of Unicode properties out of ICU's tables (format/printable.ts).
    const folder = planFolder();
    const hook = join(folder, "patterns.cjs");
    writeFileSync(
      hook,
      `const made = [];
const Original = RegExp;
globalThis.RegExp = new Proxy(Original, { construct(target, args, newTarget) { made.push(String(args[0])); return Reflect.construct(target, args, newTarget); } });
process.on("exit", () => require("node:fs").writeSync(2, "PATTERNS " + JSON.stringify(made.filter((source) => source.includes("Variation_Selector"))) + "\\n"));`,
    );
    const patternsOf = (args: string[]) => {
      const run = spawnSync(process.execPath, ["-r", hook, CLI, ...args], { cwd: folder, encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(/^PATTERNS (.*)$/m.exec(run.stderr)![1]!) as string[];
    };
    expect(patternsOf(["a.plan"])).toEqual([]);
    expect(patternsOf(["--format", "json", "a.plan"])).toHaveLength(1);
  });

  it("reads a data file only for the plans that need it", () => {
    const folder = planFolder();
    // The national outline for a plan that cites it; the pinyin readings for an unknown unit name.
    writeFileSync(join(folder, "cites.plan"), "为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n");
    expect(loadedModules([CLI, "cites.plan"], folder)).toEqual(["./data/quality-power-outline.js"]);
    writeFileSync(join(folder, "unknown.plan"), "一、总体要求\n1.开展工作。〔责任单位：市市场监督局〕\n");
    expect(loadedModules([CLI, "unknown.plan"], folder)).toEqual(["./data/readings.js"]);
  });

  it("the bundles are ASCII: Node decodes them on its fast path and compiles one-byte source", () => {
    const chunks = (folder: string) => readdirSync(join(ROOT, "out", folder)).map((name) => join(ROOT, "out", folder, name));
    const bundles = [...["cli.js", "server.js", "client.js", "compileCache.js"].map((name) => join(ROOT, "out", name)), ...chunks("vendor"), ...chunks("data")];
    for (const bundle of bundles) {
      const bytes = readFileSync(bundle);
      expect(bytes.findIndex((byte) => byte > 0x7f), bundle).toBe(-1);
    }
  });
});

// Node 22.1+ keeps the cache itself (module.enableCompileCache), in its own place.
describe.skipIf(typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === "function")("V8's code cache (bin/plancheck.js)", () => {
  it("is written by the first run and read, unchanged, by the next; the findings are the same", () => {
    const folder = planFolder();
    const cache = tempFolder("cache");
    const first = runBin(folder, { XDG_CACHE_HOME: cache });
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout).files).toHaveLength(1);
    const [file, ...others] = cacheFiles(cache);
    expect(others).toEqual([]);
    expect(file).toMatch(/policy-plan[\\/]v8-[^\\/]+[\\/]cli-[0-9a-f]{8}\.cache$/);
    if (process.platform !== "win32") expect(statSync(file!).mode & 0o077).toBe(0);
    const written = statSync(file!).mtimeMs;
    const second = runBin(folder, { XDG_CACHE_HOME: cache });
    expect(second).toEqual(first);
    // Only a missing or rejected cache is written again.
    expect(statSync(file!).mtimeMs).toBe(written);
  });

  it("compiles the bundle's text as it was read, with the wrapper the build wrote into it: no copy of 1.5 MB at each start", () => {
    for (const bundle of ["cli.js", "server.js"]) {
      const text = readFileSync(join(ROOT, "out", bundle), "latin1");
      expect(isScriptBundle(text), bundle).toBe(true);
      expect(text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, "").endsWith(SCRIPT_BUNDLE_TAIL), bundle).toBe(true);
    }
    // The cache the bin wrote belongs to the file's own text: V8 takes it for that text, with the bin's flags.
    const folder = planFolder();
    const cache = tempFolder("cache");
    expect(runBin(folder, { XDG_CACHE_HOME: cache }).status).toBe(0);
    const [file] = cacheFiles(cache);
    const probe = `const v8 = require("node:v8"), { Script } = require("node:vm"), fs = require("node:fs");
v8.setFlagsFromString(${JSON.stringify(v8FlagsOf("cli"))});
const content = fs.readFileSync(${JSON.stringify(file)});
const cachedData = content.subarray(content.indexOf(10) + 1);
const script = new Script(fs.readFileSync(${JSON.stringify(CLI)}, "latin1"), { filename: ${JSON.stringify(CLI)}, cachedData });
process.stdout.write(String(script.cachedDataRejected));`;
    const run = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8" });
    expect(run.stdout, run.stderr).toBe("false");
    // Still a CommonJS module: required, it runs at once (as Node 22's own cache and the tests run it).
    const required = spawnSync(process.execPath, [CLI, "--format", "json", "a.plan"], { cwd: folder, encoding: "utf8", env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" } });
    expect(JSON.parse(required.stdout).files, required.stderr).toHaveLength(1);
  });

  it("keeps the newest few caches of a folder when it writes one: other checkouts' and versions' caches do not pile up", () => {
    const folder = planFolder();
    const cache = tempFolder("cache");
    const caches = join(cache, "policy-plan", `v8-${process.versions.v8}-${process.arch}`);
    mkdirSync(caches, { recursive: true });
    // Twelve caches of other bundle paths, written a day apart, and a run's leftover temporary file.
    const day = 24 * 60 * 60;
    for (let i = 0; i < 12; i++) {
      const old = join(caches, `cli-0000000${i.toString(16)}.cache`);
      writeFileSync(old, "x");
      utimesSync(old, Date.now() / 1000 - (i + 1) * day, Date.now() / 1000 - (i + 1) * day);
    }
    const leftover = join(caches, "cli-00000000.cache.12345.tmp");
    writeFileSync(leftover, "x");
    utimesSync(leftover, Date.now() / 1000 - day, Date.now() / 1000 - day);
    expect(runBin(folder, { XDG_CACHE_HOME: cache }).status).toBe(0);
    const names = readdirSync(caches).sort();
    expect(names).toHaveLength(8);
    // This run's cache and the seven newest of the others.
    expect(names.filter((name) => !/^cli-0000000[0-6]\.cache$/.test(name))).toHaveLength(1);
    expect(names.filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("is left to a one-file run by a run over many files: the cache holds what a small run compiles", () => {
    const folder = planFolder();
    writeFileSync(join(folder, "b.plan"), "一、总体要求\n（一）工作目标,加强质量。\n");
    const cache = tempFolder("cache");
    const { NODE_DISABLE_COMPILE_CACHE: _off, ...inherited } = process.env;
    const many = spawnSync(process.execPath, [BIN, "--format", "json", "."], { cwd: folder, encoding: "utf8", env: { ...inherited, XDG_CACHE_HOME: cache } });
    expect(JSON.parse(many.stdout).files, many.stderr).toHaveLength(2);
    expect(cacheFiles(cache)).toEqual([]);
    expect(runBin(folder, { XDG_CACHE_HOME: cache }).status).toBe(0);
    expect(cacheFiles(cache)).toHaveLength(1);
  });

  it("is not written by a run that reads no plan (--version, --help, a path that is not there): it compiled only the start-up", () => {
    const folder = planFolder();
    const cache = tempFolder("cache");
    const { NODE_DISABLE_COMPILE_CACHE: _off, ...inherited } = process.env;
    for (const args of [["--version"], ["--help"], ["missing.plan"]]) {
      const run = spawnSync(process.execPath, [BIN, ...args], { cwd: folder, encoding: "utf8", env: { ...inherited, XDG_CACHE_HOME: cache } });
      expect(run.status === 0 || run.status === 2, run.stderr).toBe(true);
      expect(cacheFiles(cache), args.join(" ")).toEqual([]);
    }
    expect(runBin(folder, { XDG_CACHE_HOME: cache }).status).toBe(0);
    expect(cacheFiles(cache)).toHaveLength(1);
  });

  it("never trusts a cache of another build of the bundle, nor a damaged one: the run compiles and rewrites it", () => {
    const folder = planFolder();
    const cache = tempFolder("cache");
    const expected = runBin(folder, { XDG_CACHE_HOME: cache });
    const [file] = cacheFiles(cache);
    const content = readFileSync(file!);
    const stampEnd = content.indexOf(0x0a) + 1;
    // The same bytes, stamped for another build (another size or time of the bundle).
    writeFileSync(file!, Buffer.concat([Buffer.from("1 2\n"), content.subarray(stampEnd)]));
    expect(runBin(folder, { XDG_CACHE_HOME: cache })).toEqual(expected);
    const restamped = readFileSync(file!);
    expect(restamped.subarray(0, stampEnd).equals(content.subarray(0, stampEnd))).toBe(true);
    // The right stamp, then bytes V8 rejects.
    writeFileSync(file!, Buffer.concat([content.subarray(0, stampEnd), Buffer.alloc(4096, 7)]));
    expect(runBin(folder, { XDG_CACHE_HOME: cache })).toEqual(expected);
    const rewritten = readFileSync(file!);
    expect(rewritten.subarray(0, stampEnd).equals(content.subarray(0, stampEnd))).toBe(true);
    expect(rewritten.subarray(stampEnd).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it("runs without one when it is turned off or has nowhere private to live", () => {
    const folder = planFolder();
    const cache = tempFolder("cache");
    const expected = runBin(folder, { XDG_CACHE_HOME: cache });
    const off = tempFolder("cache");
    expect(runBin(folder, { XDG_CACHE_HOME: off, NODE_DISABLE_COMPILE_CACHE: "1" })).toEqual(expected);
    expect(cacheFiles(off)).toEqual([]);
    // A cache folder that cannot be made (a file stands where it would go).
    const blocked = tempFolder("cache");
    writeFileSync(join(blocked, "policy-plan"), "");
    expect(runBin(folder, { XDG_CACHE_HOME: blocked })).toEqual(expected);
    if (process.platform !== "win32" && process.getuid?.() !== 0) {
      const readOnly = tempFolder("cache");
      mkdirSync(join(readOnly, "policy-plan"));
      chmodSync(join(readOnly, "policy-plan"), 0o500);
      expect(runBin(folder, { XDG_CACHE_HOME: readOnly })).toEqual(expected);
    }
  });
});

describe("how the shells have V8 compile regular expressions", () => {
  /** The V8 flags a bin sets while it runs (a preloaded hook records v8.setFlagsFromString), with and without a code cache. */
  function flagsSetBy(bin: string, args: string[], env: Record<string, string>): string[] {
    const folder = planFolder();
    const hook = join(folder, "flags.cjs");
    writeFileSync(
      hook,
      `const v8 = require("node:v8");
const original = v8.setFlagsFromString;
const set = [];
v8.setFlagsFromString = (flags) => { set.push(flags); return original(flags); };
process.on("exit", () => process.stderr.write("FLAGS " + JSON.stringify(set) + "\\n"));`,
    );
    const { NODE_DISABLE_COMPILE_CACHE: _off, ...inherited } = process.env;
    const run = spawnSync(process.execPath, ["-r", hook, join(ROOT, "bin", bin), ...args], { cwd: folder, encoding: "utf8", env: { ...inherited, XDG_CACHE_HOME: tempFolder("cache"), ...env } });
    expect([0, 1], run.stderr).toContain(run.status);
    return JSON.parse(/^FLAGS (.*)$/m.exec(run.stderr)![1]!) as string[];
  }

  // Compiled straight to machine code, not to bytecode first and again once a pattern runs twice:
  // about a quarter of a one-file run's CPU; and, in the CLI, functions optimised once they have
  // shown they are hot, not on their first plan's feedback (server/src/node/v8Flags.ts).
  it("the CLI and the language server set their V8 flags, with or without a code cache", () => {
    for (const env of [{}, { NODE_DISABLE_COMPILE_CACHE: "1" }] as Record<string, string>[]) {
      expect(flagsSetBy("plancheck.js", ["a.plan"], env)).toEqual(["--no-regexp-tier-up --interrupt-budget=270336"]);
      expect(flagsSetBy("plan-language-server.js", ["--version"], env)).toEqual(["--no-regexp-tier-up"]);
    }
  });
});
