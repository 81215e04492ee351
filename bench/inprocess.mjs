// One measurement in a fresh process (spawned by scripts/bench.mjs), printed as JSON:
//   first  <core.mjs> <file>   CPU time of the first analyze() after loading the core bundle
//   large  <core.mjs> <file>   time of one parse + full analysis of a large file, and peak RSS
//   floor  <file>              the floor over the same file, and peak RSS
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { floorBytes } from "./floor.mjs";

const [mode, a, b] = process.argv.slice(2);
const result = {};
// Times are CPU milliseconds (user + system): waiting for a core on a shared machine is not work.
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
if (mode === "floor") {
  const t0 = cpu();
  floorBytes(readFileSync(a));
  result.ms = cpu() - t0;
} else {
  const t0 = cpu();
  const { analyze } = await import(pathToFileURL(a).href);
  result.loadMs = cpu() - t0;
  const t1 = cpu();
  const analysis = analyze(new TextDecoder().decode(readFileSync(b)));
  result.ms = cpu() - t1;
  result.findings = analysis.findings.length;
}
result.maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify(result));
