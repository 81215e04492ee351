import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

/**
 * A soft return a PDF's or a web page's copy left inside a target's name (`…产品质量合格率` /
 * `达到95%以上`): the name and its figure are one target, read across the break and placed back
 * in the text as written (targets/softReturns.ts); a line that has a name of its own is read alone.
 */
const plan = (goals: string) => `示例市质量强市建设实施方案\n一、总体要求\n（一）主要目标\n${goals}\n二、主要任务\n（一）提升质量。开展质量提升行动。\n`;
const read = (text: string) => extractTargets(buildPlan(text)).targets.map((t) => [t.indicator, t.comparator, t.value, t.qualifier, t.horizon, text.slice(t.start, t.end)]);

describe("a soft return inside a target's name", () => {
  it("reads a name cut before its comparator as one target with its figure", () => {
    const text = plan("到2027年，全市规模以上工业企业产品质量合格率\n达到95%以上，食品抽检合格率稳定在98%以上。");
    expect(read(text)).toEqual([
      ["规模以上工业企业产品质量合格率", "达到", 95, "以上", 2027, "规模以上工业企业产品质量合格率\n达到95%以上"],
      ["食品抽检合格率", "稳定在", 98, "以上", 2027, "食品抽检合格率稳定在98%以上"],
    ]);
  });

  it("reads a name cut inside a word, one character carried to the line below", () => {
    const text = plan("到2027年，全市规模以上工业企业产品质量合格\n率达到95%以上。");
    expect(read(text).map((t) => t.slice(0, 4))).toEqual([["规模以上工业企业产品质量合格率", "达到", 95, "以上"]]);
  });

  it("reads a name cut in a —— entry as one target", () => {
    const text = plan("到2027年，质量水平显著提升：\n——产业质量竞争力持续增强，制造业产品质量合格率\n达到94%以上。\n——服务质量持续提升，公共服务质量满意度达到82分。");
    expect(read(text).map((t) => t.slice(0, 3))).toEqual([
      ["制造业产品质量合格率", "达到", 94],
      ["公共服务质量满意度", "达到", 82],
    ]);
  });

  it("records each break it reads across, in the text as written, and none where a line has a name of its own", () => {
    const text = plan("到2027年，全市规模以上工业企业产品质量合格率\n达到95%以上。");
    const breaks = extractTargets(buildPlan(text)).nameBreaks;
    expect(breaks.map((brk) => [text.slice(brk.start - 3, brk.start), text.slice(brk.start, brk.end), text.slice(brk.end, brk.end + 2)])).toEqual([["合格率", "\n", "达到"]]);
    expect(extractTargets(buildPlan(plan("到2027年，全市质量水平明显提升\n产品质量合格率达到95%以上。"))).nameBreaks).toEqual([]);
  });

  it("leaves a line with a name of its own, and a line after a full stop, as written", () => {
    expect(read(plan("到2027年，全市质量水平明显提升\n产品质量合格率达到95%以上。")).map((t) => t[0])).toEqual(["产品质量合格率"]);
    expect(read(plan("到2027年，全市规模以上工业企业产品质量合格率达到95%以上。\n达到96%。")).map((t) => [t[0], t[2]])).toEqual([
      ["规模以上工业企业产品质量合格率", 95],
      ["", 96],
    ]);
  });

  it("reads a name cut inside a word, two characters carried to the line below, where the line above is a sentence under way", () => {
    const text = plan("到2030年，全市质量整体水平进一步提升，规模以上工业企业产品质量评价合\n格率达到95%以上，食品抽检合格率稳定在98%以上。");
    expect(read(text).map((t) => t.slice(0, 3))).toEqual([
      ["规模以上工业企业产品质量评价合格率", "达到", 95],
      ["食品抽检合格率", "稳定在", 98],
    ]);
  });

  it("leaves a two-character name under a heading or a list line's title as its own", () => {
    expect(read(plan("（一）质量效益\n产值达到1000亿元。")).map((t) => t[0])).toEqual(["产值"]);
    expect(read(plan("到2030年：\n——质量效益明显提升\n产值达到1000亿元。")).map((t) => t[0])).toEqual(["产值"]);
  });

  it("reads a line opening on a comma as the sentence above going on", () => {
    const text = plan("到2030年，全市累计培育省级以上质量标杆企业达到20家\n，其中国家级3家，制造业产品质量合格率达到95%以上。");
    expect(read(text).map((t) => t.slice(0, 3))).toEqual([
      ["省级以上质量标杆企业", "培育达到", 20],
      ["国家级质量标杆企业", "培育达到", 3],
      ["制造业产品质量合格率", "达到", 95],
    ]);
    const joined = read(text.replace("\n，", "，")).map((t) => t.slice(0, 3));
    expect(read(text).map((t) => t.slice(0, 3))).toEqual(joined);
  });

  it("leaves a line opening on a comma after a sentence's end as written", () => {
    const text = plan("到2030年，全市累计培育省级以上质量标杆企业达到20家。\n，其中国家级3家。");
    expect(extractTargets(buildPlan(text)).nameBreaks).toEqual([]);
  });
});
