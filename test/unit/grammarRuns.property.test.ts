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
    compiled = await load("compiled.mjs", source);
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
