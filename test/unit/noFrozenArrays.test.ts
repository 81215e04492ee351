import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { inlinePartsOf } from "../../server/src/core/model/inline";

/**
 * The core shares lists between callers (an empty list for every line without parts, every
 * item without clauses; a memo's answer) and keeps them unchanged by type, not by
 * `Object.freeze`: V8 reads a frozen, sealed or non-extensible array on a slow path (`for…of`
 * makes an iterator per loop, `some` and `map` run many times slower), and the rules loop over
 * such lists for every line on every keystroke (ARCHITECTURE.md, "Frozen arrays").
 */
const CORE = join(__dirname, "../../server/src/core");

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourcesUnder(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The code of a TypeScript file without its comments (good enough for this check). */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("no frozen objects in the core", () => {
  it("no Object.freeze, Object.seal or Object.preventExtensions in the core's code", () => {
    const offenders = sourcesUnder(CORE).filter((file) => /Object\.(freeze|seal|preventExtensions)\s*\(/.test(withoutComments(readFileSync(file, "utf8"))));
    expect(offenders).toEqual([]);
  });

  it("the lists an analysis shares are plain arrays", () => {
    const { plan } = analyze("一、总体要求\n\n1.开展工作。\n2.推进落实，加强监管。〔责任单位：市市场监管局〕\n");
    const lists = [
      ...plan.lines.map((line) => inlinePartsOf(line)),
      ...plan.allItems.flatMap((item) => [item.bodyLines, item.children, item.clauses, item.targets, item.citations, item.annotations, item.deadlines]),
    ];
    // Empty and non-empty lists both occur above, so both kinds are held to this.
    expect(lists.some((list) => list.length === 0)).toBe(true);
    expect(lists.some((list) => list.length > 0)).toBe(true);
    expect(lists.filter((list) => !Object.isExtensible(list))).toEqual([]);
  });
});
