// npm run bench — parse speed against a floor measured in the same run on the same text.
//
// Floor: read the file + UTF-8 decode + split into lines + one regex pass classifying each
// line's numbering marker: the least any line-oriented parser of this markup must do. The
// ratio parse/floor is what we track (aim: ≤ 4×); absolute times vary with the machine.
import { build } from "esbuild";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const seedsDir = new URL("../../shared/seeds/", import.meta.url);
const seeds = readdirSync(seedsDir).filter((name) => name.endsWith(".txt")).sort();

const dir = mkdtempSync(join(tmpdir(), "plan-bench-"));
const entry = join(dir, "entry.ts");
writeFileSync(entry, `export { parseSyntax } from ${JSON.stringify(new URL("../server/src/core/syntax/parse.ts", import.meta.url).pathname)};
export { analyze } from ${JSON.stringify(new URL("../server/src/core/analyze.ts", import.meta.url).pathname)};`);
await build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", outfile: join(dir, "core.mjs"), mainFields: ["module", "main"], logLevel: "warning" });
const { parseSyntax, analyze } = await import(pathToFileURL(join(dir, "core.mjs")).href);

const MARKER = /^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．,]|[（(][一二三四五六七八九十]+[）)]|\d{1,3}[.．、](?!\d)|[（(]\d{1,3}[）)]|——|--|—)/;
const decoder = new TextDecoder();

function floor(bytes) {
  const lines = decoder.decode(bytes).split(/\r\n|\n|\r/);
  let markers = 0;
  for (const line of lines) if (MARKER.test(line)) markers++;
  return markers;
}

/** Median time of `f` over enough runs to fill ~budgetMs, after a warm-up. */
function time(f, budgetMs = 400) {
  for (let i = 0; i < 5; i++) f();
  const samples = [];
  const started = performance.now();
  while (performance.now() - started < budgetMs || samples.length < 7) {
    const t0 = performance.now();
    f();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

const row = (cells) => console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 26 : 12)).join(""));
row(["text", "floor ms", "parse ms", "parse/floor", "analyze ms", "analyze/floor"]);
const texts = [];
for (const name of seeds) {
  const path = new URL(name, seedsDir);
  const bytes = readFileSync(path);
  texts.push(bytes);
  const floorMs = time(() => floor(readFileSync(path)));
  const parseMs = time(() => parseSyntax(decoder.decode(readFileSync(path))));
  const analyzeMs = time(() => analyze(decoder.decode(readFileSync(path))));
  row([`${name} (${(bytes.length / 1024).toFixed(1)} KB)`, floorMs.toFixed(3), parseMs.toFixed(3), (parseMs / floorMs).toFixed(1) + "×", analyzeMs.toFixed(3), (analyzeMs / floorMs).toFixed(1) + "×"]);
}

// A 2.5 MB document: the seeds concatenated until the size is reached.
const parts = [];
let size = 0;
while (size < 2.5 * 1024 * 1024) for (const bytes of texts) { parts.push(bytes); size += bytes.length; }
const big = Buffer.concat(parts);
const bigFile = join(dir, "big.plan");
writeFileSync(bigFile, big);
const mb = big.length / (1024 * 1024);
const floorBig = time(() => floor(readFileSync(bigFile)), 2000);
const parseBig = time(() => parseSyntax(decoder.decode(readFileSync(bigFile))), 3000);
const analyzeBig = time(() => analyze(decoder.decode(readFileSync(bigFile))), 3000);
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const kept = parseSyntax(decoder.decode(big));
const heapAfter = process.memoryUsage().heapUsed;
row([`concatenation (${mb.toFixed(2)} MB)`, floorBig.toFixed(1), parseBig.toFixed(1), (parseBig / floorBig).toFixed(1) + "×", analyzeBig.toFixed(1), (analyzeBig / floorBig).toFixed(1) + "×"]);
console.log(`throughput: floor ${(mb / (floorBig / 1000)).toFixed(1)} MB/s, parse ${(mb / (parseBig / 1000)).toFixed(1)} MB/s, analyze ${(mb / (analyzeBig / 1000)).toFixed(1)} MB/s`);
console.log(`memory: syntax tree of the concatenation ≈ ${((heapAfter - heapBefore) / (1024 * 1024)).toFixed(1)} MB for ${kept.document.lines.length} lines (${(((heapAfter - heapBefore) / big.length)).toFixed(1)} bytes of heap per byte of input)`);
rmSync(dir, { recursive: true, force: true });
