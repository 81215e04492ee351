import { isAnyDigitCode } from "../text/codeUnits.js";
import type { ItemLineNode, MarkerNode } from "../syntax/cst.js";
import type { DoubledMark, ItemLevel, MarkerStyle, NumberMarker, Span } from "./types.js";
import { toChineseNumeral } from "./numerals.js";
import { withoutFormatCharacters } from "../text/invisible.js";
import { isSpaceCode } from "../text/spaces.js";
import { markerAt } from "../syntax/parse.js";

/** The canonical GB/T 9704 marker of a level for a value: 一、 （一） 1. （1） ——. */
export function canonicalMarker(level: ItemLevel, value: number | null): string {
  // Every item of the model carries its canonical marker: one string per marker, not per item.
  if (value === null || value < 0 || value >= MEMO_LIMIT) return spell(level, value);
  const key = level * MEMO_LIMIT + value;
  let known = CANONICAL.get(key);
  if (known === undefined) CANONICAL.set(key, (known = spell(level, value)));
  return known;
}

const MEMO_LIMIT = 1000;
const CANONICAL = new Map<number, string>();

function spell(level: ItemLevel, value: number | null): string {
  switch (level) {
    case 1:
      return `${toChineseNumeral(value ?? 1)}、`;
    case 2:
      return `（${toChineseNumeral(value ?? 1)}）`;
    case 3:
      return `${value ?? 1}.`;
    case 4:
      return `（${value ?? 1}）`;
    case 5:
      return "——";
  }
}

function styleOf(node: MarkerNode): MarkerStyle {
  if (node.level !== 5 && node.numeral === "") return "missingNumeral";
  if (node.mistyped) return "mistyped";
  if (node.writtenLevel !== undefined && node.writtenLevel !== node.level) return "otherLevel";
  // A space inside the marker (`（ 一 ）`, `一 、`, read by the grammar's MarkerGap) is a slip of
  // typing, as `3 .` is: numbering/marker-typo reports it and takes the spaces out.
  if (hasSpaceInside(node)) return "mistyped";
  switch (node.level) {
    case 1:
      return node.close === "、" ? "canonical" : node.close === "．" ? "fullwidthDot" : node.close === "." ? "asciiDot" : node.close === "，" ? "fullwidthComma" : "asciiComma";
    case 2:
    case 4:
      if (node.open === "（" && node.close === "）") return "canonical";
      if (node.open === "(" && node.close === ")") return "asciiParens";
      return "mixedParens";
    case 3:
      return node.close === "." ? "canonical" : node.close === "．" ? "fullwidthDot" : "ideographicComma";
    case 5:
      // A numbered entry (① ⑴ 1)) is written as its list writes them: no dash to restyle.
      if (node.value !== null) return "canonical";
      // —<U+200B>— is the two dashes with a format character between (the grammar reads it
      // through): text/invisible-char's to report, not a single dash.
      return node.text === "——" || withoutFormatCharacters(node.text) === "——" ? "canonical" : node.text === "--" ? "doubleHyphen" : "singleDash";
  }
}

/** Whether a marker's text holds more than its tokens, and a space is among the rest. */
function hasSpaceInside(node: MarkerNode): boolean {
  // Nearly every marker is its tokens alone: the length settles it without a scan.
  if (node.text.length === node.open.length + node.numeral.length + node.close.length) return false;
  for (let k = 0; k < node.text.length; k++) if (isSpaceCode(node.text.charCodeAt(k))) return true;
  return false;
}

/** Marks that end a marker; one of them right after a complete marker is a doubled mark. */
const MARKER_MARKS = /[、，,.．]+/y;

/**
 * The whole marker written again right after itself (`一、一、总体要求`, `（一）（一）指导思想`,
 * `1.1.实施…`): WPS or Word exported its automatic numbering and the number typed into the
 * text as well. Spaces and marks between the two are the repeat's. Any marker of the same level is a
 * repeat, whatever its number and form (`三、一、`, `(一)（一）`): the exported number and the
 * typed one may differ, and a renumbering or a restyling of the first must not change what the
 * line is. A decimal (`1.1.5`) is no marker (MarkerAt reads none).
 */
