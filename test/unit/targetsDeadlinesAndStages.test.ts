import { describe, expect, it } from "vitest";
import { groupRestatements } from "../../server/src/core/targets/restatements";
import { orderlessName } from "../../server/src/core/targets/synonyms";
import { targetsOf } from "../support/targets";

const TITLE = "示例县质量强县建设实施方案（2026—2028年）\n为贯彻落实《质量强国建设纲要》，制定本方案。\n";
const TASK = (sentence: string) => `${TITLE}一、主要目标\n到2028年，全县质量强县建设取得明显成效。\n二、重点任务\n（一）加强能力建设。${sentence}〔责任单位：县市场监管局〕\n`;
const GOALS = (paragraph: string) => `${TITLE}一、主要目标\n${paragraph}\n二、重点任务\n（一）加强能力建设。开展检查。〔责任单位：县市场监管局〕\n`;

const rows = (text: string) => targetsOf(text).map((t) => [t.indicator, t.comparator, t.value, t.unit, t.horizon]);

describe("a deadline before a count, written figure first or verb first", () => {
  it("dates the count with the year said, whatever deadline word follows it", () => {
    for (const [deadline, figureFirst, verbFirst] of [
      ["2027年底前", "完成14个乡镇监管站标准化改造", "完成乡镇监管站标准化改造14个"],
      ["2027年前", "建成10个快检室", "建成快检室10个"],
      ["2027年内", "完成8个示范街区建设", "完成示范街区建设8个"],
      ["2027年底", "建成12个计量检测站", "建成计量检测站12个"],
      ["2027年6月底前", "建成2个计量检测中心", "建成计量检测中心2个"],
    ]) {
      for (const written of [figureFirst, verbFirst]) {
        const read = targetsOf(TASK(`${deadline}${written}。`)).filter((t) => t.kind === "count");
        expect(read.map((t) => [t.value, t.horizon]), `${deadline}${written}`).toEqual([[Number(/\d+/.exec(written)![0]), 2027]]);
        expect(read[0]!.indicator).not.toMatch(/^内|\d/);
      }
    }
  });

  it("reads a year alone before a count written figure first as the count's, of the plan's period only", () => {
    const read = (sentence: string) => targetsOf(TASK(sentence)).map((t) => [t.indicator, t.comparator, t.value, t.horizon, t.aspirational]);
    expect(read("2027年完成8个示范街区建设。")).toEqual([["示范街区建设", "完成", 8, 2027, false]]);
    expect(read("力争2026年建成2个计量测试中心。")).toEqual([["计量测试中心", "建成", 2, 2026, true]]);
    // A year before the period may report what was done: no count of the plan's.
    expect(read("2022年完成5个农贸市场改造。")).toEqual([]);
  });

  it("reads one striven for figure first as striven for, of its year", () => {
    const [count] = targetsOf(TASK("力争2027年底前培育5家省级质量标杆企业。"));
    expect([count!.indicator, count!.comparator, count!.value, count!.horizon, count!.aspirational]).toEqual(["省级质量标杆企业", "培育", 5, 2027, true]);
  });
});

describe("a sentence of several years, its ；-parts", () => {
  it("gives a part that opens on no year the period's, not the stage's before it", () => {
    expect(rows(TASK("到2026年，农产品监测合格率达到90%；到2027年，新建检测站5个；检测合格率保持在98%以上。"))).toEqual([
      ["农产品监测合格率", "达到", 90, "%", 2026],
      ["新建检测站", "新建", 5, "个", 2027],
      ["检测合格率", "保持在", 98, "%", 2028],
    ]);
    expect(rows(TASK("2026年建成标准化生产基地5个，2027年新增3个；考核合格人员达到600人。")).at(-1)).toEqual(["考核合格人员", "达到", 600, "人", 2028]);
  });

  it("gives it the paragraph's horizon in the goals", () => {
    const text = GOALS("到2028年，全县质量水平明显提升。到2026年，产品质量合格率达到90%；到2027年，产品质量合格率达到95%；食品抽检合格率保持在98%以上。");
    expect(rows(text).at(-1)).toEqual(["食品抽检合格率", "保持在", 98, "%", 2028]);
  });

  it("ends a list of stages at its sentence's 。: the sentence after it is what the stages stand in", () => {
    expect(rows(TASK("到2026年，建成快检室10个；到2027年，建成快检室20个。全县新增示范店30家。")).map((row) => row[4])).toEqual([2026, 2027, 2028]);
    expect(rows(TASK("到2026年，建成快检室10个；到2027年，建成快检室20个；培训人员500人次。全县新增示范店30家。")).map((row) => row[4])).toEqual([2026, 2027, 2028, 2028]);
    const goals = GOALS("到2026年，食品抽检合格率达到98%；到2027年，食品安全满意度达到90%。新增示范店30家，药品抽检合格率达到99%。");
    expect(rows(goals).map((row) => row[4])).toEqual([2026, 2027, 2028, 2028]);
    // Under a horizon of the paragraph's, the sentence after the stages is that horizon's again.
    const stated = `${TITLE}一、主要目标\n到2027年，全县质量水平明显提升。到2026年，建成快检室10个；到2028年，建成快检室20个。全县新增示范店30家。\n二、重点任务\n（一）加强能力建设。开展检查。〔责任单位：县市场监管局〕\n`;
    expect(rows(stated).map((row) => row[4])).toEqual([2026, 2028, 2027]);
  });

  it("keeps the only year a sentence gives over its ；", () => {
    expect(rows(TASK("2026年建成标准化生产基地5个；考核合格人员达到600人。")).at(-1)).toEqual(["考核合格人员", "达到", 600, "人", 2026]);
    expect(rows(TASK("到2027年，新建检测站5个；检测合格率保持在98%以上。")).at(-1)).toEqual(["检测合格率", "保持在", 98, "%", 2027]);
  });
});

