import { SaxesParser } from "saxes";
import { WordNumbering } from "./numbering.js";
import { type ZipLimits, ZipReader, ZipRefusal } from "./zip.js";

/**
 * A Word document read as plan text: one line per paragraph (a line break inside a paragraph
 * starts a new line of the same paragraph), one line per table row with a tab between its cells
 * (as Word pastes a table as text, and as model/tables.ts reads a 任务分工表), Word's automatic
 * list numbering written out as the marker a reader sees (`一、`, `（一）`, `1.`), and for each
 * line the 1-based number of the paragraph it came from (a row's: its first paragraph's), so
 * findings can say “第 N 段”.
 */
export type DocxPlanText = { ok: true; text: string; paragraphMap: number[] } | { ok: false; error: string };

/** Larger than any real plan's XML by far (a 300-page document is a few MB). */
export const DOCX_LIMITS: ZipLimits = { maxEntryBytes: 64 * 1024 * 1024, maxRatio: 200 };

/**
 * `.docx` bytes → plan text. Never throws: a file that is not a Word document, is encrypted,
 * truncated, a zip bomb or has an oversized part gives `{ ok: false, error }` in Chinese.
 * Pure (no file system): the CLI, the editor and the export round-trip test call it alike.
 */
export function readDocxAsPlanText(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): DocxPlanText {
  try {
    return { ok: true, ...read(bytes, limits) };
  } catch (error) {
    if (error instanceof ZipRefusal) return { ok: false, error: error.message };
    return { ok: false, error: `无法读取 Word 文档：${error instanceof Error ? error.message : String(error)}` };
  }
}

function read(bytes: Uint8Array, limits: ZipLimits): { text: string; paragraphMap: number[] } {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // Office encrypts a .docx by wrapping it in an OLE compound file with an EncryptedPackage stream.
    if (containsUtf16(bytes, "EncryptedPackage")) throw new ZipRefusal("已加密（设有打开密码），请先在 Word 中取消密码后另存");
    throw new ZipRefusal("实为 Word 97-2003 格式（.doc），请在 Word 中“另存为” .docx");
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new ZipRefusal("不是有效的 .docx 文件（不是 zip 格式）");
  const zip = new ZipReader(bytes, limits);
  const document = zip.read("word/document.xml");
  if (!document) throw new ZipRefusal("不是 Word 文档（缺少 word/document.xml）");
  const utf8 = (data: Uint8Array | undefined) => (data ? new TextDecoder("utf-8").decode(data) : undefined);
  const numbering = new WordNumbering(utf8(zip.read("word/numbering.xml")));
  const styles = readStyleNumbering(utf8(zip.read("word/styles.xml")));
  return paragraphs(utf8(document)!, numbering, styles);
}

interface ParagraphState {
  text: string;
  numId?: string;
  ilvl?: number;
  style?: string;
}

/** A paragraph's text, one entry per line, with the paragraph's number. */
interface ReadLine {
  text: string;
  paragraph: number;
}

interface CellState {
  lines: ReadLine[];
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** w:vMerge: "restart" starts a vertically merged cell, "continue" goes on with the one above. */
  vMerge?: string;
}

interface RowState {
  cells: string[];
  /** Each cell's own lines, for a row of one cell (a frame drawn round text, not a table of columns). */
  cellLines: ReadLine[][];
  /** The number of the row's first paragraph. */
  paragraph: number;
  /** Grid columns skipped at the row's end (w:gridAfter). */
  gridAfter: number;
}

