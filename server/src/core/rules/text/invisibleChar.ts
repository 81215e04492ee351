import { deferredFix, spanFix } from "../../fixes/fix.js";
import type { LineNode } from "../../syntax/cst.js";
import { nodesAreKept } from "../../syntax/incremental.js";
import { NodeMemo } from "../../syntax/nodeMemo.js";
import type { PlanDocument, Span } from "../../model/types.js";
import { breaksLine, invisibleCharName, invisibleRuns, labelledRun, labelledText, reordersText } from "../../text/invisible.js";
import { isSpaceCode } from "../../text/spaces.js";
import { partitionPoint } from "../../text/sorted.js";
import { isPasteHabit } from "../pasteHabit.js";
import type { Rule, RuleContext, TextEdit } from "../types.js";

/** Code points of context quoted on each side of a run. */
const CONTEXT = 4;

/**
 * Characters pasted along with the text that nobody can see (text/invisible.ts says which, and
 * where such a character is at work and left alone). The reader sees `市市场监管局` and
 * `// plancheck-disable-next-line`; a search finds neither, the grammar reads no directive after
 * a zero-width space, and a bidi control shows the words in an order they are not written in.
 * (The model and the rules that read names, titles, sentence ends and 发文字号 read through
 * them, so that this rule is the one finding of each.) Each run of them is reported once, on its code points. The fix deletes the run:
 * the characters have no width and carry no word, so the text reads as it was shown — a zero-
 * width space between two words was never a space to the reader (and Unicode's word boundaries
 * skip format characters, UAX #29 WB4) — and deleting one only joins what the reader saw
 * joined. The no-break and ideographic spaces are visible spaces, read as spaces everywhere in
 * the core; between Chinese characters they are punct/han-space's. A page or section break written as
 * a character at every page or section a Word or WPS export broke is the copy's habit: one
 * finding for all (pageBreakHabit below).
 */
export const invisibleChar: Rule = {
  meta: {
    id: "text/invisible-char",
    family: "text",
    severity: "warning",
    description: "文中有看不见的字符（零宽空格、软连字符、双向文本控制符、Word 的手动换行符和分页符等）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "从网页、微信公众号文章、Word 或 PDF 复制文字时，常会带入看不见的格式字符：零宽空格（U+200B）、零宽连接符和非连接符（U+200C、U+200D）、词连接符（U+2060）、文中的字节顺序标记（U+FEFF）、软连字符（U+00AD）、从左至右和从右至左标记（U+200E、U+200F）、双向文本的嵌入、覆盖和隔离控制符（U+202A–U+202E、U+2066–U+2069）以及其他 Unicode 格式字符。读者看不到它们，但文字已经不是看上去的样子：在 Word 或其他系统中查找“市市场监管局”查不到中间夹着零宽空格的那一处，行首有零宽空格的“// plancheck-disable-next-line”指令不起作用，其他软件也可能认不出这样的条目编号；双向文本控制符还会改变文字的显示顺序，使看到的内容与实际内容不同。本检查器比对单位名称、文件标题、句末标点和发文字号时不受这些字符影响，编号内（如“（一<U+200B>）”“1<U+200B>.”）和责任分工标签内（如“责任<U+200B>单位：”）夹着的零宽字符也不影响大纲和责任分工的识别，只由本规则报告。",
        "本规则把连在一起的一串这类字符报告一次，消息中以 `<U+200B>` 的形式写出每个字符（下面“会被报告的写法”看上去与正确的写法一样：“（一）”之前、“质量”与“强市”之间各有一个零宽空格，“市场”与“监管局”之间有一个词连接符）。修复删除这些字符：它们没有宽度，也不承载文字，删除后文字与原先显示的一样。文首的字节顺序标记、表情符号序列中的零宽连接符和旗帜的标签字符，以及阿拉伯文、蒙古文、藏文、印度诸文字、泰文等需要这些字符来连写、断词或排序的文字旁的零宽连接符、非连接符、零宽空格和方向标记不报告；双向文本的嵌入、覆盖和隔离控制符无论在什么文字旁都报告。不换行空格（U+00A0）和全角空格是看得见的空格，不在本规则之列，汉字之间多余的空格由 punct/han-space 报告。",
        "控制字符也在本规则之列：从 Word 导出或复制的文字中，手动换行符是垂直制表符（U+000B），分页符是换页符（U+000C）；网页和 PDF 阅读器还会带入行分隔符（U+2028）、段分隔符（U+2029）和下一行符（U+0085），转换出错的文字里还会有其他 C0、C1 控制字符。编辑器和语言服务器协议只以回车、换行计行，这些字符在编辑器里看上去或是换行、或什么也没有；检查器按起草人看到的读：换行类的字符夹在标题与正文、两句话之间或一个编号之前时（“一、总体要求<U+000B>（一）指导思想”“坚持质量第一。<U+000B>推动高质量发展。”），读作换行，其后的“（一）”是一个条目，大纲、结构和各项检查都按此读，修复把它改为换行，与起草人看到的一致；在句子中间时（之前是逗号、顿号或“的”“和”等不能结束段落的字、或句号之后一句尚未说完，如“开展质量创新<U+000B>先导区创建工作。”，多是从 PDF 复制到 Word 时留下的，之后是不能开始段落的标点、责任分工等括号或一个数字，如“合格率达到<U+2028>94%”，目标照样读取），照常读作同一行，修复删除它，不把一句话拆成两段、把责任分工留在另起的一行；在行首、行末时修复删除它。Word 或 WPS 导出的文字在每个分页、分节处都写下一个换页符，全文有 3 处以上时，这是整篇复制带入的结果，只在第一处报告一次，说明共有几处，修复一次处理全文，每一处仍按上面的办法改为换行或删除；手动换行符等其他字符各在断行之处，仍逐处报告。",
      ].join("\n\n"),
      incorrect: "一、总体要求\n\u200b（一）指导思想\n推进质量\u200b强市建设。〔责任单位：市市场\u2060监管局〕\n",
      correct: "一、总体要求\n（一）指导思想\n推进质量强市建设。〔责任单位：市市场监管局〕\n",
    },
  },
  check({ plan, report }) {
    const text = plan.text;
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    const syntax = plan.syntax;
    const lines = syntax.lines;
    // The parse ends a line at a line break written as a character where the drafter saw one
    // (syntax/parse.ts, text/invisible.ts endsLineWhereWritten): between a heading and its text,
    // two sentences, before a marker. There the fix writes the line break the reading made; where
    // the reading goes on — inside a sentence still open, a target (`达到<U+2028>94%`), before a
    // clause's bracket — or at a line's start or end, where it only doubles a break, the fix
    // deletes it, and the sentence, its clause and its target stay one line.
    const endsLine = (start: number, end: number) => {
      const line = lines[partitionPoint(lines.length, (i) => lines[i]!.end <= start)];
      return line !== undefined && line.contentEnd >= start && line.contentEnd < end;
    };
    const runs: Span[] = [];
    collectRuns(syntax, text, (start, end) => runs.push({ start, end }));
    const habit = pageBreakHabit(text, runs);
    const inHabit = habit === null ? null : new Set(habit.map((run) => run.start));
    for (const { start, end } of runs) {
      if (inHabit?.has(start)) {
        if (habit![0]!.start === start) reportHabit(habit!, text, eol, endsLine, report);
        continue;
      }
      const breaks = breaksBetweenText(text, start, end) && endsLine(start, end);
      report({ start, end, message: messageOf(text, start, end, breaks), fix: breaks ? spanFix("改为换行", start, end, eol) : spanFix("删除看不见的字符", start, end, "") });
    }
  },
};

