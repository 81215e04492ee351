import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

const TITLE = "示例县质量强县建设实施方案（2026—2028年）\n为贯彻落实《质量强国建设纲要》，制定本方案。\n";
const TASK = (sentence: string) => `${TITLE}一、主要目标\n到2028年，全县质量强县建设取得明显成效。\n二、重点任务\n（一）加强能力建设。${sentence}〔责任单位：县市场监管局〕\n`;
const read = (sentence: string) => targetsOf(TASK(sentence)).map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit]);

describe("a standard per unit, however its bound and its figure are placed", () => {
  it("reads what each body is to have written figure first, as written verb first", () => {
    expect(read("每个社区配备1名协管员。")).toEqual([["每个社区配备协管员", "level", "", 1, "名"]]);
    expect(read("各乡镇（街道）建成1个快检室。")).toEqual([["各乡镇（街道）建成快检室", "level", "", 1, "个"]]);
  });

  it("takes 至少 for the comparator, before the verb or before the figure", () => {
    for (const sentence of ["每个社区至少配备1名协管员。", "每个社区至少配备协管员1名。", "每个社区配备协管员至少1名。"]) {
      expect(read(sentence), sentence).toEqual([["每个社区配备协管员", "level", "至少", 1, "名"]]);
    }
  });

  it("names the standard without the duty the bodies are bound to", () => {
    expect(read("各乡镇（街道）要配备专职协管员不少于2名。")).toEqual([["各乡镇（街道）配备专职协管员", "level", "不少于", 2, "名"]]);
    expect(read("各乡镇应配备专职协管员2名。")).toEqual([["各乡镇配备专职协管员", "level", "", 2, "名"]]);
    expect(read("每个乡镇要建成快检室1个。")).toEqual([["每个乡镇建成快检室", "level", "", 1, "个"]]);
    expect(read("各乡镇须至少配备2名协管员。")).toEqual([["各乡镇配备协管员", "level", "至少", 2, "名"]]);
  });

  it("reads a group of places' work done as each place's share where 至少 holds each to it, how often the comparator's; a bare figure and a group of departments' as the group's count; no body one by one after 每年", () => {
    expect(read("各乡镇完成快检3000批次。")).toEqual([["快检", "count", "完成", 3000, "批次"]]);
    expect(read("各乡镇至少完成300批次快检。")).toEqual([["各乡镇完成快检", "level", "至少", 300, "批次"]]);
    expect(read("每个乡镇每年完成快检300批次。")).toEqual([["每个乡镇完成快检", "level", "每年", 300, "批次"]]);
    expect(read("每个乡镇全年完成快检300批次。")).toEqual([["每个乡镇完成快检", "level", "全年", 300, "批次"]]);

    expect(read("各地各部门培训执法人员500人次。")).toEqual([["执法人员", "count", "培训", 500, "人次"]]);
    expect(read("每年建成5个快检室。").filter((row) => row[1] === "level")).toEqual([]);
  });

  it("reads a floor after the noun (不少于, 不低于) as each place's, as 至少 before the verb; 以上 or a bare figure stays the group's", () => {
    expect(read("各乡镇（街道）完成食用农产品快检不少于3000批次。")).toEqual([["各乡镇（街道）完成食用农产品快检", "level", "不少于", 3000, "批次"]]);
    expect(read("各县（市、区）全年开展食品安全宣传活动不少于12场次。")).toEqual([["各县（市、区）开展食品安全宣传活动", "level", "全年不少于", 12, "场次"]]);
    expect(read("各乡镇快检不低于300批次。")).toEqual([["各乡镇快检", "level", "不低于", 300, "批次"]]);
    expect(read("各县（市、区）全年完成食用农产品快检8万批次。")).toEqual([["食用农产品快检", "count", "完成", 8, "万批次"]]);
    expect(read("各乡镇完成快检3000批次以上。")).toEqual([["快检", "count", "完成", 3000, "批次"]]);
    // Departments share the work named: a floor on it is still the group's count.
    expect(read("各有关部门开展联合检查不少于20次。")).toEqual([["联合检查", "count", "开展不少于", 20, "次"]]);
  });

  it("reads a task's count with no verb whose noun ends on the work it counts (快检, 抽检, 监测) as that work's, its doer no word of it", () => {
    expect(read("各乡镇快检3000批次。")).toEqual([["快检", "count", "", 3000, "批次"]]);
    expect(read("各乡镇（街道）食用农产品快检5000批次。")).toEqual([["食用农产品快检", "count", "", 5000, "批次"]]);
    expect(read("县市场监管局食品抽检1200批次。")).toEqual([["食品抽检", "count", "", 1200, "批次"]]);
    expect(read("农产品快检3000批次，兽药残留监测800批次。")).toEqual([
      ["农产品快检", "count", "", 3000, "批次"],
      ["兽药残留监测", "count", "", 800, "批次"],
    ]);
    // An inspection right after its object names the work (食品抽检), never a verb counting 食品.
    expect(read("食品抽检1200批次。")).toEqual([["食品抽检", "count", "", 1200, "批次"]]);
    // With a floor, each place's, as the verb-first count with one is.
    expect(read("各乡镇（街道）快检不少于300批次。")).toEqual([["各乡镇（街道）快检", "level", "不少于", 300, "批次"]]);
    // A noun that names no work (示范店) with no verb stays no target of a task.
    expect(read("各乡镇示范店3家。")).toEqual([]);
  });
});

describe("the issues and copies publicity compiles", () => {
  it("counts what 编发 and 编印 make, as 印发's", () => {
    expect(read("每年编发质量工作简报12期。")).toEqual([["质量工作简报", "count", "每年编发", 12, "期"]]);
    expect(read("编印宣传手册5000册，编发消费提示200份。")).toEqual([
      ["宣传手册", "count", "编印", 5000, "册"],
      ["消费提示", "count", "编发", 200, "份"],
    ]);
  });
});
