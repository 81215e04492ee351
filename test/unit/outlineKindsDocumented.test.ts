import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";

/**
 * Every `kind` an outline entry of `plancheck outline --format json` can have is documented in
 * the README's list of them, and the list names no other: the kinds are read from the core's
 * type (`OutlineEntry["kind"]` in server/src/core/outline.ts) by the TypeScript checker, so a
 * kind added to the code without its line in the README fails here. `article`, `part` and `box`
 * were emitted long before the README listed them.
 */
const ROOT = join(__dirname, "..", "..");
const OUTLINE = join(ROOT, "server", "src", "core", "outline.ts");

/**
 * The string literals of the union the core's OutlineEntry declares its `kind` as, through any
 * alias of the file. The file alone is read (no imports, no lib: a literal type needs neither);
 * a kind written through an import reads as no literal and fails, to be read here then too.
 */
function emittedKinds(): string[] {
  const program = ts.createProgram([OUTLINE], { strict: true, noEmit: true, noResolve: true, noLib: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(OUTLINE)!;
  const entry = source.statements.find((node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === "OutlineEntry");
  expect(entry, "OutlineEntry in server/src/core/outline.ts").toBeDefined();
  const kind = checker.getTypeAtLocation(entry!).getProperty("kind");
  expect(kind, "OutlineEntry's kind").toBeDefined();
  const type = checker.getTypeOfSymbol(kind!);
  const members = type.isUnion() ? type.types : [type];
  return members.map((member) => {
    expect(member.isStringLiteral(), `a kind that is no string literal: ${checker.typeToString(member)}`).toBe(true);
    return (member as ts.StringLiteralType).value;
  });
}

/** The kinds the README's list documents: its lines `- \`kind\`: …` after the sentence that introduces them. */
function documentedKinds(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const intro = readme.indexOf("An entry of `plancheck outline --format json` has one of these `kind`s");
  expect(intro, "the README's list of outline kinds").toBeGreaterThanOrEqual(0);
  const list = readme.slice(intro).split("\n\n")[1]!;
  return [...list.matchAll(/^- `([a-z]+)`:/gm)].map((match) => match[1]!);
}

it("documents in the README every kind of outline entry the core can emit, and no other", () => {
  const emitted = emittedKinds();
  expect(emitted.length).toBeGreaterThanOrEqual(5);
  expect([...documentedKinds()].sort()).toEqual([...emitted].sort());
});
