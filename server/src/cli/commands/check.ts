import { analyze } from "../../core/analyze.js";
import { fixAll, type RefusedFinding } from "../../core/fixes/applyFixes.js";
import { ALL_RULES } from "../../core/rules/index.js";
import { type Finding, SEVERITIES, type Severity } from "../../core/rules/types.js";
import { encodePlanText } from "../../node/decode.js";
import { type CliCommand, type CommandContext, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type PlanInput, UsageError } from "../command.js";
import type { PlanOptions } from "../configs.js";
import { writePlanBack } from "../writeBack.js";
import { refuseIgnoredOptions } from "../ignoredOptions.js";
import { readsStdin, STDIN_OPTIONS, stdinHelp } from "../stdinOption.js";
import { addToTotals, emptyTotals, fileReport, type FileReport, refusedMessage, type ReportNeeds, type StreamedFormat } from "../format/report.js";

const FORMATS = ["stylish", "text", "json", "sarif", "github", "junit"] as const;
type Format = (typeof FORMATS)[number];

const FAMILIES = [...new Set(ALL_RULES.map((rule) => rule.meta.family))];

/** `plancheck [check] PATH…` — findings per plan, in the chosen format; exit 1 over the threshold. */
export const command: CliCommand = {
  options: {
    fix: { type: "boolean" },
    "fix-dry-run": { type: "boolean" },
    "fix-type": { type: "string", multiple: true },
    "fail-on": { type: "string" },
    "max-warnings": { type: "string" },
    quiet: { type: "boolean", short: "q" },
    ...STDIN_OPTIONS,
    "print-config": { type: "string" },
    cache: { type: "boolean" },
    "cache-location": { type: "string" },
    "write-baseline": { type: "boolean" },
    baseline: { type: "string" },
    "report-unused-disable-directives": { type: "boolean" },
    "report-unused-disable-directives-severity": { type: "string" },
  },
  help: `用法：plancheck [check] [选项] 文件、目录或 glob…

检查选项：
  --format 格式              stylish（默认，按文件分组）|text（每行一个问题）|json|sarif|github|junit
  --fix                      自动修复可安全修复的问题并写回文件，再报告余下的问题
  --fix-dry-run              只输出修复的统一 diff，不写回
  --fix-type 类别            只修复这些类别的规则，可用逗号或重复：numbering,units,punct…
  --fail-on 级别             达到该级别的问题使退出码为 1：error|warning|info|hint|never（默认 error）
  --max-warnings 数量        警告多于该数量时退出码为 1
  -q, --quiet                只报告错误
${stdinHelp("（--fix 时输出修复后的文本）")}
  --print-config 文件        输出对该文件生效的配置，不做检查
  --cache                    只检查内容或配置变化了的文件（.plancheck-cache.json）
  --cache-location 位置      缓存文件，或放缓存文件的目录（已有的目录，或以 / 结尾）
  --write-baseline           把当前的问题记入 .plancheck-baseline.json，此后只报告新问题
  --baseline 文件            基线文件（默认当前目录的 .plancheck-baseline.json，存在即用）
  --report-unused-disable-directives
                             报告未屏蔽任何问题的 plancheck-disable 指令（级别为警告；--fix 时删除）
  --report-unused-disable-directives-severity 级别
                             同上，并指定级别：error|warn|info|hint|off`,
  async run(context) {
    const format = context.format(FORMATS, "stylish");
    const options = checkOptions(context);
    if (typeof context.values["print-config"] === "string") return (await import("./printConfig.js")).printConfig(context, context.values["print-config"]);
    const plans = context.eachPlan(context.args);
    // A text on standard input is no file the cache could key or keep (ESLint leaves it out too):
    // cached under a made-up path, it would also prune every plan's entry, none of them seen.
    const cache = context.values.cache && !context.values.stdin ? await (await import("../cache.js")).openCache(context) : undefined;
    const baseline = (await import("../baseline.js")).openBaseline(context);
    const needs: ReportNeeds = { editRanges: format === "json" || format === "sarif", sourceLines: baseline.mode !== "none" };
    // The report itself is written only when no diff or fixed text takes its place, and not while recording a baseline.
    const writesReport = !options.dryRun && !(context.values.stdin && options.fix) && baseline.mode !== "write";
    // Every format but junit is written file by file as the plans are checked; junit needs every report at once.
    const streamed = writesReport ? await streamedFormat(format, context) : undefined;
    const held: FileReport[] = [];
    const totals = emptyTotals();
    const verdict = new Verdict(options);
    let internal = false;
    let diff = "";
    // One plan at a time: its text and bytes are dropped once its report is made.
    for await (const plan of plans) {
      const analysisOptions = withUnusedDirectives(plan.options, options.unusedDirectives);
      let text = plan.text;
      let refused: RefusedFinding[] = [];
      if (options.fix || options.dryRun) {
        const result = fixAll(text, analysisOptions, 10, options.accept);
        const fixed = result.text;
        // No report carries them with --fix-dry-run and --stdin --fix: say so on stderr.
        if (options.dryRun || context.values.stdin) reportRefusedOnStderr(context, plan.file, fixed, result.refused, options.dryRun);
        if (options.dryRun) {
          // A converted .docx: --fix writes nothing back, so the diff that shows what it writes is empty.
          // A diff of the converted text, headed with the .docx's name, would also stop `git apply` of the whole diff.
          if (plan.paragraphOfLine !== undefined) context.io.stderr(`${plan.file}：提示：--fix 不写回此类文件，--fix-dry-run 不为其输出 diff\n`);
          else if (fixed !== text) {
            const { fixDiff, decodedDiffNote } = await import("../format/fixDiff.js");
            diff += fixDiff(plan, text, fixed);
            const note = decodedDiffNote(plan);
            if (note) context.io.stderr(`${note}\n`);
          }
          // The verdict is of what --fix would leave, as ESLint's --fix-dry-run: a plan whose every
          // problem is fixable passes both, or a CI step trying the fixes fails where --fix passes.
          if (context.values.stdin || plan.writable) text = fixed;
        } else if (fixedTextStands(context, plan, fixed)) {
          text = fixed;
          refused = result.refused;
        }
      }
      const analyzed = () => analyze(text, analysisOptions).findings;
      const findings = cache ? cache.findings(plan.file, text, analysisOptions, analyzed) : analyzed();
      const report = fileReport(plan.file, text, findings, plan.paragraphOfLine, options.dryRun ? [] : refused, needs);
      internal ||= report.findings.some((finding) => finding.internal);
      baseline.take(report);
      const shown = options.quiet ? { ...report, findings: report.findings.filter((finding) => finding.severity === "error") } : report;
      // -q hides what is not an error, never passes it: the verdict is of every finding (ESLint 9
      // counts the warnings --quiet hides for --max-warnings), the summary says how many are hidden.
      verdict.add(report, shown);
      addToTotals(totals, shown);
      totals.hidden += report.findings.length - shown.findings.length;
      if (streamed) {
        context.emit(streamed.file(shown));
        await context.drained();
      } else if (writesReport) held.push(shown);
    }
    cache?.save();
    baseline.finish();
    if (baseline.mode === "write") return EXIT_OK;
    // Nothing could be read (each problem already reported): no empty report to mislead.
    if (totals.files === 0) return EXIT_OK;
    if (options.dryRun) context.emit(diff);
    else if (streamed) context.emit(streamed.end(totals));
    // JUnit's root element counts every test case before the first: written once all reports are in.
    else if (writesReport) context.emit((await import("../format/junit.js")).formatJunit(held));
    // A rule crashed (reported as its finding): exit 1 would say "the plan has problems".
    if (internal) {
      context.io.stderr("plancheck 内部错误：有规则未能完成检查（见输出中的“内部错误”），请报告此问题\n");
      return EXIT_USAGE;
    }
    return verdict.exitCode(context);
  },
};

