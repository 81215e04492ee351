import { TextDocument } from "vscode-languageserver-textdocument";

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
 * Delegates to vscode-languageserver-textdocument so that CRLF, lone CR and surrogate pairs
 * are counted exactly as the editor counts them.
 */
export class PositionMapper {
  private readonly document: TextDocument;

  constructor(text: string) {
    this.document = TextDocument.create("plan:text", "policy-plan", 0, text);
  }

  positionAt(offset: number): Position {
    return this.document.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.document.offsetAt(position);
  }

  rangeOf(span: { start: number; end: number }): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  get lineCount(): number {
    return this.document.lineCount;
  }
}
