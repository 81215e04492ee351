import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyEdits, fixAll } from "../../server/src/core/fixes/applyFixes";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import type { NumberedItem } from "../../server/src/core/model/types";
import type { Finding, TextEdit } from "../../server/src/core/rules/types";
import { buildRegistry } from "../../server/src/core/units/registry";
import { wordChars } from "../support/wordChars";

/**
 * Issue 8's properties over token soup: analysis never throws, ranges stay inside the document
 * on code-point boundaries, the outline is a tree, and fixes never lose a word. Runs 1,000
 * cases each; PLANCHECK_PROPERTY_RUNS=100000 for a long run.
 */
const RUNS = Number(process.env.PLANCHECK_PROPERTY_RUNS ?? 1000);

const FRAGMENTS = [
  "一、", "二、", "（一）", "(二)", "1.", "2.", "1.", "3、", "（1）", "——", "\n", "\n", "\n", "\n\n", "\r\n",
  "〔责任单位：", "（责任部门:", "(责任部门:", "牵头单位：", "；配合单位：", "、", "，", "〕", "）", ")", "等", "按职责分工负责",
  "市市场监管局", "市工信局", "市财政局", "市工信局市财政局", "市商务局市农业农村局", "市发改委", "市发展改革委", "赣州海关", "市质监局", "卫计委",
  "达到", "不少于", " ", "　", "\t", "%", "个", "94", "xx", "XX", "x%", "××", "【待定】", "以上", "到2025年",
  "《", "》", "〈", "〔2024〕", "“", "”", "坚持质量第一", "开展工作", "推进", "的", "。", "：",
  "附件1", "附件：", "//", "// plancheck-disable-next-line numbering/sequence", "---\n标题: 示例\n---\n", "\uFEFF", "𠀀", "😀", "\u2028", "\uD800", "\uDC00",
];

const soup = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: 60 })
  .map((parts) => parts.join(""));

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** A position between the two halves of a surrogate pair. */
const splitsPair = (text: string, offset: number) => offset > 0 && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

function expectGoodRange(text: string, span: { start: number; end: number }) {
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.start).toBeLessThanOrEqual(span.end);
  expect(span.end).toBeLessThanOrEqual(text.length);
  expect(splitsPair(text, span.start)).toBe(false);
  expect(splitsPair(text, span.end)).toBe(false);
}

const registry = buildRegistry(undefined);
const forms = [...registry.concreteForms()];

/**
 * Whether a fix may drop the words it drops: a renaming to another registry name of the same
 * unit (every registry name inside the old text belongs to that unit), or the removal of a name
 * the same clause lists already (units/duplicate).
 */
function mayDropWords(finding: Finding, text: string, edit: TextEdit): boolean {
  const old = text.slice(edit.start, edit.end);
  if (finding.rule === "units/alias") {
    const target = registry.resolve(edit.newText)?.entry;
    return target !== undefined && forms.filter((form) => old.includes(form.text)).every((form) => form.entry === target || edit.newText.includes(form.text));
  }
  if (finding.rule === "structure/leading-debris") {
    // Only lines the model set apart as web-page debris, and blank lines, are deleted.
    const debris = new Set(buildPlan(text).leadingDebris?.lines.map((line) => text.slice(line.start, line.end)));
    return old.split(/(?<=\r\n|\n|\r)/).every((line) => line.trim() === "" || debris.has(line));
  }
  if (finding.rule === "structure/repeated-paste") {
    // Only a copy's lines are deleted, each a line of the block it repeats (and the gap before it).
    const paste = buildPlan(text).repeatedPastes.find((paste) => paste.start === finding.start);
    if (paste === undefined) return false;
    const block = new Set(contentLines(text.slice(paste.of.start, paste.of.end)));
    return contentLines(old).every((line) => block.has(line));
  }
  if (finding.rule === "structure/page-number") {
    // Only page furniture: a page number (its figure), or a header said elsewhere in the text
    // (at another page number, or before the plan as its title or issuer, maybe with a bracketed
    // note after it: `××行动计划（2024—2026年）`).
    const rest = contentLines(text.slice(0, edit.start) + "\n" + text.slice(edit.end));
    return contentLines(old).every((line) => /[0-9０-９]/.test(line) || rest.some((other) => other.startsWith(line)));
  }
  if (finding.rule === "units/duplicate") {
    const name = text.slice(finding.start, finding.end);
    return old.replace(/^[、，,\s]+|[、，,\s]+$/g, "") === name;
  }
  return false;
}

