import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";

/**
 * Tests run in a clean clone with ../shared beside it (CI) and nothing else: a test that reads a
 * QA plan from the machine it was written on (/work/qa11/…, /tmp/…) passes there and fails in CI.
 * Two such tests did, after the machine was replaced. A test's input lives in the repository.
 */
const TESTS = join(__dirname, "..");
const ABSOLUTE_READ = /(?:readFileSync|readFile|existsSync|createReadStream)\(\s*["'`]\/(?:work|tmp|home|root)\//;

function testSources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === "node_modules" || name === "fixtures") return [];
    if (statSync(path).isDirectory()) return testSources(path);
    return /\.(?:ts|mts|mjs)$/.test(name) ? [path] : [];
  });
}

it("no test reads a file outside the repository by an absolute path", () => {
  const offending = testSources(TESTS).filter((file) => ABSOLUTE_READ.test(readFileSync(file, "utf8")));
  expect(offending.map((file) => relative(TESTS, file))).toEqual([]);
});
