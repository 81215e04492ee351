import { textEndOf } from "../../model/inline.js";
import { fileSuffixAt, furnitureKindOf, isFoldLine } from "../../model/pageFurniture.js";
import { downloadsUnderNote } from "../../model/buildPlan.js";
import { spanFix } from "../../fixes/fix.js";
import type { Rule, RuleContext } from "../types.js";
import { lineDeletions } from "./lineDeletions.js";

/** What the trailer holds, in the message and the fix: a web page's debris, a mail app's signature, an AI writing tool's reply. */
const WHAT = {
  web: { text: "网页残留文字", fix: "网页残留文字" },
  mail: { text: "邮件客户端添加的签名", fix: "邮件签名" },
  assistant: { text: "AI 写作工具的回复语", fix: "AI 回复语" },
} as const;

/**
 * Text after the plan's last item that a web page put there (标签:, 0人觉得有用, 相关推荐 …),
 * a mail app under a forwarded text (发自我的iPhone), or an AI writing tool under the plan it
 * drafted (如需我进一步细化……): the message names which, since the drafter looks for the one or
 * the other. The model has already set it apart as the trailer;
 * this rule reports it and offers to delete it, together with the blank lines that separate it
 * from the plan. A page's bar between the text and an attachment (打印本页 关闭窗口, 分享到：,
 * model/debrisBeforeAttachments.ts) is reported too, and its fix deletes those lines only; so is
 * what a copy of an article left of its images between the tasks (图片, 图片：…现场, 视频:
 * model/mediaLines.ts), and a mobile page's 展开全文 between two paragraphs.
 */
