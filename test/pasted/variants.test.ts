import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { outlineEntries, type OutlineEntry } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";

/**
 * Plans pasted with the debris their source brings (test/fixtures/pasted/variant-*.plan): a web
 * page's furniture around the text, a PDF cut at its measure with a title as wide as the measure,
 * WPS's soft line breaks, tabs and invisible characters, Word's numbering half lost (`（1）` over
 * `2．` `3、`, every task `1.`), an attachment listing indicators under its own 1. 2. 3., a web
 * page printed to PDF by a browser (its date-and-title head and address-and-page foot on every
 * page), a task table flattened to tabs with a 注： and a footnote; a page whose 附件说明 is its download
 * links (1.…分工表.docx) over nbsp-indented text, a WPS copy with a 目录, footers, `**一、**` and tabbed
 * markers, a PDF cut at its measure inside figures (20 / 25年底前) with a running head per page, and
 * a 规划 mixing 第一章/第一节, 一、（一）1.（1）①, 专栏 boxes and attachments with their own numbers; a page with
 * 【字体：大 中 小】 and 相关链接, full-width digits, U+00A0 and U+3000 indents, an indicator table one cell a line
 * and two tasks run together on one line; a PDF cut every 27 characters with page numbers and running heads
 * and a 分工表 after the text; a WPS copy whose list numbering lost a task's marker (the task after it
 * closes its ① list with its clause), wrote 4. and （二） twice and left a tab after every marker; a WPS copy with a tab after
 * every marker and at some paragraphs' ends, a `专栏 主要指标` box without a number and a drafter's `〕// 待…` note; a PDF cut
 * at its measure inside the preamble's titles and their 文号 (`〔2023〕8` / `号）`), a task's cited title and number, a year
 * range, a footnote's `合格率①、` list, a page that ends on `（责任单位：` and a `（三）` cut from its words; a PDF's indicator table set in columns by
 * spaces with a stray space inside a cell and a half-width comma's space in another; a WeChat article with its images left as
 * 图片 / 图片：caption / 视频 between the tasks (a sentence opening with 图片 kept); a WPS text printed to PDF and copied
 * at 28 characters a line, its page's number and running title at each edge, one edge after a closing quote in mid-sentence
 * (`用好“中国品牌日”“全国质量月”` / `— 8 —`); a PDF copied with no indentation at all whose lines the measure began
 * with what looks like a marker inside a sentence (`完善能源` / `一、二级计量器具`, `支持企业` / `（五）类标准研制`,
 * `质量技术` / `——服务高地`), and one whose marker goes on its count (`提升` / `8.医疗器械监管能力。（责任单位：…）`):
 * either reading, nothing reported of it; a short 工作要点 cut at 25 characters, four wrapped lines in all; a 政府公报 PDF
 * with its name and issue (`赣州市人民政府公报` / `2024年第3期`) heading every page and a task cut by a page; a mobile
 * page's copy with its byline (`2024-03-06 赣州市市场监督管理局`) under the title and `展开全文` between two paragraphs; a
 * 分工表 whose rows lost the tabs of their empty last cells (an editor trims a line's end); a 政府公报 PDF whose
 * first page brings the gazette's name, issue and contents (`【市政府办公室文件】`, `……（1）`) over the notice, and
 * a task whose 。 was lost filling the measure over a misnumbered `3.` (the break certain: the task above without its clause);
 * a WPS copy whose 目录 gives its pages in brackets or after spaces, no leader (`（一）指导思想（1）`, `一、总体要求　　1`),
 * its attachment's entry among them, over paragraphs indented by 　　 and a 分工表 flattened to tabs; a PDF copy cut at
 * 28 characters with no indentation, `— 3 —` and the running title at each page's edge, a chapter and a task's clause lost
 * and a task misnumbered (the defects found as in the clean text, the page's lines its only debris). Each comes with what a reader
 * sees in it (`.expected.json`): the title, the whole outline with each entry's line, every
 * finding by line and rule — and the words a full fix may take out (the debris), nothing else.
 * `UPDATE_VARIANTS=1` writes the expectations from the current reading, to be reviewed line by line.
 */
interface Expected {
  title: string | null;
  outline: string[];
  findings: string[];
  /** Lines (trimmed) that the fixes delete as debris; every other Chinese character stays. */
  removed: string[];
}

const FOLDER = join(__dirname, "..", "fixtures", "pasted");
const FILES = readdirSync(FOLDER).filter((name) => name.startsWith("variant-") && name.endsWith(".plan"));

const hanOf = (text: string) => text.replace(/[^\u4e00-\u9fff]/g, "");

function outlineLines(entries: OutlineEntry[], depth = 0): string[] {
  return entries.flatMap((entry) => [`${"  ".repeat(depth)}${entry.range.start.line + 1} ${entry.marker}${entry.title}`, ...outlineLines(entry.children, depth + 1)]);
}

