import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { internalReferences, sectionsOf, targetTitle } from "../../server/src/core/references/index";
import { runPlancheck } from "../support/cli";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What each of the plan's references to its own parts and items names, by heading ("" where not one). */
function named(text: string): string[] {
  const plan = analyze(text).plan;
  return internalReferences(plan).references.map((reference) => {
    if (reference.kind !== "section") return "";
    const targets = sectionsOf(plan, reference) ?? [];
    return targets.length === 1 ? targetTitle(targets[0]!).replace(/^[（(]?[一二三四五六七八九十]+[）)、]?/u, "") : "";
  });
}

/**
 * Two fixes of one pass, each right alone: a renumbering that carries `上述第（五）项` to the
 * item's new number （二）, and a stray `二、` restyled to `（二）` right above the reference. Applied
 * together the reference named the restyled item; the next pass carried it on to that item's number.
 * (Found by the renumbering property test, test/xref/renumberedReferences.property.test.ts.)
 */
const RESTYLED_ABOVE = "示例市质量提升行动方案\n一、总体要求0\n（一）任务0-0-0\n（五）任务0-1-0\n（一）任务0-2-0\n六、总体要求1\n二、总体要求2\n落实上述第（五）项。\n（三）任务2-0-0\n一、总体要求3\n（一）任务3-0-0\n";

/** A renumbering whose carried reference another fix of the run must finish (it is refused): alone it leaves two （一）. */
const HALF_RENUMBERED = "示例市质量提升行动方案\n一、总体要求0\n（三）任务0-0-0\n六、总体要求1\n（五）任务1-0-0\n（一）任务1-1-0\n二、总体要求2\n落实上述第（三）项。\n（三）任务2-0-0\n（一）任务2-1-0\n落实上述第（五）项。\n";

describe("a fix never makes a reference name another item", () => {
  for (const [name, text] of [["restyled marker above a carried reference", RESTYLED_ABOVE], ["half of a renumbering", HALF_RENUMBERED]] as const) {
    it(name, () => {
      const before = named(text);
      expect(before.every((heading) => heading !== "")).toBe(true);
      const result = fixAll(text);
      expect(named(result.text)).toEqual(before);
      expect(result.fixed).toBeGreaterThan(0);
      // Idempotent, and no word lost.
      expect(fixAll(result.text).text).toBe(result.text);
      expect(result.text.replace(/[一二三四五六七八九十（）、]/gu, "")).toBe(text.replace(/[一二三四五六七八九十（）、]/gu, ""));
    });
  }

  it("says which fix it refused and why: the reference would name another item", () => {
    const result = fixAll(HALF_RENUMBERED);
    expect(result.refused.length).toBeGreaterThan(0);
    expect(new Set(result.refused.map((finding) => finding.loss))).toEqual(new Set(["reference"]));
  });

  it("the CLI reports the refusal with its reason, in stylish and JSON", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "plancheck-repoint-")), "plan.plan");
    writeFileSync(file, HALF_RENUMBERED);
    const json = await runPlancheck(["--fix", "--no-config", "--format", "json", file]);
    const [report] = (JSON.parse(json.out) as { files: Array<{ refusedFixes?: Array<{ reason: string; rule: string }> }> }).files;
    expect(report!.refusedFixes!.length).toBeGreaterThan(0);
    expect(report!.refusedFixes!.every((refused) => refused.reason === "reference" && refused.rule === "numbering/sequence")).toBe(true);
    writeFileSync(file, HALF_RENUMBERED);
    const stylish = await runPlancheck(["--fix", "--no-config", file]);
    expect(stylish.out).toContain("会使正文中对本方案某部分或某项的引用改指另一处，已跳过，请手动修改");
  });
});
