import type { LineNode } from "../../syntax/cst.js";
import type { PlanDocument } from "../../model/types.js";
import { wrapJoins } from "../../model/hardWrap.js";
import { partitionPoint } from "../../text/sorted.js";
import { nodesAreKept } from "../../syntax/incremental.js";
import { NodeMemo } from "../../syntax/nodeMemo.js";
import { detached } from "../../text/detached.js";
import { isAnyDigitCode, isFullWidthDigitCode } from "../../text/codeUnits.js";
import { type BrokenDocNumber, brokenDocNumbersIn } from "../../xref/brokenDocNumbers.js";
import type { FindingReport } from "../types.js";
import type { Rule } from "../types.js";

/**
 * A 发文字号 as drafts type it: agency code, a bracketed year, maybe 第, a number, maybe 号.
 * Found in running text by its bracketed year right after a Han character, so a year in
 * parentheses elsewhere (（2023-2027年）) is not taken for one; without 号 only the 〔〕 form
 * counts, since “（2023）12” could be anything. Its digits half- or full-width, as a WPS copy
 * writes them: the form is the same form (text/full-width-alnum reports the digits).
 */
const DOC_NUMBER = /([〔\[【(（﹝［])(\s*)([0-9０-９]{2,4})(\s*)([〕\]】)）﹞］])(\s*)(第?)([0０]*)([0-9０-９]+)(号?)/g;
/** A 号 after characters no reader sees. */
const HIDDEN_HAO = /\p{Cf}+号/uy;

/**
 * The 机关代字 before a 发文字号 ends in a Han character. Tested on the match rather than as a
 * lookbehind at the start of DOC_NUMBER, which V8 would try at every character of every line
 * on every keystroke. (No match can start inside a skipped one: the opening and closing
 * brackets are different characters.)
 */
const afterHan = (content: string, index: number): boolean => {
  const code = content.charCodeAt(index - 1);
  return code >= 0x4e00 && code <= 0x9fff;
};

/**
 * 发文字号 form (GB/T 9704-2012 7.2.4): 机关代字 + year in 六角括号 〔〕 with four digits + the
 * number without 第 and without leading zeros + 号: 赣发〔2023〕8号.
 */
export const docNumberForm: Rule = {
  meta: {
    id: "xref/doc-number",
    family: "xref",
    severity: "warning",
    description: "发文字号格式：年份用六角括号〔〕且为四位，序号前不加“第”、不编虚位，以“号”结尾",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "GB/T 9704-2012 规定发文字号由发文机关代字、年份、发文顺序号组成：年份用六角括号“〔〕”括入并写全四位，发文顺序号不加“第”字、不编虚位（即 1 不写作 01），在阿拉伯数字后加“号”，如“赣发〔2023〕8号”。常见的错误是用方括号“[]”、圆括号“（）”或“【】”括年份，写成“第8号”“008号”，漏掉“号”，或丢了半个括号（“赣发〔20238号”年份与序号连在一起，“赣发2023〕8号”缺前括号），或不用括号而写“年”（“中发2022年17号”）——年份总是四位，括号的位置是确定的，可以自动补上（“年”只在机关代字的末字“发”“字”“函”“办”“电”之后才按发文字号读，“印发2023年1号文件”不是）。每处问题单独报告并可自动修复；两位年份（如“〔23〕”）只给出建议，由起草人确认。",
      incorrect: "示例市方案\n为贯彻落实《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》（赣发[2023]第08号），制定本方案。\n一、总体要求\n",
      correct: "示例市方案\n为贯彻落实《中共江西省委 江西省人民政府关于深化质量强省建设的实施意见》（赣发〔2023〕8号），制定本方案。\n一、总体要求\n",
    },
  },
  check({ plan, report }) {
    const kept = nodesAreKept(plan.syntax);
    for (const line of plan.syntax.lines) {
      if (line.kind === "blank" || line.kind === "comment") continue;
      // A line node met again (kept: the server's parses) is the same text: what it writes
      // is remembered by the node, as offsets from its indentation's end.
      let written = docNumbersByLine.lookup(kept, line);
      if (written === undefined) written = docNumbersByLine.remember(kept, line, docNumbersIn(plan.text.slice(line.indentEnd, line.contentEnd)));
      // Most lines write none: no iterators made for their two empty lists.
      if (written === NO_DOC_NUMBERS) continue;
      const offset = line.indentEnd;
      for (const { index, parts } of written.wellBracketed) {
        // A 号 a PDF's measure put on the next line (`（赣发〔2023〕8` / `号）`, `〔2022〕1` / `7号）`,
        // model/hardWrap.ts) ends it all the same.
        const read = parts.hao === "" && haoAfterWrap(plan, offset + index + numberLength(parts)) ? { ...parts, hao: "号" } : parts;
        for (const finding of problemsOf(offset + index, read)) report(finding);
      }
      for (const broken of written.broken) report(brokenBracketFinding(plan.text, moved(broken, offset)));
    }
  },
};