export const trailingText: Rule = {
  meta: {
    id: "structure/trailing-text",
    family: "structure",
    severity: "warning",
    description: "方案正文之后的网页残留文字（标签、相关推荐等）、邮件签名（发自我的iPhone等）或 AI 写作工具的回复语（如需我进一步细化……）",
    fixable: true,
    speed: "fast",
    docs: {
      rationale:
        "从政府网站复制方案时，页面末尾的“标签”“0人觉得有用”“相关推荐”等文字常被一并带入，正文与附件之间的“打印本页 关闭窗口”“扫一扫在手机打开当前页”“【字体：大 中 小】”“分享到：”等页面工具栏文字也常夹在其中（只删除这些文字，其后的附件保留）；从微信公众号文章等网页复制时，正文中的图片和视频在任务之间留下单独成行的“图片”“视频”或图片说明（“图片：推进会现场”），同样提示删除（以“图片”开头的完整句子属于正文，不提示）；从手机网页复制时，页面折叠正文的“展开全文”“展开阅读全文”单独成行夹在段落之间，同样提示删除；从转发的邮件中复制时，末尾常带有邮件客户端添加的签名（“发自我的iPhone”等）。这些文字不属于方案，解析器将其与正文分开保存（不丢失），本规则提示删除，并在提示中说明是网页残留还是邮件签名。用 AI 写作工具起草时，工具在方案之后的回复语（“以上方案可根据实际情况调整”“如需我进一步细化某一部分，请告诉我”“内容由AI生成”等，行首的表情符号不计）也一并复制进来，同样提示删除。网页把附件说明排成下载链接的（“附件：”单独一行，其下“1.重点任务分工表.docx”“2.主要指标.pdf（356KB）”），附件名称属于附件说明，予以保留，只提示并删除链接带入的文件扩展名和文件大小；“相关附件：”之下的下载列表仍是网页残留。只有出现在方案最后一个条目之后、并以典型网页残留行、邮件签名或 AI 回复语开头的文字才会被认定为残留。",
      incorrect: "一、总体要求\n（一）主要目标\n到2025年，质量整体水平稳步提高。\n\n标签: 建设\n0人觉得有用\n相关推荐\n",
      correct: "一、总体要求\n（一）主要目标\n到2025年，质量整体水平稳步提高。\n",
    },
  },
  check({ plan, report }) {
    // A page's bar between the text and an attachment (model/debrisBeforeAttachments.ts): its lines go, the attachment stays.
    for (const debris of plan.debrisBeforeAttachments) {
      const first = debris.lines[0]!;
      report({
        start: debris.start,
        end: debris.end,
        message: `方案正文与附件之间有网页残留文字（自“${plan.text.slice(first.indentEnd, first.contentEnd).trim()}”起），不属于方案内容`,
        fix: { description: "删除网页残留文字", edits: lineDeletions(plan.lines, debris.lines) },
      });
    }
    // An article's images and videos left between the tasks (model/mediaLines.ts): its lines go, the tasks stay.
    for (const media of plan.mediaLines) {
      const first = media.lines[0]!;
      const written = plan.text.slice(first.indentEnd, first.contentEnd).trim();
      // A mobile page's 展开全文 is no image's: named as what it is.
      const fold = media.lines.every((line) => isFoldLine(plan.text.slice(line.indentEnd, line.contentEnd)));
      report({
        start: media.start,
        end: media.lines[media.lines.length - 1]!.contentEnd,
        message: fold ? `方案正文中有手机网页折叠正文时留下的“${written}”，不属于方案内容` : `方案正文中有网页文章的图片或视频留下的文字（“${written}”），不属于方案内容`,
        fix: { description: fold ? "删除折叠正文留下的文字" : "删除图片或视频留下的文字", edits: lineDeletions(plan.lines, media.lines) },
      });
    }
    const trailer = plan.trailer;
    reportDownloadSuffixes(plan, report);
    if (!trailer) return;
    const firstLine = trailer.lines[0]!;
    const preview = plan.text.slice(firstLine.indentEnd, firstLine.contentEnd).trim();
    // Delete from the end of the plan's last content line, so no stray blank lines remain.
    let deleteFrom = firstLine.start;
    while (deleteFrom > 0 && /[\r\n \t\u3000]/.test(plan.text[deleteFrom - 1]!)) deleteFrom--;
    const lineEnd = plan.text.startsWith("\r\n", deleteFrom) ? "\r\n" : "\n";
    // Which the trailer holds: its furniture lines (the first is one) read again, the trailer being short and rare.
    const held = { web: false, mail: false, assistant: false };
    for (const line of trailer.lines) {
      if (line.kind !== "text") continue;
      const kind = furnitureKindOf(plan.text.slice(line.indentEnd, textEndOf(line, plan.text)));
      if (kind === "mailFooter") held.mail = true;
      else if (kind === "assistantReply") held.assistant = true;
      else if (kind !== null) held.web = true;
    }
    const what = (["web", "mail", "assistant"] as const).filter((key) => held[key]).map((key) => WHAT[key]);
    report({
      start: trailer.start,
      end: trailer.end,
      message: `方案正文之后有${what.map((part) => part.text).join("和")}（自“${preview}”起），不属于方案内容`,
      fix: {
        description: `删除尾部${what.map((part) => part.fix).join("和")}`,
        edits: [{ start: deleteFrom, end: plan.text.length, newText: deleteFrom === 0 ? "" : lineEnd }],
      },
    });
  },
};

/**
 * The extensions of the attachments a page listed as download links under the 附件说明's label
 * (附件： / 1.重点任务分工表.docx): the titles are the note's and stay, the extension (and the size
 * the page showed after it) goes. The lines are the few right above the trailer (or the end).
 */
function reportDownloadSuffixes(plan: RuleContext["plan"], report: RuleContext["report"]): void {
  const lines = plan.lines;
  let before = lines.length;
  if (plan.trailer) {
    const first = plan.trailer.lines[0]!;
    while (before > 0 && lines[before - 1] !== first) before--;
    before--;
  }
  for (const line of downloadsUnderNote(lines, before, plan.text)) {
    const end = textEndOf(line, plan.text);
    const content = plan.text.slice(line.indentEnd, end);
    const at = fileSuffixAt(content);
    if (at < 0) continue;
    const start = line.indentEnd + at;
    report({
      start,
      end,
      message: `附件说明中的“${plan.text.slice(start, end).trim()}”是网页下载链接带入的文件扩展名，不属于附件名称`,
      fix: spanFix("删除文件扩展名", start, end, ""),
    });
  }
}
