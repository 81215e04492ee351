import { SaxesParser } from "saxes";
import type { ZipReader } from "./zip.js";

/**
 * The parts of a Word package found as Word finds them: the main document through the package's
 * relationships (`_rels/.rels`, type …/officeDocument), its styles and numbering through the
 * document's own (`word/_rels/document.xml.rels`). The transitional and the strict (ISO 29500
 * Strict, http://purl.oclc.org/ooxml/…) relationship types alike; a package without them gets
 * Word's usual names. A .docm or .dotx saved under a .docx name has the same parts.
 */
export class WordParts {
  private readonly documentPath: string;

  constructor(private readonly zip: ZipReader) {
    this.documentPath = relationshipTargets(zip, "_rels/.rels", "")?.get("officeDocument") ?? "word/document.xml";
  }

  document(): Uint8Array | undefined {
    return this.zip.read(this.documentPath) ?? (this.documentPath !== "word/document.xml" ? this.zip.read("word/document.xml") : undefined);
  }

  /** A part the main document relates to by type (`styles`, `numbering`), or undefined. */
  related(type: "styles" | "numbering"): Uint8Array | undefined {
    const slash = this.documentPath.lastIndexOf("/");
    const folder = this.documentPath.slice(0, slash + 1);
    const targets = relationshipTargets(this.zip, `${folder}_rels/${this.documentPath.slice(slash + 1)}.rels`, folder);
    return this.zip.read(targets?.get(type) ?? `${folder}${type}.xml`);
  }
}

/** The targets of a relationships part by the last word of their type, resolved against `folder`. */
function relationshipTargets(zip: ZipReader, path: string, folder: string): Map<string, string> | undefined {
  const xml = xmlText(zip.read(path));
  if (!xml) return undefined;
  const targets = new Map<string, string>();
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    if (!/(^|:)Relationship$/.test(tag.name) || tag.attributes.TargetMode === "External") return;
    const type = String(tag.attributes.Type ?? "");
    const target = String(tag.attributes.Target ?? "");
    const kind = type.slice(type.lastIndexOf("/") + 1);
    if (kind && target && !targets.has(kind)) targets.set(kind, resolvePath(folder, target));
  });
  try {
    parser.write(xml).close();
  } catch {
    // A broken relationships part: Word's usual names are tried instead.
    return undefined;
  }
  return targets;
}

/** A relationship's target: absolute from the package's root when it starts with /, else from the source's folder. */
function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

/**
 * An XML part's text. XML may be UTF-16 (a byte order mark, or `<?xml` in two-byte units, as some
 * converters write it) or UTF-8 with or without a byte order mark; the declaration's encoding
 * name is then what the bytes already said.
 */
export function xmlText(data: Uint8Array | undefined): string | undefined {
  if (!data) return undefined;
  const [a, b] = [data[0], data[1]];
  const encoding = a === 0xff && b === 0xfe ? "utf-16le" : a === 0xfe && b === 0xff ? "utf-16be" : a === 0x3c && b === 0x00 ? "utf-16le" : a === 0x00 && b === 0x3c ? "utf-16be" : "utf-8";
  // TextDecoder drops the byte order mark.
  return new TextDecoder(encoding).decode(data);
}