function repeatedMarkerAfter(line: ItemLineNode, text: string): DoubledMark | null {
  const marker = line.marker;
  let end = marker.end;
  let numeral: Span | null = null;
  let found = false;
  // Written three times is written twice more (`一、一、一、`): every repeat is the one defect.
  for (;;) {
    let at = end;
    // Spaces and a doubled mark between the two (`一、,一、`) are the repeat's too.
    while (at < line.contentEnd && (isSpaceCode(text.charCodeAt(at)) || isMarkerMark(text.charCodeAt(at)))) at++;
    // Most headings fail on their first character: a marker of the level can start with few.
    if (!mayStartMarkerOf(marker.level, text.charCodeAt(at))) break;
    const again = markerAt(text, at);
    if (again === null || again.level !== marker.level || again.end > line.contentEnd) break;
    // `1.1.` (a level-3 marker and the same again) is a task only while both say one number: the
    // first repeat's, which a renumbering writes with the marker's (`2.2.，2.` is `1.1.，2.`, not the
    // section number `1.2.`); later repeats are the same defect whatever they say.
    if (!found && marker.level === 3 && again.text === marker.text) {
      const numeralAt = again.start + marker.text.indexOf(marker.numeral);
      numeral = { start: numeralAt, end: numeralAt + marker.numeral.length };
    }
    found = true;
    end = again.end;
  }
  if (!found) return null;
  // And a mark doubled after the last repeat (`一、一、，`): one defect, deleted with it.
  let after = end;
  while (after < line.contentEnd && isMarkerMark(text.charCodeAt(after))) after++;
  if (!/[0-9０-９]/.test(text[after] ?? "")) end = after;
  return { start: marker.end, end, repeat: true, numeral };
}

/** The marks MARKER_MARKS reads: 、，,.． */
const isMarkerMark = (code: number) => code === 0x3001 || code === 0xff0c || code === 0x2c || code === 0x2e || code === 0xff0e;

/** The characters a Chinese numeral starts with: where a level-1 marker's repeat can start. */
const CHINESE_NUMERAL_START: ReadonlySet<number> = new Set([..."一二三四五六七八九十"].map((char) => char.charCodeAt(0)));

function mayStartMarkerOf(level: number, code: number): boolean {
  if (level === 1) return CHINESE_NUMERAL_START.has(code);
  if (level === 3) return isAnyDigitCode(code);
  return code === 0xff08 || code === 0x28; // （ (
}

/**
 * The run of marker punctuation right after a numbered marker that already has its own
 * (`（一）、`, `1.、`, `1、.`, `一、、`): copied text where the marker was typed twice. It is
 * neither heading text nor a second marker. List entries (`——`) have no punctuation to double.
 */
export function doubledMarkAfter(line: ItemLineNode, text: string): DoubledMark | null {
  if (line.marker.level === 5 || line.marker.numeral === "") return null;
  const repeated = repeatedMarkerAfter(line, text);
  if (repeated !== null) return repeated;
  MARKER_MARKS.lastIndex = line.marker.end;
  const match = MARKER_MARKS.exec(text);
  if (!match || match.index + match[0].length > line.contentEnd) return null;
  const end = match.index + match[0].length;
  // Without the mark a digit would run into the marker (`4.，2` → `4.2`, a number): not a doubling.
  if (/[0-9０-９]/.test(text[end] ?? "")) return null;
  return { start: match.index, end, repeat: false, numeral: null };
}

export function toNumberMarker(node: MarkerNode, doubled: DoubledMark | null = null): NumberMarker {
  return new ItemMarker(node, doubled);
}

/**
 * An item's marker is the syntax node's marker with the model's judgements of it: a class that
 * holds the node and reads its fields through, not a copy of them. A copy was twelve fields, 120
 * bytes for each item of the plan beside the node's own; the node is kept by the tree anyway.
 * The reader's `text` is kept (it is the node's own string unless a format character was pasted
 * inside the marker); what is derived from the node alone is derived when read.
 */
class ItemMarker implements NumberMarker {
  readonly text: string;
  readonly style: MarkerStyle;

  constructor(
    private readonly node: MarkerNode,
    readonly doubled: DoubledMark | null,
  ) {
    this.text = withoutFormatCharacters(node.text);
    this.style = styleOf(node);
  }

  get level(): ItemLevel {
    return this.node.level;
  }

  get value(): number | null {
    return this.node.value;
  }

  get numeral(): string {
    return this.node.numeral;
  }

  get numeralStart(): number {
    return this.node.start + this.node.text.indexOf(this.node.numeral);
  }

  /** A numbered list entry has no GB/T 9704 form to be written in: its own is canonical. */
  get canonicalText(): string {
    return this.node.level === 5 && this.node.value !== null ? this.text : canonicalMarker(this.node.level, this.node.value);
  }

  get valueCertain(): boolean {
    return this.node.valueCertain ?? true;
  }

  get writtenLevel(): ItemLevel {
    return this.node.writtenLevel ?? this.node.level;
  }

  get start(): number {
    return this.node.start;
  }

  get end(): number {
    return this.node.end;
  }
}
