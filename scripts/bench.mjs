// npm run bench [-- --quick] — policy-plan against a floor and its peers, side by side in ONE run.
//
// Every comparison is interleaved A/B (round after round, each contender in turn on the same
// input) and reported as a ratio of medians: the machine is shared (2 cores, other work
// running), so absolute times move from minute to minute while ratios measured in the same
// rounds hold. In process and for the CLIs the time is CPU time (user + system, all threads),
// which waiting for a core does not inflate — wall time on a contended machine penalises long
// calls against short ones; the LSP latencies are wall time (what a user waits for). Peers (AutoCorrect, markdownlint, markdownlint-cli2) are dev dependencies of the
// benchmark only: bench/package.json, installed here on first use.
//
// Rows (targets from issue #11):
// - in process, per seed plan: the floor (decode + split + one regex per line), parse, analyze,
//   AutoCorrect's lintFor, markdownlint's lint; the first analyze() in a fresh process;
// - CLI over N generated copies of the seeds (1,000; --quick 100): plancheck vs the floor CLI,
//   AutoCorrect's CLI, markdownlint-cli2; one small file vs `node -e 0`;
// - LSP: one-character edits on a ~100 KB plan → publishDiagnostics, plan-language-server vs
//   a split-and-classify server and markdownlint in the same server harness;
// - large documents (2.5 MB; 25 MB without --quick): time and peak RSS, in process and CLI.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const quick = process.argv.includes("--quick");
// --baseline=DIR: another checkout (built), whose core (in processes of its own, taking turns
// with this one's) and language server are measured alongside, for before/after ratios in
// commit messages.
const baseline = process.argv.find((arg) => arg.startsWith("--baseline="))?.slice("--baseline=".length);
const root = fileURLToPath(new URL("..", import.meta.url));
const benchDir = join(root, "bench");
const seedsDir = join(root, "..", "shared", "seeds");
const started = performance.now();
const log = (text) => process.stderr.write(`bench: ${text}\n`);

// ---------------------------------------------------------------- set-up

if (!existsSync(join(benchDir, "node_modules", "markdownlint-cli2"))) {
  log("installing the peers (bench/package.json) …");
  // `npm install`, not `npm ci`: npm 11's ci refuses autocorrect-node's lock because the
  // platform binaries it does not install here (darwin, win32) have no lock entries; install
  // still follows the lock for everything it does install, so the peers' versions stay pinned.
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--silent"], { cwd: benchDir, stdio: "inherit" });
}
for (const built of ["out/cli.js", "out/compileCache.js", "out/server.js"]) {
  if (!existsSync(join(root, built))) throw new Error(`${built} missing: run npm run build first`);
}

const dir = mkdtempSync(join(tmpdir(), "plan-bench-"));
const coreFile = join(dir, "core.mjs");
writeFileSync(join(dir, "entry.ts"), `export { parseSyntax } from ${JSON.stringify(join(root, "server/src/core/syntax/parse.ts"))};
export { analyze } from ${JSON.stringify(join(root, "server/src/core/analyze.ts"))};
export { setShellV8Flags } from ${JSON.stringify(join(root, "server/src/node/v8Flags.ts"))};`);
await build({ entryPoints: [join(dir, "entry.ts")], bundle: true, platform: "node", format: "esm", outfile: coreFile, mainFields: ["module", "main"], logLevel: "warning" });
const { parseSyntax, analyze } = await import(pathToFileURL(coreFile).href);
const baselineCore = join(dir, "baseline-core.mjs");
if (baseline) {
  // The baseline's core runs with the V8 flags its own shells set, as this checkout's does.
  const baselineFlags = ["server/src/node/v8Flags.ts", "server/src/node/regexpCompilation.ts"].find((file) => existsSync(join(baseline, file)));
  writeFileSync(join(dir, "baseline-entry.ts"), `export { parseSyntax } from ${JSON.stringify(join(baseline, "server/src/core/syntax/parse.ts"))};
export { analyze } from ${JSON.stringify(join(baseline, "server/src/core/analyze.ts"))};
${baselineFlags === undefined ? "" : `export * from ${JSON.stringify(join(baseline, baselineFlags))};`}`);
  await build({ entryPoints: [join(dir, "baseline-entry.ts")], bundle: true, platform: "node", format: "esm", outfile: baselineCore, mainFields: ["module", "main"], logLevel: "warning", nodePaths: [join(baseline, "node_modules")] });
}
const { floorBytes } = await import(pathToFileURL(join(benchDir, "floor.mjs")).href);
const requireBench = (await import("node:module")).createRequire(join(benchDir, "package.json"));
const autocorrect = requireBench("autocorrect-node");
const { lint: markdownlint } = await import(pathToFileURL(requireBench.resolve("markdownlint/sync")).href);