describe("配备 and the services done so many times a year", () => {
  it("counts the equipment a plan provides, never each body's standard", () => {
    expect(rows(TASK("为乡镇监管站配备快检设备80台套，每个服务站配备专职人员不少于3名。"))).toEqual([
      ["快检设备", "配备", 80, "台套", 2028],
      ["每个服务站配备专职人员", "不少于", 3, "名", 2028],
    ]);
  });

  it("reads what each body or place is to have as a level per unit, with no comparator as with one", () => {
    const read = (sentence: string) => targetsOf(TASK(sentence)).map((t) => [t.indicator, t.kind, t.comparator, t.value, t.unit]);
    expect(read("每个乡镇建成快检室1个，每家企业配备食品安全员1名。")).toEqual([
      ["每个乡镇建成快检室", "level", "", 1, "个"],
      ["每家企业配备食品安全员", "level", "", 1, "名"],
    ]);
    expect(read("各乡镇配备专职食品安全协管员2名，各乡镇（街道）建成快检室1个以上。")).toEqual([
      ["各乡镇配备专职食品安全协管员", "level", "", 2, "名"],
      ["各乡镇（街道）建成快检室", "level", "", 1, "个"],
    ]);
    // A group's work done with no floor on each stays the group's count, and a count no body opens is the plan's.
    expect(read("各乡镇人民政府完成食用农产品快检3000批次，全县建成快检室20个。")).toEqual([
      ["食用农产品快检", "count", "完成", 3000, "批次"],
      ["建成快检室", "count", "建成", 20, "个"],
    ]);
    // A time or a head count after 每 takes no body one by one.
    expect(read("每年建成快检室5个，每千人完成食品抽检4批次。").map((row) => row[1])).toEqual(["count", "level"]);
  });

  it("takes 每年 before a body for how often, never for a body taken one by one", () => {
    expect(rows(TASK("每年市场监管部门开展抽检500批次，卫生健康部门开展风险监测200批次。")).map((row) => row.slice(0, 4))).toEqual([
      ["抽检", "开展", 500, "批次"],
      ["风险监测", "开展", 200, "批次"],
    ]);
  });

  it("reads 检验设备 after how often as the work done to the equipment, and the equipment bought as a noun", () => {
    expect(rows(TASK("县特种设备检验检测中心年检验设备8000台，出具检验报告8000份。"))).toEqual([
      ["检验设备", "年检验", 8000, "台", 2028],
      ["检验报告", "年出具", 8000, "份", 2028],
    ]);
    expect(rows(TASK("新增检验设备200台。"))).toEqual([["检验设备", "新增", 200, "台", 2028]]);
    // 全年 the comparator leaves off says how often all the same: the verb stays in the name.
    expect(rows(TASK("全年检测仪器500台件。"))).toEqual([["检测仪器", "检测", 500, "台件", 2028]]);
  });
});

describe("one indicator's names as its statements are matched", () => {
  it("takes a list of kinds as one name however its heads are written", () => {
    expect(orderlessName("绿色食品、有机农产品认证登记")).toBe(orderlessName("绿色有机农产品认证登记"));
    expect(orderlessName("食品、药品安全事故")).toBe(orderlessName("食品药品安全事故"));
    expect(orderlessName("特种设备安全总监、安全员配备率")).not.toBe(orderlessName("特种安全员配备率"));
  });

  it("moves only the words of whom or per how many, never two nouns that measure another thing", () => {
    expect(orderlessName("群众食品安全满意度")).toBe(orderlessName("食品安全群众满意度"));
    expect(orderlessName("每万人口高价值发明专利拥有量")).toBe(orderlessName("高价值发明专利每万人拥有量"));
    expect(orderlessName("服务质量满意度")).not.toBe(orderlessName("质量服务满意度"));
    expect(orderlessName("产品质量监督抽查合格率")).not.toBe(orderlessName("质量产品抽查监督合格率"));
  });

  it("links a goal and its table row that write the list's heads differently", () => {
    const text = GOALS(
      "到2028年，累计新增绿色食品、有机农产品认证登记40个。\n主要指标\n序号\t指标名称\t单位\t2025年基数\t2028年目标\n1\t新增绿色有机农产品认证登记\t个\t—\t40（累计）",
    );
    const counts = targetsOf(text).filter((t) => t.value === 40);
    expect(counts).toHaveLength(2);
    expect(groupRestatements(counts.map((target) => ({ target })), () => true)).toHaveLength(1);
  });
});
