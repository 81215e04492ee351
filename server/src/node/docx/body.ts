import { SaxesParser, type SaxesTagPlain } from "saxes";
import { cellText, type ReadLine } from "./cells.js";
import { FieldStack } from "./fields.js";
import { jointIssuerMarkRow } from "./issuerMark.js";
import { WordPrefixes } from "./prefixes.js";
import type { WordNumbering } from "./numbering.js";
import type { StyleFacts } from "./styles.js";
import { isSymbolFont, symbolFontText, symbolText } from "./symbols.js";
import { isOn } from "./toggles.js";
import { ZipRefusal } from "./zip.js";

/**
 * `word/document.xml` read as the page shows it with revisions accepted (Word's 无标记 view),
 * hidden text hidden: the text a reader of the plan sees.
 *
 * - A paragraph is a line; a line break inside it (w:br, w:cr) starts a new line of the same
 *   paragraph, and so does a page or column break between two pieces of its text (the 附件 set on
 *   a page of its own after the plan's last sentence). Tabs stay tabs.
 * - Revisions: inserted and moved-to text is read, deleted and moved-from text is not (w:del,
 *   w:moveFrom, a deleted table row or cell), nor a revision's record of the old properties
 *   (w:pPrChange …: a list a reviewer removed numbers nothing). A paragraph whose mark was deleted
 *   runs on into the next, which keeps its own mark and numbering: the two are one paragraph on
 *   the page. So does one whose mark is hidden (w:vanish; Word's style separator, which sets a
 *   run-in heading and its text on one line, hides it so).
 * - Hidden text (w:vanish on a run, its character style or its paragraph style) is not read:
 *   Word neither shows nor prints it.
 * - Fields: the result Word shows is text (a REF's “（三）”, a TOC's entries), the instruction is
 *   not, nor a nested field's result inside it; an EQ field's drawing is (带圈字符 ⑪, fields.ts).
 *   A content control's content is text, its placeholder prompt (单击或点击此处输入文字) is not.
 * - A text box's paragraphs (w:txbxContent) are lines of their own after the paragraph it is
 *   anchored in, read once though WPS and Word write it twice (mc:Choice and its mc:Fallback).
 * - Ruby (拼音 over characters) is its base text; a symbol font's character (w:sym) the
 *   Unicode character it draws (symbols.ts); a footnote's or comment's reference mark nothing.
 * - A table row is one line of cells apart by tabs (cells.ts), a table of one column keeps its
 *   paragraphs as lines, a table nested in a cell is part of that cell.
 *
 * Each line carries the number of the paragraph it starts in, counted in document order as the
 * page shows paragraphs (one whose mark was deleted or hidden is one with the next; a text box's
 * come after its anchor's); a row's line the number of its first paragraph.
 *
 * Linear in the XML: strings are built by appending, a cell's text by its last character, and
 * what the reader writes is bounded (`budget`), so that a list marker repeated
 * over a hostile file's rows is refused instead of filling memory.
 */
export function readBody(xml: string, numbering: WordNumbering, styles: ReadonlyMap<string, StyleFacts>): { text: string; paragraphMap: number[] } {
  return new BodyReader(numbering, styles, 2 * xml.length + 1_000_000).read(xml);
}

/** Word's largest table has 63 columns: a larger span or skip is a hostile file's. */
const MAX_COLUMNS = 63;

/** A paragraph whose mark is deleted or hidden, waiting to run on into the next one. */
interface Pending {
  text: string;
  paragraph: number;
  /** Every paragraph so far had its mark deleted: the next one's marker goes first. */
  needsMarker: boolean;
  after: ReadLine[];
}

/** Where paragraphs' lines go: the document, a table cell, a text box. */
interface Container {
  kind: "body" | "cell" | "textBox";
  lines: ReadLine[];
  pending?: Pending;
  /** A text box's anchoring paragraph, whose lines its lines follow. */
  owner?: ParagraphState;
}