/** The lines of a text that are not blank, without their indent and trailing spaces. */
const contentLines = (text: string) => text.split(/\r\n|\n|\r/).map((line) => line.trim()).filter((line) => line !== "");

/**
 * Counterexamples earlier runs found, tried first on every run: a random seed finds each only
 * now and then. All three are punct/sentence-end's last character at a paragraph's end: a pair
 * after a mark, and a lone low surrogate after a pair.
 */
const FOUND = ["一、；配合单位：😀", "一、一、：😀", "一、。𠀀\udc00"];

/**
 * Counterexamples of the fix property: a page's share button (QQ) opening a text of no item and
 * no sentence was read as the start of a trailer, and structure/trailing-text's fix deleted the
 * whole text, a clause's units with it. Then (seed -886545943) a block pasted twice, blank lines
 * apart, whose copy structure/repeated-paste deletes by design: its words are the first copy's; and (the same seed, once that was known) a line said before the
 * plan and again alone between blank lines inside a sentence, which structure/page-number deletes
 * as the page's header (the issuer's name printed at the top of each page), also where the line
 * before the plan has a bracketed note after it.
 */
const FIX_FOUND = ["QQ\n市商务局市农业农村局", "市发改委\n一、\n\n市发改委\n\n一、", "市发改委\n一、\n\n市发改委\n\n个", "市发改委(二)\n一、\n\n市发改委\n\n个"];

describe("properties of analysis and fixes on token soup", () => {
  it("analyses anything without throwing; ranges inside, on code points; the outline a tree", () => {
    fc.assert(
      fc.property(soup, (text) => {
        const { plan, findings } = analyze(text);
        for (const finding of findings) {
          expect(finding.internal).toBeUndefined();
          expectGoodRange(text, finding);
          for (const fix of [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])]) for (const edit of fix.edits) expectGoodRange(text, edit);
        }
        const seen = new Set<NumberedItem>();
        const visit = (item: NumberedItem) => {
          expect(seen.has(item)).toBe(false);
          seen.add(item);
          for (const child of item.children) {
            expect(child.parent).toBe(item);
            visit(child);
          }
        };
        for (const root of [...plan.items, ...plan.attachments.flatMap((attachment) => attachment.items)]) {
          expect(root.parent).toBeNull();
          visit(root);
        }
        expect(seen.size).toBe(plan.allItems.length);
      }),
      { numRuns: RUNS, examples: FOUND.map((text) => [text]) },
    );
  });

  it("never lets a fix drop a word, and fix-all is idempotent", () => {
    fc.assert(
      fc.property(soup, (text) => {
        const { findings } = analyze(text);
        for (const finding of findings) {
          if (!finding.fix) continue;
          for (const edit of finding.fix.edits) {
            const before = wordChars(text.slice(edit.start, edit.end));
            const after = wordChars(edit.newText);
            const dropped = [...before].some(([char, count]) => (after.get(char) ?? 0) < count);
            if (dropped) expect(mayDropWords(finding, text, edit), `${finding.rule}: “${text.slice(edit.start, edit.end)}” → “${edit.newText}”`).toBe(true);
          }
          // A fix changes only its own ranges.
          const applied = applyEdits(text, finding.fix.edits).text;
          const first = finding.fix.edits.reduce((min, edit) => Math.min(min, edit.start), text.length);
          expect(applied.slice(0, first)).toBe(text.slice(0, first));
        }
        const once = fixAll(text).text;
        expect(fixAll(once).text).toBe(once);
      }),
      { numRuns: RUNS, examples: FIX_FOUND.map((text) => [text]) },
    );
  });
});
