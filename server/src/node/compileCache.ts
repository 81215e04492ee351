import { isAscii } from "node:buffer";
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { homedir } from "node:os";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { installCompileCacheControl, writesCompileCache } from "./compileCacheControl.js";
import { isScriptBundle } from "./scriptBundle.js";
import { setShellV8Flags, type Shell } from "./v8Flags.js";

/**
 * Runs a CommonJS bundle (out/cli.js, out/server.js) as `require` would, with V8's code cache:
 * what the previous run compiled — the bundle's top level and every function it called — is
 * read back instead of being compiled again. Compiling is about a fifth of a one-file
 * `plancheck` run. Node 22.1+ does this itself (`module.enableCompileCache`, as tsc and npm
 * use it); on older Node the cache is kept here, the same way.
 *
 * The cache lives in the user's cache folder (XDG_CACHE_HOME or ~/.cache; LOCALAPPDATA on
 * Windows), never in a shared temporary folder, where another user could plant code. There is
 * one cache file per bundle path, and it starts with the bundle's size and modification time:
 * V8 checks that a cache belongs to a source of the same length, compiled by the same V8 with
 * the same flags, but not that the text is the same, so a rebuilt bundle must not meet the old
 * cache. When anything is off — no cache folder, a cache V8 rejects, a write that fails — the
 * bundle is simply compiled, as without a cache; NODE_DISABLE_COMPILE_CACHE (Node's own
 * switch) turns it off. A process ended by a signal writes no cache; the next run makes one.
 *
 * `shell` says which V8 flags the run sets (v8Flags.ts): the CLI's or the language server's.
 *
 * Returns false when it did not run the bundle: the caller then requires it as usual (with
 * Node's own cache turned on where there is one).
 */
export function runWithCompileCache(file: string, shell: Shell): boolean {
  // Before the bundle is compiled or run, and whether or not this module runs it (v8Flags.ts).
  setShellV8Flags(shell);
  const builtIn = (Module as { enableCompileCache?: () => unknown }).enableCompileCache;
  const cache = typeof builtIn === "function" || process.env.NODE_DISABLE_COMPILE_CACHE ? null : cacheFor(file);
  if (cache === null) {
    builtIn?.();
    return false;
  }
  const { source, cachedData } = readBundleAndCache(file, cache);
  // A bundle written with its wrapper (scriptBundle.ts) is compiled as read, never copied.
  const script = new Script(isScriptBundle(source) ? source : Module.wrap(source), { filename: file, cachedData });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // Written once the run is over, so that it holds what the run compiled, not just the top
    // level; in the CLI, only by a run that read one plan (compileCacheControl.ts).
    let plans = 0;
    installCompileCacheControl({ planRead: () => plans++ });
    process.once("exit", () => writesCompileCache(shell, plans) && writeCache(cache, script));
  }
  const bundle = new Module(file, require.main);
  bundle.filename = file;
  bundle.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(dirname(file));
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, dirname(file));
  bundle.loaded = true;
  return true;
}

/**
 * The bundle's text and its cache, read through one buffer: the text is copied out of the bytes
 * (bundleText), so the pages that held them are free to hold the cache next. Each fresh page a
 * short run touches is a page fault, and the bundle and its cache are each over a megabyte:
 * reading the cache into pages already touched leaves some 350 faults (a millisecond or two of
 * system time, most of what reading the cache cost) out of every one-file run.
 */
function readBundleAndCache(file: string, cache: CacheFile): { source: string; cachedData: Buffer | undefined } {
  const bundle = openSync(file, "r");
  let cacheFile: number | null = null;
  try {
    try {
      cacheFile = openSync(cache.path, "r");
    } catch {
      // No cache yet: this run writes one.
    }
    const bundleSize = fstatSync(bundle).size;
    const cacheSize = cacheFile === null ? 0 : fstatSync(cacheFile).size;
    const scratch = Buffer.allocUnsafeSlow(Math.max(bundleSize, cacheSize));
    const source = bundleText(scratch.subarray(0, readFully(bundle, scratch, bundleSize)));
    return { source, cachedData: cacheFile === null ? undefined : cacheData(scratch.subarray(0, readFully(cacheFile, scratch, cacheSize)), cache) };
  } finally {
    closeSync(bundle);
    if (cacheFile !== null) closeSync(cacheFile);
  }
}

