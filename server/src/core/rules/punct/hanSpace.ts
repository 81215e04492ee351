import { isHanCode } from "../../punct/chars.js";
import { columnGaps, spacesBetweenHan } from "../../punct/marks.js";
import { proseParagraphs } from "../../punct/prose.js";
import { keepingColumns } from "../../text/columns.js";
import { SpanCover } from "../../text/coverage.js";
import type { PlanDocument, ResponsibilityClause, Span } from "../../model/types.js";
import { openClausesOf } from "../../model/openClauses.js";
import type { LineNode } from "../../syntax/cst.js";
import { textEndOf } from "../../model/inline.js";
import { partitionPoint } from "../../text/sorted.js";
import type { Rule, TextEdit } from "../types.js";
import { deferredFix, spanFix } from "../../fixes/fix.js";
import { extractTargets } from "../../targets/extract.js";
import { COUNT_MEASURES } from "../../targets/measureUnits.js";
import { rosterLines } from "../../punct/rosterLines.js";
import { isContactLine } from "../../punct/contactLines.js";

/**
 * A space between two Chinese characters in the plan's text (`省 级`), or next to a full-width
 * mark whatever is on its other side (`80% 。`, `（ 质量 ）`): Chinese is written without spaces,
 * and the space is a trace of justified web text or a PDF line break. Spaces
 * between the names of bodies issuing together (`中共江西省委 江西省人民政府`), between the
 * phrases of a slogan in quotation marks (`“质量技术帮扶 提升企业效益”`, `“治违禁 控药残 促提升”`), inside 书名号
 * and inside responsibility clauses, those whose bracket is still open too (units/separator's), are left alone, and so is the part
 * before the plan, where signatures and contact lines use spaces on purpose.
 */
