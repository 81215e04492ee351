import { Packer, type Document } from "docx";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { LATIN_FONT, PAGE_NUMBER_FONT } from "./gongwen.js";
import type { DocxExportOptions } from "./options.js";

/**
 * Packs a document to .docx bytes that depend on the input only, so exports can be diffed and
 * cached. docx stamps the time in three places, each fixed here:
 * - the core properties' created/modified dates: replaced (an override) by the plan's 成文日期,
 *   or left out when the plan has none;
 * - each zip entry's modification time: docx zips with fflate, which takes the clock, so the
 *   package is zipped again with fflate and a fixed time;
 * - a watermark's shape id, drawn at random: numbered instead.
 * And no part holds a character XML 1.0 forbids (NOT_XML).
 */
export async function packDocx(document: Document, properties: CoreProperties, options: DocxExportOptions): Promise<Uint8Array> {
  const overrides = [
    { path: "docProps/core.xml", data: corePropertiesXml(properties) },
    { path: "word/fontTable.xml", data: fontTableXml(options) },
  ];
  const packed = await Packer.pack(document, "uint8array", false, overrides);
  return rezip(packed);
}

/**
 * What XML 1.0 has no character for: the C0 controls but tab, LF and CR, and U+FFFE and U+FFFF.
 * A plan pasted from anywhere may hold them, and Word refuses a document with one in any part
 * (“unreadable content”). The docx library drops the C0 controls from what it writes, not the two
 * noncharacters; the core properties and the font table are written here. None of them is text
 * a 公文 can show, so they are dropped, from every part at once: no path of text into the
 * package is left out.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/**
 * A surrogate without its pair (an editor's buffer can hold one; a file the CLI reads cannot):
 * no character at all, which UTF-8 cannot encode — the encoder writes U+FFFD, a "�" printed in
 * the 公文. Dropped before the document is made, as NOT_XML's characters are after.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `value` with every string in it (arrays and plain objects walked) without lone surrogates. */
export function withoutLoneSurrogates<T>(value: T): T {
  if (typeof value === "string") return value.replace(LONE_SURROGATE, "") as T;
  if (Array.isArray(value)) return value.map(withoutLoneSurrogates) as T;
  if (value !== null && typeof value === "object") {
    const result: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) result[key] = withoutLoneSurrogates(field);
    return result as T;
  }
  return value;
}

/** 1980-01-01, the zip format's first date, in local time: fflate writes local time fields. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

function rezip(packed: Uint8Array): Uint8Array {
  const entries = unzipSync(packed);
  const files: Zippable = {};
  // [Content_Types].xml first, as Word writes it: some tools sniff the type from the first entry.
  const names = Object.keys(entries).sort((a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml"));
  let watermark = 0;
  for (const name of names) {
    let data = entries[name]!;
    if (/\.(xml|rels)$/.test(name)) {
      const xml = strFromU8(data);
      let fixed = xml.replace(NOT_XML, "");
      if (/^word\/header\d+\.xml$/.test(name)) fixed = fixed.replace(/PowerPlusWaterMarkObject[0-9A-Za-z_-]+/g, () => `PowerPlusWaterMarkObject${++watermark}`);
      if (fixed !== xml) data = strToU8(fixed);
    }
    files[name] = [data, { mtime: ZIP_TIME }];
  }
  return zipSync(files, { level: 6 });
}

export interface CoreProperties {
  title: string | null;
  creator: string | null;
  /** ISO date (YYYY-MM-DD) or null: no date is written then. */
  date: string | null;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

function corePropertiesXml({ title, creator, date }: CoreProperties): string {
  const parts = [
    title ? `<dc:title>${escapeXml(title)}</dc:title>` : "",
    `<dc:creator>${escapeXml(creator ?? "plancheck")}</dc:creator>`,
    date ? `<dcterms:created xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:created>` : "",
    date ? `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:modified>` : "",
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    parts.join("") +
    "</cp:coreProperties>"
  );
}

/**
 * Word's font table with each font's fallback: a font's `altName` is the next in its chain, so
 * Word on a machine without 仿宋_GB2312 uses 仿宋, and so on. GB2312 charset (86) for CJK faces.
 */
function fontTableXml(options: DocxExportOptions): string {
  const altNames = new Map<string, string | null>();
  const chains = [...Object.values(options.fonts), PAGE_NUMBER_FONT, [LATIN_FONT]];
  for (const chain of chains) {
    chain.forEach((name, index) => {
      if (!altNames.has(name) || altNames.get(name) === null) altNames.set(name, chain[index + 1] ?? null);
    });
  }
  const fonts = [...altNames].map(([name, altName]) => {
    const latin = name === LATIN_FONT;
    return (
      `<w:font w:name="${escapeXml(name)}">` +
      (altName ? `<w:altName w:val="${escapeXml(altName)}"/>` : "") +
      `<w:charset w:val="${latin ? "00" : "86"}"/><w:family w:val="${latin ? "roman" : "auto"}"/><w:pitch w:val="variable"/>` +
      "</w:font>"
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts.join("") +
    "</w:fonts>"
  );
}
