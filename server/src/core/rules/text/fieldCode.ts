import { TextLineFinder } from "../../model/setApart.js";
import { lineDeletions } from "../structure/lineDeletions.js";
import { FIELD, MAY_HAVE_FIELD } from "../../text/fieldCodes.js";
import type { Rule, TextEdit } from "../types.js";

/**
 * Word's fields as text: what a copy brings from a document whose field codes were shown (Alt+F9)
 * or saved as plain text — `{ PAGE \* MERGEFORMAT }`, `{ HYPERLINK "http://…" }`, `{ TOC \o "1-3" }`,
 * and a table of contents' codes without their braces (`HYPERLINK \l "_Toc123"`, `PAGEREF _Toc123 \h`)
 * — and the error text a broken cross-reference leaves in place of what it referred to
 * (`错误！未定义书签。`, `错误！未找到引用源。`, `Error! Reference source not found.`). A code is no word of
 * the plan: the fix deletes it (its line, when it is all the line says). An error stands where
 * words were: reported without a fix, since only the author knows what it referred to.
 * A field is read only by its name among Word's (PAGE, REF, HYPERLINK …) in capitals: a brace
 * around Chinese text or a lower-case word is the plan's.
 */
export const fieldCode: Rule = {
  meta: {
    id: "text/field-code",
    family: "text",
    severity: "warning",
    description: "从 Word 复制带入的域代码（如“{ PAGE \\* MERGEFORMAT }”“HYPERLINK \\l \"_Toc…\"”）或域错误（如“错误！未定义书签。”）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "在 Word 中显示了域代码（Alt+F9）或把文档另存为纯文本后再复制，页码、超链接、目录、交叉引用等域会以代码形式进入方案，如“{ PAGE \\* MERGEFORMAT }”“{ HYPERLINK \"http://…\" }”“{ TOC \\o \"1-3\" \\h }”，目录中还常见不带大括号的“HYPERLINK \\l \"_Toc123\"”“PAGEREF _Toc123 \\h”。这些代码不是方案的文字，修复删除它们（整行只有域代码时删除该行）。",
        "",
        "交叉引用所指的书签被删除后，Word 会在原处显示“错误！未定义书签。”“错误！未找到引用源。”（英文版为“Error! Bookmark not defined.”等）。这里原本是所引用的内容，只有起草者知道应是什么，因此只报告，不自动修复。只认 Word 的域名（PAGE、REF、HYPERLINK 等，大写）：大括号里是中文或小写单词的，是方案自己的文字。",
      ].join("\n"),
      incorrect: "一、总体要求{ PAGE \\* MERGEFORMAT }\n{ TOC \\o \"1-3\" \\h \\z \\u }\n为贯彻落实{ HYPERLINK \"http://www.gov.cn/\" }《质量强国建设纲要》，详见第错误！未定义书签。部分。\n",
      correct: "一、总体要求\n为贯彻落实《质量强国建设纲要》，详见第三部分。\n",
    },
  },
  check({ plan, report }) {
    const text = plan.text;
    // Most plans have none of these: one search for what every match contains says so.
    if (!MAY_HAVE_FIELD.test(text)) return;
    const lines = new TextLineFinder(plan);
    FIELD.lastIndex = 0;
    for (let hit = FIELD.exec(text); hit !== null; hit = FIELD.exec(text)) {
      const line = lines.lineAt(hit.index);
      if (line === null) continue;
      const start = hit.index;
      const end = start + hit[0].length;
      const written = hit[0];
      if (hit[1] !== undefined) {
        report({ start, end, message: `正文中留有 Word 交叉引用的错误提示“${written}”（所引用的书签已被删除），应改为所引用的内容` });
        continue;
      }
      // A code that is all its line says goes with its line (not one with a comment after it:
      // the comment is the user's); otherwise the code and the spaces after it (a code stands
      // apart from the words by a space) go, but not those before a trailing comment, which
      // would then read as text.
      const after = spacesAfter(text, end, line.contentEnd);
      const edits: TextEdit[] =
        start === line.indentEnd && after === line.contentEnd ? lineDeletions(plan.lines, [line]) : [{ start, end: text.startsWith("//", after) ? end : after, newText: "" }];
      report({
        start,
        end,
        message: `正文中留有 Word 的域代码“${written}”（显示域代码时复制带入），不属于方案文字`,
        fix: { description: "删除域代码", edits },
      });
    }
  },
};

function spacesAfter(text: string, at: number, end: number): number {
  while (at < end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
  return at;
}
