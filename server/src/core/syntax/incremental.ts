import { changedSpan } from "../text/changedSpan.js";
import type { LineNode, SyntaxDocument } from "./cst.js";
import { parseDocument, parseSyntax, type SyntaxResult } from "./parse.js";
import { partitionPoint } from "../text/sorted.js";

/**
 * Re-parses only what an edit touched. The grammar is line-oriented (a line's parse depends on
 * that line alone, apart from front matter at the very start), so after an edit the lines
 * before and after the changed span keep their nodes: the lines from the one before the first
 * changed line to the one after the last are parsed again, and the nodes after them are moved
 * by the change in length. The result equals a fresh parse of the new text (a property test
 * over random edit sequences holds it to that); wherever that could be in doubt — an edit in
 * or next to front matter, a BOM, a region that would begin with a fence `---`, a line break
 * split between `\r` and `\n` — it parses the whole text instead.
 *
 * The previous result is updated in place (its line nodes are re-used and shifted), so only
 * the latest result of an `IncrementalParser` may be used.
 */
export class IncrementalParser {
  private text: string | null = null;
  private result: SyntaxResult | null = null;
  /** How the last call parsed, for tests and the benchmark. */
  lastMode: "full" | "incremental" | "unchanged" = "full";

  parse(text: string): SyntaxResult {
    const previous = this.result;
    if (previous && this.text === text) {
      this.lastMode = "unchanged";
      return previous;
    }
    const reparsed = previous && this.text !== null && previous.internalError === null ? reparse(this.text, previous.document, text) : null;
    this.lastMode = reparsed ? "incremental" : "full";
    this.result = reparsed ? { document: reparsed, internalError: null } : parseSyntax(text);
    KEPT.add(this.result.document);
    this.text = text;
    return this.result;
  }
}

/** The documents of incremental parsers: their nodes may come back in the next version. */
const KEPT = new WeakSet<SyntaxDocument>();

/**
 * Whether the nodes of `document` live on into the next version of the text (the server's
 * incremental parser moves unchanged lines' nodes instead of making new ones). Then a node
 * met again is the same text at a moved place, and work keyed by the node object is found
 * without reading the text; where every parse makes new nodes (the CLI), such a memo only costs.
 */
export function nodesAreKept(document: SyntaxDocument): boolean {
  return KEPT.has(document);
}

function reparse(old: string, document: SyntaxDocument, text: string): SyntaxDocument | null {
  const { start: prefix, oldEnd: oldChangeEnd } = changedSpan(old, text);
  const lines = document.lines;
  // Front matter is decided by the document's first lines: an edit in or right after it, or any
  // edit in a document that opens with a fence but has no front matter (typing the closing
  // fence would make one), parses the whole text.
  if (document.bom) return null;
  if (document.frontMatter ? prefix <= document.frontMatter.end : old.startsWith("---")) return null;
  const firstLine = document.frontMatter ? lineAt(lines, document.frontMatter.end) : 0;
  // The line holding the first changed character, and the one before it (a `\n` typed after a
  // line's `\r` joins that line's terminator).
  const from = Math.max(firstLine, lineAt(lines, prefix) - 1);
  const to = Math.min(lines.length - 1, lineAt(lines, oldChangeEnd) + 1);
  const delta = text.length - old.length;
  const regionStart = lines[from]!.start;
  const regionEnd = lines[to]!.end + delta;
  const atEnd = to === lines.length - 1;
  if (!atEnd) {
    const last = text.charCodeAt(regionEnd - 1);
    if (last !== 10 && last !== 13) return null;
    if (last === 13 && text.charCodeAt(regionEnd) === 10) return null;
  }
  if (text.startsWith("---", regionStart) || text.charCodeAt(regionStart) === 0xfeff) return null;

  let region: SyntaxDocument;
  try {
    region = parseDocument(text.slice(regionStart, regionEnd));
  } catch {
    return null;
  }
  if (region.bom || region.frontMatter) return null;
  const fresh = region.lines;
  if (!atEnd) {
    // The region ends with a line break, after which the parser sees one more (empty) line.
    const extra = fresh.pop();
    if (!extra || extra.kind !== "blank" || extra.start !== regionEnd - regionStart) return null;
  }
  for (const line of fresh) shift(line, regionStart);
  if (delta !== 0) for (let i = to + 1; i < lines.length; i++) shift(lines[i]!, delta);
  const merged: LineNode[] = lines.slice(0, from);
  for (const line of fresh) merged.push(line);
  for (let i = to + 1; i < lines.length; i++) merged.push(lines[i]!);
  return { type: "document", bom: null, frontMatter: document.frontMatter, lines: merged, length: text.length };
}

/** Index of the line containing `offset` (a line's range includes its terminator). */
function lineAt(lines: readonly LineNode[], offset: number): number {
  return partitionPoint(Math.max(0, lines.length - 1), (i) => lines[i]!.end <= offset);
}

// Every offset-valued field of the syntax tree (cst.ts); other numbers (values, years) stay.
const OFFSET_KEYS: ReadonlySet<string> = new Set([
  "start", "end", "indentEnd", "contentEnd", "nameStart", "headingStart", "headingEnd", "bodyStart",
  "textStart", "labelStart", "valueStart", "suffixStart", "codeStart", "titleStart", "referencesStart", "referencesEnd",
]);

function shift(node: object, delta: number): void {
  if (Array.isArray(node)) {
    for (const child of node) if (child !== null && typeof child === "object") shift(child, delta);
    return;
  }
  const record = node as Record<string, unknown>;
  for (const key in record) {
    const value = record[key];
    if (typeof value === "number") {
      if (OFFSET_KEYS.has(key)) record[key] = value + delta;
    } else if (value !== null && typeof value === "object") shift(value, delta);
  }
}