interface ParagraphState {
  text: string;
  number: number;
  numId?: string;
  ilvl?: number;
  style?: string;
  /** The paragraph mark is deleted (a tracked change) or hidden. */
  mark?: "deleted" | "hidden";
  /** w:vanish on the paragraph mark itself; undefined when its style decides. */
  markVanish?: boolean;
  /** A page or column break waits for the text after it. */
  pageBreak: boolean;
  /** Lines of the text boxes anchored in the paragraph. */
  after: ReadLine[];
}

interface RunState {
  /** w:vanish on the run itself; undefined when its styles decide. */
  vanish?: boolean;
  style?: string;
  /** The run's font draws symbols (Symbol, Wingdings): its characters are the font's glyphs. */
  symbolFont?: string;
}

interface CellState {
  container: Container;
  /** Grid columns the cell spans (w:gridSpan). */
  span: number;
  /** w:vMerge: "restart" starts a vertically merged cell, "continue" goes on with the one above. */
  vMerge?: string;
}

interface RowState {
  /** The cells as Word's copy gives them: a vertically merged cell's text on its first row only. */
  cells: string[];
  /** The cells as the page shows them, a merged cell's text on each row it spans. */
  shown: string[];
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
  /** A joint 发文机关标志's rows (issuerMark.ts): the line of its last name so far and the word that goes after it. */
  issuerMark?: { line: ReadLine; mark: string };
  /** Whether a row has been read: only the first may be a caption across the table. */
  rowRead?: true;
}

/** Elements whose content is not on the page as the plan's text. */
const SKIPPED = new Set([
  // The second form of content written twice; the first (mc:Choice) is read.
  "mc:Fallback",
  // Ruby's annotation (拼音): the base text is the text.
  "w:rt",
  // A revision's record of the properties before it.
  "w:pPrChange",
  "w:rPrChange",
  "w:sectPrChange",
  "w:tblPrChange",
  "w:trPrChange",
  "w:tcPrChange",
  "w:tblGridChange",
  "w:numberingChange",
]);

class BodyReader {
  private readonly body: Container = { kind: "body", lines: [] };
  private readonly containers: Container[] = [this.body];
  private readonly paragraphs: ParagraphState[] = [];
  private readonly runs: RunState[] = [];
  /** Tables in document order, a table nested in a cell above the table it is in. */
  private readonly tables: TableState[] = [];
  /** Open elements' names: what an element means depends on where it is (w:del in w:rPr or around runs). */
  private readonly names: string[] = [];
  /** While skipping, the depth the skipped element's close returns to. */
  private skipTo = -1;
  /** Per open mc:AlternateContent, whether one of its choices was read. */
  private readonly alternates: boolean[] = [];
  /** Per open w:sdt, whether it shows its placeholder; how many placeholders' contents are open. */
  private readonly contentControls: boolean[] = [];
  private placeholders = 0;
  private inText = false;
  private inInstruction = false;
  private readonly fields = new FieldStack();
  private count = 0;
  private written = 0;

  constructor(
    private readonly numbering: WordNumbering,
    private readonly styles: ReadonlyMap<string, StyleFacts>,
    private readonly budget: number,
  ) {}

  read(xml: string): { text: string; paragraphMap: number[] } {
    const parser = new SaxesParser();
    parser.on("error", (error) => {
      throw new ZipRefusal(`word/document.xml 不是有效的 XML（${error.message.split("\n")[0]}）`);
    });
    const prefixes = new WordPrefixes();
    parser.on("opentag", (tag) => this.open(prefixes.open(tag)));
    parser.on("text", (text) => {
      if (this.skipTo >= 0) return;
      if (this.inInstruction) return this.fields.instruction(text);
      if (!this.inText) return;
      const font = this.runs[this.runs.length - 1]?.symbolFont;
      this.append(font === undefined ? text : symbolFontText(font, text));
    });
    parser.on("closetag", (tag) => this.close(prefixes.name(tag)));
    parser.write(xml).close();
    this.flush(this.body);
    const lines = this.body.lines;
    return { text: lines.map((line) => line.text).join("\n") + (lines.length > 0 ? "\n" : ""), paragraphMap: lines.map((line) => line.paragraph) };
  }

