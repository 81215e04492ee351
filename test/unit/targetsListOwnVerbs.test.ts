import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";
import { spanOfTarget } from "../../server/src/core/targets/increments";

// A list of counts after one verb carries it to the items that say none (新增市场主体1.2万户、企业
// 3000户); an item that brings a verb of its own — the papers a regulator issues (发放, 换发, 核发,
// 出具 …) before or after its noun — keeps its own, never the verb of the item before.
const PLAN = "某县2026年市场监管工作要点\n\n一、工作目标\n";
const fields = (goals: string) => targetsOf(`${PLAN}${goals}\n`).map((t) => [t.indicator, t.comparator, t.value, t.unit]);
const spans = (goals: string) => targetsOf(`${PLAN}${goals}\n`).map((t) => [t.indicator, t.comparator, t.value, spanOfTarget(t)]);

describe("an item of a list that brings its own verb", () => {
  it("keeps a verb of issuing before its noun", () => {
    expect(fields("全年新增市场主体1.2万户、发放营业执照8000张、核发食品经营许可证1500张。")).toEqual([
      ["市场主体", "新增", 1.2, "万户"],
      ["营业执照", "发放", 8000, "张"],
      ["食品经营许可证", "核发", 1500, "张"],
    ]);
  });

  it("keeps a verb of issuing after its noun", () => {
    expect(fields("全年开展计量器具强制检定5万台件、检验检测报告出具30000份、特种设备使用登记证换发800张。")).toEqual([
      ["计量器具强制检定", "开展", 5, "万台件"],
      ["检验检测报告", "出具", 30000, "份"],
      ["特种设备使用登记证", "换发", 800, "张"],
    ]);
  });

  it("still carries the list's verb to an item that says none", () => {
    expect(fields("全年完成食品快检2万批次、新增电梯应急处置点5个、农贸市场快检室12个。")).toEqual([
      ["食品快检", "完成", 2, "万批次"],
      ["电梯应急处置点", "新增", 5, "个"],
      ["农贸市场快检室", "新增", 12, "个"],
    ]);
  });
});

describe("holders named by their designation in a list", () => {
  it("carries the list's verb, and the span it says, to 认证企业 after 新增, 每年新增 and 累计新增", () => {
    expect(spans("新增认证证书50张、认证企业30家。")).toEqual([
      ["认证证书", "新增", 50, "increment"],
      ["认证企业", "新增", 30, "increment"],
    ]);
    expect(spans("每年新增认证证书50张、认证企业30家。")).toEqual([
      ["认证证书", "每年新增", 50, "yearly"],
      ["认证企业", "每年新增", 30, "yearly"],
    ]);
    expect(targetsOf(`${PLAN}累计新增认证证书50张、认定企业30家。\n`).map((t) => [t.indicator, t.comparator, t.cumulative, spanOfTarget(t)])).toEqual([
      ["认证证书", "新增", true, "increment"],
      ["认定企业", "新增", true, "increment"],
    ]);
  });

  it("leaves a designation opening the list its own verb, and an item naming what it designates its own", () => {
    expect(fields("认证企业30家、获证产品20个。")).toEqual([
      ["认证企业", "认证", 30, "家"],
      ["获证产品", "认证", 20, "个"],
    ]);
    expect(fields("新增质量标杆企业20家、认定企业技术中心10个。")).toEqual([
      ["质量标杆企业", "新增", 20, "家"],
      ["企业技术中心", "认定", 10, "个"],
    ]);
  });

  it("carries a verb that adds to what stands across a comma to them, never work done", () => {
    for (const verb of ["新增", "每年新增"]) expect(spans(`${verb}认证证书50张，认证企业30家。`)).toEqual(spans(`${verb}认证证书50张、认证企业30家。`));
    expect(spans("新增认证证书50张，认证企业30家。")[1]).toEqual(["认证企业", "新增", 30, "increment"]);
    expect(fields("开展认证培训20场次，认证企业30家。")).toEqual([
      ["认证培训", "开展", 20, "场次"],
      ["认证企业", "认证", 30, "家"],
    ]);
  });
});
