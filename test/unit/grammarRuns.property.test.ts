import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import peggy from "peggy";
import { beforeAll, describe, expect, it } from "vitest";
import { compileRunScans, markDiscardedRuns } from "../../scripts/grammar-runs.mjs";
import { readSeed, SEED_NAMES } from "../support/seeds";
import { soup } from "../support/tokenSoup";

type Parse = (text: string) => unknown;

/**
 * The speed passes over the generated parser (scripts/grammar-runs.mjs) must not change a
 * single node: the parser Peggy generates plainly and the one the build ships agree on every
 * seed and on token soup, values and offsets alike.
 */
describe("run-scan passes over the generated parser", () => {
  let plain: Parse;
  let compiled: Parse;
  beforeAll(async () => {
    const grammar = readFileSync(join(__dirname, "..", "..", "grammar", "plan.peggy"), "utf8");
    const options = { output: "source" as const, format: "es" as const, cache: false, allowedStartRules: ["Document"] };
    const dir = mkdtempSync(join(tmpdir(), "grammar-runs-"));
    const load = async (name: string, source: string): Promise<Parse> => {
      writeFileSync(join(dir, name), source);
      return ((await import(pathToFileURL(join(dir, name)).href)) as { parse: Parse }).parse;
    };
    plain = await load("plain.mjs", peggy.generate(grammar, options));
    const { source, stats } = compileRunScans(peggy.generate(grammar, { ...options, plugins: [markDiscardedRuns] }));
    expect(stats.remaining).toBe(0);
    // Every read of the current code unit goes through the bounded peg$code(), the only one left.
    expect(stats.codeReads).toBeGreaterThan(0);
    expect(source.split("input.charCodeAt(peg$currPos)")).toHaveLength(2);
    expect(source).toContain("function peg$code() { return peg$currPos < input.length ? input.charCodeAt(peg$currPos) : NaN; }");
    compiled = await load("compiled.mjs", source);
  }, 120_000);

  // V8 deoptimises an optimised function that reads a string past its end, and learns that one
  // call site at a time: the shipped parser met the end of each plan at a new site, and its
  // large rules were compiled again and again (pass 4 of grammar-runs.mjs). Parsing the seeds
  // until the rules are optimised must deoptimise none of them for reading out of bounds.
  it("is never deoptimised for reading past the end of the input", () => {
    const parser = join(__dirname, "..", "..", "server", "src", "core", "syntax", "generated", "planParser.js");
    const script = `import { parse } from ${JSON.stringify(pathToFileURL(parser).href)};
import { readFileSync } from "node:fs";
const texts = ${JSON.stringify(SEED_NAMES.map((name) => readSeed(name)))};
for (let round = 0; round < 150; round++) for (const text of texts) parse(text);`;
    const dir = mkdtempSync(join(tmpdir(), "grammar-deopt-"));
    writeFileSync(join(dir, "run.mjs"), script);
    const run = spawnSync(process.execPath, ["--trace-deopt", join(dir, "run.mjs")], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(run.status, run.stderr).toBe(0);
    const outOfBounds = run.stdout.split("\n").filter((line) => line.includes("reason: out of bounds") && line.includes("peg$"));
    expect(outOfBounds).toEqual([]);
  }, 120_000);

  it("parses every seed identically", () => {
    for (const name of SEED_NAMES) expect(compiled(readSeed(name))).toEqual(plain(readSeed(name)));
  });

  it("parses token soup and arbitrary strings identically", () => {
    fc.assert(
      fc.property(fc.oneof(soup, fc.string({ unit: "binary", maxLength: 120 })), (text) => {
        expect(compiled(text)).toEqual(plain(text));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
