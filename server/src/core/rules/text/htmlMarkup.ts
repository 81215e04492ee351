import { TextLineFinder } from "../../model/setApart.js";
import { clipped } from "../../text/clipped.js";
import { HTML_MARKUP, htmlReplacement, MAY_HAVE_COMMENT as COMMENT_OPEN, MAY_HAVE_HTML } from "../../text/htmlMarkup.js";
import type { Rule, TextEdit } from "../types.js";
import { deferredFix } from "../../fixes/fix.js";
import { isPasteHabit } from "../pasteHabit.js";
import { isBreakTag, NameGaps } from "../../model/nameGaps.js";

/**
 * A web page's tags and character entities written out in the text (`&nbsp;`, `&ldquo;质量月&rdquo;`,
 * `<br>`, `<span style="font-family:仿宋">…</span>`): a copy from a content system's source view,
 * an export or a feed. Reported once per line (once for the whole text where five lines or more have it: a page's copy), with a fix that writes each entity as the
 * character it stands for (a space as nothing: Chinese text has none) and deletes each tag,
 * keeping the words a tag pair encloses; a break tag between two names of a unit cell is written
 * as 、, which keeps them two names. Only a page's own tags and entities are read:
 * `<质量强国建设纲要>` is a title in half-width marks (xref/title-marks' and punct's), and an
 * ampersand in a company's name (`A&B公司`) is a word. A page's comment (`<!--StartFragment-->`) is
 * its markup too, deleted to its `-->`: the words inside it are nobody's text.
 */