  private skip(depth = this.names.length - 1): void {
    this.skipTo = depth;
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name;
    this.names.push(name);
    if (this.skipTo >= 0) return;
    if (SKIPPED.has(name)) return this.skip();
    const value = tag.attributes["w:val"] as string | undefined;
    const parent = this.names[this.names.length - 2];
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    const table = this.tables[this.tables.length - 1];
    switch (name) {
      case "mc:AlternateContent":
        this.alternates.push(false);
        break;
      case "mc:Choice":
        // One choice is read; a second is the same content again.
        if (this.alternates[this.alternates.length - 1]) return this.skip();
        this.alternates[this.alternates.length - 1] = true;
        break;
      case "w:del":
      case "w:moveFrom":
        if (parent === "w:rPr") {
          if (paragraph && this.names[this.names.length - 3] === "w:pPr") paragraph.mark = "deleted";
        } else if (parent === "w:trPr") {
          // A deleted row: nothing of it is on the page.
          if (table) table.row = undefined;
          this.skip(this.names.length - 3);
        } else this.skip();
        break;
      case "w:cellDel":
        if (table?.cell) this.containers.pop();
        if (table) table.cell = undefined;
        this.skip(this.names.length - 3);
        break;
      case "w:vanish":
        // A hidden paragraph mark (Word's style separator writes it, with w:specVanish) sets the
        // paragraph and the next on one line: a run-in heading and its text.
        if (parent !== "w:rPr") break;
        if (this.names[this.names.length - 3] === "w:pPr") {
          if (paragraph) paragraph.markVanish = isOn(value);
        } else if (this.runs.length > 0) this.runs[this.runs.length - 1]!.vanish = isOn(value);
        break;
      case "w:rStyle":
        if (this.runs.length > 0) this.runs[this.runs.length - 1]!.style = value;
        break;
      case "w:rFonts": {
        // The font of a run's Latin characters, which Word draws Insert → Symbol's glyphs in.
        const font = (tag.attributes["w:ascii"] ?? tag.attributes["w:hAnsi"]) as string | undefined;
        if (parent === "w:rPr" && this.names[this.names.length - 3] === "w:r" && isSymbolFont(font)) this.runs[this.runs.length - 1]!.symbolFont = font;
        break;
      }
      case "w:p": {
        // A paragraph that runs on from one whose mark is gone is the same paragraph on the page.
        const pending = this.container().pending;
        this.paragraphs.push({ text: "", number: pending ? pending.paragraph : ++this.count, pageBreak: false, after: [] });
        break;
      }
      case "w:r":
        this.runs.push({});
        break;
      case "w:pStyle":
        if (paragraph && parent === "w:pPr") paragraph.style = value;
        break;
      case "w:ilvl":
        if (paragraph && parent === "w:numPr") paragraph.ilvl = Number(value ?? 0);
        break;
      case "w:numId":
        if (paragraph && parent === "w:numPr") paragraph.numId = value;
        break;
      case "w:t":
        this.inText = true;
        break;
      case "w:instrText":
        this.inInstruction = true;
        break;
      case "w:fldChar": {
        const type = tag.attributes["w:fldCharType"] as string | undefined;
        if (type === "begin") this.fields.begin();
        else if (type === "separate") this.fields.separate();
        else if (type === "end") this.append(this.fields.end());
        break;
      }
      case "w:fldSimple":
        this.fields.beginSimple((tag.attributes["w:instr"] as string | undefined) ?? "");
        break;
      case "w:tab":
      case "w:ptab":
        // w:tab is also a tab stop's definition (w:pPr/w:tabs): only a run's is a character.
        if (parent === "w:r") this.append("\t");
        break;
      case "w:br": {
        if (parent !== "w:r") break;
        const type = (tag.attributes["w:type"] as string | undefined) ?? "textWrapping";
        if (type === "textWrapping") this.append("\n");
        // A page or column break is layout, but what stands on either side of it are two lines.
        else if (paragraph && this.visible()) paragraph.pageBreak = true;
        break;
      }
      case "w:cr":
        if (parent === "w:r") this.append("\n");
        break;
      case "w:noBreakHyphen":
        if (parent === "w:r") this.append("-");
        break;
      case "w:sym":
        if (parent === "w:r") this.append(symbolText(tag.attributes["w:font"] as string | undefined, tag.attributes["w:char"] as string | undefined));
        break;
      case "w:sdt":
        this.contentControls.push(false);
        break;
      case "w:showingPlcHdr":
        if (parent === "w:sdtPr" && this.contentControls.length > 0) this.contentControls[this.contentControls.length - 1] = isOn(value);
        break;
      case "w:sdtContent":
        if (this.contentControls[this.contentControls.length - 1]) this.placeholders++;
        break;
      case "w:txbxContent":
        this.containers.push({ kind: "textBox", lines: [], owner: paragraph });
        break;
      case "w:tbl":
        // A paragraph waiting to run on into the next ends before a table.
        this.flush(this.container());
        this.tables.push({ lines: [], merged: new Map() });
        break;
      case "w:tr":
        if (table) table.row = { cells: [], shown: [], cellLines: [], paragraph: this.count + 1, gridAfter: 0 };
        break;
      case "w:gridBefore":
        // Grid columns the row leaves out before its first cell: empty cells, so the others stay under their headers.
        if (table?.row && !table.cell) {
          for (let i = columns(value); i > 0; i--) {
            table.row.cells.push("");
            table.row.shown.push("");
          }
        }
        break;
      case "w:gridAfter":
        if (table?.row && !table.cell) table.row.gridAfter = columns(value);
        break;
      case "w:tc":
        if (table?.row) {
          const container: Container = { kind: "cell", lines: [] };
          this.containers.push(container);
          table.cell = { container, span: 1 };
        }
        break;
      case "w:gridSpan":
        if (table?.cell && !paragraph) table.cell.span = Math.max(1, columns(value));
        break;
      case "w:vMerge":
        if (table?.cell && !paragraph) table.cell.vMerge = value ?? "continue";
        break;
    }
  }