/** How long a 发文字号's parts are up to its number's end (before 号). */
function numberLength(p: Parts): number {
  return p.open.length + p.gap1.length + p.year.length + p.gap2.length + p.close.length + p.gap3.length + p.di.length + p.zeros.length + p.number.length;
}

/** Whether a wrap's join starts at `at` (a wrapped line's text ends there) and the line it goes on to opens with the number's rest and 号. */
function haoAfterWrap(plan: PlanDocument, at: number): boolean {
  if (plan.hardWrap === null) return false;
  const joins = wrapJoins(plan);
  const join = joins[partitionPoint(joins.length, (k) => joins[k]!.start < at)];
  if (join === undefined || join.start !== at) return false;
  let next = join.end;
  // Either width: the 文号 it goes on is read in either (DOC_NUMBER), so is the rest of its number.
  while (next < join.end + MAX_DIGITS && isAnyDigitCode(plan.text.charCodeAt(next))) next++;
  return plan.text.charCodeAt(next) === HAO;
}

/** A 文号's number is never longer than this. */
const MAX_DIGITS = 5;

const HAO = 0x53f7; // 号

/** The 发文字号 a line's content writes, offsets from the content's start. */
interface LineDocNumbers {
  wellBracketed: ReadonlyArray<{ index: number; parts: Parts }>;
  broken: readonly BrokenDocNumber[];
}

// Not frozen: V8 iterates a frozen array on a slow path (ARCHITECTURE.md, "Frozen arrays").
const NO_DOC_NUMBERS: LineDocNumbers = { wellBracketed: [], broken: [] };
/** A line's 发文字号 by its node (syntax/nodeMemo.ts). */
const docNumbersByLine = new NodeMemo<LineNode, LineDocNumbers>();

function docNumbersIn(content: string): LineDocNumbers {
  const wellBracketed: Array<{ index: number; parts: Parts }> = [];
  DOC_NUMBER.lastIndex = 0;
  for (let match = DOC_NUMBER.exec(content); match !== null; match = DOC_NUMBER.exec(content)) {
    if (!afterHan(content, match.index)) continue;
    const [, open, gap1, year, gap2, close, gap3, di, zeros, number, written] = (match as unknown as string[]).map((part) => (part === undefined ? part : detached(part)));
    // `33<U+200B>号` ends in 号 as the reader sees it: the character between is text/invisible-char's,
    // and a 号 added here would be a second one once it is deleted.
    HIDDEN_HAO.lastIndex = match.index + match[0].length;
    const hao = written || (HIDDEN_HAO.test(content) ? "号" : "");
    if (!hao && open !== "〔") continue;
    // Copies (text/detached.ts): kept by the node, a slice would keep this version of the plan alive.
    wellBracketed.push({ index: match.index, parts: { open: open!, gap1: gap1!, year: year!, gap2: gap2!, close: close!, gap3: gap3!, di: di!, zeros: zeros!, number: number!, hao } });
  }
  const broken = brokenDocNumbersIn(content);
  return wellBracketed.length === 0 && broken.length === 0 ? NO_DOC_NUMBERS : { wellBracketed, broken };
}

function moved(broken: BrokenDocNumber, by: number): BrokenDocNumber {
  return { ...broken, start: broken.start + by, end: broken.end + by, yearStart: broken.yearStart + by, yearEnd: broken.yearEnd + by, mark: { text: broken.mark.text, start: broken.mark.start + by } };
}

