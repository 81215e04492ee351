import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { exportPlanDocx } from "../../server/src/core/export/exportDocx";
import { layoutPlan } from "../../server/src/core/export/layout";
import { resolveExportOptions } from "../../server/src/core/export/options";
import { titleLines } from "../../server/src/core/export/titleLines";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { titleGoesOn } from "../../server/src/core/model/titleBreaks";
import { readDocxAsPlanText } from "../../server/src/node/docx";
import { readSeed, SEED_NAMES } from "../support/seeds";

/** Where a title's printed lines fail to read as one title: each break the model would not join, as `line | rest`. */
function unjoinedBreaks(lines: readonly string[]): string[] {
  return lines.flatMap((line, i) => (i < lines.length - 1 && !titleGoesOn(line, lines.slice(i + 1).join(""), i === lines.length - 2) ? [`${line} | ${lines.slice(i + 1).join("")}`] : []));
}

const PREAMBLE = "为贯彻落实《质量强国建设纲要》，结合本地实际，制定本方案。";
const PLAN = ["一、总体要求", "坚持质量第一，推动高质量发展。"];

/** The title the model reads from a plan whose title is printed in `lines`. */
function titleReadFrom(lines: readonly string[]): string | null {
  return buildPlan([...lines, PREAMBLE, ...PLAN, ""].join("\n")).title?.text ?? null;
}

/** A 分工表 under an attachment's title. */
const TABLE = ["序号\t重点任务\t牵头单位\t配合单位", "1\t推动产业质量升级\t市工业和信息化局\t市市场监管局"];

/** The title the model reads from an attachment whose title is printed in `lines` under its label, over its table. */
function attachmentTitleReadFrom(lines: readonly string[]): string | null {
  const plan = buildPlan(["示例市质量强市建设实施方案", PREAMBLE, ...PLAN, "附件1", ...lines, ...TABLE, ""].join("\n"));
  return plan.attachments[0]?.title?.text ?? null;
}

const root = join(__dirname, "..");
const planFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? planFiles(join(dir, entry.name)) : entry.name.endsWith(".plan") ? [join(dir, entry.name)] : []));
/** The seeds and the plans of test/fixtures, by name. */
const plans: [string, string][] = [...SEED_NAMES.map((name): [string, string] => [name, readSeed(name)]), ...planFiles(join(root, "fixtures")).map((file): [string, string] => [relative(root, file), readFileSync(file, "utf8")])];

/** The titles `titlesOf` finds in the seeds and fixtures, each printed as the export breaks it and read back by `readFrom`: those read otherwise, and how many took more than a line. */
function readBack(titlesOf: (plan: ReturnType<typeof buildPlan>) => string[], readFrom: (lines: readonly string[]) => string | null): { lost: string[]; long: number } {
  const lost: string[] = [];
  let long = 0;
  for (const [name, text] of plans) {
    for (const title of titlesOf(buildPlan(text))) {
      const printed = titleLines(title);
      if (printed.length > 1) long++;
      const read = readFrom(printed);
      if (read !== title) lost.push(`${name}: ${printed.join(" | ")} → ${read}`);
    }
  }
  return { lost, long };
}