/**
 * `--fix`: writes the fixed text back (or, with `--stdin`, prints it) and says whether it now
 * stands in for the plan. Where it was not saved — a converted .docx, a file changed on disk
 * since it was read, a write that failed — the plan is still the text read, and the report and
 * the exit code are of that text: a report of fixes nobody saved would pass a plan that fails.
 */
function fixedTextStands(context: CommandContext, plan: PlanInput, fixed: string): boolean {
  if (context.values.stdin) {
    // The text as `--fix` would write the file: a UTF-8 BOM the input had is kept. Standard
    // output is UTF-8, so a GB18030 or UTF-16 input comes back in UTF-8: said, never silently.
    if (plan.encoding === "UTF-8" || plan.encoding === undefined) context.emit(plan.hadBom ? `\uFEFF${fixed}` : fixed);
    else {
      context.io.stderr(`${plan.file}：注意：输入为 ${plan.encoding} 编码，--stdin --fix 输出的是 UTF-8 文本\n`);
      context.emit(fixed);
    }
    return true;
  }
  if (!plan.writable) {
    context.io.stderr(`${plan.file}：提示：--fix 不写回此类文件，只报告问题\n`);
    return false;
  }
  if (fixed === plan.text) return true;
  const refusal = writePlanBack(plan.rawPath ?? plan.file, encodePlanText(fixed, plan.encoding ?? "UTF-8", plan.hadBom), plan.bytes!);
  if (refusal) context.inputProblem(`${plan.file}：${refusal}`);
  return refusal === null;
}

