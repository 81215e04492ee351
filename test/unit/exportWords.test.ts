import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { TextLineFinder } from "../../server/src/core/model/setApart";
import type { PlanDocument } from "../../server/src/core/model/types";
import type { LineNode } from "../../server/src/core/syntax/cst";
import { readRowsByStart, tableRowsByStart } from "../../server/src/core/export/mergedCells";
import { opensUnitTable } from "../../server/src/core/model/unitTableHeader";
import { descendants, exportText } from "../support/docxPackage";
import { SEED_NAMES, readSeed } from "../support/seeds";

/**
 * Nothing of a plan's words is lost on export: every run of Chinese characters of a line the
 * export prints is in the .docx, and no character is printed fewer times than the text has it.
 * A line the export leaves out on purpose is left out here by the model's own readings: front
 * matter, comments and `〔对应纲要：…〕` annotations, web-page debris, a block pasted twice, review
 * balloons, a pasted 目录 (model/setApart.ts), a title a web copy wrote twice, a PDF's page numbers,
 * and the 分工表's header printed again inside a row a page cut (between the row and its remainder:
 * model/pageCutRows.ts; the export lays the row out as one, export/pageCutRows.ts).
 * Markers, spaces and punctuation the export may restyle are not words and are not compared.
 */

const PLANS_NEW = join(__dirname, "..", "fixtures", "plans-new");
const HAN_RUN = /[\u3400-\u9fff]+/gu;
const HAN = /[\u3400-\u9fff]/gu;

/** The words of the lines the export prints, each line's without its comments and annotations. */
function printedLines(plan: PlanDocument): string[] {
  const text = plan.text;
  const finder = new TextLineFinder(plan);
  const repeatedTitles = new Set<LineNode>(plan.repeatedTitles.flatMap((repeat) => repeat.lines));
  // A row the model read on past a page's edge (its first line ends before, its remainder after):
  // the 分工表's header printed again on the new page, between them, is the page's.
  const rows = [...readRowsByStart(plan, tableRowsByStart(plan)).values()];
  const pageEdge = (line: LineNode) =>
    opensUnitTable(line, text) &&
    rows.some((row) => {
      const firstEnd = text.indexOf("\n", row.start);
      const after = text.indexOf("\n", line.contentEnd);
      return firstEnd >= 0 && firstEnd < line.start && after >= 0 && after < row.end;
    });
  const words: string[] = [];
  for (const line of plan.lines) {
    if (finder.lineAt(line.start) !== line || repeatedTitles.has(line) || pageEdge(line)) continue;
    if (line.kind === "text" && line.textKind === "pageNumber") continue;
    const parts = line.kind === "text" ? line.parts : line.kind === "item" || line.kind === "list" ? [...line.headingParts, ...line.parts] : [];
    const hidden = parts.filter((part) => part.type === "comment" || part.type === "annotation");
    let visible = "";
    let at = line.start;
    for (const span of hidden) {
      visible += text.slice(at, span.start) + " ";
      at = span.end;
    }
    words.push(visible + text.slice(at, line.contentEnd));
  }
  return words;
}

function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const character of text.match(HAN) ?? []) counts.set(character, (counts.get(character) ?? 0) + 1);
  return counts;
}

/** The text of the exported document's body: its paragraphs' and tables' runs, one after another. */
async function documentText(source: string): Promise<string> {
  const docx = await exportText(source);
  return descendants(docx.xml("word/document.xml"), "t")
    .map((t) => t.textContent ?? "")
    .join("");
}

/** The runs of the plan's words not in `printed`, and the characters it has fewer times. */
function lostWords(plan: PlanDocument, printed: string): { runs: string[]; characters: string[] } {
  const lines = printedLines(plan);
  const runs = lines.flatMap((line) => [...line.matchAll(HAN_RUN)].map((match) => match[0]).filter((run) => !printed.includes(run)));
  const have = characterCounts(printed);
  const characters = [...characterCounts(lines.join("\n"))].filter(([character, count]) => (have.get(character) ?? 0) < count).map(([character, count]) => `${character}×${count - (have.get(character) ?? 0)}`);
  return { runs, characters };
}

const PLANS: [string, () => string][] = [
  ...readdirSync(PLANS_NEW)
    .filter((name) => name.endsWith(".plan"))
    .map((name): [string, () => string] => [`plans-new/${name}`, () => readFileSync(join(PLANS_NEW, name), "utf8")]),
  ...SEED_NAMES.map((name): [string, () => string] => [`seed ${name}`, () => readSeed(name)]),
];

describe("export loses no word of the plan", () => {
  it("finds the plans", () => {
    expect(PLANS.length).toBeGreaterThanOrEqual(SEED_NAMES.length + 19);
  });

  for (const [name, read] of PLANS) {
    it(`${name}: every word the export prints is in the document`, async () => {
      const source = read();
      expect(lostWords(analyze(source).plan, await documentText(source))).toEqual({ runs: [], characters: [] });
    });
  }

  it("notices a word the document leaves out, and asks for none only a comment has", async () => {
    const source = ["示例市质量工作要点", "", "一、重点任务", "开展质量攻关行动。// 待核对编号", "序号\t重点任务\t牵头单位", "1\t推进标准建设\t市市场监管局", "2\t建设计量中心\t市工信局", ""].join("\n");
    const { plan } = analyze(source);
    const printed = await documentText(source);
    expect(lostWords(plan, printed)).toEqual({ runs: [], characters: [] });
    const lost = lostWords(plan, printed.replace("建设计量中心", ""));
    expect(lost.runs).toEqual(["建设计量中心"]);
    expect(lost.characters.sort()).toEqual(["中×1", "建×1", "心×1", "计×1", "设×1", "量×1"].sort());
  });
});
