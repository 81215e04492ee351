import { textEndOf } from "../../model/inline.js";
import { delimiterCells, pipeCells, planMarkdownTables } from "../../model/markdownTables.js";
import { codeUnitSet } from "../../text/codeUnits.js";
import { isSpaceCode, trimSpacesEnd } from "../../text/spaces.js";
import { inlineMarkdownPairs } from "../../text/markdownInline.js";
import { partitionPoint } from "../../text/sorted.js";
import type { Rule, TextEdit } from "../types.js";
import { lineDeletions } from "./lineDeletions.js";

/**
 * Markdown's marks in a plan pasted from an AI writing tool or a Markdown editor: a heading's
 * `##` before `一、总体要求`, a bullet's `- ` or a quotation's `> ` before a marker (`- 1.……`),
 * `**` round a heading (`**（一）主要目标。**`), a table written with `|` between its cells and a
 * `|---|` row under its header. None is a word of the plan. The grammar reads the marks before a
 * line's content as its indent (MarkdownLead), so `## 一、` is the item it marks before the fix;
 * a table's pipes still hide it: `| 指标 | 单位 |` is no table the targets can read. One finding
 * per line, whose fix removes the marks and nothing else; one per table, whose fix converts the
 * whole table (its rows' cells kept, apart by tabs, as a table pasted from Word is; the `|---|` row
 * goes): a user converts a table, not its lines one by one. Only unambiguous shapes are read:
 * `#` at a line's start before a space (or two or more `#`), a bullet only before a marker, `**`
 * in pairs (and `__`, `` ` `` round words: text/markdownInline.ts), a row that opens and closes on `|` with two cells at least,
 * and a table with its outer pipes left out, as Markdown editors write it, over its delimiter row
 * (model/markdownTables.ts: GitHub's reading, the indicator tables' too). `3#楼`, a lone `*`, a
 * mask of stars (`***`), `a|b` and `- ` before text (a list the plan may mean) are text.
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
        "用 AI 写作工具（或 Markdown 编辑器）起草、再复制到方案中的文字，常带有 Markdown 标记：标题前的“#”“##”，加粗用的成对“**”或“__”，代码用的成对“`”，表格的竖线“|”和表头下的“|---|---|”分隔行。这些标记不是方案的文字，印发前应当删除。表格中的目标在修复前也按指标表读取（与修复后以制表符分隔的表格相同），但竖线和分隔行仍应删除。",
        "",
        "标题前的“#”、编号前的列表符号“- ”和引用符号“> ”不妨碍识别：修复前，“## 一、总体要求”“- 1.……”已按条目读取，编号检查看到的是方案原有的层级。",
        "",
        "本规则逐行报告这些标记（表格按整张报告一次，修复把整张表格改为以制表符分隔），修复只删除标记本身：标题前的“#”（连同其后的空格），编号前的“- ”“> ”，成对的“**”“__”“`”，表格行两端的竖线（单元格之间的竖线改为制表符，即从 Word 粘贴表格时的样子），以及表头下的分隔行。修复后，标题、条目和指标表按正常方案读取。只认明确的形式：行首的“#”后有空格（或连续两个以上“#”）、编号前的“- ”“> ”、成对出现的“**”、成对且其间是不含空格和点号的文字的“__”“`”（“达到__个”“__个，建成__家”中的下划线是待填的空白，由 text/placeholder、targets/blank 报告）、以竖线开头和结尾且至少有两个单元格的行，以及 Markdown 编辑器常写的、两端不带竖线的表格（“指标 | 单位 | 2027年”下面紧跟单元格数相同的分隔行“--- | --- | ---”，其后各行到第一个没有竖线的行为止）；“3#楼”、单个“*”、“a|b”、正文前的“- ”都是正文。",
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
    const inline = inlineMarkdownPairs(text);
    // Tables read as GitHub's Markdown reads them: a header over a delimiter row, outer pipes or not.
    const tables = planMarkdownTables(plan);
    let table = 0;
    // One finding per table, its lines' edits gathered until a line that is none of its own ends it.
    let pending: PendingTable | null = null;
    const flush = () => {
      if (pending === null) return;
      report(tableFinding(pending));
      pending = null;
    };
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (line.kind === "blank" || line.kind === "comment") {
        flush();
        continue;
      }
      const start = line.indentEnd;
      const end = textEndOf(line, text);
      if (end <= start) {
        flush();
        continue;
      }
      const first = text.charCodeAt(start);
      while (table < tables.length && tables[table]!.last < index) table++;
      const inTable = table < tables.length && tables[table]!.header <= index;
      // A table read as GitHub's reads it is one of its own: one just above it ends where it starts.
      const key = inTable ? table : FRAMED;
      if (pending !== null && (pending.key !== key || !(inTable || first === PIPE))) flush();
      if ((first === DASH || first === STAR) && isThematicBreak(text, start, end)) {
        report({ start, end, message: `Markdown 的分隔线“${text.slice(start, end)}”随复制带入，不属于方案内容`, fix: { description: "删除分隔线", edits: lineDeletions(lines, [line]) } });
        continue;
      }
      if (inTable || first === PIPE) {
        const delimiter = inTable ? index === tables[table]!.header + 1 : isSeparatorRow(text, start, end);
        const cells = delimiter ? null : inTable ? pipeCells(text, start, end).map((cell) => cell.text) : tableCells(text, start, end);
        if (delimiter || cells !== null) {
          pending ??= { key, start, end, rows: 0, delimiter: false, edits: [] };
          pending.end = end;
          if (cells !== null) {
            pending.rows++;
            pending.edits.push({ start, end, newText: cells.join("\t") });
          } else {
            pending.delimiter = true;
            pending.edits.push(...lineDeletions(lines, [line]));
          }
          continue;
        }
        flush();
      }
      const edits: TextEdit[] = [];
      const said: string[] = [];
      // The grammar reads a heading's `#`, and a bullet or `>` before a marker, as the line's
      // indent (MarkdownLead), so the line is the item it marks: the marks are there.
      const lead = leadMarkStart(text, line.start, start);
      const markEnd = leadMarkEnd(text, lead, start);
      if (markEnd > lead) {
        edits.push({ start: lead, end: markEnd, newText: "" });
        const mark = text.slice(lead, markEnd).trimEnd();
        said.push(`${text.charCodeAt(lead) === HASH ? "标题" : text.charCodeAt(lead) === GREATER ? "引用" : "列表"}符号“${mark}”`);
      }
      // The line's `**`, in pairs (the one opening a bold heading may be in the indent): an odd
      // one left over may be a word's (a footnote's mark).
      const from = partitionPoint(stars.length, (i) => stars[i]! < lead);
      let to = from;
      while (to < stars.length && stars[to]! + 2 <= end) to++;
      const pairs = (to - from) >> 1;
      if (pairs > 0) {
        for (let k = from; k < from + pairs * 2; k++) edits.push({ start: stars[k]!, end: stars[k]! + 2, newText: "" });
        said.push(`加粗符号“**”${pairs > 1 ? `${pairs}对` : ""}`);
      }
      // Bold written with underscores and code in backticks (text/markdownInline.ts), in pairs too.
      let underscores = 0;
      let backticks = 0;
      for (let k = partitionPoint(inline.length, (i) => inline[i]!.start < start); k < inline.length && inline[k]!.end <= end; k++) {
        const pair = inline[k]!;
        const length = pair.mark.length;
        edits.push({ start: pair.start, end: pair.start + length, newText: "" }, { start: pair.end - length, end: pair.end, newText: "" });
        if (pair.mark === "__") underscores++;
        else backticks++;
      }
      if (underscores > 0) said.push(`加粗符号“__”${underscores > 1 ? `${underscores}对` : ""}`);
      if (backticks > 0) said.push(`代码符号“\`”${backticks > 1 ? `${backticks}对` : ""}`);
      if (underscores + backticks > 0) edits.sort((a, b) => a.start - b.start);
      if (edits.length === 0) continue;
      report({
        start: edits[0]!.start,
        end: edits[edits.length - 1]!.end,
        message: `Markdown 的${said.join("和")}随复制带入（AI 写作工具或 Markdown 编辑器的格式），不属于方案文字`,
        fix: { description: "删除 Markdown 标记", edits },
      });
    }
    flush();
  },
};

/** The key of a table of rows that open on a pipe with no delimiter row GitHub's reading needs (`| a | b |` lines in a run). */
const FRAMED = -1;

