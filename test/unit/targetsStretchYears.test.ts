import { describe, expect, it } from "vitest";
import { targetsOf } from "../support/targets";

const PLAN = "示例市标准化提升行动计划（2026—2030年）\n";
const GOALS = `${PLAN}一、总体要求\n（一）主要目标\n`;
const rows = (text: string) => targetsOf(text).map((t) => [t.indicator, t.value, t.horizon, t.aspirational]);

describe("a year striven for (力争) or a deadline (…年底前) under the paragraph's horizon", () => {
  it("governs its own sentence, and the paragraph's horizon resumes after it", () => {
    const text = `${GOALS}到2030年，标准化工作体制机制更加健全。力争到2027年，主导或参与制修订国际标准3项以上、国家标准40项。标准化专业人才总数达到1200人，组建市级专业标准化技术委员会3个。\n——服务更加便捷。知识产权服务机构数量达到150家。\n`;
    expect(rows(text)).toEqual([
      ["主导或参与制修订国际标准", 3, 2027, true],
      ["主导或参与制修订国家标准", 40, 2027, true],
      ["标准化专业人才总数", 1200, 2030, false],
      ["市级专业标准化技术委员会", 3, 2030, false],
      ["知识产权服务机构数量", 150, 2030, false],
    ]);
  });

  it("governs its own clause where it opens on the clause's verb, not the clauses after it", () => {
    const text = `${GOALS}到2030年，服务更加便捷。力争2027年建成国家级知识产权保护中心1个，知识产权服务机构数量达到150家，每年培训知识产权专业人才1000人次以上。力争到2028年建成省级技术标准创新基地2个，标准化专业人才总数达到1200人。\n`;
    expect(rows(text)).toEqual([
      ["国家级知识产权保护中心", 1, 2027, true],
      ["知识产权服务机构数量", 150, 2030, false],
      ["知识产权专业人才", 1000, 2030, false],
      ["省级技术标准创新基地", 2, 2028, true],
      ["标准化专业人才总数", 1200, 2030, false],
    ]);
  });

  it("leaves a later year its verb follows, neither striven for nor a deadline, the next horizon", () => {
    const text = `${GOALS}到2027年，标准化工作体制机制更加健全。到2030年建成国家级标准化创新基地1个，标准化专业人才总数达到1200人。\n`;
    expect(rows(text)).toEqual([
      ["国家级标准化创新基地", 1, 2030, false],
      ["标准化专业人才总数", 1200, 2030, false],
    ]);
  });

  it("dates a task's whole sentence by the year or deadline it opens on, as 到2027年 does, and no sentence after it", () => {
    // Only the plan's period is in force in a task: the sentence's year is the only one it gives.
    const text = `${PLAN}一、重点任务\n（一）建设标准化服务平台。2026年底前建成标准信息公共服务平台1个，为企业提供标准查询服务3000家次，开展标准化培训40场次。培育标准化服务机构5家。\n（二）培育质量标杆。2027年新增市级质量标杆企业8家，开展质量提升活动30场次，培训企业质量管理人员2000人次。\n（三）建设检测中心。到2028年建成产业计量测试中心2个，服务企业300家次。\n`;
    expect(rows(text)).toEqual([
      ["标准信息公共服务平台", 1, 2026, false],
      ["标准查询服务", 3000, 2026, false],
      ["标准化培训", 40, 2026, false],
      ["标准化服务机构", 5, 2030, false],
      ["市级质量标杆企业", 8, 2027, false],
      ["质量提升活动", 30, 2027, false],
      ["企业质量管理人员", 2000, 2027, false],
      ["产业计量测试中心", 2, 2028, false],
      ["服务企业", 300, 2028, false],
    ]);
  });

  it("keeps a year striven for in a task to its own clause, as its 力争 is", () => {
    const text = `${PLAN}一、重点任务\n（一）建设标准化服务平台。力争2027年建成国家级标准化服务平台1个，开展标准化培训40场次。\n（二）培育质量标杆。2027年力争新增国家级质量标杆企业2家，开展质量提升活动30场次。\n`;
    expect(rows(text)).toEqual([
      ["国家级标准化服务平台", 1, 2027, true],
      ["标准化培训", 40, 2030, false],
      ["国家级质量标杆企业", 2, 2027, true],
      ["质量提升活动", 30, 2030, false],
    ]);
  });

  it("keeps the year for a list going on with its verb after a comma", () => {
    const text = `${GOALS}到2030年，服务更加便捷。力争2027年建成国家级知识产权保护中心1个，省级知识产权保护中心3个。力争到2028年新建技术标准创新基地2个，标准化服务站10个，服务机构数量达到150家。\n`;
    expect(rows(text)).toEqual([
      ["国家级知识产权保护中心", 1, 2027, true],
      ["省级知识产权保护中心", 3, 2027, true],
      ["技术标准创新基地", 2, 2028, true],
      ["标准化服务站", 10, 2028, true],
      ["服务机构数量", 150, 2030, false],
    ]);
  });

  it("strives for a list going on with its verb as for its first count, unless the count commits", () => {
    const text = `${GOALS}到2030年，服务更加便捷。力争2027年培育国家级质量标杆企业1家，省级质量标杆企业5家，确保市级质量标杆企业20家。建成质量基础设施服务站5个，计量技术服务站10个。\n`;
    expect(rows(text)).toEqual([
      ["国家级质量标杆企业", 1, 2027, true],
      ["省级质量标杆企业", 5, 2027, true],
      ["市级质量标杆企业", 20, 2027, false],
      ["质量基础设施服务站", 5, 2030, false],
      ["计量技术服务站", 10, 2030, false],
    ]);
  });

  it("still governs what follows where the goals open on it, and a sentence where it is a clause of its own", () => {
    expect(rows(`${GOALS}力争到2027年，标准化工作体制机制更加健全。标准化专业人才总数达到1200人。\n`)).toEqual([["标准化专业人才总数", 1200, 2027, false]]);
    expect(rows(`${GOALS}到2030年，服务更加便捷。2028年底前，知识产权服务机构数量达到150家，标准化专业人才总数达到1200人。标准化覆盖率达到90%。\n`).map((row) => row.slice(0, 3))).toEqual([
      ["知识产权服务机构数量", 150, 2028],
      ["标准化专业人才总数", 1200, 2028],
      ["标准化覆盖率", 90, 2030],
    ]);
  });
});

describe("a count going on after a verb that builds things", () => {
  it("takes the verb, year and 力争 to a noun that opens on a doing (检验检测平台 is built, as the stations are)", () => {
    const text = `${GOALS}到2030年，质量强市建设取得明显成效。力争2027年建成质量基础设施一站式服务站10个，检验检测公共服务平台3个。\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.comparator, t.value, t.horizon, t.aspirational])).toEqual([
      ["质量基础设施一站式服务站", "建成", 10, 2027, true],
      ["检验检测公共服务平台", "建成", 3, 2027, true],
    ]);
  });

  it("keeps a noun that opens on a doing apart from a verb of work handled (受理窗口 are no licences handled)", () => {
    const text = `${GOALS}到2030年，全年办理营业执照2万件，受理窗口12个。\n`;
    expect(targetsOf(text).map((t) => [t.indicator, t.comparator])).toEqual([
      ["营业执照", "办理"],
      ["受理窗口", ""],
    ]);
  });
});