/** Every run of invisible characters in the text, in order, handed to `found`. */
function collectRuns(syntax: PlanDocument["syntax"], text: string, found: (start: number, end: number) => void): void {
  const kept = nodesAreKept(syntax);
  if (!kept) {
    // One scan of the whole text (the CLI; a fresh parse has no line to remember), unless a run
    // crosses a line's end: then it is read line by line below, as the server reads it.
    const runs = invisibleRuns(text);
    if (!crossesLineEnd(syntax.lines, runs)) {
      for (const run of runs) found(run.start, run.end);
      return;
    }
  }
  // While typing, only the lines an edit touched are read: a scan of the whole text for
  // format characters was a twentieth of a keystroke's rules on a 100 KB plan. Runs never
  // cross a line break but one written as a character, which ends a line where the parse says
  // (syntax/parse.ts): there each line's part is a run of its own, mended as that line's
  // (two line separators in a row are a blank line, each written as the break it is). The
  // lines and what precedes them (the byte order mark, the front matter) tile the text.
  const firstLine = syntax.lines[0]?.start ?? text.length;
  for (const run of invisibleRuns(text.slice(0, firstLine))) found(run.start, run.end);
  for (const line of syntax.lines) {
    // The line that opens the text is never remembered: a byte order mark is at work there only.
    let runs = line.start === 0 ? undefined : runsByLine.lookup(kept, line);
    if (runs === undefined) {
      runs = invisibleRuns(text.slice(line.start, line.end), line.start === 0);
      if (line.start !== 0) runsByLine.remember(kept, line, runs);
    }
    for (const run of runs) found(line.start + run.start, line.start + run.end);
  }
}

/**
 * Whether a run of the whole text's scan goes on past the end of a line (or past what precedes
 * the first line): a line break written as a character (U+2028, U+000B …) that ended the line,
 * with another format character after it. Both lists are in order: one walk.
 */
function crossesLineEnd(lines: readonly LineNode[], runs: readonly Span[]): boolean {
  if (runs.length === 0 || lines.length === 0) return false;
  const firstLine = lines[0]!.start;
  let line = 0;
  for (const run of runs) {
    if (run.start < firstLine && run.end > firstLine) return true;
    while (line < lines.length && lines[line]!.end <= run.start) line++;
    if (line < lines.length && lines[line]!.end < run.end) return true;
  }
  return false;
}

