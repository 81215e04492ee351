import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfigText } from "../../server/src/core/config/load";
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
  const config = fixtureConfig(file);

  it("reports exactly the findings its `// expect:` comments name", () => {
    expect(actualFindingsOf(text, config)).toEqual(expectationsOf(text));
  });

  it("fixes everything fixable, matches its .fixed.plan snapshot, and is idempotent", async () => {
    const fixed = fixedTextOf(text, config);
    expect(fixed.remainingFixable).toEqual([]);
    await expect(fixed.text).toMatchFileSnapshot(file.replace(/\.plan$/, ".fixed.plan"));
    expect(fixAll(fixed.text, { config }).text).toBe(fixed.text);
  });
});

/** A fixture may come with its own configuration: `name.plancheck.json` beside `name.plan`. */
function fixtureConfig(file: string) {
  const path = file.replace(/\.plan$/, ".plancheck.json");
  if (!existsSync(path)) return undefined;
  const result = parseConfigText(readFileSync(path, "utf8"));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.problems)}`);
  return result.config;
}