function reportRefusedOnStderr(context: CommandContext, file: string, fixed: string, refused: readonly RefusedFinding[], dryRun: boolean): void {
  if (refused.length === 0) return;
  for (const item of fileReport(file, fixed, [], undefined, refused).refused) {
    const { line, character } = item.range.start;
    context.io.stderr(`${file}:${line + 1}:${character + 1}${dryRun ? "（修复后的文本）" : ""}：${refusedMessage(item)}  [${item.rule}]\n`);
  }
}

interface CheckOptions {
  fix: boolean;
  dryRun: boolean;
  accept: (finding: Finding) => boolean;
  failOn: Severity | "never";
  maxWarnings: number | undefined;
  quiet: boolean;
  /** `--report-unused-disable-directives[-severity]`; undefined when neither is given. */
  unusedDirectives: Severity | "off" | undefined;
}

const UNUSED_DIRECTIVE_RULE = "config/unused-directive";

/**
 * ESLint's semantics for unused disable directives: the command line reports them only when
 * asked, by the flags or by a severity the configuration (or `--rule`) gives the rule; the flags
 * win over both. The editor always shows them (as hints), and with the flag the command line
 * reports exactly those.
 */
function withUnusedDirectives(options: PlanOptions, flag: Severity | "off" | undefined): PlanOptions {
  const configured = options.ruleOverrides?.[UNUSED_DIRECTIVE_RULE] ?? options.config?.rules?.[UNUSED_DIRECTIVE_RULE];
  if (flag === undefined && configured !== undefined) return options;
  // Plans under one configuration share one options object (the cache hashes it once per object).
  let derived = DERIVED_OPTIONS.get(options);
  if (!derived) DERIVED_OPTIONS.set(options, (derived = { ...options, ruleOverrides: { ...options.ruleOverrides, [UNUSED_DIRECTIVE_RULE]: flag ?? "off" } }));
  return derived;
}

const DERIVED_OPTIONS = new WeakMap<PlanOptions, PlanOptions>();

const UNUSED_SEVERITIES: Record<string, Severity | "off"> = { error: "error", warn: "warning", warning: "warning", info: "info", hint: "hint", off: "off" };

function unusedDirectivesOption(values: CommandContext["values"]): Severity | "off" | undefined {
  const severity = values["report-unused-disable-directives-severity"] as string | undefined;
  if (severity !== undefined) {
    const chosen = UNUSED_SEVERITIES[severity];
    if (!chosen) throw new UsageError(`--report-unused-disable-directives-severity 的取值无效：${severity}（可用 error、warn、info、hint、off）`);
    return chosen;
  }
  return values["report-unused-disable-directives"] === true ? "warning" : undefined;
}

