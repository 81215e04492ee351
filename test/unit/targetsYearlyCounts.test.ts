import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/** The goals of a plan, each target as [indicator, verb, figure, unit, year, reported]. */
const read = (goals: string, title = "示例市放心消费三年行动方案（2024—2026年）") =>
  extractTargets(buildPlan(`${title}\n一、工作目标\n${goals}\n二、重点任务\n（一）推进放心消费。\n`)).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.horizon, t.baseline]);

describe("counts given 分别 after their years are paired year by year, as rates are", () => {
  it("reads one count for each year, the noun after the verb, before 分别 or before the years", () => {
    const each = [
      ["放心肉菜示范超市", "新增", 5, "家", 2024, false],
      ["放心肉菜示范超市", "新增", 8, "家", 2025, false],
      ["放心肉菜示范超市", "新增", 10, "家", 2026, false],
    ];
    expect(read("2024年、2025年、2026年分别新增放心肉菜示范超市5家、8家、10家。")).toEqual(each);
    expect(read("放心肉菜示范超市2024年、2025年、2026年分别新增5家、8家、10家。")).toEqual(each);
    expect(read("2024年、2025年和2026年放心肉菜示范超市分别新增5、8、10家。")).toEqual(each);
  });

  it("reads counts in any unit of things, a bare figure taking the next one's unit and 以上", () => {
    expect(read("2025年和2026年分别建成农贸市场快检室5、8个以上，2024年、2025年、2026年分别完成食品抽检1.2万批次、1.5万批次、1.8万批次。")).toEqual([
      ["农贸市场快检室", "建成", 5, "个", 2025, false],
      ["农贸市场快检室", "建成", 8, "个", 2026, false],
      ["食品抽检", "完成", 1.2, "万批次", 2024, false],
      ["食品抽检", "完成", 1.5, "万批次", 2025, false],
      ["食品抽检", "完成", 1.8, "万批次", 2026, false],
    ]);
  });

  it("reads the years an annual plan has left behind as its record, its own year as its goal", () => {
    expect(read("2024年、2025年、2026年分别新增放心消费承诺单位120家、150家、180家。", "示例市2026年放心消费工作要点")).toEqual([
      ["放心消费承诺单位", "新增", 120, "家", 2024, true],
      ["放心消费承诺单位", "新增", 150, "家", 2025, true],
      ["放心消费承诺单位", "新增", 180, "家", 2026, false],
    ]);
  });

  it("leaves years and figures that are not one for one, and base years, to the other readings", () => {
    expect(read("2024年、2025年、2026年分别新增示范超市5家、8家。").filter((row) => row[0] === "示范超市")).toHaveLength(0);
    expect(read("较2022年、2023年分别新增示范店5家、8家。").some((row) => row[0] === "示范店" && row[4] === 2022)).toBe(false);
  });
});

describe("counts given 分别 for years without a noun of their own (qa-44b)", () => {
  it("counts what the clause before counted, each of its year", () => {
    expect(read("2024年完成老旧电梯更新改造100台，2025年、2026年分别完成120台、150台。")).toEqual([
      ["老旧电梯更新改造", "完成", 100, "台", 2024, false],
      ["老旧电梯更新改造", "完成", 120, "台", 2025, false],
      ["老旧电梯更新改造", "完成", 150, "台", 2026, false],
    ]);
    // With no count before to name them, they are no targets.
    expect(read("2025年、2026年分别完成120台、150台。")).toEqual([]);
  });
});
