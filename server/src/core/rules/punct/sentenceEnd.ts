import { inlinePartsOf, textEndOf } from "../../model/inline.js";
import { endBeforeBlankMarkup, HTML_MARKUP, htmlReplacement, LONGEST_MARKUP, MARKUP_AT_END, MAY_HAVE_HTML } from "../../text/htmlMarkup.js";
import type { InlineNode, LineNode } from "../../syntax/cst.js";
import { CLOSING_MARKS, PAIRS, SENTENCE_FINAL } from "../../punct/chars.js";
import { wrappedParagraphLines } from "../../model/hardWrap.js";
import { brokenParagraphLines } from "../../punct/breaks.js";
import { nameBreakLines } from "../../punct/nameBreaks.js";
import type { Rule } from "../types.js";
import type { NumberedItem } from "../../model/types.js";
import { trimSpacesEnd } from "../../text/spaces.js";
import { spanFix } from "../../fixes/fix.js";
import { codeUnitSet } from "../../text/codeUnits.js";
import { isFormatCode, isUnseenBetween } from "../../text/invisible.js";
import { indicatorTables } from "../../targets/extract.js";
import { rosterLines } from "../../punct/rosterLines.js";

/** Marks inside a sentence: a paragraph holding one is plainly running text, not a heading. */
const SENTENCE_INTERNAL = /[，,；;、。]/;

/** A drafting note or comment mark in brackets (`（此处待补充具体措施）`, `[批注1]`): text/placeholder's, after the sentence. */
function isBracketedLeftover(part: InlineNode, text: string): boolean {
  return part.type === "placeholder" && OPENING_BRACKETS.has(text.charCodeAt(part.start));
}

const OPENING_BRACKETS = codeUnitSet("（(【[［");

/**
 * Where a paragraph's sentence ends: before a trailing responsibility clause, annotation,
 * deadline or drafting note (`……。〔责任单位：……〕` ends with the `。`) and before trailing spaces
 * and characters no reader sees (`……。<U+200B>` ends with the `。`: the character is
 * text/invisible-char's).
 */
/**
 * What a paragraph's end is read past: characters that show as nothing, the `**` that closes
 * Markdown's bold round a whole paragraph (structure/markdown-marks's), and a web page's tags and
 * blank entities after its clause (`……按职责分工负责）<br>`: text/html-markup's).
 */
function isPassedOver(text: string, start: number, end: number): boolean {
  return isUnseenBetween(text, start, end) || text.slice(start, end).trim() === "**" || endBeforeBlankMarkup(text, start, end) === start;
}

function sentenceEndOf(line: LineNode, text: string, clauseStarts: ReadonlyMap<number, number> | null): number {
  const textEnd = textEndOf(line, text);
  let end = textEnd;
  const parts = inlinePartsOf(line);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    // A comment, and what lies past the text's end, are not the paragraph's.
    if (part.type === "comment" || part.end > textEnd) continue;
    if (part.type === "text" && isPassedOver(text, part.start, part.end)) continue;
    if (part.type !== "clause" && part.type !== "annotation" && part.type !== "deadline" && !isBracketedLeftover(part, text)) break;
    if (part.end < end && !isPassedOver(text, part.end, end)) break;
    end = part.start;
  }
  end = trimmedEnd(line, text, end);
  // A bracketed clause the model read where the grammar saw prose (a bracket of registry names,
  // model/clauseReading.ts registeredBareClauseOf) ends the paragraph as the grammar's own does.
  const clauseStart = clauseStarts?.get(end);
  return clauseStart === undefined || clauseStart < line.indentEnd ? end : trimmedEnd(line, text, clauseStart);
}

/** `end` moved back over spaces and format characters. */
function trimmedEnd(line: LineNode, text: string, end: number): number {
  for (;;) {
    const trimmed = trimSpacesEnd(text, line.indentEnd, end);
    end = trimmed > line.indentEnd && isFormatCode(text.charCodeAt(trimmed - 1)) ? trimmed - 1 : trimmed;
    if (end === trimmed) return end;
  }
}

const CLOSE_ANGLE = 0x3e;
const SEMICOLON = 0x3b;

/**
 * A paragraph of body text that does not end in a sentence-final mark: the last sentence was
 * cut off, or its `。` lost. Headings, list introductions (ending in `：`) and enumerations
 * (ending in `；`) are fine; a paragraph that a blank line splits in mid-sentence is
 * text/broken-sentence's. Which mark is missing only the drafter knows, so adding `。` is
 * offered as a suggestion, not applied in bulk.
 */
