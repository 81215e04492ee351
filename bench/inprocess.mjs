// One measurement in a fresh process (spawned by scripts/bench.mjs), printed as JSON:
//   first  <core.mjs> <file>   time of the first analyze() after loading the core bundle
//   large  <core.mjs> <file>   time of one parse + full analysis of a large file, and peak RSS
//   floor  <file>              the floor over the same file, and peak RSS
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { floorBytes } from "./floor.mjs";

const [mode, a, b] = process.argv.slice(2);
const result = {};
if (mode === "floor") {
  const t0 = performance.now();
  floorBytes(readFileSync(a));
  result.ms = performance.now() - t0;
} else {
  const t0 = performance.now();
  const { analyze } = await import(pathToFileURL(a).href);
  result.loadMs = performance.now() - t0;
  const t1 = performance.now();
  const analysis = analyze(new TextDecoder().decode(readFileSync(b)));
  result.ms = performance.now() - t1;
  result.findings = analysis.findings.length;
}
result.maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify(result));