/** A Markdown table's lines read so far: where it spans, what it has, and the edits that make it a tabbed table. */
interface PendingTable {
  /** Which table: its index among model/markdownTables.ts's, or FRAMED. */
  key: number;
  start: number;
  end: number;
  rows: number;
  delimiter: boolean;
  edits: TextEdit[];
}

/**
 * A table's one finding, over its lines, whose fix turns the whole table into a tabbed one: a
 * user asks for the table converted, not its lines one by one.
 */
function tableFinding(table: PendingTable): { start: number; end: number; message: string; fix: { description: string; edits: TextEdit[] } } {
  const marks = table.rows > 0 && table.delimiter ? "竖线“|”和表头下的分隔行“|---|”" : table.rows > 0 ? "竖线“|”" : "分隔行“|---|”";
  const what = table.rows > 0 ? `（${table.rows}行，修复后单元格以制表符分隔，与从 Word 粘贴的表格相同）` : "";
  return {
    start: table.start,
    end: table.end,
    message: `Markdown 表格的${marks}随复制带入，不属于方案内容${what}`,
    fix: { description: table.rows > 0 ? "把表格改为以制表符分隔的表格" : "删除表格分隔行", edits: table.edits },
  };
}

const HASH = 0x23;
const STAR = 0x2a;
const PIPE = 0x7c;

