import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { listPlanFiles } from "../node/planFiles.js";


/** A file argument that could not be used, with a Chinese message for the user. */
export class InputError extends Error {}

/**
 * Expands the command line's paths: a file is taken whatever its name; a folder contributes
 * its `.plan` and `.plan.txt` files, recursively, in a stable (sorted) order.
 */
export function collectPlanFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new InputError(`找不到文件或目录：${path}`);
    }
    if (stat.isDirectory()) files.push(...listPlanFiles(path));
    else files.push(path);
  }
  return files;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Reads a plan as UTF-8; the BOM is dropped, as VS Code drops it, so positions agree. */
export function readPlanFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new InputError(`${file} 是目录，这里需要一个文件`);
    if (code === "ENOENT") throw new InputError(`找不到文件：${file}`);
    throw new InputError(`无法读取文件 ${file}：${code ?? String(error)}`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new InputError(`文件 ${file} 不是有效的 UTF-8 文本（第 ${offset} 字节起），请另存为 UTF-8 编码`);
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  // Binary search on the longest prefix that decodes: cheap enough and exact to the byte.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    try {
      // A fresh decoder each time: a streaming decoder keeps state between calls.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  return low + 1;
}

/** Writes through a temporary file and a rename, so a crash never leaves half a plan behind. */
export function writeFileAtomically(file: string, text: string, hadBom: boolean): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, (hadBom ? "\uFEFF" : "") + text, "utf8");
  renameSync(temporary, file);
}

export function fileHasBom(file: string): boolean {
  const bytes = readFileSync(file);
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