const seeds = readdirSync(seedsDir).filter((name) => name.endsWith(".txt")).sort().map((name) => ({ name, bytes: readFileSync(join(seedsDir, name)) }));
const decoder = new TextDecoder();
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
/** CPU milliseconds (user + system) spent by this process while `f` runs. */
function cpuMs(f) {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** The table: one row per comparison. */
const rows = [];
const ms = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)) + " ms";
const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(0) + " MB";
function row(group, measure, project, reference, ratio, target) {
  const meets = target ? (target.max !== undefined ? ratio <= target.max : ratio >= target.min) : null;
  rows.push({ group, measure, project, reference, ratio: ratio === null ? "—" : ratio.toFixed(2) + "×", target: target?.label ?? "—", meets: meets === null ? "—" : meets ? "yes" : "NO" });
}

// ---------------------------------------------------------------- in process, per plan

log("in process, per plan …");
const contenders = {
  floor: (bytes) => floorBytes(bytes),
  parse: (bytes) => parseSyntax(decoder.decode(bytes)),
  analyze: (bytes) => analyze(decoder.decode(bytes)),
  autocorrect: (bytes) => autocorrect.lintFor(decoder.decode(bytes), "plan.txt"),
  markdownlint: (bytes) => markdownlint({ strings: { plan: decoder.decode(bytes) } }),
};
for (const f of Object.values(contenders)) for (const seed of seeds) for (let i = 0; i < (quick ? 5 : 15); i++) f(seed.bytes);
const perRound = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
const rounds = quick ? 5 : 15;
for (let round = 0; round < rounds; round++) {
  const totals = Object.fromEntries(Object.keys(contenders).map((k) => [k, 0]));
  for (const seed of seeds) {
    for (const [name, f] of Object.entries(contenders)) {
      // Median of a few calls per seed and contender, the contenders taking turns.
      const samples = [];
      for (let i = 0; i < 3; i++) samples.push(cpuMs(() => f(seed.bytes)));
      totals[name] += median(samples);
    }
  }
  for (const name of Object.keys(contenders)) perRound[name].push(totals[name] / seeds.length);
}
const ratioOf = (a, b) => median(perRound[a].map((value, i) => value / perRound[b][i]));
const perPlan = Object.fromEntries(Object.entries(perRound).map(([k, v]) => [k, median(v)]));
const seedKb = (seeds.reduce((sum, s) => sum + s.bytes.length, 0) / seeds.length / 1024).toFixed(0);
const inProcess = `in process (seed plans, ~${seedKb} KB)`;
row(inProcess, "parse vs floor", ms(perPlan.parse), ms(perPlan.floor), ratioOf("parse", "floor"), null);
if (baseline) {
  // Each core in a process of its own, the two taking turns: loaded into one process, whichever
  // came second ran some 10 % faster (shared JIT and heap state), which swamped real changes.
  const perPlanOf = (core) => JSON.parse(execFileSync(process.execPath, [join(benchDir, "inprocess.mjs"), "per-plan", core, seedsDir], { encoding: "utf8" }));
  const pairs = [];
  // A process's JIT makes its own choices: the same core varies by up to a third from one
  // process to the next, so the ratio is the median over several pairs.
  for (let i = 0; i < (quick ? 2 : 6); i++) {
    if (i % 2 === 0) {
      const now = perPlanOf(coreFile);
      pairs.push({ now, then: perPlanOf(baselineCore) });
    } else {
      const then = perPlanOf(baselineCore);
      pairs.push({ now: perPlanOf(coreFile), then });
    }
  }
  const pairedRatio = (key) => median(pairs.map(({ now, then }) => now[key] / then[key]));
  row(inProcess, "parse vs the baseline checkout (own processes)", ms(median(pairs.map((p) => p.now.parseMs))), ms(median(pairs.map((p) => p.then.parseMs))), pairedRatio("parseMs"), null);
  row(inProcess, "parse + full check vs the baseline checkout (own processes)", ms(median(pairs.map((p) => p.now.analyzeMs))), ms(median(pairs.map((p) => p.then.analyzeMs))), pairedRatio("analyzeMs"), null);
}
row(inProcess, "parse + full check vs floor", ms(perPlan.analyze), ms(perPlan.floor), ratioOf("analyze", "floor"), { max: 6, label: "≤ 6×" });
row(inProcess, "parse + full check vs AutoCorrect lintFor", ms(perPlan.analyze), ms(perPlan.autocorrect), ratioOf("analyze", "autocorrect"), { max: 0.3, label: "≤ 0.3×" });
row(inProcess, "parse + full check vs markdownlint lint", ms(perPlan.analyze), ms(perPlan.markdownlint), ratioOf("analyze", "markdownlint"), { max: 0.15, label: "≤ 0.15×" });