  private close(name: string): void {
    this.names.pop();
    if (this.skipTo >= 0) {
      if (this.names.length === this.skipTo) this.skipTo = -1;
      return;
    }
    const table = this.tables[this.tables.length - 1];
    switch (name) {
      case "mc:AlternateContent":
        this.alternates.pop();
        break;
      case "w:t":
        this.inText = false;
        break;
      case "w:instrText":
        this.inInstruction = false;
        break;
      case "w:fldSimple":
        this.append(this.fields.end());
        break;
      case "w:r":
        this.runs.pop();
        break;
      case "w:sdtContent":
        if (this.contentControls[this.contentControls.length - 1]) this.placeholders--;
        break;
      case "w:sdt":
        this.contentControls.pop();
        break;
      case "w:p":
        this.fields.paragraphEnd();
        this.closeParagraph();
        break;
      case "w:txbxContent": {
        const box = this.containers.pop()!;
        this.flush(box);
        const into = box.owner && this.paragraphs.includes(box.owner) ? box.owner.after : this.container().lines;
        for (const line of box.lines) into.push(line);
        break;
      }
      case "w:tc":
        if (table?.row && table.cell) this.closeCell(table, table.row, table.cell);
        break;
      case "w:tr":
        if (table?.row) this.closeRow(table, table.row);
        break;
      case "w:tbl":
        if (table) {
          this.tables.pop();
          // 文件 after the last of a joint 发文机关标志's names, once its rows are all read.
          if (table.issuerMark) table.issuerMark.line.text += table.issuerMark.mark;
          // A table nested in a cell is part of that cell: its rows are the cell's paragraphs, their cells apart by spaces.
          const into = this.container();
          for (const line of table.lines) this.write(into.lines, into.kind === "cell" ? line.text.replace(/\t+/g, " ") : line.text, line.paragraph);
        }
        break;
    }
  }

