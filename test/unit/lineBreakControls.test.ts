import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import { outlineEntries, type OutlineEntry } from "../../server/src/core/outline";
import { IncrementalParser } from "../../server/src/core/syntax/incremental";
import { parseSyntax } from "../../server/src/core/syntax/parse";
import { PositionMapper } from "../../server/src/core/text/positions";

/**
 * A line break a copy wrote as a character — Word's manual line break (U+000B), its page break
 * (U+000C), NEL (U+0085), a web page's or PDF reader's line and paragraph separators (U+2028,
 * U+2029) — ends a line where the drafter saw one end: in the parse, the outline, the findings'
 * places and the fixes, with every offset the original text's.
 */
const CONTROLS = ["\u000b", "\u000c", "\u0085", "\u2028", "\u2029"];

const plan = (control: string) =>
  `示例市质量强市建设实施方案\n一、总体要求${control}（一）指导思想\n坚持质量第一。\n二、主要任务\n（一）提升产品质量\n1.加强标准建设。〔责任单位：市市场监管局〕${control}2.推进品牌建设。〔责任单位：市工信局〕\n`;

function outline(entries: OutlineEntry[], depth = 0): string[] {
  return entries.flatMap((entry) => [`${"  ".repeat(depth)}${entry.range.start.line}:${entry.range.start.character} ${entry.marker}${entry.title}`, ...outline(entry.children, depth + 1)]);
}

describe.each(CONTROLS.map((control) => [`U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, control]))("%s between two items", (_name, control) => {
  const text = plan(control);

  it("ends the line: the item after it is in the outline, at its place in the editor's lines", () => {
    const { plan: read } = analyze(text);
    expect(outline(outlineEntries(read, new PositionMapper(text)))).toEqual([
      "1:0 一、总体要求",
      "  1:7 （一）指导思想",
      "3:0 二、主要任务",
      "  4:0 （一）提升产品质量",
      "    5:0 1.加强标准建设",
      "    5:23 2.推进品牌建设",
    ]);
  });

  it("is reported where it stands, and its fix writes the line break the reading made", () => {
    const { findings } = analyze(text);
    expect(findings.filter((finding) => finding.rule !== "text/invisible-char").map((finding) => finding.rule)).toEqual(["targets/no-goals"]);
    const controls = findings.filter((finding) => finding.rule === "text/invisible-char");
    expect(controls.map((finding) => [finding.start, finding.end])).toEqual([
      [text.indexOf(control), text.indexOf(control) + 1],
      [text.lastIndexOf(control), text.lastIndexOf(control) + 1],
    ]);
    const fixed = fixAll(text).text;
    expect(fixed).toBe(text.replaceAll(control, "\n"));
    expect(fixAll(fixed).text).toBe(fixed);
  });

  it("two in a row are a blank line: each its own finding and line break, in the CLI's fresh parse as in the server's kept one", () => {
    const doubled = text.replace(`要求${control}`, `要求${control}${control}`);
    const at = doubled.indexOf(control);
    const parser = new IncrementalParser();
    parser.parse(doubled.replace("指导思想", "指导"));
    const kept = analyze(doubled, { syntax: parser.parse(doubled) });
    expect(parser.lastMode).toBe("incremental");
    const fresh = analyze(doubled);
    const spans = (findings: typeof fresh.findings) => findings.filter((finding) => finding.rule === "text/invisible-char").map((finding) => [finding.start, finding.end, finding.message]);
    // Not one run of two, which the CLI's scan of the whole text read (the server's reads line by line).
    expect(spans(fresh.findings).filter(([start, end]) => start === at && end === at + 2)).toEqual([]);
    expect(spans(fresh.findings)).toEqual(spans(kept.findings));
    expect(fixAll(doubled).text).toBe(doubled.replaceAll(control, "\n"));
  });

  it("keeps the line's terminator as written, and the incremental parse equals a fresh one", () => {
    const lines = parseSyntax(text).document.lines;
    expect(lines.filter((line) => line.eol === control)).toHaveLength(2);
    expect(lines.map((line) => text.slice(line.start, line.end)).join("")).toBe(text);
    const parser = new IncrementalParser();
    parser.parse(text);
    const edited = text.replace("指导思想", "指导思想和原则");
    expect(JSON.stringify(parser.parse(edited).document)).toBe(JSON.stringify(parseSyntax(edited).document));
  });
});

describe("a line break written as a character before a marker", () => {
  it("ends the line after a heading with a comma in it (a seed's 二、主要任务 with Word's manual line breaks)", () => {
    const text = "示例市质量强市建设实施方案\n一、主要任务\u000b（一）推动质量变革创新，提高经济发展质量效益\u000b1.推动质量创新。〔责任单位：市科技局〕\u000b2.强化标准引领。〔责任单位：市市场监管局〕\n";
    expect(outline(outlineEntries(analyze(text).plan, new PositionMapper(text)))).toEqual([
      "1:0 一、主要任务",
      "  1:7 （一）推动质量变革创新，提高经济发展质量效益",
      "    1:30 1.推动质量创新",
      "    1:51 2.强化标准引领",
    ]);
    expect(fixAll(text).text).toBe(text.replaceAll("\u000b", "\n"));
  });
});

describe("a line break written as a character inside a sentence", () => {
  it("is read through where the sentence goes on, and its fix deletes it", () => {
    const text = plan("\n").replace("坚持质量第一。", "坚持质量第一，推动\u000b高质量发展。");
    expect(parseSyntax(text).document.lines.some((line) => line.eol === "\u000b")).toBe(false);
    expect(fixAll(text).text).toBe(text.replace("\u000b", ""));
  });
});
