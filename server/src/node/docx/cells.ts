/** A paragraph's text, one entry per line, with the number of the paragraph it came from. */
export interface ReadLine {
  text: string;
  paragraph: number;
}

/**
 * A cell's paragraphs as one cell of a row. A paragraph that ends in a punctuation mark goes on
 * with the next as the sentence would, and so does a piece of one or two characters (a header
 * a narrow column broke by hand: 牵头 / 单位); others are the entries of a list set one per
 * line (the units of a 配合单位 cell, as Word tables have them), which a line of text writes with 、.
 * A line break inside one paragraph (w:br, Shift+Enter) is the cell's own line break, as a cell
 * pasted from Excel keeps it and the export sets one (export/docx.ts): such a cell is written as
 * Excel copies it, in double quotes with its line break and each quote of its own doubled
 * (model/quotedCells.ts reads the row as one), so that what the text said reads back as it was.
 */
export function cellText(lines: readonly ReadLine[]): string {
  let text = "";
  let last = "";
  let lastParagraph = -1;
  let broken = false;
  for (const { text: line, paragraph } of lines) {
    const part = line.replace(/\t/g, " ").trim();
    if (part === "") continue;
    // The text ends with the last part: reading the text itself would flatten the string built
    // so far at every part, quadratic in a cell of many paragraphs (a plan laid out in one cell).
    // A break the writer set inside a paragraph stays one after a mark too (`…94%以上，` / `食品抽检…`,
    // a wrapped cell as the export writes it); between paragraphs a mark says the sentence goes on.
    const sameParagraph = paragraph === lastParagraph;
    const goesOn = text === "" || (!sameParagraph && /\p{P}$/u.test(last.slice(-2))) || /^[\p{Pe}\p{Pf}、，。；：！？]/u.test(part) || [...last].length <= 2 || [...part].length <= 2;
    const lineBreak = !goesOn && sameParagraph;
    if (lineBreak) broken = true;
    text += goesOn ? part : lineBreak ? `\n${part}` : `、${part}`;
    last = part;
    lastParagraph = paragraph;
  }
  // A quote of the cell's own is doubled inside the copy's, as Excel writes it.
  return broken ? `"${text.replace(/"/g, '""')}"` : text;
}