  private container(): Container {
    return this.containers[this.containers.length - 1]!;
  }

  /** Whether text at this point is on the page: not in a hidden run, not a placeholder's prompt. */
  private visible(): boolean {
    if (this.placeholders > 0) return false;
    const run = this.runs[this.runs.length - 1];
    if (!run) return true;
    if (run.vanish !== undefined) return !run.vanish;
    if (run.style !== undefined && this.styles.get(run.style)?.hidden) return false;
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    return !(paragraph?.style !== undefined && this.styles.get(paragraph.style)?.hidden);
  }

  private append(text: string): void {
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    if (!paragraph || text === "") return;
    // Inside a field's instruction (a nested field's result): part of the instruction, not the page.
    if (!this.fields.showsText) return this.fields.instruction(text);
    if (!this.visible()) return;
    this.fields.shown();
    if (paragraph.pageBreak) {
      if (paragraph.text !== "" && !paragraph.text.endsWith("\n")) paragraph.text += "\n";
      paragraph.pageBreak = false;
    }
    paragraph.text += text;
  }

  private closeParagraph(): void {
    const paragraph = this.paragraphs.pop()!;
    const container = this.container();
    const fromStyle = paragraph.style !== undefined ? this.styles.get(paragraph.style) : undefined;
    // A hidden style hides the paragraph's mark as well as its text: the paragraph is gone from the page.
    if (paragraph.mark === undefined && (paragraph.markVanish ?? fromStyle?.hidden)) paragraph.mark = "hidden";
    const numId = paragraph.numId ?? fromStyle?.numId;
    let marker = "";
    // A deleted mark takes the paragraph's numbering with it; numId 0 removes a style's numbering.
    if (numId !== undefined && numId !== "0" && paragraph.mark !== "deleted") {
      const ilvl = paragraph.ilvl ?? fromStyle?.ilvl ?? this.levelOfStyle(numId, fromStyle) ?? 0;
      marker = this.numbering.next(numId, ilvl);
    }
    const pending = container.pending;
    container.pending = undefined;
    const text = pending === undefined ? marker + paragraph.text : pending.needsMarker ? marker + pending.text + paragraph.text : pending.text + marker + paragraph.text;
    const after = pending ? pending.after.concat(paragraph.after) : paragraph.after;
    if (paragraph.mark !== undefined) {
      container.pending = { text, paragraph: paragraph.number, needsMarker: (pending?.needsMarker ?? true) && paragraph.mark === "deleted", after };
      return;
    }
    this.emit(container, text, paragraph.number, after);
  }

  /** The list level linked to the paragraph's style or one it is based on (a heading style numbered by its list's level). */
  private levelOfStyle(numId: string, style: StyleFacts | undefined): number | undefined {
    for (const id of style?.chain ?? []) {
      const level = this.numbering.levelOfStyle(numId, id);
      if (level !== undefined) return level;
    }
    return undefined;
  }

  /** A paragraph waiting for the next one that has none: its lines as they are. */
  private flush(container: Container): void {
    const pending = container.pending;
    if (!pending) return;
    container.pending = undefined;
    // A paragraph of deleted text with its deleted mark is gone from the page, and its number with it.
    if (pending.text === "" && pending.after.length === 0) {
      if (pending.paragraph === this.count) this.count--;
      return;
    }
    this.emit(container, pending.text, pending.paragraph, pending.after);
  }

  private emit(container: Container, text: string, paragraph: number, after: readonly ReadLine[]): void {
    for (const line of text.split("\n")) this.write(container.lines, line, paragraph);
    for (const line of after) this.write(container.lines, line.text, line.paragraph);
  }

