import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { coverageOf } from "../../server/src/core/xref/coverage";
import { citedNumbersOfPlan } from "../../server/src/core/xref/citedNumbers";

const FIXTURE = readFileSync(join(__dirname, "..", "fixtures", "tables", "district-division-outline-column.plan"), "utf8");

/** The outline's items a task of the text counts for by the drafter's word (a citation), with the task's path. */
function citedCredits(text: string): string[] {
  const { plan, parents, knownParents } = analyze(text);
  const coverage = coverageOf(plan, parents[0]!.parent, parents, knownParents);
  return coverage.items.flatMap(({ entry, by }) => by.filter((each) => each.how === "annotation").map((each) => `${entry.label}←${each.path.join("")}`));
}

function cellNumbers(text: string): string[] {
  const { plan, parents } = analyze(text);
  return citedNumbersOfPlan(parents[0]!.parent, plan).map((cited) => `${cited.text}=${cited.numbered?.label ?? "?"}`);
}

describe("a 分工表's 对应《纲要》条目 column whose rows restate the text's tasks (xref/itemCitations.ts, xref/citedNumbers.ts)", () => {
  it("counts each row's cited item for the task of the text the row restates, as the drafter's word", () => {
    const credits = citedCredits(FIXTURE);
    expect(credits).toContain("（三）←二、（一）");
    expect(credits).toContain("（四）←二、（二）");
    expect(credits).toContain("（十二）←二、（三）");
    expect(credits).toContain("（十三）←二、（四）");
    expect(credits).toContain("（二十二）←二、（九）");
    expect(credits).toContain("（二十）←二、（十）");
  });

  it("reads the cells in every form the text cites in: （十二）, 第四条, 纲要（十二）, 第（二十二）条, and a bare 十三 under the column", () => {
    const read = cellNumbers(FIXTURE);
    expect(read).toEqual(["（三）=（三）", "第四条=（四）", "（十二）=（十二）", "十三=（十三）", "（十四）=（十四）", "第十六条=（十六）", "（三十五）=?", "（十八）=（十八）", "第（二十二）条=（二十二）", "二十=（二十）"]);
  });

  it("reports a cell citing an item the outline lacks at the cell, and nothing else of the table", () => {
    const findings = analyze(FIXTURE).findings.filter((finding) => finding.rule.startsWith("xref/"));
    expect(findings.map((finding) => finding.rule)).toEqual(["xref/unknown-section"]);
    expect(FIXTURE.slice(findings[0]!.start, findings[0]!.end)).toBe("（三十五）");
  });

  it("reads a bare numeral as a citation only in the citing column: a 序号 or a task's 十四五 is none", () => {
    const text = FIXTURE.replace("\t十三\t", "\t\t").replace("推进质量技术创新\t", "推进“十四五”质量技术创新\t");
    const read = cellNumbers(text);
    expect(read.some((number) => number.startsWith("十三") || number.startsWith("十四") || number.startsWith("1="))).toBe(false);
  });
});

describe("the same 分工表 set with spaces, as a web page's or a PDF's copy gives it (xref/tableCitations.ts)", () => {
  /** The fixture's table with its cells apart by `gap`, an empty cell written as a dash (a gap cannot show one). */
  const spaced = (gap: string) =>
    FIXTURE.split("\n")
      .map((line) => (line.includes("\t") ? line.split("\t").map((cell) => cell || "—").join(gap) : line))
      .join("\n");

  // A header of single spaces is read as a table only where every cell names a 分工表's column
  // (model/tables.ts isNarrowHeader): the citing column is one.
  for (const [name, gap] of [["wide gaps", "  "], ["full-width spaces", "\u3000"], ["single spaces", " "]] as const) {
    it(`reads the column's cells apart by ${name}, and counts them for the tasks the rows restate`, () => {
      const text = spaced(gap);
      expect(cellNumbers(text)).toEqual(cellNumbers(FIXTURE));
      expect(citedCredits(text)).toEqual(citedCredits(FIXTURE));
      const unknown = analyze(text).findings.filter((finding) => finding.rule === "xref/unknown-section");
      expect(unknown.map((finding) => text.slice(finding.start, finding.end))).toEqual(["（三十五）"]);
    });
  }
});
