import { readBody } from "./body.js";
import { WordNumbering } from "./numbering.js";
import { WordParts, xmlText } from "./parts.js";
import { readStyles } from "./styles.js";
import { type ZipLimits, ZipReader, ZipRefusal } from "./zip.js";

/**
 * A Word document read as plan text: one line per paragraph (a line break inside a paragraph
 * starts a new line of the same paragraph), one line per table row with a tab between its cells
 * (as Word pastes a table as text, and as model/tables.ts reads a 任务分工表), Word's automatic
 * list numbering written out as the marker a reader sees (`一、`, `（一）`, `1.`), and for each
 * line the 1-based number of the paragraph it came from (a row's: its first paragraph's), so
 * findings can say “第 N 段”.
 */
export type DocxPlanText = { ok: true; text: string; paragraphMap: number[] } | { ok: false; error: string };

/** Larger than any real plan's XML by far (a 300-page document is a few MB). */
export const DOCX_LIMITS: ZipLimits = { maxEntryBytes: 64 * 1024 * 1024, maxRatio: 200 };

/**
 * `.docx` bytes → plan text. Never throws: a file that is not a Word document, is encrypted,
 * truncated, a zip bomb or has an oversized part gives `{ ok: false, error }` in Chinese.
 * Pure (no file system): the CLI, the editor and the export round-trip test call it alike.
 */
export function readDocxAsPlanText(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): DocxPlanText {
  try {
    return { ok: true, ...read(bytes, limits) };
  } catch (error) {
    if (error instanceof ZipRefusal) return { ok: false, error: error.message };
    return { ok: false, error: `无法读取 Word 文档：${error instanceof Error ? error.message : String(error)}` };
  }
}

function read(bytes: Uint8Array, limits: ZipLimits): { text: string; paragraphMap: number[] } {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    // Office encrypts a .docx by wrapping it in an OLE compound file with an EncryptedPackage stream.
    if (containsUtf16(bytes, "EncryptedPackage")) throw new ZipRefusal("已加密（设有打开密码），请先在 Word 中取消密码后另存");
    throw new ZipRefusal("实为 Word 97-2003 格式（.doc），请在 Word 中“另存为” .docx");
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new ZipRefusal(`不是有效的 .docx 文件（${notZip(bytes)}）`);
  const zip = new ZipReader(bytes, limits);
  const parts = new WordParts(zip);
  const document = parts.document();
  if (!document) throw new ZipRefusal("不是 Word 文档（缺少 word/document.xml）");
  const styles = readStyles(xmlText(parts.related("styles")));
  const numbering = new WordNumbering(xmlText(parts.related("numbering")), (style) => styles.get(style)?.numId);
  return readBody(xmlText(document)!, numbering, styles);
}

/** What a file that is no zip is, as far as its first bytes tell: Word saves these under other names too. */
function notZip(bytes: Uint8Array): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();
  if (head.startsWith("{\\rtf")) return "实为 RTF 格式，请在 Word 中“另存为” .docx";
  if (/^<\?xml[^>]*\?>\s*<\?mso-application progid="Word\.Document"/.test(head) || head.includes("<w:wordDocument") || head.includes("<pkg:package")) return "实为 Word XML 格式，请在 Word 中“另存为” .docx";
  if (/^(<!DOCTYPE html|<html|MIME-Version:)/i.test(head)) return "实为网页格式（.htm/.mht），请在 Word 中“另存为” .docx";
  return "不是 zip 格式";
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}