export const sentenceEnd: Rule = {
  meta: {
    id: "punct/sentence-end",
    family: "punct",
    severity: "info",
    description: "正文段落末尾缺少句末标点",
    fixable: false,
    speed: "fast",
    docs: {
      rationale:
        "正文段落应以句号、问号、叹号（或列举时的分号、引出下文的冒号）结束。段末没有标点，多是末句被截断或句号在复制时丢失。本规则只检查方案正文中明显是句子的段落（含逗号、顿号等句内标点）；标题、独占一行的标题式条目不在此列（条目行下一行只有责任单位的，如“1.落实工程质量终身责任制，推进”/“〔责任单位：市住建局〕”，这一行就是任务的句子，照样检查）；被空行断开的句子由 text/broken-sentence 报告；复制时在指标名称中间留下的换行（“到2027年，全市规模以上工业企业产品质量合格率”/“达到95%以上”）是同一句话的延续，与指标的读法一致，不报告，也不在名称中间补句号；末句停在未配对的括号、书名号或引号之内（如正在录入的“〔责任单位：……”），由 punct/unbalanced 报告那个标点。句末标点之后的括号是句外括号（“……形成长效机制。（知识产权保护处）”“……。（见附件1）”），段落已在括号前结束，不报告。补什么标点由起草人决定，编辑器中提供“补句号”的建议修复。",
      incorrect: "一、总体要求\n（一）指导思想\n坚持质量第一、效益优先，推进质量强市建设\n",
      correct: "一、总体要求\n（一）指导思想\n坚持质量第一、效益优先，推进质量强市建设。\n",
    },
  },
  check({ plan, report }) {
    const text = plan.text;
    const broken = brokenParagraphLines(plan);
    // A soft return inside a target's name (…产品质量合格率 / 达到95%以上) is its sentence going on.
    const nameBreaks = nameBreakLines(plan);
    // A paragraph that is a clause's labels and names and nothing else (`牵头单位：市经信局；配合单位：
    // 市科技局` on a line of its own, model/clauseReading.ts) is a bracket's content, no sentence;
    // so is a group's labelled clause after its tasks (`以上任务责任单位：市工信局、市商务局`), whose
    // lead names the tasks, not a subject of a sentence (`上述任务由…牵头，…配合` is one).
    let labelLines: Set<number> | null = null;
    // Where each bracketed clause of the text starts, by where it ends.
    let clauseStarts: Map<number, number> | null = null;
    for (const clause of plan.clauses) {
      if (clause.tableRow !== null) continue;
      if (clause.open !== "") {
        (clauseStarts ??= new Map()).set(clause.end, clause.start);
        continue;
      }
      const label = clause.segments[0]?.labelSpan?.start;
      if (label === clause.start || (label !== undefined && clause.form === "labeled" && GROUP_LEAD.test(text.slice(clause.start, label)))) (labelLines ??= new Set()).add(clause.start);
    }
    // A paragraph a PDF's measure cut into lines (structure/hard-wrap) has no line of its own
    // that ends it, even its last: a clause cut in two ends it without being read as one.
    const wrapped = plan.hardWrap === null ? null : wrappedParagraphLines(plan);
    // A row of a table pasted as text (targets/tables.ts, as the targets read it: `食品、药品抽检
    // 合格率  %  98  ≥98.5`) is cells, not a sentence.
    const tableLines = indicatorTables(plan)?.lines ?? null;
    // A 领导小组's roster (组　长：刘志强　　局党组书记、局长) lists posts, no sentences.
    const roster = rosterLines(plan);
    // Each paragraph in turn, read by code unit: this runs over every paragraph on every keystroke.
    const checkParagraph = (line: LineNode) => {
      if (broken.has(line) || nameBreaks.has(line) || wrapped?.has(line) || tableLines?.has(line) || roster.has(line)) return;
      if (labelLines?.has(line.indentEnd)) return;
      const start = line.kind === "item" || line.kind === "list" ? line.marker.end : line.indentEnd;
      const end = sentenceEndOf(line, text, clauseStarts);
      if (end <= start) return;
      const content = text.slice(start, end);
      // A web page's tags and entities are text/html-markup's, never the paragraph's marks: an
      // entity's `;` made a line of markup alone (`&nbsp;`, a page's empty paragraph) or a
      // heading with one (`推进质量强市建设&nbsp;`) read as running text.
      if (!SENTENCE_INTERNAL.test(MAY_HAVE_HTML.test(content) ? content.replace(HTML_MARKUP, "") : content)) return;
      let last = end - 1;
      while (last > start) {
        const code = text.charCodeAt(last);
        if (CLOSING_MARK_CODES.has(code) || isFormatCode(code)) last--;
        // The `**` that closes Markdown's bold after the paragraph's 。 is structure/markdown-marks's.
        else if (code === STAR && last - 1 > start && text.charCodeAt(last - 1) === STAR) last -= 2;
        // A web page's tag or entity after the paragraph's 。 (`。<br>`, `。&nbsp;`) is text/html-markup's.
        else if (code === CLOSE_ANGLE || code === SEMICOLON) {
          const markup = MARKUP_AT_END.exec(text.slice(Math.max(start, last + 1 - LONGEST_MARKUP), last + 1));
          if (markup === null) break;
          // An entity of a sentence's end (&#x3002;) ends it as its character would.
          if (SENTENCE_FINAL_CODES.has(htmlReplacement(markup).charCodeAt(0))) return;
          last -= markup[0].length;
        } else break;
      }
      if (SENTENCE_FINAL_CODES.has(text.charCodeAt(last))) return;
      // A bracket after the sentence's own mark (`……。（知识产权保护处、省公安厅）`, `……。（见附件1）`)
      // is GB/T 15834's 句外括号: the sentence ended before it, and nothing follows it. So is a
      // clause's 〔〕 the grammar read no clause in (`……。〔〕`, a clause nested in a clause): what
      // is wrong inside it is units/empty-clause's and units/nested-clause's, not a lost 。.
      if (followsSentenceEnd(text, start, end)) return;
      // A last sentence cut inside a mark it opened (`……。〔责任单位：县科技局`, `落实《质量强国`, a
      // clause or title still being typed) has one defect, the mark left open: punct/unbalanced's.
      if (endsInsideOpenMark(text, start, end)) return;
      const tail = [...content].slice(-6).join("");
      report({
        // The last character, whole: a surrogate pair (😀, 𠀀) is never split, and a lone low
        // surrogate (debris from a broken copy) is one character of its own.
        start: Math.max(start, end - (end - 2 >= start && isPair(text, end - 2) ? 2 : 1)),
        end,
        message: `段落末尾“${tail}”缺少句末标点`,
        suggestions: [spanFix("在段末补句号", end, end, "。")],
      });
    };
    for (const item of plan.allItems) {
      // A task's sentence with its clause on the line below (`1.落实……责任制，推进` / `〔责任单位：……〕`)
      // is as much a paragraph as with the clause after it on its line: only a heading that names
      // no unit (or stands over a list or paragraphs) is none.
      if (!item.headingOnly || namedOnLinesBelow(item, text)) checkParagraph(item.line);
      // A heading's rest on the line below (model/outline.ts `continuesHeading`) is the heading's.
      for (const line of item.bodyLines) if (line.textKind === "plain" && line.indentEnd >= item.heading.end) checkParagraph(line);
    }
    for (const line of plan.preamble?.lines ?? []) checkParagraph(line);
  },
};

