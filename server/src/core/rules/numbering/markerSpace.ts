import type { NumberedItem } from "../../model/types.js";
import type { Rule, RuleContext } from "../types.js";
import { deferredFix, spanFix } from "../../fixes/fix.js";
import { isSpaceCode, trimSpacesEnd } from "../../text/spaces.js";
import { clipped } from "../../text/clipped.js";
import { isPasteHabit } from "../pasteHabit.js";

const TAB = 0x09;
/**
 * What a heading starts with: a word, or a quotation mark or bracket that opens one. Not a
 * digit: joined to the marker it would read as a decimal (`2. 1.5亿元` → `2.1.5亿元`).
 */
const HEADING_START = /[\p{L}“‘《（(〔【"']/u;

/**
 * `一、　总体要求`, `（一） 指导思想`, `1.\t加快…`: spaces between a marker and its heading. A web
 * page's justified heading, WPS's or Word's list numbering pasted as text (a tab after the
 * number) or a typist's habit leave them; GB/T 9704's headings have none (the export leaves them
 * out, export/layout.ts, but the plan's text keeps them until fixed). The marker's mark owns the space after it (numbering's, one defect one
 * finding: punct/han-space reads only spaces between Han characters and before a mark). A tab
 * on a line that holds another is a table's cell boundary (`1\t推动…\t市工信局`), left alone.
 */
export const markerSpace: Rule = {
  meta: {
    id: "numbering/marker-space",
    family: "numbering",
    severity: "warning",
    description: "编号与标题之间有多余的空格（如“一、　总体要求”“1. 加快……”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "编号之后紧接标题或正文，中间不空格：“一、总体要求”“（一）指导思想”“1.加快区域质量创新发展”。从网页复制的标题常以全角或半角空格两端对齐，WPS、Word 的自动编号粘贴成文字后在编号与正文之间留下空格或制表符，留在方案文本里（导出公文时不印出，编号之后紧接文字）。本规则报告编号（或其后重复的标点）与标题之间的空格，修复删除空格，不改动编号和标题。",
        "",
        "空白（如 WPS 自动编号留下的制表符、不换行空格）出现在全文大多数编号之后（超过一半，且至少 3 处）时，这是整篇文字的粘贴习惯而不是个别笔误：本规则只在第一处报告一次，消息给出全文共有几处，修复一并删除所有这些空白；Word 只给标题样式设了自动编号、任务编号是手打的（“一、”“（一）”之后都有制表符，“1.”之后都没有）时，某一级编号大多数之后都有空白（超过一半，且至少 3 处）的，这几级的空白同样只报告一次；全文和同级编号大多数之后没有空白时，个别编号之后的空白仍逐处报告。",
        "",
        "编号单独成行、其后的文字在下一行的（“（一）”之下是“指导思想”，PDF 把编号与正文分开排版、或 Word 的自动编号复制成了单独一段），大纲按下一行读出标题，本规则同样报告，修复把两行合并（“（一）指导思想”）；编号所在行末尾有注释时不提供修复。",
        "",
        "一行中还有其他制表符时（表格粘贴成文字，“1\t推动……\t市工信局”），编号之后的制表符是单元格的分隔，不报告（段末多出的制表符不算，“1.\t……。\t”仍是条目）；编号中夹有空格（“（ 一 ）”“3 .”）由 numbering/marker-typo 报告，“三　保障措施”这样以空格代替顿号的，同样由它改为“三、”。",
      ].join("\n"),
      incorrect: "一、　总体要求\n（一） 指导思想\n二、主要任务\n1. 加快区域质量创新发展。\n",
      correct: "一、总体要求\n（一）指导思想\n二、主要任务\n1.加快区域质量创新发展。\n",
    },
  },
  check({ plan, report }) {
    const text = plan.text;
    // The gaps are gathered first: whether each is reported alone depends on how many markers
    // have one (the document's habit, below).
    const gaps: Gap[] = [];
    let markers = 0;
    // Markers with a heading on their line, by level (index 1–5): a level's habit is its own.
    const markersAt = [0, 0, 0, 0, 0, 0];
    for (const item of plan.allItems) {
      if (item.kind !== "item") continue;
      const { marker, line } = item;
      const from = marker.doubled?.end ?? marker.end;
      if (item.heading.start > line.contentEnd) {
        reportSplit(item, from, text, report);
        continue;
      }
      if (from === marker.start) continue;
      if (!isSpaceCode(text.charCodeAt(from))) {
        markers++;
        markersAt[item.level]!++;
        continue;
      }
      let to = from;
      let tab = false;
      for (; to < line.contentEnd && isSpaceCode(text.charCodeAt(to)); to++) if (text.charCodeAt(to) === TAB) tab = true;
      // Nothing after the spaces, or a mark: no gap before a heading (a heading-less marker's
      // trailing spaces; `一、 ，` would, without them, be a mark doubled after the marker).
      if (to >= line.contentEnd || !HEADING_START.test(text[to]!)) continue;
      // Tabs at the line's end are no cells' boundaries (`1.\t……。\t`, a paragraph WPS copied with
      // a tab after it): the line is the item it reads as (model/reading.ts readTableRows).
      if (tab && hasTabBetween(text, to, trimSpacesEnd(text, to, line.contentEnd))) continue;
      markers++;
      markersAt[item.level]!++;
      gaps.push({ markerStart: marker.start, from, to, tab, level: item.level });
    }
    if (isPasteHabit(gaps.length, markers - gaps.length, HABIT_MINIMUM)) {
      reportHabit(gaps, markers, null, text, report);
      return;
    }
    // Word numbers its heading styles as lists and leaves the tasks typed: every （一） with the
    // list's tab, no 1. with one. Each level so written is the habit, reported once with the others.
    const gapsAt = [0, 0, 0, 0, 0, 0];
    for (const gap of gaps) gapsAt[gap.level]!++;
    const habitLevels = new Set<number>();
    for (let level = 1; level < gapsAt.length; level++) if (isPasteHabit(gapsAt[level]!, markersAt[level]! - gapsAt[level]!, HABIT_MINIMUM)) habitLevels.add(level);
    const habit = gaps.filter((gap) => habitLevels.has(gap.level));
    if (habit.length > 0) {
      let inLevels = 0;
      for (const level of habitLevels) inLevels += markersAt[level]!;
      reportHabit(habit, inLevels, [...habitLevels].sort(), text, report);
    }
    for (const gap of gaps) if (!habitLevels.has(gap.level)) reportGap(gap, text, report);
  },
};