export const hanSpace: Rule = {
  meta: {
    id: "punct/han-space",
    family: "punct",
    severity: "warning",
    description: "汉字之间或全角标点前后有多余的空格（如“省 级”“工作 。”“80% 。”“（ 质量 ）”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "中文词语之间不加空格；全角标点自占一个字的位置，不加空格：全角点号（，。、；：？！）和后引号、后括号、后书名号之前，前引号、前括号、前书名号之后，不论空格另一边是汉字、数字、百分号还是西文（“达到80% 。”“ISO 9001 ，”“（ 质量 ）”）。只有空格的括号（“新建（　　）个”）是待填的空白，由 targets/blank、text/placeholder 报告；点号之后的空格（段首标题“（一）主要目标。 到2025年”之后的空格、丢失换行留下的空格）不在此列。“省 级”“质量 强市”“开展工作 。”这类空格多来自网页两端对齐、PDF 换行或西文输入习惯，修复删除空格。量词之前的两个以上空格或全角空格（“培育  家标杆企业”“建设　个检测站点”）可能是征求意见稿删去的数值，照常报告，但不提供修复：删去空格会把空缺藏起来，是补数值还是删空格由起草人决定。网页或 PDF 拉开字距的文字（标题“总 体 要 求”，每个字后都有空格）是一处问题，整段报告一次，修复删除其中每个空格。联合发文机关名称之间的空格（“中共江西省委 江西省人民政府”）、引号内口号各短语之间的空格（“质量技术帮扶 提升企业效益”，每个短语至少四字；三个以上等长短语并列的至少三字，如“治违禁 控药残 促提升”）、书名号内的文件名、责任分工中的单位之间（由 units/separator 报告）、空缺的目标值（“达到 分”“新增认证企业 家”，由 targets/blank 报告）、制表符（表格粘贴成文字时分隔单元格，删除会并掉两格）、以空格分列的表格中各格之间的连续空格（PDF 或网页中的表格粘贴成以空格对齐的文字：一行中有两处以上两个或更多空格，如“指标名称  单位  2025年目标”；只有两列、每行一处这样的空格时，上一行或下一行有同样多处这样的空格，如“重点任务    责任单位”之下的“加强质量攻关    市工信局”；或这一行有两个以上单独成格的数字，如“省级质量标杆企业    个 10 12 15”。含句号的句子、带编号的标题不算表格行，其中的连续空格照常报告；表格行单元格内的单个空格也照常报告）以及方案之前的通知、落款、联系方式不在检查之列；方案正文中以“联系人：”“联系电话：”开头的联系方式行（“联系人：市市场监管局质量发展科　张××，电话：…”）同样用空格隔开单位和姓名，也不检查。以空格分列的表格（PDF 中的表格粘贴成以空格对齐的文字）中，修复改变了一格的宽度时，同时调整这一格之后的连续空格，使后面各格仍在原来的列上。",
      incorrect: "一、总体要求\n（一）指导思想\n推进省 级质量 强市建设。\n",
      correct: "一、总体要求\n（一）指导思想\n推进省级质量强市建设，落实《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》。\n",
    },
  },
  check({ plan, report }) {
    // A blank target value (`达到 分`) is targets/blank's defect, not a stray space. One look-up
    // for the whole plan, made at the first space: filtering the list per paragraph was
    // quadratic on a large plan (a tenth of a 25 MB check).
    let skipped: SpanCover | undefined;
    let labels: SpanCover | undefined;
    // A space taken out of a cell of a table set in columns by spaces (`制造业产品 质量合格率`)
    // widens the gap after the cell by one (text/columns.ts): the later cells keep their columns.
    // A narrower cell's gap only widens: never null.
    const spaced = plan.text.includes("  ");
    const inColumns = (edits: TextEdit[]) => keepingColumns(plan.text, edits) ?? edits;
    // A 领导小组's roster sets its roles, names and posts in columns by spaces (组　长, 肖　静) on purpose.
    const roster = rosterLines(plan);
    for (const paragraph of proseParagraphs(plan)) {
      if (!paragraph.inPlan) continue;
      const spaces = spacesBetweenHan(plan.text, paragraph);
      if (spaces.length === 0 || roster.has(paragraph.line)) continue;
      // A contact line sets the person apart from the office by a space (质量发展科　张××), in the plan as before it.
      if (isContactLine(plan.text, paragraph.start, paragraph.end)) continue;
      // A count's figure left out (新增认证企业 家) too: the gap is the value, read by the extraction.
      // A clause whose bracket is not closed yet (`〔责任单位：市工信局 市科技局`, punct/unbalanced's) is
      // one still: a space between its names is their separator, and taking it out would run
      // them into one name once the bracket is closed (units/separator's, as in a closed clause).
      const open = openClausesOf(plan);
      skipped ??= new SpanCover([...plan.clauses, ...open, ...plan.citations, ...plan.targets, ...blankValues(plan)]);
      labels ??= new SpanCover(clauseLabelSpans(plan, open));
      const owned = (span: Span) => skipped!.covers(span.start) && !labels!.covers(span.start);
      // Whether the line is a row of a table set in columns by spaces, asked at its first wide gap.
      let row: boolean | undefined;
      for (let k = 0; k < spaces.length; k++) {
        const span = spaces[k]!;
        // A clause's spaces between names are units/separator's; a label spaced out by a PDF
        // copy (责 任 单 位：, 完 成 时 限：) is no separator, and read through, so still this rule's.
        if (owned(span)) continue;
        // A two-column table (`重点任务    责任单位` over `加强质量攻关    市工信局`) has one gap a
        // row: its rows say so together. A single space in a cell is still a stray.
        if (span.end - span.start >= 2 && (row ??= isColumnRow(plan, paragraph.start, paragraph.end))) continue;
        // Words a page or a PDF letter-spaced (`总 体 要 求`, a heading set wide): one gap after
        // every character, one defect — one finding over the words, its fix every gap.
        let last = k;
        while (last + 1 < spaces.length && oneCharacterApart(plan.text, spaces[last]!, spaces[last + 1]!) && !owned(spaces[last + 1]!)) last++;
        if (last > k) {
          const start = span.start - 1;
          const end = spaces[last]!.end + 1;
          const gaps = spaces.slice(k, last + 1);
          report({
            start,
            end,
            message: `“${plan.text.slice(start, end)}”字与字之间有多余的空格（网页或 PDF 拉开了字距）`,
            // Edits made when read (fixes/fix.ts), as every fix of several edits is.
            fix: deferredFix("删除字与字之间的空格", () => inColumns(gaps.map((gap) => ({ start: gap.start, end: gap.end, newText: "" })))),
          });
          k = last;
          continue;
        }
        const before = contextBefore(plan.text.slice(Math.max(paragraph.start, span.start - 2), span.start));
        const after = contextAfter(plan.text.slice(span.end, Math.min(paragraph.end, span.end + 2)));
        // 培育  家标杆企业, 建设  个检测站点: a wide gap before a measure word may be a figure a draft
        // left out, written figure first; taking the gap out (培育家标杆企业) would hide the blank. Reported
        // with no fix: only the drafter knows which it is.
        if (mayBeLeftFigure(plan.text, span)) {
          report({ ...span, message: `“${before}”与“${after}”之间有空格，可能是删去的数值：应补上数值，或删去空格` });
          continue;
        }
        report({
          ...span,
          message: `“${before}”与“${after}”之间有多余的空格`,
          fix: spaced ? deferredFix("删除汉字之间的空格", () => inColumns([{ start: span.start, end: span.end, newText: "" }])) : spanFix("删除汉字之间的空格", span.start, span.end, ""),
        });
      }
    }
  },
};

/**
 * Whether a gap may be where a draft deleted a figure written before its measure word (培育  家标杆企业,
 * 建设　个检测站点): two spaces or more, or an ideographic one — what a deleted figure leaves, where a
 * stray space is one — right before a word that counts things (个, 家, 项, 批次 …) with a Han
 * character after it. A count a target reading already found blank (新增认证企业  家) is targets/blank's.
 */
function mayBeLeftFigure(text: string, span: Span): boolean {
  if (span.end - span.start < 2 && text.charCodeAt(span.start) !== 0x3000) return false;
  const unit = COUNT_MEASURES.find((measure) => text.startsWith(measure, span.end));
  return unit !== undefined && isHanCode(text.charCodeAt(span.end + unit.length));
}

