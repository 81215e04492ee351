import type { ItemLineNode, MarkerNode } from "../syntax/cst.js";
import type { ItemLevel, MarkerStyle, NumberMarker, Span } from "./types.js";
import { toChineseNumeral } from "./numerals.js";
import { withoutFormatCharacters } from "../text/invisible.js";
import { isSpaceCode } from "../text/spaces.js";

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
      return node.text === "——" ? "canonical" : node.text === "--" ? "doubleHyphen" : "singleDash";
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
 * The run of marker punctuation right after a numbered marker that already has its own
 * (`（一）、`, `1.、`, `1、.`, `一、、`): copied text where the marker was typed twice. It is
 * neither heading text nor a second marker. List entries (`——`) have no punctuation to double.
 */
export function doubledMarkAfter(line: ItemLineNode, text: string): Span | null {
  if (line.marker.level === 5 || line.marker.numeral === "") return null;
  MARKER_MARKS.lastIndex = line.marker.end;
  const match = MARKER_MARKS.exec(text);
  if (!match || match.index + match[0].length > line.contentEnd) return null;
  const end = match.index + match[0].length;
  // Without the mark a digit would run into the marker (`4.，2` → `4.2`, a number): not a doubling.
  if (/[0-9０-９]/.test(text[end] ?? "")) return null;
  return { start: match.index, end };
}

export function toNumberMarker(node: MarkerNode, doubled: Span | null = null): NumberMarker {
  return {
    level: node.level,
    text: withoutFormatCharacters(node.text),
    value: node.value,
    numeral: node.numeral,
    numeralStart: node.start + node.text.indexOf(node.numeral),
    style: styleOf(node),
    // A numbered list entry has no GB/T 9704 form to be written in: its own is canonical.
    canonicalText: node.level === 5 && node.value !== null ? withoutFormatCharacters(node.text) : canonicalMarker(node.level, node.value),
    valueCertain: node.valueCertain ?? true,
    writtenLevel: node.writtenLevel ?? node.level,
    doubled,
    start: node.start,
    end: node.end,
  };
}