const seedFile = join(seedsDir, seeds[0].name);
const firstCalls = [];
for (let i = 0; i < (quick ? 2 : 5); i++) firstCalls.push(JSON.parse(execFileSync(process.execPath, [join(benchDir, "inprocess.mjs"), "first", coreFile, seedFile], { encoding: "utf8" })));
const firstMs = median(firstCalls.map((r) => r.ms));
row(inProcess, "first analyze() in a fresh process", ms(firstMs), "15 ms", firstMs / 15, { max: 1, label: "≤ 15 ms" });

// ---------------------------------------------------------------- CLI

/** Runs a command under /usr/bin/time; returns its CPU time (user + system), wall time and peak RSS. */
function timed(command, args, cwd) {
  const result = spawnSync("/usr/bin/time", ["-f", "%U %S %e %M", command, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", maxBuffer: 1 << 28 });
  const lines = result.stderr.trim().split("\n");
  const [user, system, wall, rssKb] = lines[lines.length - 1].split(" ").map(Number);
  if (!Number.isFinite(rssKb)) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr.slice(0, 500)}`);
  return { ms: (user + system) * 1000, wallMs: wall * 1000, rss: rssKb * 1024, status: result.status };
}

log("CLI …");
const copies = quick ? 100 : 1000;
const corpus = { plan: join(dir, "plans"), txt: join(dir, "txt"), md: join(dir, "md") };
for (const [ext, folder] of Object.entries(corpus)) {
  mkdirSync(folder);
  for (let i = 0; i < copies; i++) writeFileSync(join(folder, `plan-${String(i).padStart(4, "0")}.${ext}`), seeds[i % seeds.length].bytes);
}
const node = process.execPath;
// The command users run: bin/plancheck.js, which loads out/cli.js with V8's code cache.
const plancheck = join(root, "bin/plancheck.js");
const cliRuns = {
  plancheck: () => timed(node, [plancheck, corpus.plan], dir),
  floor: () => timed(node, [join(benchDir, "floor-cli.mjs"), corpus.plan], dir),
  autocorrect: () => timed(node, [join(benchDir, "node_modules/autocorrect-node/cli.js"), "--lint", "--quiet", corpus.txt], dir),
  markdownlint: () => timed(node, [join(benchDir, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs"), "**/*.md"], corpus.md),
};
const cliSamples = Object.fromEntries(Object.keys(cliRuns).map((k) => [k, []]));
for (let round = 0; round < (quick ? 1 : 3); round++) for (const [name, run] of Object.entries(cliRuns)) cliSamples[name].push(run());
const cliRatio = (a, b) => median(cliSamples[a].map((s, i) => s.ms / cliSamples[b][i].ms));
const cliMs = (name) => median(cliSamples[name].map((s) => s.ms));
const cliGroup = `CLI, ${copies} plans, default output`;
row(cliGroup, "plancheck vs floor CLI", ms(cliMs("plancheck")), ms(cliMs("floor")), cliRatio("plancheck", "floor"), { max: 5, label: "≤ 5×" });
row(cliGroup, "plancheck vs AutoCorrect CLI (--lint)", ms(cliMs("plancheck")), ms(cliMs("autocorrect")), cliRatio("plancheck", "autocorrect"), { max: 0.3, label: "≤ 0.3×" });
row(cliGroup, "plancheck vs markdownlint-cli2", ms(cliMs("plancheck")), ms(cliMs("markdownlint")), cliRatio("plancheck", "markdownlint"), null);
const cliRss = Math.max(...cliSamples.plancheck.map((s) => s.rss));
row(cliGroup, "plancheck peak RSS", mb(cliRss), "200 MB", cliRss / (200 * 1024 * 1024), { max: 1, label: "≤ 200 MB" });

/**
 * CPU milliseconds of a short run, to the millisecond: GNU time prints hundredths of a second,
 * a tenth of `node -e 0`, which made the small-file ratio jump by 0.1 between runs. bash's
 * `times` gives the children's user and system time in milliseconds.
 */
function cpuOfShortRun(command, args, cwd) {
  const result = spawnSync("bash", ["-c", '"$@" >/dev/null 2>&1; times', "bash", command, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  const children = result.stdout.trim().split("\n")[1] ?? "";
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((match) => Number(match[1]) * 60 + Number(match[2]));
  if (seconds.length !== 2) throw new Error(`${command} ${args.join(" ")}: no times (${result.stderr.slice(0, 300)})`);
  return (seconds[0] + seconds[1]) * 1000;
}

const smallFile = join(dir, "small.plan");
writeFileSync(smallFile, "一、总体要求\n");
const small = { plancheck: [], node: [] };
for (let i = 0; i < (quick ? 3 : 15); i++) {
  small.plancheck.push(cpuOfShortRun(node, [plancheck, smallFile], dir));
  small.node.push(cpuOfShortRun(node, ["-e", "0"], dir));
}
row("CLI, one small file", "plancheck vs node -e 0", ms(median(small.plancheck)), ms(median(small.node)), median(small.plancheck.map((v, i) => v / small.node[i])), { max: 1.5, label: "≤ 1.5×" });

// ---------------------------------------------------------------- LSP

log("language servers …");
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = await import("vscode-languageserver-protocol/node");

/** A server over stdio; `edit` sends a change and resolves when that version's diagnostics arrive. */
async function startServer(name, args) {
  const child = spawn(node, args, { stdio: ["pipe", "pipe", "ignore"] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    for (const [version, resolve] of waiting) {
      if (params.version === undefined || params.version >= version) {
        waiting.delete(version);
        resolve();
      }
    }
  });
  connection.onRequest(() => null);
  connection.onNotification(() => undefined);
  connection.listen();
  await connection.sendRequest("initialize", { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
  await connection.sendNotification("initialized", {});
  const uri = pathToFileURL(join(dir, `lsp-${name}.plan`)).href;
  let version = 1;
  const diagnosticsFor = (v) => new Promise((resolve) => waiting.set(v, resolve));
  return {
    name,
    async open(text) {
      const done = diagnosticsFor(version);
      await connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "policy-plan", version, text } });
      await done;
    },
    /** One incremental change; returns ms to its diagnostics (and the follow-up request's ms). */
    async edit(change, followUp) {
      version++;
      const done = diagnosticsFor(version);
      const t0 = performance.now();
      await connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [change] });
      const request = followUp ? connection.sendRequest(followUp.method, { textDocument: { uri }, ...followUp.params }).then(() => performance.now() - t0) : null;
      await done;
      const editMs = performance.now() - t0;
      return { editMs, requestMs: request ? await request : null };
    },
    stop() {
      connection.dispose();
      child.kill();
    },
  };
}

/**
 * The server as the editor starts it: the bin runs the bundle with the code cache and the V8 flags
 * of server/src/node/v8Flags.ts (client/src/extension.ts starts bin/plan-language-server.js); a
 * checkout from before the bin existed runs its bundle.
 */
const serverShellOf = (checkout) => [join(checkout, "bin/plan-language-server.js"), join(checkout, "out/server.js")].find((file) => existsSync(file));
const lspParts = [];
for (let size = 0; size < 100 * 1024; ) for (const seed of seeds) if (size < 100 * 1024) { lspParts.push(seed.bytes); size += seed.bytes.length; }
const lspText = decoder.decode(Buffer.concat(lspParts));
const lspLines = lspText.split(/\r\n|\n|\r/);
let editLine = lspLines.length >> 1;
while (lspLines[editLine].length < 4) editLine++;
const servers = [
  await startServer("plan", [serverShellOf(root), "--stdio"]),
  await startServer("classify", [join(benchDir, "servers/classify-server.mjs"), "--stdio"]),
  await startServer("markdownlint", [join(benchDir, "servers/markdownlint-server.mjs"), "--stdio"]),
  ...(baseline ? [await startServer("baseline", [serverShellOf(baseline), "--stdio"])] : []),
];
for (const server of servers) await server.open(lspText);
const editCount = quick ? 30 : 200;
const latencies = Object.fromEntries(servers.map((s) => [s.name, []]));
for (let i = 0; i < editCount; i++) {
  // Type a character, then delete it: the document stays the same size.
  const at = { line: editLine, character: 3 };
  const change = i % 2 === 0 ? { range: { start: at, end: at }, text: "的" } : { range: { start: at, end: { line: editLine, character: 4 } }, text: "" };
  for (const server of servers) latencies[server.name].push((await server.edit(change)).editMs);
}
const followUps = { documentSymbol: [], completion: [], hover: [] };
for (let i = 0; i < (quick ? 6 : 45); i++) {
  const at = { line: editLine, character: 3 };
  const change = i % 2 === 0 ? { range: { start: at, end: at }, text: "的" } : { range: { start: at, end: { line: editLine, character: 4 } }, text: "" };
  const kind = Object.keys(followUps)[i % 3];
  const params = kind === "documentSymbol" ? {} : { position: at };
  followUps[kind].push((await servers[0].edit(change, { method: `textDocument/${kind}`, params })).requestMs);
}
for (const server of servers) server.stop();
const steady = (name) => latencies[name].slice(10);
const p50 = (name) => median(steady(name));
const lspGroup = `LSP, one-char edit → diagnostics, ${(Buffer.byteLength(lspText) / 1024).toFixed(0)} KB plan`;
row(lspGroup, "p50 vs split-and-classify server", ms(p50("plan")), ms(p50("classify")), p50("plan") / p50("classify"), { max: 10, label: "≤ 10×" });
row(lspGroup, "p50 vs markdownlint server", ms(p50("plan")), ms(p50("markdownlint")), p50("plan") / p50("markdownlint"), { max: 0.2, label: "≤ 0.2×" });
if (baseline) row(lspGroup, "p50 vs the baseline checkout's server", ms(p50("plan")), ms(p50("baseline")), p50("plan") / p50("baseline"), null);
row(lspGroup, "p90 vs p50", ms(percentile(steady("plan"), 0.9)), ms(p50("plan")), percentile(steady("plan"), 0.9) / p50("plan"), { max: 2, label: "≤ 2×" });
const firstTen = latencies.plan.slice(0, 10);
const firstTenMean = firstTen.reduce((a, b) => a + b, 0) / firstTen.length;
row(lspGroup, "first ten edits (mean) vs steady p50", ms(firstTenMean), ms(p50("plan")), firstTenMean / p50("plan"), { max: 2, label: "≤ 2×" });
for (const [kind, values] of Object.entries(followUps)) {
  row(lspGroup, `${kind} right after an edit vs the edit`, ms(median(values)), ms(p50("plan")), median(values) / p50("plan"), { max: 1, label: "≤ 1×" });
}

// ---------------------------------------------------------------- large documents

log("large documents …");
const tinyFile = join(dir, "tiny.plan");
writeFileSync(tinyFile, "一、总体要求\n");
const inproc = (...args) => JSON.parse(execFileSync(node, [join(benchDir, "inprocess.mjs"), ...args], { encoding: "utf8", maxBuffer: 1 << 26 }));
const baselineRss = inproc("large", coreFile, tinyFile).maxRssBytes;
const seedMbPerS = (seeds.reduce((sum, s) => sum + s.bytes.length, 0) / seeds.length / (1024 * 1024)) / (perPlan.analyze / 1000);
for (const sizeMb of quick ? [2.5] : [2.5, 25]) {
  const parts = [];
  let size = 0;
  // Each round of the seeds opens with a line of its own (（副本3）): a large plan, not one plan
  // pasted over and over, which structure/repeated-paste sets aside after its first copy.
  for (let copy = 1; size < sizeMb * 1024 * 1024; copy++) {
    parts.push(Buffer.from(`（副本${copy}）\n`));
    for (const seed of seeds) { parts.push(seed.bytes); size += seed.bytes.length; }
  }
  const file = join(dir, `large-${sizeMb}.plan`);
  const bytes = Buffer.concat(parts);
  writeFileSync(file, bytes);
  const samples = [];
  for (let round = 0; round < (quick || sizeMb > 10 ? 1 : 3); round++) {
    samples.push({ floor: inproc("floor", file), analyze: inproc("large", coreFile, file), cli: timed(node, [plancheck, file], dir), floorCli: timed(node, [join(benchDir, "floor-cli.mjs"), file], dir) });
  }
  const group = `large document, ${sizeMb} MB`;
  const analyzeMs = median(samples.map((s) => s.analyze.ms));
  row(group, "parse + full check vs floor (in process)", ms(analyzeMs), ms(median(samples.map((s) => s.floor.ms))), median(samples.map((s) => s.analyze.ms / s.floor.ms)), null);
  const mbPerS = bytes.length / (1024 * 1024) / (analyzeMs / 1000);
  row(group, "MB/s vs MB/s on a seed plan", `${mbPerS.toFixed(1)} MB/s`, `${seedMbPerS.toFixed(1)} MB/s`, mbPerS / seedMbPerS, { min: 0.8, label: "≥ 0.8×" });
  const rss = Math.max(...samples.map((s) => s.analyze.maxRssBytes)) - baselineRss;
  row(group, "peak RSS over baseline, bytes per input byte (in process)", mb(rss), mb(bytes.length), rss / bytes.length, { max: 10, label: "≤ 10×" });
  row(group, "plancheck vs floor CLI", ms(median(samples.map((s) => s.cli.ms))), ms(median(samples.map((s) => s.floorCli.ms))), median(samples.map((s) => s.cli.ms / s.floorCli.ms)), null);
  const cliLargeRss = Math.max(...samples.map((s) => s.cli.rss));
  row(group, "plancheck peak RSS, bytes per input byte", mb(cliLargeRss), mb(bytes.length), cliLargeRss / bytes.length, null);
}
rmSync(dir, { recursive: true, force: true });

// ---------------------------------------------------------------- the table

const headers = ["group", "measure", "policy-plan", "reference", "ratio", "target", "meets"];
const cells = rows.map((r) => [r.group, r.measure, r.project, r.reference, r.ratio, r.target, r.meets]);
const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
const line = (values) => `| ${values.map((v, i) => String(v).padEnd(widths[i])).join(" | ")} |`;
console.log(line(headers));
console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
for (const c of cells) console.log(line(c));
console.log(`\nInterleaved A/B in one run on a shared machine (ratios of medians; absolute times vary). In-process and CLI times are CPU time (user + system); LSP latencies are wall time. ${quick ? "--quick: fewer rounds and edits, 100 CLI copies, no 25 MB document. " : ""}Took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
