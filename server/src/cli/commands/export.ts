import { basename, dirname, extname, join } from "node:path";
import { analyze } from "../../core/analyze.js";
import { blockingFindings, blockingMessage, exportPlanDocx } from "../../core/export/exportDocx.js";
import { ExportOptionError, FONT_ROLES, resolveExportOptions, type ExportSettings } from "../../core/export/options.js";
import { type CliCommand, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type OptionValues, UsageError } from "../command.js";
import { readsStdin, STDIN_OPTIONS, stdinHelp } from "../stdinOption.js";

/**
 * `plancheck export FILE --format docx [-o OUT]`: the plan as a Word document in the 公文 format
 * (GB/T 9704—2012). The core lays it out and packs the bytes; this reads the plan, refuses one
 * with error-level findings unless --force (exit 1, the findings listed), and writes the file.
 */
export const command: CliCommand = {
  options: {
    force: { type: "boolean" },
    paper: { type: "string" },
    font: { type: "string", multiple: true },
    "bold-headings": { type: "boolean" },
    "latin-digits": { type: "boolean" },
    draft: { type: "string" },
    annotations: { type: "string" },
    ...STDIN_OPTIONS,
  },
  help: `用法：plancheck export 文件 --format docx [-o 输出文件]

  把方案导出为公文格式（GB/T 9704—2012）的 Word 文档：A4、版心 156×225 mm、正文 3号仿宋
  每页 22 行每行 28 字、页码“— 1 —”、标题 2号小标宋、一级标题黑体、二级标题楷体。
  OA 系统带来的版头（份号、密级、紧急程度、发文机关标志、发文字号）按公文格式印在首页上方。
  文首元数据的文号、发文机关、成文日期在正文没有时按公文格式印出（文号在首页上方，署名和日期在
  正文之后），其余文首元数据、// 注释、〔对应纲要：…〕标注不导出。有错误级问题时不导出（--force 仍导出）。
  条目编号按 plancheck outline 所示印出（写了两遍的编号只印一个，粘贴时丢失的编号补上）；网页和邮件
  残留、重复粘贴的内容、Word 批注框和落款上方的（此页无正文）不印出。

  --format docx              导出格式（默认 docx）
  -o, --output 文件          输出文件（默认与方案同目录同名的 .docx）
  --force                    有错误级问题时仍然导出
  --paper A4|Letter          纸张（默认 A4；其他纸张保持版心大小）
  --font 用途=字体[,后备…]   字体及后备字体，可重复；用途：${FONT_ROLES.join("、")}
                             如 --font body=仿宋_GB2312,仿宋 --font title=方正小标宋简体
  --bold-headings            二级（楷体）、三四级（仿宋）标题加粗（地方惯例，非标准要求）
  --latin-digits             数字和西文用 Times New Roman
  --draft none|header|watermark  征求意见稿标记：页眉或水印（默认 none）；标注了的，和文首“状态”
                             为征求意见稿、送审稿等的一样，落款按不加盖印章的格式编排
  --annotations omit|comments    对应纲要标注：不导出（默认）或作为 Word 批注
${stdinHelp("（须用 -o 或 --stdin-filename 给出输出位置）")}`,
  async run(context) {
    context.format(["docx"] as const, "docx");
    if (readsStdin(context.values, context.args)) {
      // Standard input has no place of its own to put the .docx beside.
      if (context.values.output === undefined && context.values["stdin-filename"] === undefined) throw new UsageError("从标准输入导出时，请用 -o 指定输出文件（或用 --stdin-filename 给出方案的文件名）");
    } else if (context.args.length !== 1) throw new UsageError("export 需要且只需要一个文件（或 --stdin）");
    const options = exportOptions(context.values);
    const [plan] = await context.readPlans(context.args);
    if (!plan) return EXIT_USAGE;
    const { plan: model, findings } = analyze(plan.text, plan.options);
    const blocking = blockingFindings(findings);
    if (blocking.length > 0 && context.values.force !== true) {
      context.io.stderr(`${plan.file}：${blockingMessage(plan.text, blocking, "修正后重试，或加 --force 仍然导出")}\n`);
      return EXIT_FINDINGS;
    }
    const written = context.emitBytes(await exportPlanDocx(model, options), defaultOutput(plan.file));
    const forced = blocking.length > 0 ? `（含 ${blocking.length} 个错误级问题，--force）` : "";
    context.io.stdout(`已导出：${written}${forced}\n`);
    return EXIT_OK;
  },
};

function exportOptions(values: OptionValues) {
  const fonts: Record<string, string> = {};
  for (const entry of (values.font as string[] | undefined) ?? []) {
    const match = /^([^=]+)=(.+)$/.exec(entry);
    if (!match) throw new UsageError(`--font 的写法应为 用途=字体[,后备字体…]，如 body=仿宋_GB2312,仿宋：${entry}`);
    fonts[match[1]!.trim()] = match[2]!;
  }
  const settings: ExportSettings = {
    paper: values.paper as string | undefined,
    fonts,
    boldHeadings: values["bold-headings"] === true,
    latinDigits: values["latin-digits"] === true,
    draftMark: values.draft as string | undefined,
    annotations: values.annotations as string | undefined,
  };
  try {
    return resolveExportOptions(settings);
  } catch (error) {
    if (error instanceof ExportOptionError) throw new UsageError(error.message);
    throw error;
  }
}

/** plan.plan / plan.plan.txt / plan.txt → plan.docx beside it. */
function defaultOutput(file: string): string {
  let name = basename(file);
  if (name.endsWith(".plan.txt")) name = name.slice(0, -".plan.txt".length);
  else if (extname(name) !== "") name = name.slice(0, -extname(name).length);
  return join(dirname(file), `${name}.docx`);
}