/** A gap after a marker: text[from, to) between the marker (and its doubled mark) and its heading. */
interface Gap {
  markerStart: number;
  from: number;
  to: number;
  tab: boolean;
  level: number;
}

/**
 * WPS's and Word's list numbering pasted as text puts a gap after every marker (a tab after
 * `1.`, a no-break space after `（一）`): the gap is then the document's habit, not a slip at one
 * heading, and a finding on every line (two hundred in a long plan) buries the rest. It is the
 * habit where most markers with a heading on their line (more than half, at least three) have a
 * gap; then one finding stands for all of them, and a gap in a plan whose markers otherwise have
 * none stays a finding of its own.
 */
const HABIT_MINIMUM = 3;

function reportGap(gap: Gap, text: string, report: RuleContext["report"]): void {
  const shown = text.slice(gap.markerStart, gap.from);
  report({
    start: gap.from,
    end: gap.to,
    message: `编号“${shown}”与其后的文字之间有多余的${gap.tab ? "制表符" : "空格"}`,
    fix: spanFix("删除编号后的空格", gap.from, gap.to, ""),
  });
}

/** The levels' names in the message (GB/T 9704's forms of each). */
const LEVEL_FORMS = ["", "“一、”", "“（一）”", "“1.”", "“（1）”", "“——”"];

/**
 * The habit, reported once at its first place, with a fix that deletes every gap of it: the
 * whole text's, or (`levels`) that of the levels every marker of which has the gap.
 */
function reportHabit(gaps: readonly Gap[], markers: number, levels: readonly number[] | null, text: string, report: RuleContext["report"]): void {
  const first = gaps[0]!;
  const tabs = gaps.filter((gap) => gap.tab).length;
  const what = tabs === gaps.length ? "制表符" : tabs === 0 ? "空格" : "空格或制表符";
  const which = levels === null ? "" : `${levels.map((level) => LEVEL_FORMS[level]).join("")}${levels.length > 1 ? "各级" : "一级"}`;
  const share = gaps.length === markers ? `${which}每个编号之后都有` : `${which}${markers}个编号中的${gaps.length}个之后有`;
  report({
    start: first.from,
    end: first.to,
    message: `全文共${gaps.length}处编号与其后的文字之间有多余的${what}（${share}，此处“${text.slice(first.markerStart, first.from)}”是第一处），多为 WPS、Word 的自动编号粘贴成文字时留下，应全部删除`,
    fix: deferredFix(`删除全文${gaps.length}处编号后的${what}`, () => gaps.map((gap) => ({ start: gap.from, end: gap.to, newText: "" }))),
  });
}

/**
 * A marker alone on its line over its words (model/outline.ts reads the heading there: `（一）` /
 * `指导思想`): the line break is the gap, and the fix joins the two lines. Left alone where the
 * marker's line ends in a comment, which the join would carry into the heading.
 */
function reportSplit(item: NumberedItem, from: number, text: string, report: RuleContext["report"]): void {
  const line = item.line;
  for (let at = from; at < line.contentEnd; at++) if (!isSpaceCode(text.charCodeAt(at))) return;
  const shown = text.slice(item.marker.start, from);
  report({
    start: item.marker.start,
    end: from,
    message: `编号“${shown}”与其后的文字“${clipped(item.heading.text, 8)}”被拆成两行（复制时编号与正文分开），应合并为一行`,
    fix: spanFix("把编号与其后的文字合并为一行", from, item.heading.start, ""),
  });
}

/** Whether text[start, end) — the rest of one line — holds a tab: a table row's, bounded by the line. */
function hasTabBetween(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === TAB) return true;
  return false;
}
