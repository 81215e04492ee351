import { isIssueLine, isPageNumber, isPrintFootAddress, isPrintHead } from "../../model/pageFurniture.js";
import { looksLikeRunningHead } from "../../model/runningHeadLooks.js";
import { textEndOf } from "../../model/inline.js";
import type { PlanDocument } from "../../model/types.js";
import { joinEdits, paragraphBreaks, readParagraphBreak, type ParagraphBreak } from "../../punct/breaks.js";
import type { LineNode } from "../../syntax/cst.js";
import { partitionPoint } from "../../text/sorted.js";
import type { Rule, TextEdit } from "../types.js";
import { addLinesSetApart } from "../../model/setApart.js";

/**
 * A printed page's number or footer left in the text by a PDF copy (`— 3 —`, `- 4 -`,
 * `第 5 页 共 8 页`), and the running head the PDF printed on every page (`××市人民政府办公室
 * 行政规范性文件`): the model reads such lines as page furniture (model/reading.ts), not as a
 * list entry or prose, wherever they stand. One page's furniture (its number and the heads by
 * it) is one finding, and its fix deletes all of it. Where it stands between the halves of a
 * sentence the page split, the finding says so, and its fix also joins the halves; the reading
 * of the break (punct/breaks.ts) is text/broken-sentence's own, with the doubt of a missing 。
 * settled by the page's edge: the page did end there.
 */