  /** Every line the reader writes, counted against the budget. */
  private write(into: ReadLine[], text: string, paragraph: number): void {
    this.written += text.length + 1;
    if (this.written > this.budget) throw new ZipRefusal(`word/document.xml 展开后的文字超过 ${Math.round(this.budget / 10000)} 万字，远多于文件本身所含，疑似恶意构造的文件`);
    into.push({ text, paragraph });
  }

  private closeCell(table: TableState, row: RowState, cell: CellState): void {
    this.containers.pop();
    this.flush(cell.container);
    const column = row.cells.length;
    let text = cellText(cell.container.lines);
    // A vertically merged cell holds its text in its first row only, and the rows below it read
    // as Word's own copy gives them: the cell empty (`2\t提升集成电路质量\t\t市科技局`). That is
    // the text a drafter pastes, which the model reads through the merged cell (a 牵头单位 leading
    // each task it spans, model/mergedUnitRows.ts), so a plan opened as .docx gives the findings
    // of the same plan pasted, and an exported plan (export/docx.ts writes the model's merged
    // cells as merged) reads back as the text it was written from. Written on every row, the
    // names would be every row's own: one slip in them reported once a row, a merged 序号 or
    // task a row repeated. The merged text is kept for what reads a row's cells as shown (a
    // joint 发文机关标志's 文件 merged down a row per name).
    let shown = text;
    if (cell.vMerge === "restart") table.merged.set(column, text);
    else if (cell.vMerge !== undefined) {
      shown = table.merged.get(column) ?? text;
      text = "";
    } else table.merged.delete(column);
    this.written += text.length;
    row.cells.push(text);
    row.shown.push(shown);
    row.cellLines.push(cell.container.lines);
    // A cell merged across columns is its first column's; the others are empty, so the cells after it stay under their headers.
    for (let i = 1; i < cell.span; i++) {
      row.cells.push("");
      row.shown.push("");
    }
    table.cell = undefined;
  }

  private closeRow(table: TableState, row: RowState): void {
    for (let i = 0; i < row.gridAfter; i++) {
      row.cells.push("");
      row.shown.push("");
    }
    const joint = jointIssuerMarkRow(row.shown, row.cellLines);
    if (joint !== null) {
      for (const line of joint.names) this.write(table.lines, line.text, line.paragraph);
      table.issuerMark = { line: table.lines[table.lines.length - 1]!, mark: joint.mark };
    } else if (row.cells.length === 1 || (!table.rowRead && isCaptionRow(row))) {
      // A table of one column frames text (a 专栏 drawn as a table): its paragraphs stay lines.
      // So does a first row of one cell across the table: its title (`专栏1  主要指标`, `表1 …`),
      // which the text form writes as a line over the rows (export/docx.ts writes a box so).
      for (const line of row.cellLines[0]!) this.write(table.lines, line.text, line.paragraph);
    } else {
      // A row of empty cells is a blank line, which a table pasted as text may have between rows.
      // A cell's line break (cellText) makes the row's lines, each one of the text's lines.
      const text = row.cells.some((cell) => cell !== "") ? row.cells.join("\t") : "";
      for (const line of text.split("\n")) this.write(table.lines, line, row.paragraph);
    }
    table.row = undefined;
    table.rowRead = true;
  }
}

/** A row of one cell merged across the whole table (nothing before it, its other columns empty by the merge). */
function isCaptionRow(row: RowState): boolean {
  return row.cellLines.length === 1 && row.gridAfter === 0 && row.cells[0] !== "" && row.cells.slice(1).every((cell) => cell === "");
}

/** A count of grid columns (w:gridBefore, w:gridAfter, w:gridSpan), within what Word allows. */
function columns(value: string | undefined): number {
  const count = Math.floor(Number(value ?? 0));
  return Number.isFinite(count) ? Math.min(MAX_COLUMNS, Math.max(0, count)) : 0;
}
