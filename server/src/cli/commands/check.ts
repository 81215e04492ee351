import { analyze } from "../../core/analyze.js";
import { fixAll } from "../../core/fixes/applyFixes.js";
import { SEVERITIES, type Severity } from "../../core/rules/types.js";
import { encodePlanText } from "../../node/decode.js";
import { type CliCommand, EXIT_FINDINGS, EXIT_OK, UsageError } from "../command.js";
import { writeFileAtomically } from "../files.js";
import { formatJson } from "../format/json.js";
import { fileReport, type FileReport } from "../format/report.js";
import { formatSarif } from "../format/sarif.js";
import { formatText } from "../format/text.js";

const FORMATS = ["text", "json", "sarif"] as const;

/** `plancheck [check] PATH…` — findings per plan, in the chosen format; exit 1 at or above --fail-on. */
export const command: CliCommand = {
  options: {
    fix: { type: "boolean" },
    "fail-on": { type: "string" },
  },
  help: `用法：plancheck [check] [选项] 文件、目录或 glob…

检查选项：
  --format text|json|sarif   输出格式（默认 text）
  --fix                      自动修复可安全修复的问题并写回文件
  --fail-on 级别             达到该级别的问题使退出码为 1：error|warning|info|hint|never（默认 error）`,
  async run(context) {
    const format = context.format(FORMATS, "text");
    const failOn = (context.values["fail-on"] as string | undefined) ?? "error";
    if (failOn !== "never" && !SEVERITIES.includes(failOn as Severity)) throw new UsageError(`--fail-on 的取值无效：${failOn}（可用 error、warning、info、hint、never）`);
    const plans = await context.readPlans(context.args);
    const reports: FileReport[] = [];
    for (const plan of plans) {
      let text = plan.text;
      if (context.values.fix && !plan.writable) context.io.stderr(`${plan.file}：提示：--fix 不写回此类文件，只报告问题\n`);
      if (context.values.fix && plan.writable) {
        const result = fixAll(text, plan.options);
        if (result.text !== text) {
          writeFileAtomically(plan.file, encodePlanText(result.text, plan.encoding ?? "UTF-8", plan.hadBom));
          text = result.text;
        }
      }
      reports.push(fileReport(plan.file, text, analyze(text, plan.options).findings, plan.paragraphOfLine));
    }
    context.emit(format === "json" ? formatJson(reports) : format === "sarif" ? formatSarif(reports, context.version) : formatText(reports));
    if (failOn === "never") return EXIT_OK;
    const threshold = SEVERITIES.indexOf(failOn as Severity);
    const failing = reports.some((report) => report.findings.some((finding) => SEVERITIES.indexOf(finding.severity) <= threshold));
    return failing ? EXIT_FINDINGS : EXIT_OK;
  },
};