export const htmlMarkup: Rule = {
  meta: {
    id: "text/html-markup",
    family: "text",
    severity: "warning",
    description: "从网页源代码带入的 HTML 标签或字符实体（如“&nbsp;”“<br>”“&ldquo;”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "从网站后台（内容管理系统的源代码视图）、导出文件或订阅源复制方案时，网页的标签和字符实体会原样进入正文：“&nbsp;”（空格）、“&ldquo;”“&rdquo;”（引号）、“&mdash;”（破折号）、“&#8220;”，以及“<p>”“<br>”“<span style=\"…\">”等。它们不是方案的文字，还会让标点检查把实体末尾的“;”、属性中的引号当作半角标点。",
        "本规则每行报告一次；全文有 5 行以上留有网页代码时，这是整篇从源代码视图复制的结果，只在第一处报告一次，说明共有几行几处，修复一次清理全文。修复把字符实体改为它所代表的字符（空格类实体直接删除：中文正文不用空格），删除标签而保留成对标签之间的文字；分工表单元格中两个单位名称之间的换行标签（“市发展改革委<br>市工业和信息化局”）改为顿号“、”，不让两个单位名称连成一个。网页的注释（“<!--StartFragment-->”“<!-- 正文开始 -->”，剪贴板和内容管理系统留下的标记）同样是网页代码：随所在行一并报告，修复只删除注释本身，注释内的文字和标点不作为正文检查；注释把词语断开时（“品<!--x-->牌”）删除后词语复原，把标签断开时（“<br<!-- x -->>”）连同标签一并删除，把字符实体断开时（“&ld<!--x-->quo;”）整体改为实体所代表的字符，实体末尾的“;”不作为半角标点报告。只认网页常用的标签名、完整的注释和字符实体：“<质量强国建设纲要>”是用了半角符号的书名号，“A&B公司”中的“&”是名称的一部分，都不报告。行首的空格类实体（“&nbsp;&nbsp;一、总体要求”“&#12288;&#12288;为贯彻落实……”，网页段落的首行缩进）在修复之前即按行首缩进读取：其后的编号、标题和段落照常识别，大纲和编号检查不受影响。",
      ].join("\n\n"),
      incorrect: "一、主要任务\n1.开展品牌建设。培育&ldquo;赣南脐橙&rdquo;品牌&nbsp;&nbsp;提升价值。<br>〔责任单位：市农业农村局〕\n",
      correct: "一、主要任务\n1.开展品牌建设。培育“赣南脐橙”品牌，提升价值。〔责任单位：市农业农村局〕\n",
    },
  },
  check({ plan, report }) {
    const text = plan.text;
    // Most plans have none: one search for what every match contains says so.
    if (!MAY_HAVE_HTML.test(text)) return;
    const lines = new TextLineFinder(plan);
    let gaps: NameGaps | undefined;
    const groups: LineMarkup[] = [];
    let current: LineMarkup | null = null;
    HTML_MARKUP.lastIndex = 0;
    for (let hit = HTML_MARKUP.exec(text); hit !== null; hit = HTML_MARKUP.exec(text)) {
      const line = lines.lineAt(hit.index);
      if (line === null) continue;
      const start = hit.index;
      const end = start + hit[0].length;
      if (current === null || current.line !== line) groups.push((current = { line, start, end, edits: [], written: [] }));
      current.end = end;
      // A break tag between two names of a unit cell parts them (model/cellBreaks.ts): deleted, it
      // would run the names together (市发展改革委市工业和信息化局); 、 keeps them two.
      const apart = isBreakTag(hit) && (gaps ??= NameGaps.of(plan)).holds(text, start, end);
      current.edits.push({ start, end, newText: apart ? "、" : htmlReplacement(hit) });
      current.written.push(hit[0]);
    }
    if (groups.length === 0) return;
    // Markup has no right form to count: the lines that have it are all there is.
    if (isPasteHabit(groups.length, 0, PAGE_HABIT_LINES)) {
      // A page copied from its source view has markup on line after line: one finding at the first
      // stands for all of them (as text/full-width-alnum's), its fix cleaning every line.
      const written = groups.flatMap((group) => group.written);
      report({
        start: groups[0]!.start,
        end: groups[0]!.end,
        message: `全文有 ${groups.length} 行留有网页代码（共 ${written.length} 处，如“${[...new Set(written)].slice(0, 4).map((each) => clipped(each, 16)).join("”“")}”，从网页源代码复制带入），不属于方案文字`,
        fix: deferredFix(`删除全文 ${groups.length} 行中的${deletedOf(written)}${groups.some(partsNames) ? "（单位名称之间的换行标签改为顿号“、”）" : ""}，字符实体改为所代表的字符`, () => groups.flatMap((group) => group.edits)),
      });
      return;
    }
    for (const { start, end, edits, written } of groups) {
      const description = `删除${deletedOf(written)}${partsNames({ edits }) ? "（单位名称之间的换行标签改为顿号“、”）" : ""}，字符实体改为所代表的字符`;
      report({ start, end, message: `正文中留有网页代码“${shownOf(written)}”（从网页源代码复制带入），不属于方案文字`, fix: { description, edits } });
    }
  },
};

/** The markup of one line: its first and last place, the edits that clean it, what was written. */
interface LineMarkup {
  line: object;
  start: number;
  end: number;
  edits: TextEdit[];
  written: string[];
}

/** From this many lines with markup on, the page's copy is the cause: one finding for all. */
const PAGE_HABIT_LINES = 5;

/** Whether a line's fix writes 、 for a break tag between two names. */
function partsNames(markup: Pick<LineMarkup, "edits">): boolean {
  return markup.edits.some((edit) => edit.newText === "、");
}

/** What a fix deletes, in the user's words: a page's comments (`<!--StartFragment-->`) named as such. */
function deletedOf(written: readonly string[]): string {
  const comments = written.filter((each) => each.startsWith(COMMENT_OPEN)).length;
  if (comments === 0) return "网页标签";
  return comments === written.length ? "网页注释" : "网页标签和注释";
}

/** The kinds of markup written, each once, clipped. */
function shownOf(written: readonly string[]): string {
  return [...new Set(written)].map((each) => clipped(each, 16)).join("、");
}
