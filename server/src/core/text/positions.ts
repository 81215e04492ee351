/** An LSP position: 0-based line and character in UTF-16 code units. */
export interface Position {
  line: number;
  character: number;
}

/** An LSP range, end exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

/**
 * Converts offsets into LSP positions. The core stores offsets only; hosts convert at the edge.
 * Counts exactly as vscode-languageserver-textdocument's TextDocument does — CRLF, lone CR and
 * LF end a line, a surrogate pair is two characters, an offset inside a line break is moved
 * before it — which test/unit/positions.property.test.ts holds it to. Not that class itself:
 * it finds the line starts one code unit at a time, some 0.4 ms for a 100 KB plan on every
 * keystroke (the server maps each version's findings); here native `indexOf` finds the breaks.
 */
export class PositionMapper {
  private starts: number[] | null = null;

  constructor(private readonly text: string) {}

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.text.length), 0);
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! > offset) high = middle;
      else low = middle + 1;
    }
    const line = low - 1;
    return { line, character: this.beforeBreak(offset, starts[line]!) - starts[line]! };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line]!;
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < starts.length ? starts[position.line + 1]! : this.text.length;
    return this.beforeBreak(Math.min(lineStart + position.character, next), lineStart);
  }

  rangeOf(span: { start: number; end: number }): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  /** `offset` moved back over the line break it is in or after, not before the line's start. */
  private beforeBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isBreak(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** Where each line starts: 0, and after every CRLF, CR and LF. Found on first use. */
  private lineStarts(): number[] {
    if (this.starts !== null) return this.starts;
    const text = this.text;
    const starts = [0];
    let cr = text.indexOf("\r");
    let lf = text.indexOf("\n");
    while (cr >= 0 || lf >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (lf === cr + 1) {
          starts.push(lf + 1);
          lf = text.indexOf("\n", lf + 1);
        } else {
          starts.push(cr + 1);
        }
        cr = text.indexOf("\r", cr + 1);
      } else {
        starts.push(lf + 1);
        lf = text.indexOf("\n", lf + 1);
      }
    }
    return (this.starts = starts);
  }
}

const isBreak = (code: number) => code === 0x0d || code === 0x0a;
