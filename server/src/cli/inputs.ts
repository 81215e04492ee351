import { existsSync, lstatSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Ignore } from "ignore";
import { lazy } from "../core/lazy.js";
import { notePlanReadForCompileCache } from "../node/compileCacheControl.js";
import { decodePlanBytes } from "../node/decode.js";
import { listPlanFiles, PLAN_FILE } from "../node/planFiles.js";
import { NotRegularFile, readRegularText, withRegularFile } from "../node/regularFile.js";
import { type CommandContext, type PlanInput, UsageError } from "./command.js";
import { ConfigError } from "./configs.js";
import { writtenEndings } from "./globEndings.js";
import { readsStdin } from "./stdinOption.js";
import { systemErrorText } from "./systemError.js";
import { fileIdentity } from "./writtenFiles.js";

/** Glob matching and .gitignore rules, loaded when a glob, a folder or an `ignore` list needs them. */
const picomatch = lazy(() => require("picomatch") as typeof import("picomatch"));
const ignoreLibrary = lazy(() => require("ignore") as typeof import("ignore"));
const globMatcher = (patterns: string | string[], options: { dot: boolean }) => picomatch()(patterns, options);

/**
 * Characters without which picomatch reads no path as a glob (a superset of its glob and
 * extglob syntax): a plain file name, the common case, is then told apart without loading it.
 */
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

/** Larger than any real plan by far; past it a file is refused rather than read into memory. */
export const MAX_PLAN_BYTES = 64 * 1024 * 1024;

/** A file that cannot be used, with the reason in Chinese; other files go on. */
class BadInput extends Error {}

/**
 * The plans the command line names: files (always taken, whatever their name), folders
 * (recursively, `.plan` / `.plan.txt` and `--ext` endings, minus `.gitignore` and the
 * configuration's `ignore`) and globs. Each file is checked once however often it is named.
 * A bad path or file is reported through the context and skipped. With `--stdin`, the one plan
 * on standard input instead (`stdinOption.ts`).
 */
export async function readPlans(paths: readonly string[], context: CommandContext): Promise<PlanInput[]> {
  const plans: PlanInput[] = [];
  for await (const plan of eachPlan(paths, context)) plans.push(plan);
  return plans;
}

/**
 * The same plans as `readPlans`, read one at a time as the caller asks for them: a check of a
 * thousand files holds one file's bytes and text at a time, not all of them.
 */
export async function* eachPlan(paths: readonly string[], context: CommandContext): AsyncGenerator<PlanInput> {
  if (readsStdin(context.values, paths)) {
    const plan = await readStdinPlan(context, context.values["stdin-filename"] as string | undefined);
    if (plan) yield readForCompileCache(plan);
    return;
  }
  const { files, rawPaths, problems } = planFiles(paths, context);
  if (files.length === 0 && problems === 0) throw new UsageError(`没有找到要检查的文件：${paths.join(" ")}`);
  for (const file of files) {
    let options;
    try {
      options = context.configs.for(file);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      context.inputProblem(error.message);
      continue;
    }
    let plan: PlanInput;
    try {
      plan = { ...(await readPlanInput(file, context, rawPaths.get(file))), options };
    } catch (error) {
      if (!(error instanceof BadInput)) throw error;
      context.inputProblem(`无法检查 ${file}：${error.message}`);
      continue;
    }
    yield readForCompileCache(plan);
  }
}

/** Each plan read is counted for the bin's code cache: it is written by a run that read one (node/compileCacheControl.ts). */
function readForCompileCache(plan: PlanInput): PlanInput {
  notePlanReadForCompileCache();
  return plan;
}

/**
 * The files the paths name, each once, the bytes that open those a walk found under a name that
 * is not UTF-8 (listed under its printable form, `node/rawNames.ts`), and how many paths could
 * not be used (reported).
 */
