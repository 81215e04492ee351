import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { PositionMapper } from "../../server/src/core/text/positions";
import { rebuildFromTree } from "../support/lossless";
import { summariseOutline } from "../support/outlineSummary";
import { readSeed, SEED_NAMES } from "../support/seeds";

const EXPECTED_DIR = join(__dirname, "expected");
const UPDATE = process.env.UPDATE_EXPECTATIONS === "1";

describe.each(SEED_NAMES)("seed %s", (name) => {
  const text = readSeed(name);
  const plan = buildPlan(text);

  it("parses with no parser error", () => {
    expect(plan.internalError).toBeNull();
    expect(analyze(text).findings.filter((f) => f.rule === "structure/parse-failure")).toEqual([]);
  });

  it("is rebuilt exactly from its tree", () => {
    const { rebuilt, problems } = rebuildFromTree(plan.syntax, text);
    expect(problems).toEqual([]);
    expect(rebuilt).toBe(text);
  });

  it("has the checked-in outline (level counts, every heading, every clause with its units) and punctuation findings", () => {
    const file = join(EXPECTED_DIR, `${name}.json`);
    const summary = { ...summariseOutline(plan), punct: punctFindingsOf(text) };
    if (UPDATE || !existsSync(file)) writeFileSync(file, JSON.stringify(summary, null, 2) + "\n");
    expect(summary).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});

/**
 * The punct/ findings a seed legitimately gets, as `line:column rule message`, checked in with
 * the outline: Fuzhou's and Nanjing's half-width punctuation, Ganzhou's three stray commas,
 * Fuzhou's `省 级` and its level-2 headings written both with and without `。`, the ranges of
 * years joined by a hyphen in Chengdu's title and in two titles Jiangxi cites (Jiangxi's
 * quotation split by a page break is text/broken-sentence's).
 */
function punctFindingsOf(text: string): string[] {
  const mapper = new PositionMapper(text);
  return analyze(text)
    .findings.filter((finding) => finding.rule.startsWith("punct/"))
    .map((finding) => {
      const { line, character } = mapper.positionAt(finding.start);
      return `${line + 1}:${character + 1} ${finding.rule} ${finding.message}`;
    });
}

// Counted by hand from the seeds; the checked-in expectations must agree with these.
describe("seed outlines counted by hand", () => {
  it("Ganzhou: 3 level-1, 10 level-2, 26 level-3 (5 goal bullets + 21 tasks), 21 clauses", () => {
    const plan = buildPlan(readSeed("ganzhou-2024"));
    const summary = summariseOutline(plan);
    expect(summary.levelCounts).toEqual({ level1: 3, level2: 10, level3: 26 });
    expect(plan.clauses).toHaveLength(21);
    const goals = plan.items[0]!.children[1]!;
    expect(goals.heading.text).toBe("主要目标");
    expect(goals.children.map((c) => c.marker.text)).toEqual(["1.", "2.", "3.", "4.", "5."]);
    const tasks = plan.items[1]!.children.flatMap((section) => section.children);
    expect(tasks.map((t) => t.marker.value)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(tasks.every((task) => task.clauses.length === 1)).toBe(true);
  });

  it("Nanjing: 10 level-1 and 28 level-2 items, 28 clauses with ASCII parentheses and 等", () => {
    const plan = buildPlan(readSeed("nanjing-2023"));
    expect(summariseOutline(plan).levelCounts).toEqual({ level1: 10, level2: 28 });
    expect(plan.clauses).toHaveLength(28);
    expect(plan.clauses[0]!.segments[0]!.label).toBe("责任部门");
    expect(plan.clauses[0]!.units.map((u) => u.text)).toEqual(["市科技局", "市工信局", "市市场监管局", "市财政局", "市税务局"]);
    expect(plan.clauses[0]!.segments[0]!.etc).not.toBeNull();
  });

  it("Jiangxi 2016: 13 clauses of the 按职责分工负责 form", () => {
    const plan = buildPlan(readSeed("jiangxi-2016"));
    expect(plan.clauses).toHaveLength(13);
    expect(plan.clauses.every((clause) => clause.form === "provincial")).toBe(true);
    expect(plan.clauses[0]!.units[0]!.text).toBe("省发改委");
    expect(plan.metadata.title).toBe("贯彻实施江西省质量发展纲要2016年行动计划");
  });

  it("Fuzhou draft: `——` goal entries, names with parentheses, and the web-page debris kept apart", () => {
    const plan = buildPlan(readSeed("fuzhou-2023-draft"));
    const goals = plan.items[0]!.children[1]!;
    expect(goals.children.map((c) => c.kind)).toEqual(["list", "list", "list", "list"]);
    expect(plan.clauses.flatMap((c) => c.units.map((u) => u.text))).toContain("市委组织部(市委人才办)");
    expect(plan.trailer).not.toBeNull();
    expect(plan.text.slice(plan.trailer!.start).startsWith("标签: 建设")).toBe(true);
    expect(plan.metadata.status).toBe("征求意见稿");
  });

  it("Chengdu draft: level-3 numbering restarts under every （一）", () => {
    const plan = buildPlan(readSeed("chengdu-2023-draft"));
    const sections = plan.items[1]!.children;
    expect(sections).toHaveLength(9);
    for (const section of sections) expect(section.children[0]!.marker.text).toBe("1.");
    expect(plan.clauses.flatMap((c) => c.units.map((u) => u.text))).toContain("各区（市）县");
  });

  it("reads the metadata from the text where there is no front matter", () => {
    const ganzhou = buildPlan(readSeed("ganzhou-2024")).metadata;
    expect(ganzhou).toMatchObject({ title: "赣州市深化质量强市建设实施方案", issuer: "赣州市人民政府", docNumber: "赣市府字〔2024〕41号", date: "2024-04-21", status: "正式" });
    const nanjing = buildPlan(readSeed("nanjing-2023")).metadata;
    expect(nanjing).toMatchObject({ title: "全面深化质量强市建设实施方案", issuer: "中共南京市委办公厅、南京市人民政府办公厅", date: "2023-12-18" });
    expect(buildPlan(readSeed("chengdu-2023-draft")).metadata.title).toBe("关于深入推进质量强市建设推动高质量发展的实施方案（2023-2027年）");
  });
});

// The targets and placeholder findings each seed legitimately gets.
describe("seed target findings", () => {
  // The whole targets/ family on the seeds is in targets.test.ts; this is about blanks.
  it("Fuzhou's draft has its two blank targets (达到 %) and nothing else; the other seeds have none", async () => {
    const { analyze } = await import("../../server/src/core/analyze");
    const found = (name: (typeof SEED_NAMES)[number]) =>
      analyze(readSeed(name)).findings.filter((f) => f.rule === "targets/blank" || f.rule === "text/placeholder");
    const fuzhou = found("fuzhou-2023-draft");
    // 数字经济核心产业增加值占GDP比重达到 % and 战略性新兴产业增加值占规模以上工业比重达到 %: the draft's real blanks.
    expect(fuzhou.map((f) => [f.rule, f.message])).toEqual([
      ["targets/blank", "“数字经济核心产业增加值占GDP比重”的目标值空缺：“达到 %”缺少数值"],
      ["targets/blank", "“战略性新兴产业增加值占规模以上工业比重”的目标值空缺：“达到 %”缺少数值"],
    ]);
    for (const name of SEED_NAMES.filter((n) => n !== "fuzhou-2023-draft")) expect(found(name), name).toEqual([]);
  });
});