/** `〔202311号` → `〔2023〕11号`, `2023〕11号` → `〔2023〕11号`, `2023年11号` → `〔2023〕11号`: the year is four digits, so the bracket's place is certain. */
function brokenBracketFinding(text: string, broken: BrokenDocNumber): FindingReport {
  const written = text.slice(broken.start, broken.end);
  const year = text.slice(broken.yearStart, broken.yearEnd);
  const number = text.slice(broken.missing === "close" ? broken.yearEnd : broken.mark.start + broken.mark.text.length, broken.end);
  const mark = broken.mark;
  const edits =
    broken.missing === "close"
      ? [...(mark.text === "〔" ? [] : [{ start: mark.start, end: mark.start + mark.text.length, newText: "〔" }]), { start: broken.yearEnd, end: broken.yearEnd, newText: "〕" }]
      : [{ start: broken.yearStart, end: broken.yearStart, newText: "〔" }, ...(mark.text === "〕" ? [] : [{ start: mark.start, end: mark.start + mark.text.length, newText: "〕" }])];
  const corrected = `〔${year}〕${number}`;
  return {
    start: broken.start,
    end: broken.end,
    message:
      broken.missing === "close"
        ? `发文字号“${written}”的年份缺少后括号“〕”，年份与序号连在一起，应为“${corrected}”`
        : broken.missing === "both"
          ? `发文字号“${written}”的年份应括入六角括号“〔〕”，不写“年”，应为“${corrected}”`
          : `发文字号“${written}”的年份缺少前括号“〔”，应为“${corrected}”`,
    fix: { description: `改为“${corrected}”`, edits },
  };
}

interface Parts {
  open: string;
  gap1: string;
  year: string;
  gap2: string;
  close: string;
  gap3: string;
  di: string;
  zeros: string;
  number: string;
  hao: string;
}

function problemsOf(start: number, p: Parts): FindingReport[] {
  const findings: FindingReport[] = [];
  const yearStart = start + p.open.length + p.gap1.length;
  const closeStart = yearStart + p.year.length + p.gap2.length;
  const diStart = closeStart + p.close.length + p.gap3.length;
  const zerosStart = diStart + p.di.length;
  const zeros = p.zeros;
  const numberEnd = zerosStart + p.zeros.length + p.number.length;
  if (p.open !== "〔" || p.close !== "〕") {
    findings.push({
      start,
      end: closeStart + p.close.length,
      message: `发文字号的年份应使用六角括号“〔〕”，不用“${p.open}${p.close}”`,
      fix: {
        description: "改为六角括号“〔〕”",
        edits: [
          ...(p.open === "〔" ? [] : [{ start, end: start + p.open.length, newText: "〔" }]),
          ...(p.close === "〕" ? [] : [{ start: closeStart, end: closeStart + p.close.length, newText: "〕" }]),
        ],
      },
    });
  }
  if (p.year.length !== 4) {
    // The century in the year's own width: the digits' width is text/full-width-alnum's.
    const guess = p.year.length === 2 ? `${isFullWidthDigitCode(p.year.charCodeAt(0)) ? "２０" : "20"}${p.year}` : null;
    findings.push({
      start: yearStart,
      end: yearStart + p.year.length,
      message: `发文字号的年份应写全四位，“${p.year}”不完整`,
      ...(guess ? { suggestions: [{ description: `改为“${guess}”`, edits: [{ start: yearStart, end: yearStart + p.year.length, newText: guess }] }] } : {}),
    });
  }
  if (p.di) {
    findings.push({
      start: diStart,
      end: diStart + 1,
      message: "发文字号的顺序号前不加“第”字",
      fix: { description: "删除“第”", edits: [{ start: diStart, end: diStart + 1, newText: "" }] },
    });
  }
  if (zeros) {
    findings.push({
      start: zerosStart,
      end: zerosStart + zeros.length,
      message: `发文字号的顺序号不编虚位：“${p.zeros}${p.number}”应为“${p.number}”`,
      fix: { description: "删除序号前的“0”", edits: [{ start: zerosStart, end: zerosStart + zeros.length, newText: "" }] },
    });
  }
  if (!p.hao) {
    // The 文号 from its year on, not an empty range at the gap: an empty one is all but invisible
    // in an editor (and shown under the next character). The fix inserts at the gap.
    findings.push({
      start,
      end: numberEnd,
      message: "发文字号应以“号”结尾",
      fix: { description: "补上“号”", edits: [{ start: numberEnd, end: numberEnd, newText: "号" }] },
    });
  }
  return findings;
}
