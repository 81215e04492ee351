/**
 * Which columns of an exported table are centred. An office sets the cells of a column centred
 * where they are figures or labels too short to read as text — 序号 (1, 2 … 10), 完成时限
 * (2025年12月底前, 长期坚持, 持续推进), a target's 2025年目标 (≥95%), its 属性 (预期性, 约束性),
 * a tick (✓) — and leaves a column of text flush left, where a ragged left edge would make its
 * wrapped lines hard to read (重点任务, 配合单位). Decided by what the cells hold, whatever the
 * header calls the column: a column is centred when every cell of its body that holds anything
 * is one short line and either figure-like (FIGURE_LIKE) or no longer than a label
 * (SHORT_LABEL characters). The header row is centred anyway (docx.ts).
 */
export function centredColumns(rows: readonly (readonly string[])[]): boolean[] {
  const count = rows[0]?.length ?? 0;
  return Array.from({ length: count }, (_, column) => {
    const cells = rows.slice(1).map((row) => (row[column] ?? "").trim()).filter((cell) => cell !== "");
    return cells.length > 0 && cells.every(isCentredCell);
  });
}

/** The most characters a figure-like cell holds: a date with its 底前, a range of years, a percentage with its sign. */
const FIGURE_CELL = 12;
/** The most characters of a label centred whatever it holds (是, 否, 预期性): longer is text. */
const SHORT_LABEL = 3;

/**
 * A cell of figures, dates and the words a 完成时限 or a target is written in: digits (any
 * script's, Chinese numerals too), signs and units of measure, 年 月 日 季度 and the words around
 * them (底前, 上半年, 每年, 长期坚持, 持续推进, 常态化). Characters, not words: a short cell made only
 * of them reads as a figure or a time, whichever way they are combined.
 */
const FIGURE_LIKE =
  /^[\p{N}零〇一二三四五六七八九十百千万亿两.．,，、·%％‰~～—–\-/／:：()（）<>＜＞≤≥≦≧＋+×✓√★☆○●年月日号季度周旬底前后末初中上下半全期内间以起至止第个次项家件所元亿万吨亩千米公里平方立方吨度长持续坚推进常态化每逐年按要求\s\u3000]+$/u;

function isCentredCell(cell: string): boolean {
  if (cell.includes("\n")) return false;
  const length = [...cell].length;
  if (length <= SHORT_LABEL) return true;
  return length <= FIGURE_CELL && FIGURE_LIKE.test(cell);
}
