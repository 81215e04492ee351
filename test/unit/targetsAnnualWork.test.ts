import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

/** An indicator table under `header`, in a plan titled `title`. */
const table = (title: string, header: string, rows: string) =>
  targetsOf(`${title}\n一、主要目标\n主要指标如下：\n序号\t指标名称\t单位\t${header}\n${rows}二、重点任务\n（一）推进标准化。开展标准化工作。（责任单位：县市场监管局）\n`).map((t) => [t.indicator, t.kind, t.value, t.unit, t.baseValue]);

const ANNUAL = "某县市场监督管理局2026年标准化工作要点";

describe("an annual plan's table of work states the year's amount, no stock held to its base", () => {
  it("reads a row beside last year's amount done (2025年完成) as a count, whatever its verb", () => {
    expect(table(ANNUAL, "2025年完成\t2026年目标", "1\t发布省地方标准\t项\t112\t≥120\n2\t建成标准化服务站\t个\t12\t15\n3\t食品抽检合格率\t%\t98.2\t≥98.5\n")).toEqual([
      ["省地方标准", "count", 120, "项", 112],
      ["标准化服务站", "count", 15, "个", 12],
      ["食品抽检合格率", "level", 98.5, "%", 98.2],
    ]);
  });

  it("reads a verb of work done within the year (发布, 培训, 检查) as the year's amount beside any base", () => {
    expect(table(ANNUAL, "2025年基数\t2026年目标", "1\t发布省地方标准\t项\t112\t≥120\n2\t培训标准化人员\t人次\t800\t1000\n3\t检查计量器具\t台件\t5000\t6000\n")).toEqual([
      ["省地方标准", "count", 120, "项", 112],
      ["标准化人员", "count", 1000, "人次", 800],
      ["计量器具", "count", 6000, "台件", 5000],
    ]);
  });

  it("leaves a stock where no evidence says otherwise: what stands once made beside a base, or any row of a longer plan", () => {
    expect(table(ANNUAL, "2025年基数\t2026年目标", "1\t建成标准化服务站\t个\t12\t15\n")).toEqual([["标准化服务站", "level", 15, "个", 12]]);
    expect(table("某县标准化发展规划（2026—2030年）", "2025年基数\t2030年目标", "1\t发布省地方标准\t项\t112\t≥120\n2\t建成标准化服务站\t个\t12\t15\n")).toEqual([
      ["省地方标准", "level", 120, "项", 112],
      ["标准化服务站", "level", 15, "个", 12],
    ]);
  });

  it("reads a designation conferred (遴选, 命名, 评选, 授予) as what stands, as 认定 and 选树 are, unless the base column says what the year did", () => {
    const rows = "1\t遴选质量标杆企业\t家\t10\t20\n2\t命名质量品牌示范企业\t家\t8\t12\n3\t评选质量工匠\t名\t15\t25\n4\t授予市长质量奖\t个\t3\t5\n";
    expect(table(ANNUAL, "2025年基数\t2026年目标", rows)).toEqual([
      ["质量标杆企业", "level", 20, "家", 10],
      ["质量品牌示范企业", "level", 12, "家", 8],
      ["质量工匠", "level", 25, "名", 15],
      ["市长质量奖", "level", 5, "个", 3],
    ]);
    expect(table(ANNUAL, "2025年完成\t2026年目标", rows).map((row) => row[1])).toEqual(["count", "count", "count", "count"]);
  });

  it("reads a count's bound sign as the text's 以上 or 以下, no word after its verb", () => {
    const bounds = targetsOf(`示例市质量强市建设实施方案（2024—2025年）\n一、主要目标\n主要指标如下：\n序号\t指标名称\t单位\t2025年目标\n1\t培育省级质量标杆企业\t家\t≥20\n2\t新增团体标准\t项\t⩾8\n二、重点任务\n（一）推进标准化。开展标准化工作。（责任单位：市市场监管局）\n`);
    expect(bounds.map((t) => [t.indicator, t.kind, t.comparator, t.value, t.qualifier, t.sense])).toEqual([
      ["省级质量标杆企业", "count", "培育", 20, "以上", "up"],
      ["团体标准", "count", "新增", 8, "以上", "up"],
    ]);
  });
});
