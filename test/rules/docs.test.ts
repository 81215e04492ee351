import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { ALL_RULES } from "../../server/src/core/rules/index";
import { generatedArtifacts } from "../../server/src/generate/artifacts";

const ROOT = join(__dirname, "..", "..");

describe.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))("rule %s", (id, rule) => {
  it("has an id of the form family/name matching its family", () => {
    expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(id.split("/")[0]).toBe(rule.meta.family);
  });

  it.runIf(rule.meta.docs.incorrect !== "")("reports its documented incorrect example", () => {
    expect(analyze(rule.meta.docs.incorrect).findings.map((f) => f.rule)).toContain(id);
  });

  it("does not report its documented correct example", () => {
    expect(analyze(rule.meta.docs.correct).findings.map((f) => f.rule)).not.toContain(id);
  });
});

describe("generated files", () => {
  it.each([...generatedArtifacts()].map(([path, content]) => [path, content]))("%s is up to date (run `npm run generate`)", (path, content) => {
    expect(readFileSync(join(ROOT, path), "utf8")).toBe(content);
  });
});