/** Reads up to `size` bytes from the start of an open file into `into`; the count read. */
function readFully(fd: number, into: Buffer, size: number): number {
  let done = 0;
  for (let read = -1; done < size && read !== 0; done += read) read = readSync(fd, into, done, size - done, done);
  return done;
}

/**
 * The bundle's text. The bundles are ASCII (test/cli/startup.test.ts checks it), and ASCII read
 * as Latin-1 is the same text, made without decoding: Node 20's `readFileSync(file, "utf8")`
 * took 12–16 ms for the 1.1 MB CLI bundle, a fifth of a one-file run, where reading the bytes
 * and making a Latin-1 string takes 2 ms. Anything else is decoded as UTF-8.
 */
function bundleText(bytes: Buffer): string {
  return typeof isAscii === "function" && isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}

interface CacheFile {
  path: string;
  /** The first line of a cache that belongs to the bundle as it is now. */
  stamp: string;
}

/** The cache file for this bundle and this V8, or null when there is no private place for it. */
function cacheFor(file: string): CacheFile | null {
  try {
    const root =
      process.platform === "win32"
        ? process.env.LOCALAPPDATA
        : process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
    if (!root) return null;
    const folder = join(root, "policy-plan", `v8-${process.versions.v8}-${process.arch}`);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const info = lstatSync(folder);
    if (!info.isDirectory() || (process.getuid !== undefined && info.uid !== process.getuid())) return null;
    const bundle = statSync(file);
    return { path: join(folder, `${basename(file, ".js")}-${fnv1a(file)}.cache`), stamp: `${bundle.size} ${bundle.mtimeMs}\n` };
  } catch {
    return null;
  }
}

/** The code cache in a cache file's content, when its stamp says it belongs to the bundle as it is now. */
function cacheData(content: Buffer, cache: CacheFile): Buffer | undefined {
  const stamp = Buffer.from(cache.stamp);
  return content.subarray(0, stamp.length).equals(stamp) ? content.subarray(stamp.length) : undefined;
}

/** Written to a temporary file and renamed, so a concurrent run reads the old cache or the new, never half of one. */
function writeCache(cache: CacheFile, script: Script): void {
  const temporary = `${cache.path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(cache.stamp), script.createCachedData()]), { mode: 0o600 });
    renameSync(temporary, cache.path);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
  }
  pruneCaches(dirname(cache.path), cache.path);
}

/**
 * How many cache files a folder keeps. There is one per bundle path, and every checkout, CI
 * clone or `npx` version of the package is a path of its own, so without a bound the folder
 * only grew (twenty files, 28 MB, on a machine that built the project in a few folders). A
 * cache is a megabyte and costs one uncached run to make again; the newest are the ones in use.
 */
const KEPT_CACHES = 8;

/** Deletes all but the KEPT_CACHES most recently written caches (and stray temporary files of ended runs). Only when a cache was written: a run that reads one does no more. */
function pruneCaches(folder: string, written: string): void {
  try {
    const caches = readdirSync(folder)
      .filter((name) => name.endsWith(".cache") || (name.endsWith(".tmp") && !name.endsWith(`.${process.pid}.tmp`)))
      .map((name) => ({ path: join(folder, name), time: lstatSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    // A temporary file more than a minute old belongs to a run that ended without renaming it.
    const stale = (file: { path: string; time: number }) => file.path.endsWith(".tmp") && Date.now() - file.time > 60_000;
    const kept = caches.filter((file) => file.path.endsWith(".cache"));
    for (const file of [...caches.filter(stale), ...kept.slice(KEPT_CACHES)]) if (file.path !== written) unlinkSync(file.path);
  } catch {
    // Another run pruned the same file first, or the folder cannot be read: the next write tries again.
  }
}

/** A short, stable name for a string (32-bit FNV-1a): enough to tell bundles apart, no crypto needed. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
