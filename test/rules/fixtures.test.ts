import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { actualFindingsOf, expectationsOf, fixedTextOf } from "./fixtureHarness";

const FIXTURES = join(__dirname, "fixtures");

function fixtureFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return fixtureFiles(path);
    return name.endsWith(".plan") && !name.endsWith(".fixed.plan") ? [path] : [];
  });
}

describe.each(fixtureFiles(FIXTURES).map((file) => [relative(FIXTURES, file), file]))("fixture %s", (_name, file) => {
  const text = readFileSync(file, "utf8");

  it("reports exactly the findings its `// expect:` comments name", () => {
    expect(actualFindingsOf(text)).toEqual(expectationsOf(text));
  });

  it("fixes everything fixable, matches its .fixed.plan snapshot, and is idempotent", async () => {
    const fixed = fixedTextOf(text);
    expect(fixed.remainingFixable).toEqual([]);
    await expect(fixed.text).toMatchFileSnapshot(file.replace(/\.plan$/, ".fixed.plan"));
    expect(fixAll(fixed.text).text).toBe(fixed.text);
  });
});