export const pageNumber: Rule = {
  meta: {
    id: "structure/page-number",
    family: "structure",
    severity: "warning",
    description: "正文中夹有从 PDF 或 WPS 等复制时带入的页码或页眉（如“— 3 —”“第 5 页 共 8 页”“××市人民政府办公室行政规范性文件”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "从 PDF 复制文本时，每页底部的页码（GB/T 9704 的“— 3 —”，或“- 4 -”“第 5 页 共 8 页”“第5页/共8页”，公报排版的“·12·”）会单独成行留在正文中，常常正好夹在一句话的中间。这样的行不属于方案，还会被误读为“—”列表项，或使句子被拆成两段。浏览器把网页打印成 PDF 时，每页的页脚是网址和页码（“https://…… 2/5”；复制后也可能只剩单独一行的“2 / 5”，网址另起一行紧挨着它），页眉是打印的日期时间和网页标题（“2024/3/8 10:15 ××行动计划_××市人民政府门户网站”），复制后同样夹在正文中：页脚按页码、页眉按页眉报告（方案之前的那一行由 structure/leading-debris 报告）。",
        "",
        "PDF 每页顶部的页眉（发文机关标志“××市人民政府办公室文件”“××市人民政府办公室行政规范性文件”，或方案标题）也会随每个页码留下，夹在句子中间，还可能被误当作方案标题。紧挨页码（中间只隔空行）的短行，在两处以上页码旁重复出现、是发文机关标志、或与方案之前的某一行（标题、发文机关）相同的，视为页眉页脚；在方案正文中单独夹在两个空行之间、把一句话断开的发文机关标志也是。页眉页脚与其页码合报一条。只有一个单位名称（如“市发改委”）、在页面边缘只出现一次的，也可能是方案自己的一行（落款、单位名称），本规则仍报告，但修复不删除它，也不跨过它合并句子（有页码的只删除页码），请人工核对；形如发文机关标志、文件或方案名称（“……文件”“……方案”“……计划”“……人民政府”）或在两处以上页面边缘重复出现的，才随修复删除。",
        "",
        "本规则报告单独成行的页码（连同它旁边的页眉页脚），修复删除这些行（连同其后的空行）。页码两侧是被分页拆开的同一句话时（判断与 text/broken-sentence 相同：前半段留有未闭合的引号或括号、以逗号或“的、和”等结尾、后半段不能起句，或前半段是没有句末标点的正文；全文按同一宽度硬换行时，排满一行、没有句末标点的前半段也是），修复同时把两段合并为一段；页码之前印在页脚的脚注（如“① 指……”，其序号在上文句中）不属于这句话，修复把它原样移到合并后的段落之后，单独成行。只有数字的行（如表格中的“3”）不视为页码。",
      ].join("\n"),
      incorrect:
        "一、主要任务\n1.推动绿色转型。推动锂电、建材、化工\n\n— 3 —\n\n示例市人民政府办公室行政规范性文件\n等重点行业绿色低碳转型。\n2.开展质量提升行动。\n\n第 5 页 共 8 页\n\n3.加强组织领导。\n",
      correct: "一、主要任务\n1.推动绿色转型。推动锂电、建材、化工等重点行业绿色低碳转型。\n2.开展质量提升行动。\n\n3.加强组织领导。\n",
    },
  },
  check({ plan, report }) {
    const lines = plan.lines;
    const debris = debrisLines(plan);
    const breaks = paragraphBreaks(plan).filter((brk) => brk.pageLines.length > 0);
    const isOwnPageLine = (line: LineNode) => line.kind === "text" && line.textKind === "pageNumber" && !debris.has(line);
    let sureHeads: ReadonlySet<LineNode> | null = null;
    const isSureHead = (head: LineNode) => (sureHeads ??= headsSure(plan, lines, isOwnPageLine)).has(head);
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (!isOwnPageLine(line)) continue;
      const page = pageAt(plan, lines, index, isOwnPageLine);
      const first = index;
      index = page.last;
      const brk = breakAround(breaks, line);
      const reading = brk !== null && brk.pageLines[0] === line ? readParagraphBreak(plan, brk) : null;
      const at = page.number ?? page.heads[0]!;
      // A head that is only a unit's name said once (市发改委) may be a line of the plan's own:
      // the fix deletes no such line, and joins no sentence across it.
      const doubtful = page.heads.filter((head) => !isSureHead(head));
      if (doubtful.length > 0) {
        const names = doubtful.map((head) => `“${lineContent(plan.text, head)}”`).join("、");
        const cut = reading !== null ? `，句子在“${reading.tail}”与“${reading.head}”之间被它断开` : "";
        report({
          start: at.indentEnd,
          end: at.contentEnd,
          message:
            page.number === null
              ? `${names}单独成行${cut}，疑为复制时带入的页眉；但它只是名称，在页面边缘也只出现一次，请核对：是页眉则删除${reading !== null ? "并合并为同一段落" : ""}，否则保留`
              : `${page.said}${cut}；其中${names}只是名称，在页面边缘也只出现一次，请核对是否为页眉（修复只删除页码）`,
          ...(page.number === null ? {} : { fix: { description: "删除页码", edits: [deletion(plan, lines, page.numberIndex, page.numberIndex)] } }),
        });
        continue;
      }
      const own = { description: page.heads.length > 0 ? "删除页码和页眉" : "删除页码", edits: [deletion(plan, lines, first, page.last)] };
      if (reading !== null && reading.join !== null) {
        // The page's footnotes between the halves go after the joined paragraph (punct/breaks.ts joinEdits).
        const notes = brk!.noteLines.length > 0 ? "，脚注移至该段之后" : "";
        const join = { description: `${own.description}并合并被断开的段落${notes}`, edits: joinEdits(plan, brk!, reading.join) };
        report({
          start: at.indentEnd,
          end: at.contentEnd,
          message: `${page.said}，句子在“${reading.tail}”与“${reading.head}”之间被它断开（${reading.why}），应删除${page.number ? "页码" : "页眉"}并合并为同一段落`,
          ...(reading.certain ? { fix: join } : { fix: own, suggestions: [join] }),
        });
        continue;
      }
      report({ start: at.indentEnd, end: at.contentEnd, message: `${page.said}，不属于方案内容`, fix: own });
    }
  },
};

/** The furniture of one page break: its number, the running heads and feet by it, what they are. */
interface PageFurniture {
  number: LineNode | null;
  /** The index of the number's line (-1 without one). */
  numberIndex: number;
  heads: LineNode[];
  /** The index of its last line. */
  last: number;
  /** “— 1 —”是复制时带入的页码（连同页眉“××”）. */
  said: string;
}

/**
 * The page break whose furniture starts at `first`: its lines up to the next text, blank lines
 * between, with one page number at most (two numbers are two pages). One finding and one fix
 * for all of them: they are one defect, the page's edge.
 */
