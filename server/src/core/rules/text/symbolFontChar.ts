import { TextLineFinder } from "../../model/setApart.js";
import { spanFix } from "../../fixes/fix.js";
import { codePointLabel } from "../../text/invisible.js";
import { wordBulletAt } from "../../text/wordBullets.js";
import type { Rule } from "../types.js";

/**
 * A character of a Word symbol font that the .docx reader could not turn into Unicode
 * (node/docx/symbols.ts): a check box or a bullet of Wingdings 2, Wingdings 3 or Webdings, whose
 * glyphs no table the reader holds maps. The reader keeps it as Word stores it, the font's byte in
 * U+F021–U+F0FF, so that a check-box list keeps a mark where each box was and the drafter sees
 * it; which symbol it drew only the document shows, so there is no fix. A bulleted list copied
 * out of Word or WPS brings its bullets so too (the copy loses the symbol font): at a bullet's
 * place, a line's start, the byte is one of Word's bullet library (text/wordBullets.ts), and the
 * fix writes the bullet it draws.
 */
export const symbolFontChar: Rule = {
  meta: {
    id: "text/symbol-font-char",
    family: "text",
    severity: "warning",
    description: "无法识别的符号字体字符（Word 文档中 Wingdings 2、Webdings 等字体的勾选框、项目符号）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "Word 文档中的勾选框、项目符号常用 Wingdings 2、Wingdings 3、Webdings 等符号字体输入：文档中存的只是字体内部的编码，离开这种字体就不是任何字符。读取 .docx 时，能按对照表确定所画符号的（Symbol 字体、Wingdings 中常用的●■◆✔☑等），换成对应的 Unicode 字符；确定不了的，保留 Word 存储的编码（U+F021 至 U+F0FF 的私用区字符），由本规则报告，以免勾选框、项目符号悄悄丢失。请对照原文档，改为所画的符号（如“☑”“☐”“●”），或删除。从 Word、WPS 复制带项目符号的列表时，项目符号的字体同样丢失，行首留下这样的编码（多数字体显示为方框或空白）：行首、其后是空格或制表符的，是 Word 项目符号库中的符号（U+F0B7 为“•”，U+F0A7 为“▪”，U+F0D8 为“➢”，U+F06C 为“●”，U+F06E 为“■”，U+F076 为“❖”，U+F0FC 为“✔”等），修复改为该符号。",
      incorrect: "一、总体要求\n（一）主要目标\n\uF052产品质量合格率达到95%以上。\n",
      correct: "一、总体要求\n（一）主要目标\n☑产品质量合格率达到95%以上。\n",
    },
  },
  check({ plan, report }) {
    const { text } = plan;
    let lines: TextLineFinder | null = null;
    SYMBOL_FONT_RUN.lastIndex = 0;
    for (let match = SYMBOL_FONT_RUN.exec(text); match !== null; match = SYMBOL_FONT_RUN.exec(text)) {
      const start = match.index;
      if ((lines ??= new TextLineFinder(plan)).lineAt(start) === null) continue;
      const labels = Array.from(match[0], (char) => codePointLabel(char.charCodeAt(0))).join("");
      const bullet = match[0].length === 1 ? wordBulletAt(text, start) : null;
      if (bullet !== null) {
        report({
          start,
          end: start + 1,
          message: `项目符号${labels}是从 Word 或 WPS 复制列表时丢失字体留下的符号字体编码，多数字体显示为方框或空白，应为“${bullet}”`,
          fix: spanFix(`改为“${bullet}”`, start, start + 1, bullet),
        });
        continue;
      }
      report({ start, end: start + match[0].length, message: `无法识别的符号字体字符${labels}：从 Word 文档的符号字体（Wingdings 2、Webdings 等）读出，没有对应的 Unicode 字符，请对照原文档改为所画的符号（如“☑”“☐”）或删除` });
    }
  },
};

/** A run of a symbol font's bytes as Word stores them (U+F0xx past the control and space codes). */
const SYMBOL_FONT_RUN = /[\uF021-\uF0FF]+/gu;
