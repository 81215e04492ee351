import { closeSync, rmSync, writeSync } from "node:fs";
import { UsageError } from "./command.js";
import { folderInTheWay, openFreshFile, replaceWith, temporaryBeside, writeFileAtomically } from "./files.js";
import { systemErrorText } from "./systemError.js";

/**
 * `--output FILE`: the command's text is written as it is emitted, into a temporary file beside
 * FILE that replaces FILE when the command completes. A run that fails leaves FILE as it was,
 * and a report over a thousand plans is never held in memory to be written at the end. A
 * binary result (export's .docx) is written atomically as soon as it is given. Nothing is
 * written when the command emitted nothing: a refused export leaves no empty file.
 */
export class OutputFile {
  private readonly temporary: string;
  private descriptor: number | undefined;

  constructor(readonly file: string) {
    this.temporary = temporaryBeside(file);
    // Said before the run, not after a thousand plans were checked for nothing.
    const folder = folderInTheWay(file);
    if (folder) throw this.failure(folder);
  }

  write(text: string): void {
    try {
      this.descriptor ??= openFreshFile(this.temporary);
      if (text !== "") writeSync(this.descriptor, text);
    } catch (error) {
      this.discard();
      throw this.failure(error);
    }
  }

  /**
   * A binary result is complete when it is given: written at once, so that a command reports it
   * written (export's 已导出) only after it is, and a failure is the command's own.
   */
  writeBytes(bytes: Uint8Array): void {
    this.discard();
    try {
      writeFileAtomically(this.file, bytes, false);
    } catch (error) {
      throw this.failure(error);
    }
  }

  /** The command completed: its output becomes FILE. */
  commit(): void {
    try {
      if (this.descriptor !== undefined) {
        closeSync(this.descriptor);
        this.descriptor = undefined;
        replaceWith(this.temporary, this.file);
      }
    } catch (error) {
      this.discard();
      throw this.failure(error);
    }
  }

  /** The command failed: nothing of its output is left behind. */
  discard(): void {
    if (this.descriptor !== undefined) {
      try {
        closeSync(this.descriptor);
      } catch {
        // Already closed or gone: the file is removed below either way.
      }
      this.descriptor = undefined;
    }
    rmSync(this.temporary, { force: true });
  }

  private failure(error: unknown): UsageError {
    return new UsageError(`无法写入输出文件 ${this.file}：${systemErrorText(error)}`);
  }
}