function reading(text: string): Omit<Expected, "removed"> {
  const { plan, findings } = analyze(text);
  const mapper = new PositionMapper(text);
  return {
    title: plan.title?.text ?? null,
    outline: outlineLines(outlineEntries(plan, mapper)),
    findings: findings.map((finding) => `${mapper.positionAt(finding.start).line + 1}: ${finding.rule}`).sort(),
  };
}

/** The trimmed lines of `text` whose words `fixed` holds fewer times than `text` does, in order: a first reading of the debris, to review. */
function removedLines(text: string, fixed: string): string[] {
  const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
  const [before, after] = [hanOf(text), hanOf(fixed)];
  const taken = new Map<string, number>();
  return text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => {
      const words = hanOf(line);
      if (words === "") return false;
      const lost = count(before, words) - count(after, words) - (taken.get(words) ?? 0);
      if (lost <= 0) return false;
      taken.set(words, (taken.get(words) ?? 0) + 1);
      return true;
    });
}

/** `text` without the given lines (trimmed), each taken out once, at its first place after the one before. */
function withoutLines(text: string, removed: readonly string[]): string {
  const kept: string[] = [];
  let next = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (next < removed.length && line.trim() === removed[next]) next++;
    else kept.push(line);
  }
  expect(next, `found ${removed[next]}`).toBe(removed.length);
  return kept.join("\n");
}

describe("the folder holds the pasted variants", () => {
  it("has at least six", () => expect(FILES.length).toBeGreaterThanOrEqual(6));
});

describe.each(FILES)("pasted variant %s", (name) => {
  const text = readFileSync(join(FOLDER, name), "utf8");
  const expectedPath = join(FOLDER, name.replace(/\.plan$/, ".expected.json"));
  if (process.env.UPDATE_VARIANTS && !existsSync(expectedPath)) {
    const fixed = fixAll(text).text;
    writeFileSync(expectedPath, `${JSON.stringify({ ...reading(text), removed: removedLines(text, fixed) }, null, 2)}\n`);
  }
  const expected: Expected = JSON.parse(readFileSync(expectedPath, "utf8"));
  const actual = reading(text);

  it("has the title and the outline a reader sees: every heading and item on its line, nothing from the debris", () => {
    expect(actual.title).toBe(expected.title);
    expect(actual.outline).toEqual(expected.outline);
  });

  it("reports each defect once, and nothing else", () => {
    expect(actual.findings).toEqual([...expected.findings].sort());
  });

  it("fixes all: the debris goes and every other word stays, nothing fixable is left, and fixing again changes nothing", () => {
    const fixed = fixAll(text).text;
    // A heading's numeral a fix gives back (numbering/missing-numeral) or renumbers (numbering/sequence: 一、, （二）) is the
    // only word it may add or change, in Markdown's bold (**一、总体要求**) as well.
    // A page or section break Word or WPS leaves before a heading (U+000C) stands where an indent would.
    // Only on the outline's lines: a numeral a PDF's measure began a line with inside a sentence
    // (`完善能源` / `一、二级计量器具`) is a word of the sentence, which the wrap's join keeps.
    const numeral = /^([ \t\u3000\u00a0\f]*(?:\*\*)?)(?:[一二三四五六七八九十]+[ \t\u3000]*、|[（(][一二三四五六七八九十]+[）)])/;
    const words = (source: string) => {
      const outlined = new Set(reading(source).outline.map((entry) => Number(/\d+/.exec(entry)![0]) - 1));
      return hanOf(source.split("\n").map((line, at) => (outlined.has(at) ? line.replace(numeral, "$1") : line)).join("\n"));
    };
    // The front matter a fix opens the text with (a page's 发布机构 moved there by structure/leading-debris) holds a removed row's value, no new word.
    const body = text.startsWith("---") ? fixed : fixed.replace(/^---\n[^]*?\n---\n/, "");
    expect(words(body)).toBe(words(withoutLines(text, expected.removed)));
    expect(analyze(fixed).findings.filter((finding) => finding.fix).map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([]);
    expect(fixAll(fixed).text).toBe(fixed);
    // The outline's headings survive the fix as the reader saw them.
    const headings = (lines: string[]) => lines.map((line) => line.trim().replace(/^\d+ /, ""));
    expect(headings(reading(fixed).outline).length).toBe(headings(expected.outline).length);
  });

  it("reads the same with the spaces a PDF viewer's copy leaves at every line's end: they are no words, and no rule's", () => {
    // A space after every line's last character (the blank lines' too stay as they were): what is
    // read, reported and fixed is the plan's, and the fix takes the spaces nowhere it would not go.
    const padded = text.replace(/(\S)(?=\r?\n|$)/g, "$1 ");
    expect(reading(padded)).toEqual(actual);
    const fixed = fixAll(padded).text;
    expect(hanOf(fixed)).toBe(hanOf(fixAll(text).text));
    expect(fixAll(fixed).text).toBe(fixed);
  });
});
