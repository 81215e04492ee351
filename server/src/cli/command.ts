import type { CliConfigs, PlanOptions } from "./configs.js";
import type { WrittenFiles } from "./writtenFiles.js";

/** What a command writes to; the real process streams in `bin.ts`, strings in the tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The bytes of standard input (`--stdin`); absent when there is none to read. */
  readStdin?(): Promise<Uint8Array>;
  /** Colour the stylish output: stdout is a terminal or FORCE_COLOR asks, and NO_COLOR is not set (colour.ts). */
  colors?: boolean;
  /**
   * Resolves once what `stdout` was given has been taken by the reader (at once when nothing is
   * waiting): a command writing file by file waits here, so a slow reader of a pipe holds the
   * run back instead of the output piling up in memory.
   */
  drained?(): Promise<void>;
}

/** Exit codes, stable for CI: 0 clean, 1 findings over the threshold, 2 usage/input/config/internal. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A usage, input or configuration problem that ends the command: its Chinese message, exit 2. */
export class UsageError extends Error {}

/** An option in node:util `parseArgs` form. */
export interface OptionSpec {
  type: "string" | "boolean";
  multiple?: boolean;
  short?: string;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/**
 * One subcommand, in its own file under `commands/` and listed in `commands/index.ts`. It gets
 * the parsed options and the shared helpers, writes through `context.emit`, and returns its exit
 * code. Problems with single inputs go through `context.inputProblem` (the run goes on and ends
 * with exit 2); a problem that stops the command is thrown as `UsageError`.
 */
export interface CliCommand {
  /** Options beyond the common ones (`--format`, `--output`, `--config` …, see `main.ts`). */
  options?: Record<string, OptionSpec>;
  /** Chinese help: the usage line and the command's own options. */
  help: string;
  /** False for a command that takes no files or names (`rules`): main.ts refuses any, rather than ignore them. */
  takesArguments?: boolean;
  run(context: CommandContext): Promise<number> | number;
}

/** A plan read from disk or stdin, decoded, ready for `analyze`. */
export interface PlanInput {
  /** The path as the user gave it (or as found under a folder); `--stdin-filename` for stdin. */
  file: string;
  text: string;
  /** The file started with a UTF-8 BOM (dropped from `text`, restored when writing back). */
  hadBom: boolean;
  /** How the bytes were decoded when not UTF-8 (e.g. "GB18030"), for a note and for writing back. */
  encoding?: string;
  /** For inputs converted from another format (.docx): 0-based line → 1-based paragraph number. */
  paragraphOfLine?: readonly number[];
  /** The bytes that open the file when its name is not UTF-8 (`file` is then a printable form, `node/rawNames.ts`). */
  rawPath?: Buffer;
  /** The bytes as read, to detect a change on disk before writing a fix back. */
  bytes?: Uint8Array;
  /** False for stdin and converted inputs: nothing to write a fix back to. */
  writable: boolean;
  /** The analysis options for this plan: its configuration, registry entries and `--rule` overrides. */
  options: PlanOptions;
}

export interface CommandContext {
  /** The command's name as listed in `commands/index.ts`. */
  name: string;
  /** Positional arguments after the command name. */
  args: string[];
  values: OptionValues;
  io: CliIo;
  /** Colour what `emit` writes: `io.colors` (colour.ts: a terminal or FORCE_COLOR, no NO_COLOR) and no `--output` file to write it to. */
  colors: boolean;
  version: string;
  /** Analysis options per plan file: `--config` / `--no-config` / nearest `.plancheck.json`, `--rule`. */
  configs: CliConfigs;
  /** `--format`, checked against the formats the command offers; `fallback` when not given. */
  format<F extends string>(allowed: readonly F[], fallback: F): F;
  /**
   * The plans under the given paths (files, folders, globs), each read and decoded. A path or
   * file that cannot be used is reported on stderr and skipped; the run goes on and ends with
   * exit 2; so is a plan whose configuration does not load. No plan found at all is a UsageError.
   */
  readPlans(paths: readonly string[]): Promise<PlanInput[]>;
  /** The same plans, read one at a time as they are iterated (a check of many files holds one at a time). */
  eachPlan(paths: readonly string[]): AsyncIterable<PlanInput>;
  /** The files the run writes besides the plans' fixes (report, .docx, cache, baseline), none of which may be a plan it reads. */
  writes: WrittenFiles;
  /** Reports one bad input (Chinese, with its place) and marks the run as failed (exit 2). */
  inputProblem(message: string): void;
  /** Writes the command's result: to stdout, or atomically to `--output FILE`. */
  emit(text: string): void;
  /** Resolves when what `emit` wrote has been taken (stdout's reader has caught up). */
  drained(): Promise<void>;
  /**
   * Writes a binary result (a .docx) atomically to `--output FILE`, or to `fallbackFile` without
   * one (never to a terminal); returns the path written.
   */
  emitBytes(bytes: Uint8Array, fallbackFile: string): string;
}
