/**
 * The label of a page's metadata row that holds the title (标    题：…, 名称：…, 文件名称：…, 【标题】：…).
 * Where no title of the document's own is written under such a row, the row is the title
 * (titleRow.ts), and its label is the page table's, no word of it: the title is the value.
 */
const TITLE_LABEL = /^【?(?:标\s*题|名\s*称|文件名称|文件标题)】?[\s\u3000]*[:：][\s\u3000]*/u;

/** Whether a line's content is a page's metadata row that holds the title. */
export function isTitleRow(content: string): boolean {
  return TITLE_LABEL.test(content);
}

/** How many code units of `content` are the label and the spaces after it; 0 where it opens on none. */
export function titleLabelLength(content: string): number {
  return TITLE_LABEL.exec(content)?.[0].length ?? 0;
}
