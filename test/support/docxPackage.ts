import { DOMParser, type Document as XmlDocument, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { analyze } from "../../server/src/core/analyze";
import { exportPlanDocx } from "../../server/src/core/export/exportDocx";
import { resolveExportOptions, type ExportSettings } from "../../server/src/core/export/options";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** An exported .docx opened as a test reads it: its parts as XML documents. */
export class DocxPackage {
  readonly entries: Record<string, Uint8Array>;

  constructor(readonly bytes: Uint8Array) {
    this.entries = unzipSync(bytes);
  }

  xml(path: string): XmlDocument {
    const entry = this.entries[path];
    if (!entry) throw new Error(`no ${path} in the package: ${Object.keys(this.entries).join(", ")}`);
    return new DOMParser().parseFromString(strFromU8(entry), "text/xml");
  }

  text(path: string): string {
    return strFromU8(this.entries[path]!);
  }

  /** The body's paragraphs (not those inside tables), each with its text. */
  paragraphs(): { element: Element; text: string }[] {
    const body = this.xml("word/document.xml").getElementsByTagNameNS(W, "body")[0]!;
    return children(body, "p").map((element) => ({ element, text: textOf(element) }));
  }

  /** The first body paragraph whose text starts with `prefix`. */
  paragraph(prefix: string): Element {
    const found = this.paragraphs().find((p) => p.text.startsWith(prefix));
    if (!found) throw new Error(`no paragraph starts with ${prefix}`);
    return found.element;
  }
}

export function children(element: Element, localName: string): Element[] {
  const result: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName) result.push(node as Element);
  }
  return result;
}

export function descendants(element: Element | XmlDocument, localName: string): Element[] {
  return Array.from(element.getElementsByTagNameNS(W, localName));
}

export function attr(element: Element | undefined, name: string): string | null {
  return element ? element.getAttributeNS(W, name) || element.getAttribute(`w:${name}`) : null;
}

export function textOf(element: Element): string {
  return descendants(element, "t")
    .map((t) => t.textContent ?? "")
    .join("");
}

/** The runs of a paragraph with their text and direct fonts, size and bold. */
export function runsOf(paragraph: Element): { text: string; eastAsia: string | null; ascii: string | null; size: string | null; bold: boolean }[] {
  return descendants(paragraph, "r").map((run) => {
    const fonts = descendants(run, "rFonts")[0];
    return {
      text: textOf(run),
      eastAsia: attr(fonts, "eastAsia"),
      ascii: attr(fonts, "ascii"),
      size: attr(descendants(run, "sz")[0], "val"),
      bold: descendants(run, "b").length > 0,
    };
  });
}

export async function exportText(text: string, settings: ExportSettings = {}): Promise<DocxPackage> {
  const { plan } = analyze(text);
  return new DocxPackage(await exportPlanDocx(plan, resolveExportOptions(settings)));
}