/** Where counts read from the text left their figure out: the gaps before their units. */
function blankValues(plan: PlanDocument): Span[] {
  const found: Span[] = [];
  for (const target of extractTargets(plan).targets) if (target.blank && target.source === null && target.valueSpan) found.push(target.valueSpan);
  return found;
}

/**
 * Whether the line holding text[start, end) is a row of a table set in columns by spaces: it holds two
 * figures or more as cells of their own, or the line next to it above or below (blank and
 * comment lines aside) has as many gaps of two spaces or more; and neither is a sentence (`。`)
 * or a numbered heading. A line with two such gaps or more is a row by itself (punct/marks.ts);
 * this reads the rows of one gap, which only their neighbours or their figures tell from a
 * stray double space. Read from the model's lines, not the paragraph memo: the answer depends
 * on the lines around it.
 */
function isColumnRow(plan: PlanDocument, start: number, end: number): boolean {
  const { lines, text } = plan;
  const first = partitionPoint(lines.length, (i) => lines[i]!.end <= start);
  const last = partitionPoint(lines.length, (i) => lines[i]!.end < end);
  if (last >= lines.length) return false;
  const own = text.slice(lines[first]!.start, textEndOf(lines[last]!, text));
  if (!isCellLine(own)) return false;
  const gaps = columnGaps(own);
  if (gaps === 0) return false;
  // Figures standing apart as cells of their own (`省级质量标杆企业    个 10 12 15`): a row of values.
  if ((own.match(NUMERIC_CELL)?.length ?? 0) >= MIN_NUMERIC_CELLS) return true;
  const isRowBeside = (line: LineNode | null) => {
    if (line === null) return false;
    const words = lineWords(line, text);
    return isCellLine(words) && columnGaps(words) === gaps;
  };
  return isRowBeside(neighbourLine(lines, first, -1)) || isRowBeside(neighbourLine(lines, last, 1));
}

/** A figure between spaces (or the line's ends), a percentage's sign or a decimal point with it. */
const NUMERIC_CELL = /(?<=^|[ \t\u3000\u00a0])[0-9０-９][0-9０-９.．]*[%％]?(?=[ \t\u3000\u00a0]|$)/g;
const MIN_NUMERIC_CELLS = 2;

/** A line that can be a table's row: no sentence's end, no heading's marker. */
function isCellLine(line: string): boolean {
  return !line.includes("。") && !HEADING_MARKER.test(line);
}

const HEADING_MARKER = /^[ \t\u3000\u00a0]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9０-９]+[）)]|[0-9０-９]+[.．、](?![0-9０-９]))/;

/** A line's words, its indentation with them, without a trailing `//` comment or trailing spaces. */
function lineWords(line: LineNode, text: string): string {
  return text.slice(line.start, textEndOf(line, text));
}

/** The first line that is neither blank nor a comment next to lines[at] (`step` −1 above, 1 below), within MAX_BLANK_LINES; else null. */
function neighbourLine(lines: readonly LineNode[], at: number, step: -1 | 1): LineNode | null {
  for (let i = at + step, passed = 0; i >= 0 && i < lines.length && passed < MAX_BLANK_LINES; i += step, passed++) {
    const line = lines[i]!;
    if (line.kind !== "blank" && line.kind !== "comment") return line;
  }
  return null;
}

/** Blank and comment lines looked past for a row's neighbour: a table's rows stand together. */
const MAX_BLANK_LINES = 3;

/** Whether two gaps have one Chinese character between them (`总 体 要`). */
function oneCharacterApart(text: string, gap: Span, next: Span): boolean {
  return next.start - gap.end === 1 && isHanCode(text.charCodeAt(gap.end));
}

/** The labels of the plan's clauses and its open ones: each segment's, and a stated deadline's up to its value. */
function clauseLabelSpans(plan: PlanDocument, open: readonly ResponsibilityClause[]): Span[] {
  const spans: Span[] = [];
  for (const clause of [...plan.clauses, ...open]) {
    for (const segment of clause.segments) if (segment.labelSpan !== null) spans.push(segment.labelSpan);
  }
  for (const deadline of plan.deadlines) if (deadline.valueStart > deadline.start) spans.push({ start: deadline.start, end: deadline.valueStart });
  return spans;
}

/**
 * The words either side of the space, quoted in the message: up to two characters, cut at a
 * quotation mark or bracket (`省 级“5G…”` quotes “级”, not “级“”, which reads as a broken quote).
 */
const MARK = /[“”‘’「」『』《》〈〉（）()【】〔〕]/;
function contextBefore(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (MARK.test(text[i]!)) return i < text.length - 1 ? text.slice(i + 1) : text;
  return text;
}
function contextAfter(text: string): string {
  for (let i = 0; i < text.length; i++) if (MARK.test(text[i]!)) return i > 0 ? text.slice(0, i) : text;
  return text;
}
