import { SaxesParser } from "saxes";
import { WordPrefixes } from "./prefixes.js";
import { isOn } from "./toggles.js";

/** What the reader needs of a style, its `basedOn` chain resolved. */
export interface StyleFacts {
  /** The list a paragraph of the style is numbered by (Word's heading styles often are). */
  numId?: string;
  ilvl?: number;
  /** The style hides its text (w:vanish in its run properties): Word shows none of it. */
  hidden: boolean;
  /** The style and those it is based on, nearest first: a list level linked to any of them (w:pStyle) is the style's. */
  chain: string[];
}

interface RawStyle {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  hidden?: boolean;
}

/** `word/styles.xml`: each style's list numbering and hidden text, by style id. */
export function readStyles(xml: string | undefined): Map<string, StyleFacts> {
  const raw = new Map<string, RawStyle>();
  if (xml) {
    const parser = new SaxesParser();
    let style: RawStyle | undefined;
    // A revision's old properties (w:pPrChange, w:rPrChange) are not the style's.
    let changeDepth = 0;
    const prefixes = new WordPrefixes();
    parser.on("opentag", (written) => {
      const tag = prefixes.open(written);
      const value = tag.attributes["w:val"] as string | undefined;
      if (tag.name === "w:style") raw.set((tag.attributes["w:styleId"] as string | undefined) ?? "", (style = {}));
      else if (tag.name === "w:pPrChange" || tag.name === "w:rPrChange") changeDepth++;
      else if (!style || changeDepth > 0) return;
      else if (tag.name === "w:basedOn") style.basedOn = value;
      else if (tag.name === "w:numId") style.numId = value;
      else if (tag.name === "w:ilvl") style.ilvl = Number(value ?? 0);
      else if (tag.name === "w:vanish") style.hidden = isOn(value);
    });
    parser.on("closetag", (written) => {
      const name = prefixes.name(written);
      if (name === "w:style") style = undefined;
      else if (name === "w:pPrChange" || name === "w:rPrChange") changeDepth--;
    });
    parser.write(xml).close();
  }
  const resolved = new Map<string, StyleFacts>();
  for (const id of raw.keys()) {
    let numId: string | undefined;
    let ilvl: number | undefined;
    let hidden: boolean | undefined;
    const chain: string[] = [];
    // basedOn chains are short; the depth bound guards against a cycle in a hostile file.
    for (let currentId: string | undefined = id, depth = 0; currentId !== undefined && depth < 20; depth++) {
      const current = raw.get(currentId);
      if (!current) break;
      chain.push(currentId);
      numId ??= current.numId;
      ilvl ??= current.ilvl;
      hidden ??= current.hidden;
      currentId = current.basedOn;
    }
    resolved.set(id, { numId, ilvl, hidden: hidden ?? false, chain });
  }
  return resolved;
}