interface TableState {
  lines: ReadLine[];
  row?: RowState;
  cell?: CellState;
  /** The text of each grid column's vertically merged cell still open, by grid column. */
  merged: Map<number, string>;
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
function cellText(lines: readonly ReadLine[]): string {
  let text = "";
  let last = "";
  let lastParagraph = -1;
  let broken = false;
  for (const { text: line, paragraph } of lines) {
    const part = line.replace(/\t/g, " ").trim();
    if (part === "") continue;
    const goesOn = text === "" || /\p{P}$/u.test(text) || /^[\p{Pe}\p{Pf}、，。；：！？]/u.test(part) || [...last].length <= 2 || [...part].length <= 2;
    const lineBreak = !goesOn && paragraph === lastParagraph;
    if (lineBreak) broken = true;
    text += goesOn ? part : lineBreak ? `\n${part}` : `、${part}`;
    last = part;
    lastParagraph = paragraph;
  }
  // A quote of the cell's own is doubled inside the copy's, as Excel writes it.
  return broken ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The paragraphs of `word/document.xml`, in order, as lines; each table row as one line of cells. */
function paragraphs(xml: string, numbering: WordNumbering, styles: Map<string, StyleNumbering>): { text: string; paragraphMap: number[] } {
  const lines: ReadLine[] = [];
  const stack: ParagraphState[] = [];
  // Tables in document order, a table nested in a cell above the table it is in.
  const tables: TableState[] = [];
  let count = 0;
  let inText = false;
  // Text boxes appear twice (mc:Choice and its mc:Fallback): read the choice only.
  let fallbackDepth = 0;
  let inNumPr = false;
  // Tabs, breaks and text count inside runs only (w:pPr also has w:tabs/w:tab stop definitions).
  let runDepth = 0;
  /** Where a finished paragraph's lines go: the open cell of the innermost table, else the document. */
  const output = (): ReadLine[] => tables[tables.length - 1]?.cell?.lines ?? lines;
  const parser = new SaxesParser();
  parser.on("error", (error) => {
    throw new ZipRefusal(`word/document.xml 不是有效的 XML（${error.message.split("\n")[0]}）`);
  });
  parser.on("opentag", (tag) => {
    if (tag.name === "mc:Fallback") fallbackDepth++;
    if (fallbackDepth > 0) return;
    const current = stack[stack.length - 1];
    const table = tables[tables.length - 1];
    const value = tag.attributes["w:val"] as string | undefined;
    switch (tag.name) {
      case "w:p":
        stack.push({ text: "" });
        break;
      case "w:r":
        runDepth++;
        break;
      case "w:pStyle":
        if (current) current.style = value;
        break;
      case "w:numPr":
        inNumPr = true;
        break;
      case "w:ilvl":
        if (current && inNumPr) current.ilvl = Number(value ?? 0);
        break;
      case "w:numId":
        if (current && inNumPr) current.numId = value;
        break;
      case "w:t":
        inText = true;
        break;
      case "w:tab":
        if (current && runDepth > 0) current.text += "\t";
        break;
      case "w:br":
        // A page or column break is layout, not a line of text.
        if (current && runDepth > 0 && (tag.attributes["w:type"] ?? "textWrapping") === "textWrapping") current.text += "\n";
        break;
      case "w:cr":
        if (current && runDepth > 0) current.text += "\n";
        break;
      case "w:noBreakHyphen":
        if (current && runDepth > 0) current.text += "-";
        break;
      case "w:tbl":
        tables.push({ lines: [], merged: new Map() });
        break;
      case "w:tr":
        if (table) table.row = { cells: [], cellLines: [], paragraph: count + 1, gridAfter: 0 };
        break;
      case "w:gridBefore":
        // Grid columns the row leaves out before its first cell: empty cells, so the others stay under their headers.
        if (table?.row && !table.cell) for (let i = Number(value ?? 0); i > 0; i--) table.row.cells.push("");
        break;
      case "w:gridAfter":
        if (table?.row && !table.cell) table.row.gridAfter = Number(value ?? 0);
        break;
      case "w:tc":
        if (table?.row) table.cell = { lines: [], span: 1 };
        break;
      case "w:gridSpan":
        if (table?.cell && !current) table.cell.span = Math.max(1, Number(value ?? 1));
        break;
      case "w:vMerge":
        if (table?.cell && !current) table.cell.vMerge = value ?? "continue";
        break;
    }
  });
  parser.on("text", (text) => {
    if (inText && fallbackDepth === 0 && stack.length > 0) stack[stack.length - 1]!.text += text;
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "mc:Fallback") {
      fallbackDepth--;
      return;
    }
    if (fallbackDepth > 0) return;
    const table = tables[tables.length - 1];
    if (tag.name === "w:t") inText = false;
    else if (tag.name === "w:r") runDepth--;
    else if (tag.name === "w:numPr") inNumPr = false;
    else if (tag.name === "w:p") {
      const paragraph = stack.pop()!;
      count++;
      const fromStyle = paragraph.style ? styles.get(paragraph.style) : undefined;
      const numId = paragraph.numId ?? fromStyle?.numId;
      const marker = numId && numId !== "0" ? numbering.next(numId, paragraph.ilvl ?? fromStyle?.ilvl ?? 0) : "";
      const into = output();
      for (const line of (marker + paragraph.text).split("\n")) into.push({ text: line, paragraph: count });
    } else if (tag.name === "w:tc" && table?.row && table.cell) {
      const { row, cell } = table;
      const column = row.cells.length;
      let text = cellText(cell.lines);
      // A vertically merged cell holds its text in its first row only; it is the cell of each
      // row it spans (a 牵头单位 leading several tasks leads each of them), so every row says it.
      if (cell.vMerge === "restart") table.merged.set(column, text);
      else if (cell.vMerge !== undefined) text = table.merged.get(column) ?? text;
      else table.merged.delete(column);
      row.cells.push(text);
      row.cellLines.push(cell.lines);
      // A cell merged across columns is its first column's; the others are empty, so the cells after it stay under their headers.
      for (let i = 1; i < cell.span; i++) row.cells.push("");
      table.cell = undefined;
    } else if (tag.name === "w:tr" && table?.row) {
      const { row } = table;
      for (let i = 0; i < row.gridAfter; i++) row.cells.push("");
      if (row.cells.length === 1) {
        // A table of one column frames text (a 专栏 drawn as a table): its paragraphs stay lines.
        table.lines.push(...row.cellLines[0]!);
      } else {
        // A row of empty cells is a blank line, which a table pasted as text may have between rows.
        // A cell's line break (cellText) makes the row's lines, each one of the text's lines.
        const text = row.cells.some((cell) => cell !== "") ? row.cells.join("\t") : "";
        for (const line of text.split("\n")) table.lines.push({ text: line, paragraph: row.paragraph });
      }
      table.row = undefined;
    } else if (tag.name === "w:tbl" && table) {
      tables.pop();
      // A table nested in a cell is part of that cell: its rows are the cell's paragraphs, their cells apart by spaces.
      const into = output();
      for (const line of table.lines) into.push(into === lines ? line : { ...line, text: line.text.replace(/\t+/g, " ") });
    }
  });
  parser.write(xml).close();
  return { text: lines.map((line) => line.text).join("\n") + (lines.length > 0 ? "\n" : ""), paragraphMap: lines.map((line) => line.paragraph) };
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
}

/** Paragraph styles that carry list numbering (Word's heading styles often do), with `basedOn` resolved. */
function readStyleNumbering(xml: string | undefined): Map<string, StyleNumbering> {
  const raw = new Map<string, StyleNumbering & { basedOn?: string }>();
  if (xml) {
    const parser = new SaxesParser();
    let style: (StyleNumbering & { basedOn?: string }) | undefined;
    parser.on("opentag", (tag) => {
      const value = tag.attributes["w:val"] as string | undefined;
      if (tag.name === "w:style") raw.set((tag.attributes["w:styleId"] as string | undefined) ?? "", (style = {}));
      else if (!style) return;
      else if (tag.name === "w:basedOn") style.basedOn = value;
      else if (tag.name === "w:numId") style.numId = value;
      else if (tag.name === "w:ilvl") style.ilvl = Number(value ?? 0);
    });
    parser.on("closetag", (tag) => {
      if (tag.name === "w:style") style = undefined;
    });
    parser.write(xml).close();
  }
  const resolved = new Map<string, StyleNumbering>();
  for (const id of raw.keys()) {
    let numId: string | undefined;
    let ilvl: number | undefined;
    // basedOn chains are short; the depth bound guards against a cycle in a hostile file.
    for (let current = raw.get(id), depth = 0; current && depth < 20; current = current.basedOn ? raw.get(current.basedOn) : undefined, depth++) {
      numId ??= current.numId;
      ilvl ??= current.ilvl;
    }
    if (numId) resolved.set(id, { numId, ilvl });
  }
  return resolved;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}