const GREATER = 0x3e;

/**
 * The first of the indent's Markdown marks, or `indentEnd` when it has none: the model moves a
 * line's indent past other things too (a format character a marker follows, model/reading.ts).
 */
function leadMarkStart(text: string, lineStart: number, indentEnd: number): number {
  let at = lineStart;
  while (at < indentEnd && isSpaceCode(text.charCodeAt(at))) at++;
  return at < indentEnd && LEAD_MARKS.has(text.charCodeAt(at)) ? at : indentEnd;
}

/** What MarkdownLead in the grammar starts with: `#`, a bullet's `-`, `*` or `+`, a quotation's `>`. */
const LEAD_MARKS = codeUnitSet("#-*+>");

/** Where the indent's heading, bullet or quotation mark and the spaces after it end: before the `**` that may follow (a bold pair's, removed with its partner). */
function leadMarkEnd(text: string, lead: number, indentEnd: number): number {
  if (lead >= indentEnd) return lead;
  let at = lead;
  while (at < indentEnd && text.charCodeAt(at) !== STAR) at++;
  // A bullet `* ` is a star too: only a `**` pair's opening stops the mark.
  if (at === lead && text.charCodeAt(at + 1) !== STAR) {
    at++;
    while (at < indentEnd && text.charCodeAt(at) !== STAR) at++;
  }
  return at;
}

const DASH = 0x2d;

/**
 * A line of three or more `-` or `*` and nothing else (spaces between them allowed): Markdown's
 * thematic break, which an AI writing tool sets between its answer's parts. (`——` is a plan's
 * list mark; a run of `_` may be a form's blank.)
 */
function isThematicBreak(text: string, start: number, end: number): boolean {
  const mark = text.charCodeAt(start);
  let count = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === mark) count++;
    else if (!isSpaceCode(code)) return false;
  }
  return count >= 3;
}

/** A row of `|---|:---:|` under a table's header, opening on a pipe and with one more: model/markdownTables.ts's delimiter row. */
function isSeparatorRow(text: string, start: number, end: number): boolean {
  // Read back from the line's end: the search stops at the opening pipe at the latest.
  return text.lastIndexOf("|", end - 1) > start && delimiterCells(text, start, end) > 0;
}

/** The cells of a row written `| a | b |` (trimmed), or null when the line is no such row: two cells at least, closed by a pipe. */
function tableCells(text: string, start: number, end: number): string[] | null {
  const last = trimSpacesEnd(text, start, end);
  if (last - start < 3 || text.charCodeAt(last - 1) !== PIPE) return null;
  const cells = pipeCells(text, start, last);
  return cells.length >= 2 ? cells.map((cell) => cell.text) : null;
}