/** Whether an item's line is all of its text, its units named on the lines under it and nothing else there: no list, no paragraph. */
function namedOnLinesBelow(item: NumberedItem, text: string): boolean {
  if (item.children.length > 0 || item.boxes.length > 0 || item.bodyLines.length === 0) return false;
  return item.bodyLines.every((line) => {
    let clause = false;
    for (const part of line.parts) {
      if (part.type === "clause") clause = true;
      else if (part.type !== "comment" && !(part.type === "text" && text.slice(part.start, part.end).trim() === "")) return false;
    }
    return clause;
  });
}

/** A round bracket, or a clause's 〔〕 (never in a sentence: a 文号's year stands in a title). */
const AFTER_SENTENCE_OPEN_CODES = codeUnitSet("（(〔");
const AFTER_SENTENCE_CLOSE_CODES = codeUnitSet("）)〕");

/**
 * Whether the paragraph ends in a round or clause bracket (spaces after it aside) whose opening
 * bracket follows a sentence-final mark: read back over the bracket only, which closes the text.
 */
function followsSentenceEnd(text: string, start: number, end: number): boolean {
  if (!AFTER_SENTENCE_CLOSE_CODES.has(text.charCodeAt(end - 1))) return false;
  let depth = 0;
  for (let i = end - 1; i > start; i--) {
    const code = text.charCodeAt(i);
    if (AFTER_SENTENCE_CLOSE_CODES.has(code)) depth++;
    else if (AFTER_SENTENCE_OPEN_CODES.has(code) && --depth === 0) return SENTENCE_FINAL_CODES.has(text.charCodeAt(trimSpacesEnd(text, start, i) - 1));
  }
  return false;
}

const OPENING_MARK_CODES = codeUnitSet(Object.keys(PAIRS).join("") + "(");
const CLOSING_PAIR_CODES = codeUnitSet(Object.values(PAIRS).join("") + ")");

/**
 * Whether the paragraph's last sentence (after its last sentence-final mark) leaves a bracket,
 * 书名号 or quotation mark open at `end`: read back once over that sentence only.
 */
function endsInsideOpenMark(text: string, start: number, end: number): boolean {
  let depth = 0;
  for (let i = end - 1; i >= start; i--) {
    const code = text.charCodeAt(i);
    if (CLOSING_PAIR_CODES.has(code)) depth++;
    else if (OPENING_MARK_CODES.has(code)) {
      if (depth === 0) return true;
      depth--;
    } else if (depth === 0 && SENTENCE_STOP_CODES.has(code)) return false;
  }
  return false;
}

/** Marks that end a sentence: a bracket opened before one is not the last sentence's. */
const SENTENCE_STOP_CODES = codeUnitSet("。！？!?");

/** What opens a group's clause written after its tasks (grammar GroupLead): 以上任务, 上述工作. */
const GROUP_LEAD = /^(?:以上|上述)/;

const CLOSING_MARK_CODES = codeUnitSet(CLOSING_MARKS);
const STAR = 0x2a;
const SENTENCE_FINAL_CODES = codeUnitSet(SENTENCE_FINAL);

/** Whether a surrogate pair starts at `offset`: a high surrogate followed by a low one. */
function isPair(text: string, offset: number): boolean {
  const high = text.charCodeAt(offset);
  const low = text.charCodeAt(offset + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
