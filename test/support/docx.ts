import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from "docx";
import { zipSync } from "fflate";
import { readDocxAsPlanText } from "../../server/src/node/docx/index";
import type { ZipLimits } from "../../server/src/node/docx/zip";

/**
 * A plan as Word writes it: headings numbered by Word's automatic list numbering (一、 /
 * （一） / 1.), not typed, so reading it back must turn the numbering into marker text.
 */
export async function planDocx(): Promise<Buffer> {
  const numbered = (text: string, level: number) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: "plan", level } });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: "plan",
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.DECIMAL, text: "%3.", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun("示例市质量提升实施方案")] }),
          numbered("总体要求", 0),
          numbered("指导思想", 1),
          new Paragraph({ children: [new TextRun("坚持质量第一。")] }),
          numbered("重点任务", 0),
          numbered("推动质量变革", 1),
          numbered("加快区域质量创新发展。〔责任单位：市市场监管局、市市场监管局〕", 2),
          numbered("增强产业质量竞争能力。", 2),
          numbered("开展质量提升行动", 1),
          numbered("守住农产品质量安全。", 2),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/**
 * A zip whose word/document.xml inflates to far more than any plan: a zip bomb. With `lie`,
 * its central directory claims 1 KB, as a hostile file would, so only counting what actually
 * inflates can stop it.
 */
export function zipBombDocx(megabytes: number, lie = false): Uint8Array {
  const xml = new Uint8Array(megabytes * 1024 * 1024).fill(0x20);
  const zip = zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "word/document.xml": xml }, { level: 1 });
  if (lie) {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let offset = zip.length - 22; offset >= 0; offset--) {
      if (view.getUint32(offset, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(offset + 28, true);
      if (new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + nameLength)) === "word/document.xml") view.setUint32(offset + 24, 1024, true);
    }
  }
  return zip;
}

const WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** `<w:p>` with one run per string (a string may carry `<w:br/>` or `<w:tab/>` markup of its own). */
export function wordParagraph(...runs: string[]): string {
  return `<w:p>${runs.map((run) => `<w:r>${run.replace(/([^<>]+)(?=<|$)/g, '<w:t xml:space="preserve">$1</w:t>')}</w:r>`).join("")}</w:p>`;
}

/**
 * A table cell as Word writes it: its properties (a merge: `<w:gridSpan w:val="2"/>`,
 * `<w:vMerge w:val="restart"/>`, `<w:vMerge/>`) and its paragraphs (an empty cell has one, empty).
 */
export function wordCell(paragraphs: string[], properties = ""): string {
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${properties}</w:tcPr>${paragraphs.length > 0 ? paragraphs.join("") : "<w:p/>"}</w:tc>`;
}

export function wordTable(rows: string[][], rowProperties: string[] = []): string {
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.map((cells, index) => `<w:tr>${rowProperties[index] ? `<w:trPr>${rowProperties[index]}</w:trPr>` : ""}${cells.join("")}</w:tr>`).join("")}</w:tbl>`;
}

/** A .docx of just `word/document.xml` with `body` in it, as a user's file has tables Word made. */
export function bodyDocx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "word/document.xml": new TextEncoder().encode(xml) });
}

/**
 * A .docx of raw parts: `document` is the body's XML, the others whole parts (styles.xml,
 * numbering.xml, any other path), as Word, WPS or another writer leaves them. The package's
 * relationships are Word's unless `parts` gives its own `_rels/.rels`.
 */
export function partsDocx(document: string, parts: Record<string, string | Uint8Array> = {}): Uint8Array {
  const encode = (part: string | Uint8Array) => (typeof part === "string" ? new TextEncoder().encode(part) : part);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": encode("<Types/>"),
    "_rels/.rels": encode(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    "word/document.xml": encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${document}<w:sectPr/></w:body></w:document>`),
  };
  for (const [path, part] of Object.entries(parts)) files[path] = encode(part);
  return zipSync(files);
}

/** `word/numbering.xml` with these abstract lists and lists (`<w:abstractNum>…`, `<w:num>…`). */
export function numberingXml(...definitions: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${WORD_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">${definitions.join("")}</w:numbering>`;
}

/** `word/styles.xml` with these styles (`<w:style>…`). */
export function stylesXml(...styles: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${WORD_NS}">${styles.join("")}</w:styles>`;
}

/** One level of an abstract list: `<w:lvl>` with its format, text and any more properties. */
export function wordLevel(ilvl: number, format: string, text: string, more = ""): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${more}</w:lvl>`;
}

/** A paragraph numbered by list `numId` at `ilvl`, with one run of `text`. */
export function numberedParagraph(numId: number | string, ilvl: number, text: string, properties = ""): string {
  return `<w:p><w:pPr>${properties}<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** The plan text and paragraph numbers of a .docx that must read; a refusal fails the test with its reason. */
export function readPlan(bytes: Uint8Array, limits?: ZipLimits): { text: string; paragraphMap: number[] } {
  const result = readDocxAsPlanText(bytes, limits);
  if (!result.ok) throw new Error(result.error);
  return result;
}
