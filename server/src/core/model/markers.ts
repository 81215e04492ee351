import type { MarkerNode } from "../syntax/cst.js";
import type { ItemLevel, MarkerStyle, NumberMarker } from "./types.js";
import { toChineseNumeral } from "./numerals.js";

/** The canonical GB/T 9704 marker of a level for a value: 一、 （一） 1. （1） ——. */
export function canonicalMarker(level: ItemLevel, value: number | null): string {
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
  switch (node.level) {
    case 1:
      return node.close === "、" ? "canonical" : node.close === "．" ? "fullwidthDot" : node.close === "." ? "asciiDot" : "asciiComma";
    case 2:
    case 4:
      if (node.open === "（" && node.close === "）") return "canonical";
      if (node.open === "(" && node.close === ")") return "asciiParens";
      return "mixedParens";
    case 3:
      return node.close === "." ? "canonical" : node.close === "．" ? "fullwidthDot" : "ideographicComma";
    case 5:
      return node.text === "——" ? "canonical" : node.text === "--" ? "doubleHyphen" : "singleDash";
  }
}

export function toNumberMarker(node: MarkerNode): NumberMarker {
  return {
    level: node.level,
    text: node.text,
    value: node.value,
    numeral: node.numeral,
    style: styleOf(node),
    canonicalText: canonicalMarker(node.level, node.value),
    start: node.start,
    end: node.end,
  };
}
