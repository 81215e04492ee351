import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import peggy from "peggy";
import { beforeAll, describe, expect, it } from "vitest";
import { compileRunScans, markDiscardedRuns } from "../../scripts/grammar-runs.mjs";
import { hoistParserState } from "../../scripts/grammar-hoist.mjs";
import { readSeed, SEED_NAMES } from "../support/seeds";
import { soup } from "../support/tokenSoup";
import { grammarSource } from "../support/grammarSource";

type Parse = (text: string, options?: { startRule?: string; peg$library?: boolean }) => unknown;

/**
 * The speed passes over the generated parser (scripts/grammar-runs.mjs, grammar-hoist.mjs) must
 * not change a single node: the parser Peggy generates plainly and the one the build ships
 * agree on every seed and on token soup, values and offsets alike.
 */
describe("speed passes over the generated parser", () => {
  let plain: Parse;
  let compiled: Parse;
  beforeAll(async () => {
    const grammar = grammarSource();
    const options = { output: "source" as const, format: "es" as const, cache: false, allowedStartRules: ["Document", "MarkerAt"] };
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
    // Literals are compared code unit by code unit; only the long directive names keep a
    // startsWith (V8 expands each startsWith site into a comparison that is slow to compile).
    const literalOf = (name: string) => {
      const start = source.indexOf(`const ${name} = `) + `const ${name} = `.length;
      return JSON.parse(source.slice(start, source.indexOf(";\n", start))) as string;
    };
    const longLiterals = [...source.matchAll(/input\.startsWith\((peg\$c\d+), peg\$currPos\)/g)].map((match) => literalOf(match[1]!));
    expect(longLiterals.length).toBeGreaterThan(0);
    for (const literal of longLiterals) expect(literal.length).toBeGreaterThan(8);
    const hoisted = hoistParserState(source);
    // A parse makes no functions but the error thrower of its tail: the rules, helpers and
    // constants are made once, when the module loads.
    const parseFunction = hoisted.slice(hoisted.indexOf("\nfunction peg$parse(input$, options$) {"), hoisted.indexOf("\nconst peg$allowedStartRules"));
    expect(parseFunction.match(/\bfunction\b/g)).toHaveLength(2);
    compiled = await load("compiled.mjs", hoisted);
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

  // The parse's state lives in module variables (grammar-hoist.mjs): each parse must start from
  // scratch whatever the one before it did — another start rule, library mode, a failed match.
  it("keeps nothing from one parse to the next", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(soup, fc.string({ unit: "binary", maxLength: 40 })), fc.boolean()), { minLength: 1, maxLength: 6 }), (parses) => {
        for (const [text, markerOnly] of parses) {
          const options = markerOnly ? { startRule: "MarkerAt", peg$library: true } : undefined;
          expect(comparable(compiled(text, options))).toEqual(comparable(plain(text, options)));
        }
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it("parses token soup and arbitrary strings identically", () => {
    fc.assert(
      fc.property(fc.oneof(soup, fc.string({ unit: "binary", maxLength: 120 })), (text) => {
        expect(compiled(text)).toEqual(plain(text));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});

/** A library-mode result without its functions (each parser has its own error thrower). */
function comparable(result: unknown): unknown {
  if (result === null || typeof result !== "object" || !("peg$throw" in result)) return result;
  const { peg$throw: thrower, peg$FAILED: failed, ...rest } = result as { peg$throw?: unknown; peg$FAILED: unknown; peg$result: unknown };
  return { ...rest, failed: rest.peg$result === failed, throws: typeof thrower };
}