/**
 * The page or section breaks a Word or WPS export writes as a character (U+000C) at every page
 * or section it broke: HABIT_MINIMUM or more are the copy's habit, reported once at the first
 * (rules/pasteHabit.ts; a break has no right form to count), each mended as a lone one would be.
 * A manual line break (U+000B) or a line separator stays a finding of its own: each stands where
 * a line was broken, in a sentence or between two, and is read and mended by where it stands;
 * so does every other invisible character (a zero-width space inside a unit's name is one place
 * a search fails).
 */
const HABIT_MINIMUM = 3;
const PAGE_BREAK = 0x0c;

/** The runs of page breaks where they are the copy's habit, in order; null where they are not (nearly always). */
function pageBreakHabit(text: string, runs: readonly Span[]): Span[] | null {
  if (runs.length < HABIT_MINIMUM) return null;
  const breaks = runs.filter((run) => isRunOf(text, run, PAGE_BREAK));
  return isPasteHabit(breaks.length, 0, HABIT_MINIMUM) ? breaks : null;
}

/** Whether every character of the run is `code`. */
function isRunOf(text: string, run: Span, code: number): boolean {
  for (let at = run.start; at < run.end; at++) if (text.charCodeAt(at) !== code) return false;
  return true;
}

/** One finding at the first page break for all of them, whose fix mends each as its own would (a line break between two texts, else nothing). */
function reportHabit(habit: readonly Span[], text: string, eol: string, endsLine: (start: number, end: number) => boolean, report: RuleContext["report"]): void {
  const first = habit[0]!;
  const name = invisibleCharName(PAGE_BREAK);
  const label = labelledRun(text, first.start, first.start + 1);
  const edits = (): TextEdit[] => habit.map(({ start, end }) => ({ start, end, newText: breaksBetweenText(text, start, end) && endsLine(start, end) ? eol : "" }));
  report({
    start: first.start,
    end: first.end,
    message: `全文有 ${habit.length} 处看不见的字符${label}（${name}），多为 Word 或 WPS 在分页、分节处写下、复制时带入，应删除（在两段文字之间的改为换行）`,
    fix: deferredFix(`删除全文 ${habit.length} 处${label}（在两段文字之间的改为换行）`, edits),
  });
}

/** Each line's runs, offsets from its start, while the server's parser keeps its node. */
const runsByLine = new NodeMemo<LineNode, Span[]>();

/**
 * Whether a run holds a line or page break Word or a web page wrote as a character (U+000B,
 * U+000C, U+2028 …) between text on both sides: the writer broke the line there, and the fix
 * makes it the line break a plan has (deleting it would run a heading into the text after
 * it). At a line's start or end it only doubles a break, and is deleted.
 */
function breaksBetweenText(text: string, start: number, end: number): boolean {
  let breaks = false;
  for (let at = start; at < end && !breaks; at++) breaks = breaksLine(text.charCodeAt(at));
  return breaks && !isLineStart(text, start) && !isLineEnd(text, end);
}

function messageOf(text: string, start: number, end: number, breaks: boolean): string {
  const codes = new Set<number>();
  let count = 0;
  for (let at = start; at < end; at += text.codePointAt(at)! > 0xffff ? 2 : 1) {
    codes.add(text.codePointAt(at)!);
    count++;
  }
  const names = [...new Set([...codes].map(invisibleCharName))].join("、");
  const reorders = [...codes].some(reordersText) ? "，会改变文字的显示顺序" : "";
  const what = `${count > 1 ? ` ${count} 个` : ""}看不见的字符${labelledRun(text, start, end)}（${names}${reorders}）`;
  const before = contextBefore(text, start);
  const after = contextAfter(text, end);
  const where = before && after ? `“${before}”与“${after}”之间` : after ? `${isLineStart(text, start) ? "行首" : ""}“${after}”之前` : before ? `${isLineEnd(text, end) ? "行末" : ""}“${before}”之后` : "此行";
  return `${where}有${what}，多为复制网页或 Word 文字时带入，${breaks ? "应改为换行" : "应删除"}`;
}

const isLineBreak = (code: number) => code === 0x0a || code === 0x0d;
/** Where a context stops: a line break or a space (a trailing `// comment` is not the text's). */
const endsContext = (code: number) => isLineBreak(code) || isSpaceCode(code);

/** Up to CONTEXT code points before `at`, within its run of text, never splitting a surrogate pair. */
function contextBefore(text: string, at: number): string {
  let start = at;
  for (let n = 0; n < CONTEXT && start > 0 && !endsContext(text.charCodeAt(start - 1)); n++) {
    const low = text.charCodeAt(start - 1);
    start -= low >= 0xdc00 && low <= 0xdfff && start >= 2 ? 2 : 1;
  }
  return labelledText(text.slice(start, at));
}

function contextAfter(text: string, at: number): string {
  let end = at;
  for (let n = 0; n < CONTEXT && end < text.length && !endsContext(text.charCodeAt(end)); n++) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return labelledText(text.slice(at, end));
}

function isLineStart(text: string, at: number): boolean {
  while (at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--;
  return at === 0 || isLineBreak(text.charCodeAt(at - 1));
}

function isLineEnd(text: string, at: number): boolean {
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  return at === text.length || isLineBreak(text.charCodeAt(at)) || text.startsWith("//", at);
}
