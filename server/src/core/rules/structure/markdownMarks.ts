import { textEndOf } from "../../model/inline.js";
import { isSpaceCode, trimSpacesEnd } from "../../text/spaces.js";
import { partitionPoint } from "../../text/sorted.js";
import type { Rule, TextEdit } from "../types.js";
import { lineDeletions } from "./lineDeletions.js";

/**
 * Markdown's marks in a plan pasted from an AI writing tool or a Markdown editor: a heading's
 * `##` before `一、总体要求`, `**` round a heading (`**（一）主要目标。**`), a table written with
 * `|` between its cells and a `|---|` row under its header. None is a word of the plan, and each
 * hides what it marks: `## 一、` is no item, `| 指标 | 单位 |` no table the targets can read. One
 * finding per line, whose fix removes the marks and nothing else (a table row's cells are kept,
 * apart by tabs, as a table pasted from Word is; the `|---|` row goes). After the fix the line
 * reads as the plan meant it. Only unambiguous shapes are read: `#` at a line's start before a
 * space (or two or more `#`), `**` in pairs, a row that opens and closes on `|` with two cells
 * at least. `3#楼`, a lone `*`, a mask of stars (`***`) and `a|b` are text.
 */
export const markdownMarks: Rule = {
  meta: {
    id: "structure/markdown-marks",
    family: "structure",
    severity: "warning",
    description: "从 AI 写作工具或 Markdown 编辑器复制带入的 Markdown 标记（“## 一、”“**……**”“| 指标 | 单位 |”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "用 AI 写作工具（或 Markdown 编辑器）起草、再复制到方案中的文字，常带有 Markdown 标记：标题前的“#”“##”，加粗用的成对“**”，表格的竖线“|”和表头下的“|---|---|”分隔行。这些标记不是方案的文字，还会遮住它们标记的内容：“## 一、总体要求”不会被读作一级标题，“| 指标 | 单位 | 2025年目标 |”也不会被读作指标表，方案的结构、目标和责任单位都因此读不全。",
        "",
        "本规则逐行报告这些标记，修复只删除标记本身：标题前的“#”（连同其后的空格），成对的“**”，表格行两端的竖线（单元格之间的竖线改为制表符，即从 Word 粘贴表格时的样子），以及表头下的分隔行。修复后，标题、条目和指标表按正常方案读取。只认明确的形式：行首的“#”后有空格（或连续两个以上“#”）、成对出现的“**”、以竖线开头和结尾且至少有两个单元格的行；“3#楼”、单个“*”、“a|b”都是正文。",
      ].join("\n"),
      incorrect: "## 一、总体要求\n**（一）主要目标。** 到2025年，制造业产品质量合格率达到95%以上。\n| 指标 | 单位 | 2025年目标 |\n|---|---|---|\n| 食品抽检合格率 | % | 98 |\n",
      correct: "一、总体要求\n（一）主要目标。 到2025年，制造业产品质量合格率达到95%以上。\n指标\t单位\t2025年目标\n食品抽检合格率\t%\t98\n",
    },
  },
  check({ plan, report }) {
    const { text, lines } = plan;
    // Every `**` of the text, found in one pass: most plans have none, and no line is searched
    // on its own (a search from a line's start runs on past its end).
    // A run of three stars or more is a mask (电话：*******), not bold.
    const stars: number[] = [];
    for (let at = text.indexOf("**"); at >= 0; ) {
      let runEnd = at + 2;
      while (text.charCodeAt(runEnd) === STAR) runEnd++;
      if (runEnd - at === 2) stars.push(at);
      at = text.indexOf("**", runEnd);
    }
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (line.kind === "blank" || line.kind === "comment") continue;
      const start = line.indentEnd;
      const end = textEndOf(line, text);
      if (end <= start) continue;
      const first = text.charCodeAt(start);
      if (first === PIPE) {
        if (isSeparatorRow(text, start, end)) {
          report({ start, end, message: "Markdown 表格的分隔行“|---|”随复制带入，不属于方案内容", fix: { description: "删除表格分隔行", edits: lineDeletions(lines, [line]) } });
          continue;
        }
        const cells = tableCells(text, start, end);
        if (cells !== null) {
          report({
            start,
            end,
            message: "Markdown 表格行的竖线“|”随复制带入，应为单元格之间的分隔（修复后以制表符分隔，与从 Word 粘贴的表格相同）",
            fix: { description: "去掉竖线，单元格以制表符分隔", edits: [{ start, end, newText: cells.join("\t") }] },
          });
          continue;
        }
      }
      const edits: TextEdit[] = [];
      const said: string[] = [];
      if (first === HASH) {
        const heading = headingMarkEnd(text, start, end);
        if (heading > start) {
          edits.push({ start, end: heading, newText: "" });
          said.push(`标题符号“${text.slice(start, heading).trimEnd()}”`);
        }
      }
      // The line's `**`, in pairs: an odd one left over may be a word's (a footnote's mark).
      const from = partitionPoint(stars.length, (i) => stars[i]! < start);
      let to = from;
      while (to < stars.length && stars[to]! + 2 <= end) to++;
      const pairs = (to - from) >> 1;
      if (pairs > 0) {
        for (let k = from; k < from + pairs * 2; k++) edits.push({ start: stars[k]!, end: stars[k]! + 2, newText: "" });
        said.push(`加粗符号“**”${pairs > 1 ? `${pairs}对` : ""}`);
      }
      if (edits.length === 0) continue;
      report({
        start: edits[0]!.start,
        end: edits[edits.length - 1]!.end,
        message: `Markdown 的${said.join("和")}随复制带入（AI 写作工具或 Markdown 编辑器的格式），不属于方案文字`,
        fix: { description: "删除 Markdown 标记", edits },
      });
    }
  },
};

const HASH = 0x23;
const STAR = 0x2a;
const PIPE = 0x7c;

/** Where a heading's `#` marks and the spaces after them end (`## `), or `start` when the line has none: `#` then a space, or `##`…`######`. */
function headingMarkEnd(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && at - start < 6 && text.charCodeAt(at) === HASH) at++;
  const hashes = at - start;
  let spaced = at;
  while (spaced < end && isSpaceCode(text.charCodeAt(spaced))) spaced++;
  if (spaced === end || text.charCodeAt(spaced) === HASH) return start;
  return hashes >= 2 || spaced > at ? spaced : start;
}

/** A row of `|---|:---:|` under a table's header: dashes (and colons) between pipes, nothing else. */
function isSeparatorRow(text: string, start: number, end: number): boolean {
  let dashes = 0;
  let pipes = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === PIPE) pipes++;
    else if (code === 0x2d) dashes++;
    else if (code !== 0x3a && !isSpaceCode(code)) return false;
  }
  return pipes >= 2 && dashes >= 3;
}

/** The cells of a row written `| a | b |` (trimmed), or null when the line is no such row. */
function tableCells(text: string, start: number, end: number): string[] | null {
  const last = trimSpacesEnd(text, start, end);
  if (last - start < 3 || text.charCodeAt(last - 1) !== PIPE) return null;
  const cells = text.slice(start + 1, last - 1).split("|").map((cell) => cell.trim());
  return cells.length >= 2 ? cells : null;
}