describe("a title's line breaks: the export's and the model's one rule (model/titleBreaks.ts)", () => {
  it("prints every title of the seeds and fixtures — notices', plans', attachments' — in lines the model joins back", () => {
    const unjoined: string[] = [];
    for (const [name, text] of plans) {
      for (const block of layoutPlan(buildPlan(text)).blocks) {
        if (block.kind !== "title") continue;
        for (const found of unjoinedBreaks(titleLines(block.lines.join("")))) unjoined.push(`${name}: ${found}`);
      }
    }
    expect(unjoined).toEqual([]);
  });

  it("reads every plan title of the seeds and fixtures back from the lines the export prints it in", () => {
    const { lost, long } = readBack((plan) => (plan.title ? [plan.title.text] : []), titleReadFrom);
    expect(lost).toEqual([]);
    expect(long).toBeGreaterThan(20);
  });

  it("reads every attachment title of the seeds and fixtures back from the lines the export prints it in, under its label", () => {
    const { lost, long } = readBack((plan) => plan.attachments.flatMap((attachment) => (attachment.title && attachment.label ? [attachment.title.text] : [])), attachmentTitleReadFrom);
    expect(lost).toEqual([]);
    expect(long).toBeGreaterThan(0);
  });

  it("reads an attachment's title a drafter broke over two lines as one title, and a line under it that goes on no title apart", () => {
    expect(attachmentTitleReadFrom(["示例市贯彻落实质量强国建设纲要推进", "质量强市建设三年行动计划重点任务分工表"])).toBe("示例市贯彻落实质量强国建设纲要推进质量强市建设三年行动计划重点任务分工表");
    expect(attachmentTitleReadFrom(["示例市质量强市建设三年行动计划", "重点任务分工表"])).toBe("示例市质量强市建设三年行动计划重点任务分工表");
    expect(attachmentTitleReadFrom(["示例市质量基础设施一站式服务提升三年行动计划", "（2024—2026年）"])).toBe("示例市质量基础设施一站式服务提升三年行动计划（2024—2026年）");
    // Two lines of their own: the table's name, then its unit or its note.
    expect(attachmentTitleReadFrom(["示例市重点项目清单", "（按行业排列）"])).toBe("示例市重点项目清单");
    expect(attachmentTitleReadFrom(["示例市重点项目清单", "单位：万元"])).toBe("示例市重点项目清单");
  });

  it("an attachment's title longer than a line survives export → .docx → read back, and one a drafter broke is printed as one title", async () => {
    const title = "示例市贯彻落实质量强国建设纲要推进质量强市建设三年行动计划重点任务分工表";
    for (const printed of [[title], ["示例市贯彻落实质量强国建设纲要", "推进质量强市建设三年行动计划重点任务分工表"]]) {
      const plan = ["示例市质量强市建设实施方案", PREAMBLE, ...PLAN, "", "附件", "", ...printed, "", ...TABLE, ""].join("\n");
      const before = buildPlan(plan);
      expect(before.attachments.map((attachment) => attachment.title?.text)).toEqual([title]);
      expect(layoutPlan(before).blocks.filter((block) => block.kind === "title").map((block) => (block.kind === "title" ? block.lines.join("") : ""))).toEqual(["示例市质量强市建设实施方案", title]);
      const read = readDocxAsPlanText(await exportPlanDocx(before, resolveExportOptions()));
      if (!read.ok) throw new Error(read.error);
      expect(buildPlan(read.text).attachments.map((attachment) => attachment.title?.text)).toEqual([title]);
    }
  });

  // Titles of every genre: issuer + 关于…的实施意见, issuer + 贯彻落实《…》…方案, a cited 《…》 inside,
  // the years in brackets, a draft's status, a table named after its plan.
  const genres = [
    "中共示例市委 示例市人民政府关于深入推进质量强市建设推动经济社会高质量发展的实施意见",
    "南昌市市场监督管理局贯彻落实《南昌市深入推进质量强市建设实施方案》任务分工方案",
    "示例市市场监督管理局贯彻落实《示例市深化质量强市建设实施方案》重点任务分工方案",
    "抚州市关于贯彻落实《质量强国建设纲要》深化质量强市建设的实施方案",
    "示例市质量基础设施“一站式”服务提升三年行动计划（2024—2026年）",
    "示例市推动制造业质量品牌建设和质量基础设施一站式服务提质增效三年行动计划（2025—2027年）",
    "示例市市场监督管理局关于报送质量强市建设实施方案的报告",
    "示例市鼓楼区市场监督管理局2026年质量强区建设工作要点",
    "示例市市场监督管理局质量强市建设实施方案（征求意见稿）",
    "赣州市质量强市建设三年行动计划重点任务分工表",
  ];
  for (const title of genres) {
    it(`${title}: printed over lines, read back as the same title`, () => {
      const printed = titleLines(title);
      expect(printed.length).toBeGreaterThan(1);
      expect(unjoinedBreaks(printed)).toEqual([]);
      expect(titleReadFrom(printed)).toBe(title);
    });
  }

  it("a notice's title and the plan's, issuer's name first, survive export → .docx → read back", async () => {
    const plan = [
      "示例市市场监督管理局关于印发《示例市市场监督管理局贯彻落实〈示例市深化质量强市建设实施方案〉重点任务分工方案》的通知",
      "局机关各处室、直属各单位：",
      "现将《示例市市场监督管理局贯彻落实〈示例市深化质量强市建设实施方案〉重点任务分工方案》印发给你们，请认真抓好落实。",
      "示例市市场监督管理局",
      "2024年4月12日",
      "示例市市场监督管理局贯彻落实《示例市深化质量强市建设实施方案》重点任务分工方案",
      PREAMBLE,
      ...PLAN,
      "",
    ].join("\n");
    const before = analyze(plan);
    const read = readDocxAsPlanText(await exportPlanDocx(before.plan, resolveExportOptions()));
    if (!read.ok) throw new Error(read.error);
    const after = analyze(read.text);
    expect(after.plan.metadata.title).toBe("示例市市场监督管理局贯彻落实《示例市深化质量强市建设实施方案》重点任务分工方案");
    const titles = (text: string) => layoutPlan(buildPlan(text)).blocks.flatMap((block) => (block.kind === "title" ? [block.lines.join("")] : []));
    expect(titles(read.text)).toEqual(titles(plan));
    // Printed over lines, the plan's title first after its issuer's name.
    expect(read.text.split("\n")).toContain("示例市市场监督管理局");
  });

  it("breaks where the model joins rather than where it would read two titles: after an issuer's name only before words that do not name its place again", () => {
    // The rule, both ways.
    expect(titleGoesOn("南昌市市场监督管理局", "贯彻落实《南昌市深入推进质量强市建设实施方案》任务分工方案", false)).toBe(true);
    expect(titleGoesOn("示例市市场监督管理局", "示例市2026年质量工作要点", true)).toBe(false);
    expect(titleGoesOn("中共示例市委办公室", "示例市人民政府办公室质量强市建设实施方案", true)).toBe(true);
    // A conjunction, a preposition of its own, not the first character of a name or a word.
    expect(titleGoesOn("示例市推动制造业质量品牌建设", "和质量基础设施一站式服务提质增效三年行动计划", false)).toBe(true);
    expect(titleGoesOn("政策文件", "和平区质量强区建设工作要点", false)).toBe(false);
    expect(titleGoesOn("中共中央关于接收宋庆龄同志为", "中国共产党正式党员的决定", false)).toBe(true);
    expect(titleGoesOn("规范市场行为", "示例市质量强市建设实施方案", false)).toBe(false);
    // Joint issuers without a 关于 (中共示例市委办公室 示例市人民政府办公室…): broken at the space between them, not inside a name.
    expect(titleLines("中共示例市委办公室 示例市人民政府办公室质量强市建设实施方案")).toEqual(["中共示例市委办公室 ", "示例市人民政府办公室质量强市建设实施方案"]);
    // A draft's status in its brackets stays on the title's line: on a line of its own it is read as the draft mark, no word of the title.
    expect(titleLines("示例市市场监督管理局质量强市建设实施方案（征求意见稿）").at(-1)).toMatch(/实施方案（征求意见稿）$/);
  });
});