function planFiles(paths: readonly string[], context: CommandContext): { files: string[]; rawPaths: Map<string, Buffer>; problems: number } {
  if (paths.length === 0) throw new UsageError("请指定要检查的文件、目录或 glob（plancheck --help 查看用法）");
  // Repeated or comma-separated (`--ext .txt,.md`), as ESLint's --ext and this tool's --fix-type take lists.
  const extensions = ((context.values.ext as string[] | undefined) ?? []).flatMap((value) => value.split(",")).map((value) => fileEnding(value.trim()));
  const ignored = new IgnoreRules(context);
  const candidates: string[] = [];
  const rawPaths = new Map<string, Buffer>();
  const onRawPath = (path: string, raw: Buffer) => rawPaths.set(path, raw);
  // A folder's configuration, and what it names, are opened by the folder's bytes too.
  const onRawFolder = (path: string, raw: Buffer) => context.configs.rawFolders.add(path, raw);
  let problems = 0;
  const problem = (message: string) => {
    problems++;
    context.inputProblem(message);
  };
  for (const path of paths) {
    const scan = GLOB_CHARACTERS.test(path) ? picomatch().scan(path.replace(/^\.\//, "")) : null;
    if (scan?.isGlob) {
      const matches = globMatcher(scan.input, { dot: false });
      const matched = (file: string) => matches(file) || matches(relative(".", file));
      const endings = [...extensions, ...writtenEndings(scan.input)];
      const taken = (file: string) => matched(file) && isPlanFileName(file, endings);
      const base = scan.base || ".";
      const found = listPlanFiles(base, { accept: taken, exclude: (file, isFolder) => ignored.excludes(file, isFolder), onRawPath, onRawFolder });
      if (found.length === 0) {
        const ignoredCount = listPlanFiles(base, { accept: taken }).length;
        const otherCount = ignoredCount > 0 ? 0 : listPlanFiles(base, { accept: matched }).length;
        problem(
          ignoredCount > 0
            ? `与 ${path} 匹配的 ${ignoredCount} 个文件${ALL_IGNORED}`
            : otherCount > 0
              ? `与 ${path} 匹配的 ${otherCount} 个文件都不是方案文件（.plan、.plan.txt${extensions.map((extension) => `、${extension}`).join("")}），没有可检查的文件（要检查其他扩展名请加 --ext，或直接写出文件名）`
              : `没有与 ${path} 匹配的文件`,
        );
      }
      candidates.push(...found);
      continue;
    }
    const kind = pathKind(path);
    if (typeof kind === "string") problem(kind);
    else if (kind.folder) {
      const found = listPlanFiles(path, { extensions, exclude: (file, isFolder) => ignored.excludes(file, isFolder), onRawPath, onRawFolder });
      if (found.length === 0) {
        const ignoredCount = listPlanFiles(path, { extensions }).length;
        problem(ignoredCount > 0 ? `目录 ${path} 下的 ${ignoredCount} 个方案文件${ALL_IGNORED}` : `目录 ${path} 下没有可检查的文件（.plan、.plan.txt${extensions.map((extension) => `、${extension}`).join("")}）${otherDocumentsHint(path, extensions)}`);
      }
      candidates.push(...found);
    } else candidates.push(path);
  }
  const seen = new Set<string>();
  const files: string[] = [];
  for (const file of candidates) {
    const key = fileIdentity(rawPaths.get(file) ?? file);
    if (seen.has(key)) continue;
    seen.add(key);
    context.writes.planFound(key, file);
    files.push(file);
  }
  return { files, rawPaths, problems };
}

/**
 * `--ext .txt` (or `txt`, as ESLint takes it): an ending, never a pattern. `--ext '*.txt'` or
 * `--ext drafts/*.txt` would otherwise be the ending `.*.txt`, which no file has, and the folder
 * would be reported empty while its .txt files sit in it.
 */
function fileEnding(extension: string): string {
  if (extension === "" || extension === "." || /[/\\]/.test(extension) || GLOB_CHARACTERS.test(extension)) {
    throw new UsageError(`--ext 的取值应为文件扩展名，如 --ext .txt：${extension}（要按模式选择文件，请直接写出 glob，如 'plans/**/*.txt'）`);
  }
  return extension.startsWith(".") ? extension : `.${extension}`;
}

/**
 * A glob selects plans, as a folder does: a glob of every file under plans/ would otherwise match, beside the plans,
 * a configuration's .json, a .docx report and the images, each then checked as a plan or refused.
 * It takes the plan endings, the `--ext` ones and the endings its last part writes out
 * (`drafts/*.txt`, `drafts/*.{plan,txt}`: the user named the files' kind, globEndings.ts); a file named on the command line is taken
 * whatever its name.
 */
function isPlanFileName(file: string, endings: readonly string[]): boolean {
  // As a folder's walk takes them (node/planFiles.ts): the plan endings as written, --ext's in any case.
  const name = file.toLowerCase();
  return PLAN_FILE.test(file) || endings.some((ending) => name.endsWith(ending.toLowerCase()));
}

/**
 * Why a folder or a glob that does hold plan files gave none: every one is ignored. Said, or the
 * user looks for a typo in the path while the files sit under a `.gitignore` rule. Counted only
 * when nothing was found, by a second walk without the ignore rules.
 */
const ALL_IGNORED = "都被 .gitignore 或 .plancheck.json 的 ignore 排除，没有可检查的文件（直接写出文件名则仍会检查）";

/**
 * Plans kept as Word or plain-text files are the common case of a folder with no `.plan` in it
 * (a department's drafts are `方案.docx`, a web page saved is `.txt`): say which endings the
 * folder does hold and the option that takes them, rather than leave the user to guess.
 */
const DOCUMENT_ENDINGS = [".txt", ".docx", ".doc", ".md"] as const;

function otherDocumentsHint(folder: string, taken: readonly string[]): string {
  const counts = DOCUMENT_ENDINGS.filter((ending) => !taken.includes(ending))
    .map((ending) => ({ ending, count: listPlanFiles(folder, { accept: (file) => file.toLowerCase().endsWith(ending) }).length }))
    .filter(({ count }) => count > 0);
  if (counts.length === 0) return "";
  const found = counts.map(({ ending, count }) => `${count} 个 ${ending} 文件`).join("、");
  const checkable = counts.filter(({ ending }) => ending !== ".doc").map(({ ending }) => `--ext ${ending}`);
  const doc = counts.some(({ ending }) => ending === ".doc") ? "；.doc 需先另存为 .docx" : "";
  return `；目录下有 ${found}${checkable.length > 0 ? `，要检查它们请加 ${checkable.join(" ")}` : ""}${doc}`;
}

/** A folder, a file (or anything else to open), or why the path cannot be used. */
function pathKind(path: string): { folder: boolean } | string {
  try {
    return { folder: statSync(path).isDirectory() };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return `符号链接形成循环：${path}`;
    if (code === "ENOENT" && isSymlink(path)) return `符号链接指向的文件不存在：${path}`;
    if (code === "ENOENT" && path.includes("\uFFFD")) return `${path}：${UNDECODABLE_NAME}`;
    if (code === "ENOENT" || code === "ENOTDIR") return `找不到文件或目录：${path}`;
    if (code === "EACCES") return `没有权限读取：${path}`;
    return `无法访问 ${path}：${systemErrorText(error)}`;
  }
}

function isSymlink(path: string | Buffer): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Reads and decodes one plan file; `.docx` through its reader. Never blocks on a FIFO. `rawPath`:
 * the bytes that open a file whose name is not UTF-8, `file` then its printable form.
 */
export async function readPlanInput(file: string, context: Pick<CommandContext, "io">, rawPath?: Buffer): Promise<Omit<PlanInput, "options">> {
  const plan = await planFromBytes(file, readBytes(file, rawPath), context, true);
  return rawPath === undefined ? plan : { ...plan, rawPath };
}

/**
 * `--stdin`: the plan on standard input, named `--stdin-filename` (which also picks the
 * configuration); null (reported) when the bytes are not a plan.
 */
export async function readStdinPlan(context: CommandContext, name: string | undefined): Promise<PlanInput | null> {
  if (!context.io.readStdin) throw new UsageError("没有可读取的标准输入");
  const file = name ?? "<stdin>";
  let options;
  try {
    options = context.configs.for(name ?? resolve("stdin.plan"));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    context.inputProblem(error.message);
    return null;
  }
  try {
    const plan = await planFromBytes(file, await context.io.readStdin(), context);
    // A name an ignore rule leaves out is still checked, as a file named on the command line is
    // (README): the text was handed over to be checked. ESLint warns there; the note says why a
    // folder's check would skip that file.
    if (name !== undefined && new IgnoreRules(context).excludes(name, false)) context.io.stderr(`${plan.file}：注意：此文件名被 .gitignore 或 .plancheck.json 的 ignore 排除，检查目录时会跳过；按 --stdin-filename 指定，仍照常检查\n`);
    return { ...plan, writable: false, options };
  } catch (error) {
    if (!(error instanceof BadInput)) throw error;
    context.inputProblem(`无法检查标准输入：${error.message}`);
    return null;
  }
}

/** A zip (a .docx) or an OLE compound file (a .doc, or an encrypted .docx): what Word opens, no text file. */
function isWordContainer(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0);
}

/**
 * `byContent`: a file (not standard input, whose --fix prints the text it read, which for a Word
 * document would be text in place of the document) is a Word document by its bytes too.
 */
async function planFromBytes(file: string, bytes: Uint8Array, context: Pick<CommandContext, "io">, byContent = false): Promise<Omit<PlanInput, "options">> {
  if (/\.doc$/i.test(file)) throw new BadInput("是 Word 97-2003 格式（.doc），请在 Word 中“另存为” .docx 或纯文本后再检查");
  // A Word document by its name (.docx, and a macro-enabled one or a template, which hold the same
  // parts) or by its bytes: a zip or Office's compound file under another name (a download named
  // 方案 without an extension) is read as Word reads it, never as text, and never written back.
  if (/\.(docx|docm|dotx|dotm)$/i.test(file) || (byContent && isWordContainer(bytes))) {
    const { readDocxAsPlanText } = await import("../node/docx/index.js");
    const docx = readDocxAsPlanText(bytes);
    if (!docx.ok) throw new BadInput(docx.error);
    return { file, text: docx.text, hadBom: false, paragraphOfLine: docx.paragraphMap, writable: false };
  }
  const decoded = decodePlanBytes(bytes);
  if (!decoded.ok) throw new BadInput(decoded.message);
  if (decoded.note) context.io.stderr(`${file}：提示：${decoded.note}\n`);
  return { file, text: decoded.text, hadBom: decoded.hadBom, encoding: decoded.encoding, bytes, writable: true };
}

/**
 * A name in bytes that are not UTF-8 (GBK, as a zip made on Chinese Windows unpacks) reaches the
 * command line's arguments with U+FFFD in it, a path that names no file (a folder's walk keeps its
 * bytes, `node/rawNames.ts`). Said as what it is, with the remedy, rather than "文件不存在" for a
 * file the user sees in the folder.
 */
const UNDECODABLE_NAME = "文件名不是 UTF-8 编码（可能是 GBK 编码的文件名，常见于 Windows 下打包的压缩文件），命令行传来的名称已丢失原字节，无法打开；请改为检查它所在的目录（目录中的此类文件按原字节打开），或将文件重命名后再检查";

function readBytes(file: string, rawPath: Buffer | undefined): Uint8Array {
  let opened = false;
  try {
    return withRegularFile(rawPath ?? file, (fd, stat) => {
      opened = true;
      if (stat.size > MAX_PLAN_BYTES) throw new BadInput(`文件过大（${Math.round(stat.size / 1024 / 1024)} MB，上限 ${MAX_PLAN_BYTES / 1024 / 1024} MB）`);
      return readFileSync(fd);
    });
  } catch (error) {
    if (error instanceof BadInput) throw error;
    if (error instanceof NotRegularFile) throw new BadInput(error.kind === "目录" ? "是目录，这里需要一个文件" : `不是普通文件（${error.kind}），已跳过`);
    if (opened) throw new BadInput(`读取失败：${systemErrorText(error)}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") throw new BadInput("符号链接形成循环");
    if (code === "ENOENT") throw new BadInput(isSymlink(rawPath ?? file) ? "符号链接指向的文件不存在" : file.includes("\uFFFD") ? UNDECODABLE_NAME : "文件不存在");
    if (code === "EACCES") throw new BadInput("没有读取权限");
    if (code === "EISDIR") throw new BadInput("是目录，这里需要一个文件");
    throw new BadInput(`无法打开：${systemErrorText(error)}`);
  }
}

/**
 * What a folder walk leaves out: paths matched by a `.gitignore` (in the folder or a parent
 * up to the repository root) or by the `ignore` globs of the plan's `.plancheck.json`
 * (relative to that file). Files named on the command line are never left out.
 */
class IgnoreRules {
  private readonly gitignores = new Map<string, Ignore | null>();
  /** Whether a folder holds `.git` (the walk up stops there): asked for every file of the walk. */
  private readonly repositoryRoots = new Map<string, boolean>();
  private readonly configMatchers = new Map<string, ((path: string) => boolean) | null>();

  constructor(private readonly context: CommandContext) {}

  excludes(path: string, isFolder: boolean): boolean {
    return this.byGitignore(resolve(path), isFolder) || (!isFolder && this.byConfig(resolve(path)));
  }

  /**
   * As git reads them: the nearest `.gitignore` with a pattern that matches decides, so a
   * folder's `!final.plan` takes back a file its parent's `drafts/*.plan` leaves out; a file
   * under a folder left out is never reached (the walk does not enter it).
   */
  private byGitignore(absolute: string, isFolder: boolean): boolean {
    for (let folder = dirname(absolute); ; folder = dirname(folder)) {
      const rules = this.gitignoreIn(folder);
      if (rules) {
        const relativePath = relative(folder, absolute).split(sep).join("/");
        const verdict = rules.test(isFolder ? `${relativePath}/` : relativePath);
        if (verdict.ignored) return true;
        if (verdict.unignored) return false;
      }
      if (this.isRepositoryRoot(folder) || dirname(folder) === folder) return false;
    }
  }

  private isRepositoryRoot(folder: string): boolean {
    let root = this.repositoryRoots.get(folder);
    if (root === undefined) this.repositoryRoots.set(folder, (root = existsSync(join(folder, ".git"))));
    return root;
  }

  private gitignoreIn(folder: string): Ignore | null {
    let rules = this.gitignores.get(folder);
    if (rules === undefined) {
      try {
        rules = ignoreLibrary()().add(readRegularText(join(folder, ".gitignore")));
      } catch {
        rules = null;
      }
      this.gitignores.set(folder, rules);
    }
    return rules;
  }

  private byConfig(absolute: string): boolean {
    const configFile = this.context.configs.configFileFor(absolute);
    if (!configFile) return false;
    let matcher = this.configMatchers.get(configFile);
    if (matcher === undefined) {
      const patterns = this.context.configs.ignorePatterns(configFile);
      matcher = patterns.length > 0 ? globMatcher(patterns, { dot: true }) : null;
      this.configMatchers.set(configFile, matcher);
    }
    return matcher !== null && matcher(relative(dirname(configFile), absolute).split(sep).join("/"));
  }
}
