import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { PlanMemo } from "../../server/src/core/model/planMemo";

/**
 * Work derived from a plan is kept on the plan (model/planMemo.ts), and nothing the scavenger
 * takes for a root keeps a plan: the source patterns that did are held out of the core here
 * (test/unit/minorGc.test.ts measures the effect).
 */
const CORE = join(__dirname, "..", "..", "server", "src", "core");

function coreSources(dir = CORE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : coreSources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("PlanMemo", () => {
  it("makes a plan's value once, and each plan's apart", () => {
    const memo = new PlanMemo<{ made: number } | null>();
    const first = buildPlan("一、总体要求\n1.开展工作。\n");
    const second = buildPlan("一、总体要求\n1.开展工作。\n");
    let made = 0;
    const make = () => ({ made: ++made });
    expect(memo.of(first, make)).toEqual({ made: 1 });
    expect(memo.of(first, make)).toEqual({ made: 1 });
    expect(memo.of(second, make)).toEqual({ made: 2 });
    expect(memo.get(first)).toEqual({ made: 1 });
  });

  it("remembers null as a value made", () => {
    const memo = new PlanMemo<string | null>();
    const plan = buildPlan("一、总体要求\n");
    let asked = 0;
    const make = () => (asked++, null);
    memo.of(plan, make);
    memo.of(plan, make);
    expect(asked).toBe(1);
  });
});

describe("what keeps a plan past its analysis", () => {
  it("no WeakMap is keyed by a plan", () => {
    // Its value reaches the plan back (a closure, an item), and the scavenger keeps both.
    const keyed = coreSources().filter((file) => /WeakMap<\s*PlanDocument\b/.test(readFileSync(file, "utf8")));
    expect(keyed.map((file) => relative(CORE, file))).toEqual([]);
  });

  it("no object literal made inside a function has a getter or a setter", () => {
    // V8 keeps such a literal's accessor functions in its hidden class, in the old generation
    // until a full GC: each call's getter, and all its closure reaches, outlives the minor GCs.
    // A class's accessors are one function on its prototype; a literal at a module's top level
    // (a rule's meta) is made once.
    const found: string[] = [];
    for (const file of coreSources()) {
      const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node, inFunction: boolean): void => {
        if (ts.isObjectLiteralExpression(node) && inFunction && node.properties.some((property) => ts.isGetAccessorDeclaration(property) || ts.isSetAccessorDeclaration(property))) {
          found.push(`${relative(CORE, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
        }
        ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
      };
      visit(source, false);
    }
    expect(found).toEqual([]);
  });
});
