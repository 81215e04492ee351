import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { readSeed, SEED_NAMES } from "../support/seeds";
import { wordChars } from "../support/wordChars";

/**
 * Issue 8's properties on the text users have: excerpts of the five real plans and of the rule
 * fixtures, with the slips drafting and pasting make (a line lost, doubled, moved, cut in two or
 * run into the next; a character dropped; a marker, a separator, a unit name, a bracket or a
 * figure typed in) — where token soup (trust.property.test.ts) rarely reaches: real clauses,
 * targets, tables, attachments and citations half broken. Analysis never throws nor reports an
 * internal error; every fix keeps the words it does not name; fix-all keeps every clause a
 * clause and is idempotent. Runs 150 cases each; PLANCHECK_PROPERTY_RUNS for longer.
 */
const RUNS = Math.max(50, Math.floor(Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000) / 7));

const FIXTURES_DIR = join(__dirname, "..", "rules", "fixtures");
const PLANS: readonly string[] = [
  ...SEED_NAMES.map(readSeed),
  ...readdirSync(FIXTURES_DIR).flatMap((family) =>
    readdirSync(join(FIXTURES_DIR, family))
      .filter((name) => name.endsWith(".plan") && !name.endsWith(".fixed.plan"))
      .map((name) => readFileSync(join(FIXTURES_DIR, family, name), "utf8")),
  ),
];

/** What drafting and pasting type in. */
const TYPED = [
  "、", "，", "。", "；", "：", "1.", "（一）", "一、", "(二)", "〔责任单位：", "〕", "（", "）", "市市场监管局", "市工信局",
  "市质监局", "达到", "%", "个", "到2025年", "《", "》", "\n", "  ", "　", "\t", "xx", "分别", "以上", "责任单位：",
  "牵头单位：", "；配合单位：", "附件", "—", "2024年、2025年", "《质量强国建设纲要》", "第（七）条", "|",
];

type Slip = { kind: number; at: number; other: number; typed: string };

const slip: fc.Arbitrary<Slip> = fc.record({
  kind: fc.integer({ min: 0, max: 8 }),
  at: fc.nat(),
  other: fc.nat(),
  typed: fc.constantFrom(...TYPED),
});

/** An excerpt of one plan (20–80 lines) with a few slips made in it. */
const mutatedPlan = fc
  .record({ plan: fc.integer({ min: 0, max: PLANS.length - 1 }), from: fc.nat(), length: fc.integer({ min: 20, max: 80 }), slips: fc.array(slip, { minLength: 1, maxLength: 6 }) })
  .map(({ plan, from, length, slips }) => {
    const all = PLANS[plan]!.split("\n");
    const start = from % Math.max(1, all.length - 20);
    const lines = all.slice(start, start + length);
    for (const { kind, at: rawAt, other, typed } of slips) applySlip(lines, kind, rawAt % Math.max(1, lines.length), other, typed);
    return lines.join("\n");
  });

function applySlip(lines: string[], kind: number, at: number, other: number, typed: string): void {
  const line = lines[at] ?? "";
  const point = line.length === 0 ? 0 : other % (line.length + 1);
  switch (kind) {
    case 0: lines.splice(at, 1); break;
    case 1: lines.splice(at, 0, line); break;
    case 2: { const to = other % Math.max(1, lines.length); lines[at] = lines[to] ?? ""; lines[to] = line; break; }
    case 3: lines[at] = line.slice(0, point) + line.slice(point + 1); break;
    case 4: lines[at] = line.slice(0, point) + typed + line.slice(point); break;
    case 5: lines.splice(at, 1, line.slice(0, point), line.slice(point)); break;
    case 6: if (at + 1 < lines.length) lines.splice(at, 2, line + lines[at + 1]); break;
    case 7: lines[at] = line.replace(/、/g, "，"); break;
    default: lines[at] = line.replace(/^(\d+)\./, (_whole, n: string) => `${Number(n) + 1}.`);
  }
}

/**
 * Rules whose fixes rewrite or remove words by what they are for, each documented on its page:
 * a name or title rewritten to its registry or known form (units/alias, xref/title, units/clause-style's
 * 责任部门 → 责任单位, units/separator's 和 → 、, text/misspelling), debris and doubles removed
 * (page furniture, review balloons, web debris, a repeated paste or title, Markdown, HTML, an exact
 * duplicate name), 公文 forms of numbers and references (第 before a 文号's number, 第…条 in an
 * annotation), and numbering or attachments renumbered with the titles their lists carry.
 */
const REWRITING_RULES = new Set([
  "units/alias", "units/duplicate", "units/clause-style", "units/separator", "xref/title", "xref/doc-number", "xref/annotation-form",
  "xref/attachment-order", "text/misspelling", "text/html-markup", "structure/leading-debris", "structure/trailing-text",
  "structure/repeated-title", "structure/repeated-paste", "structure/review-markup", "structure/page-number", "structure/markdown-marks",
  "numbering/sequence", "numbering/marker-typo",
]);

describe("properties of analysis and fixes on real plans with drafting slips", () => {
  it("analyses without throwing or internal errors; fixes keep the words they do not name", () => {
    fc.assert(
      fc.property(mutatedPlan, (text) => {
        const { findings } = analyze(text);
        for (const finding of findings) {
          expect(finding.internal, finding.message).toBeUndefined();
          if (!finding.fix || REWRITING_RULES.has(finding.rule)) continue;
          for (const edit of finding.fix.edits) {
            expect(edit.start).toBeGreaterThanOrEqual(0);
            expect(edit.end).toBeLessThanOrEqual(text.length);
            const after = wordChars(edit.newText);
            const dropped = [...wordChars(text.slice(edit.start, edit.end))].filter(([char, count]) => (after.get(char) ?? 0) < count);
            expect(dropped, `${finding.rule}: “${text.slice(edit.start, edit.end)}” → “${edit.newText}”`).toEqual([]);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("fix-all keeps every clause a clause and is idempotent", () => {
    fc.assert(
      fc.property(mutatedPlan, (text) => {
        const before = analyze(text).plan.clauses.length;
        const once = fixAll(text).text;
        expect(analyze(once).plan.clauses.length).toBeGreaterThanOrEqual(before);
        expect(fixAll(once).text).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });
});
