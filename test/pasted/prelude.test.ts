import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { applyEdits, fixAll } from "../../server/src/core/fixes/applyFixes";
import { outlineEntries, type OutlineEntry } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";
import { documentSymbols } from "../../server/src/lsp/features/symbols";

/**
 * Plans in the shape of pasted web pages (test/fixtures/pasted/prelude-*.plan): page furniture
 * above the notice or the title, metadata tables in their pasted forms, breadcrumbs, a period
 * line or a draft mark under the title, a date note, a notice wrapping the plan, dates and 文号
 * damaged in the part before the plan. Each comes with what a reader sees in it
 * (`.expected.json`): the title, the first two levels of the outline, every finding by line, the
 * lines that are web-page debris, and the lines other fixes change.
 */
interface Expected {
  title: string;
  status: string | null;
  /** metadata.date, ISO. */
  date: string | null;
  outline: string[];
  findings: string[];
  /** The lines the leading-debris fix deletes, in order. */
  debris: string[];
  /** The front matter that fix writes for the metadata rows the text states nowhere else. */
  carried?: string[];
  /** Lines that other fixes change: the line as pasted → as fixed. */
  fixedLines: Record<string, string>;
}

const FOLDER = join(__dirname, "..", "fixtures", "pasted");
const FILES = readdirSync(FOLDER).filter((name) => name.startsWith("prelude-") && name.endsWith(".plan"));

const contentLines = (text: string) => text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== "");

/** `lines` without the given ones, each taken out once, at its first place after the one before. */
function without(lines: string[], removed: readonly string[]): string[] {
  const kept: string[] = [];
  let next = 0;
  for (const line of lines) {
    if (next < removed.length && line.trim() === removed[next]) next++;
    else kept.push(line);
  }
  expect(next, `found ${removed[next]}`).toBe(removed.length);
  return kept;
}

function twoLevels(entries: OutlineEntry[], depth = 0): string[] {
  return entries.flatMap((entry) => [`${"  ".repeat(depth)}${entry.marker}${entry.title}`, ...(depth === 0 ? twoLevels(entry.children, 1) : [])]);
}

function findingLines(text: string): string[] {
  const mapper = new PositionMapper(text);
  return analyze(text).findings.map((finding) => `${mapper.positionAt(finding.start).line + 1}: ${finding.rule}`);
}

describe("the folder holds several pasted pages", () => {
  it("has at least five", () => expect(FILES.length).toBeGreaterThanOrEqual(5));
});

describe.each(FILES)("pasted page %s", (name) => {
  const text = readFileSync(join(FOLDER, name), "utf8");
  const expected: Expected = JSON.parse(readFileSync(join(FOLDER, name.replace(/\.plan$/, ".expected.json")), "utf8"));
  const { plan, findings } = analyze(text);
  const mapper = new PositionMapper(text);

  it("has the right title, shown first in the outline and by `plancheck outline`", () => {
    expect(plan.title?.text).toBe(expected.title);
    expect(plan.metadata.title).toBe(expected.title);
    const symbol = documentSymbols(plan, mapper)[0];
    expect(symbol).toMatchObject({ name: expected.title, detail: expect.stringContaining("标题") });
    if (plan.title?.draftMark) expect(symbol?.detail).toContain(expected.status);
    expect(plan.metadata.status).toBe(expected.status);
    expect(plan.metadata.date).toBe(expected.date);
  });

  it("has the right outline", () => {
    expect(twoLevels(outlineEntries(plan, mapper))).toEqual(expected.outline);
  });

  it("reports each defect, and nothing else", () => {
    expect(findingLines(text).sort()).toEqual([...expected.findings].sort());
  });

  it("keeps the debris in the model, and its fix deletes exactly the debris lines", () => {
    const debris = plan.leadingDebris?.lines.map((line) => text.slice(line.indentEnd, line.contentEnd)) ?? [];
    expect(debris).toEqual(expected.debris);
    const finding = findings.find((f) => f.rule === "structure/leading-debris");
    if (expected.debris.length === 0) return expect(finding).toBeUndefined();
    const fixed = applyEdits(text, finding!.fix!.edits).text;
    expect(contentLines(fixed)).toEqual([...(expected.carried ?? []), ...without(contentLines(text), expected.debris)]);
    // Whatever the debris told the checker (a 成文日期, a 发文机关) it still knows after the fix.
    const { metadata } = analyze(fixed).plan;
    expect([metadata.date, metadata.issuer, metadata.docNumber]).toEqual([plan.metadata.date, plan.metadata.issuer, plan.metadata.docNumber]);
  });

  it("fixes all: nothing fixable left, and only the debris and the reported lines changed", () => {
    const fixed = fixAll(text).text;
    expect(analyze(fixed).findings.filter((f) => f.fix).map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    const trailer = (plan.trailer?.lines ?? []).map((line) => text.slice(line.indentEnd, line.contentEnd).trim()).filter(Boolean);
    const expectedLines = [...(expected.carried ?? []), ...without(without(contentLines(text), expected.debris), trailer).map((line) => expected.fixedLines[line] ?? line)];
    expect(contentLines(fixed)).toEqual(expectedLines);
    expect(fixAll(fixed).text).toBe(fixed);
  });
});