function checkOptions(context: CommandContext): CheckOptions {
  const { values } = context;
  const failOn = (values["fail-on"] as string | undefined) ?? "error";
  if (failOn !== "never" && !SEVERITIES.includes(failOn as Severity)) throw new UsageError(`--fail-on 的取值无效：${failOn}（可用 error、warning、info、hint、never）`);
  const maxWarnings = countOption(values, "max-warnings");
  const types = ((values["fix-type"] as string[] | undefined) ?? []).flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
  for (const type of types) if (!(FAMILIES as string[]).includes(type)) throw new UsageError(`--fix-type 中的类别不存在：${type}（可用 ${FAMILIES.join("、")}）`);
  readsStdin(values, context.args);
  if (values.fix && values["fix-dry-run"]) throw new UsageError("--fix 与 --fix-dry-run 不能同时使用");
  if (types.length > 0 && !values.fix && !values["fix-dry-run"]) throw new UsageError("--fix-type 需要与 --fix 或 --fix-dry-run 一起使用");
  refuseIgnoredOptions(values);
  const families = new Set(types);
  return {
    fix: values.fix === true,
    dryRun: values["fix-dry-run"] === true,
    accept: families.size === 0 ? () => true : (finding) => families.has(finding.rule.split("/")[0]!),
    failOn: failOn as Severity | "never",
    maxWarnings,
    quiet: values.quiet === true,
    unusedDirectives: unusedDirectivesOption(values),
  };
}

/**
 * An option that counts something: digits only. `Number()` also took "" and " " (as 0), "0x10"
 * (16) and "1e1" (10), so a mistyped CI step ran with a threshold nobody wrote.
 */
function countOption(values: CommandContext["values"], name: string): number | undefined {
  const text = values[name] as string | undefined;
  if (text === undefined) return undefined;
  if (!/^[0-9]+$/.test(text)) throw new UsageError(`--${name} 的取值无效：“${text}”（应为非负整数，如 0 或 10）`);
  return Number(text);
}

async function streamedFormat(format: Format, context: CommandContext): Promise<StreamedFormat | undefined> {
  switch (format) {
    case "github":
      return (await import("../format/github.js")).githubFormat;
    case "text":
      return (await import("../format/text.js")).textFormat;
    case "stylish":
      return (await import("../format/stylish.js")).stylishFormat(context.colors);
    case "json":
      return (await import("../format/json.js")).jsonFormat();
    case "sarif":
      return (await import("../format/sarif.js")).sarifFormat(context.version, process.cwd());
    case "junit":
      return undefined;
  }
}

/**
 * The exit code over every finding, shown or hidden by `--quiet`: `--max-warnings`, then
 * `--fail-on`. Exit 1 that the output does not explain (warnings under a stylish summary of no
 * error, or none shown at all) is said on stderr, as ESLint says "too many warnings".
 */
class Verdict {
  private warnings = 0;
  private overThreshold = false;
  private shownOverThreshold = false;
  private readonly threshold: number;

  constructor(private readonly options: CheckOptions) {
    this.threshold = options.failOn === "never" ? -1 : SEVERITIES.indexOf(options.failOn);
  }

  add(report: FileReport, shown: FileReport): void {
    for (const finding of report.findings) {
      if (finding.severity === "warning") this.warnings++;
      if (SEVERITIES.indexOf(finding.severity) <= this.threshold) this.overThreshold = true;
    }
    for (const finding of shown.findings) if (SEVERITIES.indexOf(finding.severity) <= this.threshold) this.shownOverThreshold = true;
  }

  exitCode(context: CommandContext): number {
    const { maxWarnings, quiet, failOn } = this.options;
    if (maxWarnings !== undefined && this.warnings > maxWarnings) {
      context.io.stderr(`警告共 ${this.warnings} 个，多于 --max-warnings ${maxWarnings}${quiet ? "（含 --quiet 未显示的警告）" : ""}\n`);
      return EXIT_FINDINGS;
    }
    if (!this.overThreshold) return EXIT_OK;
    if (!this.shownOverThreshold) context.io.stderr(`--quiet 未显示的问题达到 --fail-on ${failOn} 的级别\n`);
    return EXIT_FINDINGS;
  }
}
