import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

/** An annual plan's goals: its samples are counted by the work done, and often per head. */
const GOALS = "某县2026年市场监管工作要点\n一、主要目标\n";
const read = (text: string) => targetsOf(`${GOALS}${text}\n二、重点任务\n（一）推进质量提升。\n`).map((t) => [t.kind, t.indicator, t.comparator, t.value, t.unit, t.qualifier]);

describe("a figure per head after a count's verb is a level per head", () => {
  it("reads the head count after the unit (4批次/千人) as the national indicators name it", () => {
    expect(read("全年完成食品安全监督抽检4批次/千人。")).toEqual([["level", "每千人食品安全监督抽检", "完成", 4, "批次", ""]]);
    expect(read("完成药品抽检1.5批次/万人以上，开展农产品快检10批次／千人。")).toEqual([
      ["level", "每万人药品抽检", "完成", 1.5, "批次", "以上"],
      ["level", "每千人农产品快检", "开展", 10, "批次", ""],
    ]);
  });

  it("reads the count's verb before 每千人 or after it as the level's, no word of the measure", () => {
    expect(read("全年开展食品抽检每千人5批次。")).toEqual([["level", "每千人食品抽检", "开展", 5, "批次", ""]]);
    expect(read("每千人完成食品抽检4批次。")).toEqual([["level", "每千人食品抽检", "完成", 4, "批次", ""]]);
  });

  it("reads figures in full-width digits alike", () => {
    expect(read("全年完成食品安全监督抽检４．５批次/千人。")).toEqual([["level", "每千人食品安全监督抽检", "完成", 4.5, "批次", ""]]);
  });

  it("keeps a measure with no verb, and a comparator written before the head count, as they were read", () => {
    expect(read("食品抽检量达到4.5批次/千人，食品抽检量每年不少于4批次/千人。")).toEqual([
      ["level", "每千人食品抽检量", "达到", 4.5, "批次", ""],
      ["level", "每千人食品抽检量", "每年不少于", 4, "批次", ""],
    ]);
  });
});
