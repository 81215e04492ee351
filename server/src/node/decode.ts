import { lazy } from "../core/lazy.js";

// iconv-lite is a large part of the bundles and only the rare file that is not UTF-8 needs it:
// it is loaded then (see core/lazy.ts).
const iconv = lazy(() => require("iconv-lite") as typeof import("iconv-lite"));

/** Plan bytes decoded to text, or why they are not plan text (Chinese, for the user). */
export type DecodedText =
  | { ok: true; text: string; hadBom: boolean; encoding: "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030"; note?: string }
  | { ok: false; message: string };

/** Signatures of files that are certainly not text, named for the message. */
const SIGNATURES: ReadonlyArray<[string, number[]]> = [
  ["PNG 图片", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG 图片", [0xff, 0xd8, 0xff]],
  ["GIF 图片", [0x47, 0x49, 0x46, 0x38]],
  ["PDF 文件", [0x25, 0x50, 0x44, 0x46]],
  ["可执行文件（ELF）", [0x7f, 0x45, 0x4c, 0x46]],
  ["可执行文件（Windows）", [0x4d, 0x5a]],
  ["可执行文件（Mach-O）", [0xcf, 0xfa, 0xed, 0xfe]],
  // Only standard input gets here with a zip: a file's bytes are read as the Word document they are (cli/inputs.ts).
  ["zip 压缩文件（若是 Word 文档，从标准输入读取时请用 --stdin-filename 给出以 .docx 结尾的文件名）", [0x50, 0x4b, 0x03, 0x04]],
  ["Word 97-2003 文档（.doc），请在 Word 中另存为 .docx", [0xd0, 0xcf, 0x11, 0xe0]],
];

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes a plan file's bytes the way a Windows drafter's files arrive: UTF-8 (BOM dropped, as
 * VS Code drops it), UTF-16 with a BOM or with the zero bytes that give it away, and GB18030
 * (a superset of GBK) when the bytes are not UTF-8 but read as Chinese text. Anything else —
 * images, executables, random bytes — is refused with a message saying what it looks like.
 */
export function decodePlanBytes(bytes: Uint8Array): DecodedText {
  const starts = (prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  if (starts([0xef, 0xbb, 0xbf])) return asUtf8(bytes.subarray(3), true);
  if (starts([0xff, 0xfe])) return utf16(bytes.subarray(2), "UTF-16LE", true);
  if (starts([0xfe, 0xff])) return utf16(bytes.subarray(2), "UTF-16BE", true);
  for (const [what, signature] of SIGNATURES) {
    if (bytes.length < signature.length || !starts(signature)) continue;
    // `MZ`, `GIF8` and `%PDF` are also how a line of text may begin: such a signature is
    // conclusive only with binary bytes after it (a real executable or image has NULs).
    if (isPrintableAscii(signature) && !bytes.includes(0)) continue;
    return { ok: false, message: `不是文本文件，看起来是${what}` };
  }
  const guessed = utf16WithoutBom(bytes);
  if (guessed) return utf16(bytes, guessed, false);
  if (bytes.includes(0)) return { ok: false, message: "不是文本文件（含有 NUL 字节），看起来是二进制文件" };
  return asUtf8(bytes, false);
}

function isPrintableAscii(signature: readonly number[]): boolean {
  return signature.every((byte) => byte >= 0x20 && byte < 0x7f);
}

function asUtf8(bytes: Uint8Array, hadBom: boolean): DecodedText {
  try {
    return { ok: true, text: utf8.decode(bytes), hadBom, encoding: "UTF-8" };
  } catch {
    // Not UTF-8: GBK/GB18030 from Windows is the common case. GB18030 maps almost any byte
    // pair to something, so accept it only when it decodes cleanly and reads as Chinese.
    const text = iconv().decode(Buffer.from(bytes), "gb18030");
    if (looksLikeChineseText(text)) {
      return { ok: true, text, hadBom, encoding: "GB18030", note: "不是 UTF-8 编码，已按 GB18030（GBK）解码；建议另存为 UTF-8" };
    }
    return { ok: false, message: `不是有效的 UTF-8 文本（第 ${firstInvalidUtf8(bytes)} 字节起），也不像 GBK/GB18030 文本；请另存为 UTF-8 编码` };
  }
}

function utf16(bytes: Uint8Array, encoding: "UTF-16LE" | "UTF-16BE", hadBom: boolean): DecodedText {
  if (bytes.length % 2 !== 0) return { ok: false, message: `${encoding} 文本的字节数应为偶数，文件可能被截断` };
  const text = iconv().decode(Buffer.from(bytes), encoding === "UTF-16LE" ? "utf-16le" : "utf-16be");
  return { ok: true, text, hadBom, encoding, note: `按 ${encoding} 解码；建议另存为 UTF-8` };
}

/**
 * UTF-16 without a BOM: its line breaks and ASCII put NUL bytes in the text, which no UTF-8
 * or GB18030 plan has. Take the byte order under which it reads as Chinese text.
 */
function utf16WithoutBom(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0 || !bytes.includes(0)) return undefined;
  const sample = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 8192)));
  if (looksLikeChineseText(iconv().decode(sample, "utf-16le"))) return "UTF-16LE";
  if (looksLikeChineseText(iconv().decode(sample, "utf-16be"))) return "UTF-16BE";
  return undefined;
}

/** Decoded without replacement characters or control bytes, and mostly CJK among non-ASCII. */
function looksLikeChineseText(text: string): boolean {
  if (text.includes("\uFFFD")) return false;
  let cjk = 0;
  let other = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 && char !== "\n" && char !== "\r" && char !== "\t") return false;
    if (code < 0x80) continue;
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x3400 && code <= 0x4dbf)) cjk++;
    else other++;
  }
  return cjk > 0 && cjk >= other * 4;
}

/** 1-based offset of the first byte that is not valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the longest prefix that decodes (a truncated character at the end of a
  // prefix is fine with `stream`): exact to the byte.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low + 1;
}

/** Bytes to write a fixed text back in the encoding it was read in. */
export function encodePlanText(text: string, encoding: string, hadBom: boolean): Buffer {
  if (encoding === "UTF-8") return Buffer.from((hadBom ? "\uFEFF" : "") + text, "utf8");
  const body = iconv().encode(text, encoding === "GB18030" ? "gb18030" : encoding === "UTF-16LE" ? "utf-16le" : "utf-16be");
  if (!hadBom) return body;
  const bom = encoding === "UTF-16LE" ? [0xff, 0xfe] : encoding === "UTF-16BE" ? [0xfe, 0xff] : [];
  return Buffer.concat([Buffer.from(bom), body]);
}
