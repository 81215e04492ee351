import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_RULES } from "../../server/src/core/rules/index.js";

/**
 * The rules' documentation leaves the CLI and server bundles for out/data/rule-docs.js
 * (scripts/rule-docs-chunk.mjs): a one-file run no longer reads it, SARIF and the doc
 * generator still get every word of it. Runs on the built files, as users do.
 */
const ROOT = join(__dirname, "..", "..");
const requireBuilt = createRequire(join(ROOT, "out", "cli.js"));

describe("the rules' docs chunk", () => {
  it("holds every rule's docs, word for word as the rule's source writes them", () => {
    const chunk = requireBuilt("./data/rule-docs.js") as Record<string, unknown>;
    expect(Object.keys(chunk).sort()).toEqual(ALL_RULES.map((rule) => rule.meta.id).sort());
    for (const rule of ALL_RULES) expect(chunk[rule.meta.id], rule.meta.id).toEqual({ ...rule.meta.docs });
  });

  it("is in neither bundle: only the getter that reads it is", () => {
    // One rationale, written in the bundles' `\uXXXX` escapes.
    const escaped = (text: string) => text.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
    const sample = escaped(ALL_RULES[0]!.meta.docs.rationale.slice(0, 24));
    for (const bundle of ["cli.js", "server.js"]) {
      const text = readFileSync(join(ROOT, "out", bundle), "latin1");
      expect(text.includes(sample), bundle).toBe(false);
      expect(text.includes("./data/rule-docs.js"), bundle).toBe(true);
    }
  });
});
