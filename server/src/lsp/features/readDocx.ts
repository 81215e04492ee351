import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { uriToPath } from "../uris.js";
import type { LanguageFeature } from "./feature.js";

/** `policyPlan/readDocx`: a Word document read as plan text, for 以实施方案打开 Word 文档 in the client. */
export const READ_DOCX_REQUEST = "policyPlan/readDocx";

export interface ReadDocxParams {
  /** A `file:` URI of the .docx. */
  uri: string;
}

export type ReadDocxResult =
  /** The plan text (one line per paragraph, Word's list numbering written out). */
  | { status: "read"; text: string }
  /** Not readable as a plan: why, in Chinese (not a Word file, encrypted, a zip bomb, .doc …). */
  | { status: "failed"; message: string };

/** As the CLI's limit for a plan file: larger than any real document by far. */
const MAX_DOCX_BYTES = 64 * 1024 * 1024;

/**
 * The same reader as `plancheck file.docx` (server/src/node/docx), run in the server so that
 * the client stays thin and there is one reader: the client asks with the file's URI, opens the
 * text as an untitled plan, and shows a refusal as it comes.
 */
export const readDocxFeature: LanguageFeature = {
  capabilities: {},
  register(session) {
    session.connection.onRequest(READ_DOCX_REQUEST, async (params: ReadDocxParams): Promise<ReadDocxResult> => {
      const path = uriToPath(params.uri);
      if (!path) return { status: "failed", message: `只能打开本地文件：${params.uri}` };
      if (/\.doc$/i.test(path)) return { status: "failed", message: "是 Word 97-2003 格式（.doc），请在 Word 中“另存为” .docx 后再打开" };
      const bytes = readFile(path);
      if (typeof bytes === "string") return { status: "failed", message: bytes };
      // Loaded on first use: most sessions never open a Word document.
      const { readDocxAsPlanText } = await import("../../node/docx/index.js");
      const docx = readDocxAsPlanText(bytes);
      return docx.ok ? { status: "read", text: docx.text } : { status: "failed", message: docx.error };
    });
  },
};

/** The file's bytes, or why they cannot be read (Chinese). */
function readFile(path: string): Uint8Array | string {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? `文件不存在：${path}` : code === "EACCES" ? `没有读取权限：${path}` : `无法打开 ${path}（${code ?? String(error)}）`;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return `不是普通文件：${path}`;
    if (stat.size > MAX_DOCX_BYTES) return `文件过大（${Math.round(stat.size / 1024 / 1024)} MB，上限 ${MAX_DOCX_BYTES / 1024 / 1024} MB）`;
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
