// One measurement in a fresh process (spawned by scripts/bench.mjs), printed as JSON:
//   first    <core.mjs> <file>        CPU time of the first analyze() after loading the core bundle
//   large    <core.mjs> <file>        time of one parse + full analysis of a large file, and peak RSS
//   floor    <file>                   the floor over the same file, and peak RSS
//   per-plan <core.mjs> <seeds dir>   warm CPU time per seed plan of parse and of analyze (medians
//                                     of rounds): one core per process, for before/after ratios
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { floorBytes } from "./floor.mjs";

const [mode, a, b] = process.argv.slice(2);
/**
 * The core compiled as the language server runs it, the shell that keeps the core in its process:
 * it sets V8 flags before its bundle runs (server/src/node/v8Flags.ts; regexpCompilation.ts in
 * checkouts before session 50). A core bundle that exports neither setting (a baseline checkout
 * from before both) runs with V8's defaults. The CLI's own flags show in the CLI rows.
 */
const asTheShellsRun = (core) => {
  if (core.setShellV8Flags) core.setShellV8Flags("server");
  else core.compileRegExpsToMachineCode?.();
  return core;
};
const result = {};
// Times are CPU milliseconds (user + system): waiting for a core on a shared machine is not work.
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
if (mode === "per-plan") {
  const { parseSyntax, analyze } = asTheShellsRun(await import(pathToFileURL(a).href));
  const decoder = new TextDecoder();
  const seeds = readdirSync(b).filter((name) => name.endsWith(".txt")).sort().map((name) => readFileSync(join(b, name)));
  const median = (values) => [...values].sort((x, y) => x - y)[values.length >> 1];
  const timeOf = (f) => {
    const t0 = cpu();
    for (const seed of seeds) f(decoder.decode(seed));
    return (cpu() - t0) / seeds.length;
  };
  for (let i = 0; i < 40; i++) timeOf(analyze);
  // Parse is timed in a block of its own, after a warm-up that is parse alone: timed between rounds
  // of analyze, it paid for collecting analyze's garbage (the row read 0.99–1.24× with no change
  // to the parser, while an interleaved A/B of the builds read 1.03×).
  for (let i = 0; i < 10; i++) timeOf(parseSyntax);
  const parse = [];
  for (let round = 0; round < 40; round++) parse.push(timeOf(parseSyntax));
  const full = [];
  for (let round = 0; round < 40; round++) full.push(timeOf(analyze));
  result.parseMs = median(parse);
  result.analyzeMs = median(full);
} else if (mode === "floor") {
  const t0 = cpu();
  floorBytes(readFileSync(a));
  result.ms = cpu() - t0;
} else {
  const t0 = cpu();
  const { analyze } = asTheShellsRun(await import(pathToFileURL(a).href));
  result.loadMs = cpu() - t0;
  const t1 = cpu();
  const analysis = analyze(new TextDecoder().decode(readFileSync(b)));
  result.ms = cpu() - t1;
  result.findings = analysis.findings.length;
}
result.maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify(result));