function pageAt(plan: PlanDocument, lines: readonly LineNode[], first: number, isOwnPageLine: (line: LineNode) => boolean): PageFurniture {
  const text = plan.text;
  const contentOf = (line: LineNode) => lineContent(text, line);
  let number: LineNode | null = null;
  let numberIndex = -1;
  const heads: LineNode[] = [];
  const after: boolean[] = [];
  let last = first;
  for (let j = first; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === "blank") continue;
    if (!isOwnPageLine(line)) break;
    // A gazette's issue (2024年第3期) is a line of the page's head, beside its name: no second number.
    const content = contentOf(line);
    if (isPageNumber(content) && !isIssueLine(content)) {
      if (number !== null) break;
      number = line;
      numberIndex = j;
    } else {
      heads.push(line);
      after.push(number !== null);
    }
    last = j;
  }
  // Before the number a page's foot, after it the next page's head.
  const named = heads.map((head, k) => `${after[k] || number === null ? "页眉" : "页脚"}“${contentOf(head)}”`).join("、");
  const said =
    number !== null
      ? `“${contentOf(number)}”是复制时带入的页码${heads.length > 0 ? `（连同${named}）` : ""}`
      : `${heads.map((head) => `“${contentOf(head)}”`).join("、")}是复制时带入的页眉`;
  return { number, numberIndex, heads, last, said };
}

/** A page line's text: a drafter's `// …` after it is no part of what the page printed. */
function lineContent(text: string, line: LineNode): string {
  return text.slice(line.indentEnd, textEndOf(line, text)).trim();
}

/**
 * The page lines whose fix may delete them: the furniture the page furniture readers know by
 * their form (a page's number, a gazette's issue, a browser's print head or foot), a
 * line that looks like a running head (model/runningHeadLooks.ts), or one whose text stands at
 * two page edges or more. Read only where a page has a head.
 */
function headsSure(plan: PlanDocument, lines: readonly LineNode[], isOwnPageLine: (line: LineNode) => boolean): Set<LineNode> {
  const text = plan.text;
  const heads: LineNode[] = [];
  const seen = new Map<string, number>();
  for (const line of lines) {
    if (!isOwnPageLine(line)) continue;
    const content = lineContent(text, line);
    heads.push(line);
    seen.set(content, (seen.get(content) ?? 0) + 1);
  }
  const sure = new Set<LineNode>();
  for (const head of heads) {
    const content = lineContent(text, head);
    const sureByForm = isPageNumber(content) || isPrintHead(content) || isPrintFootAddress(content) || looksLikeRunningHead(content);
    if (sureByForm || (seen.get(content) ?? 0) >= 2) sure.add(head);
  }
  return sure;
}

/** Lines another structure rule already reports as debris (web page, a repeated paste, a review balloon): one defect, one finding. */
function debrisLines(plan: PlanDocument): Set<LineNode> {
  return addLinesSetApart(plan, new Set<LineNode>([...(plan.trailer?.lines ?? []), ...(plan.leadingDebris?.lines ?? [])]));
}

/** The break whose gap holds the page line, or null (breaks are in document order). */
function breakAround(breaks: readonly ParagraphBreak[], line: LineNode): ParagraphBreak | null {
  const brk = breaks[partitionPoint(breaks.length, (i) => breaks[i]!.continuation.start <= line.start)];
  return brk !== undefined && brk.line.start < line.start ? brk : null;
}

/**
 * Deleting the page's lines `first`…`last`: with the blank lines after them, up to the next
 * line, so the text around keeps the separation it had; at the end of the plan, from the end
 * of the last line before them, so no blank line is left behind.
 */
function deletion(plan: PlanDocument, lines: readonly LineNode[], first: number, last: number): TextEdit {
  const line = lines[first]!;
  let next = last + 1;
  while (next < lines.length && lines[next]!.kind === "blank") next++;
  if (next < lines.length) return { start: line.start, end: lines[next]!.start, newText: "" };
  let previous = first - 1;
  while (previous >= 0 && lines[previous]!.kind === "blank") previous--;
  return previous >= 0 ? { start: lines[previous]!.contentEnd, end: lines[last]!.contentEnd, newText: "" } : { start: line.start, end: plan.text.length, newText: "" };
}
