import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { targetTableRows } from "../../server/src/core/targets/table";

/**
 * A second QA set of target phrasings (targetsPhrasingsQA.test.ts is the first): counts of whom a
 * service reaches, standards a plan supports enterprises in drafting, levels widened to a figure,
 * and the variety of goals and tasks real plans write — each read whole as the target table shows it.
 */
const TITLE = "示例县质量强县建设实施方案（2026—2028年）\n";
function plan(goals: readonly string[], tasks: readonly string[]): string {
  return `${TITLE}一、主要目标\n${goals.join("\n")}\n二、重点任务\n${tasks.map((task, i) => `（${"一二三四五六七八九十"[i]}）${task}`).join("\n")}\n`;
}

/** One phrase as a goal (到2028年，…) and as a task. */
const goalAndTask = (phrase: string) => plan([`到2028年，${phrase}。`], [`推进相关工作，${phrase}。`]);

/** indicator | kind | comparator | figure | horizon | 力争 | 累计 */
function rowsOf(text: string): string[] {
  const { plan: document, parents } = analyze(text);
  return targetTableRows(document, parents, undefined).map((row) =>
    [row.indicator, row.kind, row.comparator, row.figure, row.horizon, row.aspirational ? "力争" : "", row.cumulative ? "累计" : ""].join(" | "),
  );
}

describe("QA: whom a service reaches, counted", () => {
  it("reads 提供服务覆盖企业…家 as the enterprises served, whoever provides the service", () => {
    expect(rowsOf(plan(["到2028年，质量技术服务平台提供服务覆盖企业100家。"], ["建设质量基础设施一站式服务站，提供服务覆盖企业100家以上。"]))).toEqual([
      "服务覆盖企业 | count | 提供 | 100家 | 2028 |  | ",
      "服务覆盖企业 | count | 提供 | 100家以上 | 2028 |  | ",
    ]);
  });

  it("reads a task's 服务覆盖企业…家 and 覆盖重点企业…户 as that task's count, never a level two tasks contradict", () => {
    const text = plan(["到2028年，质量技术服务覆盖企业8万家以上。"], ["开展质量技术帮扶，服务覆盖企业500家。", "推进计量服务，覆盖重点企业200户。", "建设一站式服务站，服务覆盖企业80家。", "建设标准化服务平台，覆盖产业集群10个。"]);
    expect(rowsOf(text)).toEqual([
      // The goals' coverage is where the plan's reach will stand, as a table restates it.
      "质量技术服务覆盖企业 | level |  | 8万家以上 | 2028 |  | ",
      "服务覆盖企业 | count |  | 500家 | 2028 |  | ",
      "覆盖重点企业 | count |  | 200户 | 2028 |  | ",
      "服务覆盖企业 | count |  | 80家 | 2028 |  | ",
      // Places and networks reached are a reach wherever it is written.
      "覆盖产业集群 | level |  | 10个 | 2028 |  | ",
    ]);
    expect(analyze(text).findings.filter((finding) => finding.rule === "targets/inconsistent")).toEqual([]);
  });
});

describe("QA: standards a plan supports enterprises in drafting", () => {
  it("keeps the subject and its part in the name after 支持, 鼓励, 引导 (the means), as the goals' reading does", () => {
    expect(rowsOf(plan(["到2028年，企业主导或参与制修订国际标准、国家标准20项。"], [
      "支持企业主导或参与制修订国际标准、国家标准20项。",
      "鼓励企业参与制定团体标准50项以上。",
      "每年鼓励企业参与制定团体标准不少于10项。",
      "引导重点企业和科研院所参与制修订行业标准30项以上。",
      "支持企业主导或参与制定国际标准5项、国家标准30项。",
      "鼓励企业参与制修订国家标准10项，行业标准20项。",
      "鼓励企业主导或参与制修订国际标准、国家标准，累计达到25项。",
      "企业主导或参与制修订国家标准20项。",
    ]))).toEqual([
      "企业主导或参与制修订国际标准、国家标准 | count |  | 20项 | 2028 |  | ",
      "企业主导或参与制修订国际标准、国家标准 | count |  | 20项 | 2028 |  | ",
      "企业参与制定团体标准 | count |  | 50项以上 | 2028 |  | ",
      "企业参与制定团体标准 | count | 每年不少于 | 10项 | 2028 |  | ",
      "重点企业和科研院所参与制修订行业标准 | count |  | 30项以上 | 2028 |  | ",
      "企业主导或参与制定国际标准 | count |  | 5项 | 2028 |  | ",
      "企业主导或参与制定国家标准 | count |  | 30项 | 2028 |  | ",
      "企业参与制修订国家标准 | count |  | 10项 | 2028 |  | ",
      "企业参与制修订行业标准 | count |  | 20项 | 2028 |  | ",
      "企业主导或参与制修订国际标准、国家标准 | count | 达到 | 25项 | 2028 |  | 累计",
      "企业主导或参与制修订国家标准 | count |  | 20项 | 2028 |  | ",
    ]);
  });

  it("leaves a count whose verb follows the support as it was (支持企业建设…, 指导企业制修订…)", () => {
    expect(rowsOf(plan(["到2028年，质量强县建设取得成效。"], ["支持企业建设省级技术中心10家。", "指导企业制修订标准80项。", "主导或参与制修订国家标准10项，行业标准20项。"]))).toEqual([
      "省级技术中心 | count | 建设 | 10家 | 2028 |  | ",
      "制修订标准 | count |  | 80项 | 2028 |  | ",
      "主导或参与制修订国家标准 | count |  | 10项 | 2028 |  | ",
      "主导或参与制修订行业标准 | count |  | 20项 | 2028 |  | ",
    ]);
  });
});

describe("QA: the variety of goals and tasks (ranges, 力争/确保, 累计/新增/年均, per-place floors, ‰, 个百分点, 压缩至, 扩展至)", () => {
  it("reads each as a reviewer does", () => {
    const goals = [
      "到2028年，制造业产品质量合格率稳定在95%以上，食品抽检合格率保持在98%—99%。",
      "力争到2027年，制造业质量竞争力指数达到88，确保工程质量抽查符合率不低于98%。",
      "农产品质量安全例行监测合格率控制在98%左右，万元GDP能耗较2025年下降12%。",
      "累计培育省级质量标杆企业20家，新增“品字标”认证企业50家以上，年均新增团体标准30项。",
      "有效发明专利拥有量达到1.2万件，品牌价值突破500亿元，规上工业增加值年均增长8%。",
      "研发经费投入强度提高0.5个百分点，特种设备万台死亡人数控制在0.2以下，新生儿出生缺陷发生率控制在3‰以内。",
      "重点工业产品质量监督抽查不合格发现率控制在5%以下，每个行政村至少配备1名食品安全协管员。",
      "力争新增省级以上质量品牌5个，确保不发生重大食品安全事故，高新技术企业总数突破80家。",
    ];
    const tasks = [
      "每年组织开展质量攻关项目不少于10项，累计完成质量攻关项目50项。",
      "到2027年，全县建成省级以上质量检验检测中心5个以上。",
      "全年完成食品安全监督抽检1.2万批次，其中农产品快检3万批次。",
      "力争2027年新增国家级专精特新“小巨人”企业10家，省级专精特新企业100家。",
      "开展“计量服务中小企业行”活动，为企业免费校准计量器具不少于5万台件。",
      "培育质量标杆企业，到2028年累计达到60家以上。",
      "企业开办时间压缩至1个工作日以内，涉企经营许可事项办理时限压减50%。",
      "每万人口发明专利拥有量由3.5件提高到6件，政务服务一网通办率提升10个百分点。",
      "建成县级检验检测中心1个，检测参数扩展至500项以上，服务范围拓展到全县12个乡镇。",
      "新建各类人才实训基地8个、技能大师工作室15个，公共充电桩县城覆盖率达到90%—95%。",
    ];
    expect(rowsOf(plan(goals, tasks))).toEqual([
      "制造业产品质量合格率 | level | 稳定在 | 95%以上 | 2028 |  | ",
      "食品抽检合格率 | level | 保持在 | 98—99% | 2028 |  | ",
      "制造业质量竞争力指数 | level | 达到 | 88 | 2027 | 力争 | ",
      "工程质量抽查符合率 | level | 不低于 | 98% | 2027 |  | ",
      "农产品质量安全例行监测合格率 | level | 控制在 | 98%左右 | 2028 |  | ",
      "万元GDP能耗 | delta | 下降 | 12% | 2028 |  | ",
      "省级质量标杆企业 | count | 培育 | 20家 | 2028 |  | 累计",
      "“品字标”认证企业 | count | 新增 | 50家以上 | 2028 |  | ",
      "团体标准 | count | 年均新增 | 30项 | 2028 |  | ",
      "有效发明专利拥有量 | level | 达到 | 1.2万件 | 2028 |  | ",
      "品牌价值 | level | 突破 | 500亿元 | 2028 |  | ",
      "规上工业增加值 | delta | 年均增长 | 8% | 2028 |  | ",
      "研发经费投入强度 | delta | 提高 | 0.5个百分点 | 2028 |  | ",
      "特种设备万台死亡人数 | level | 控制在 | 0.2以下 | 2028 |  | ",
      "新生儿出生缺陷发生率 | level | 控制在 | 3‰以内 | 2028 |  | ",
      "重点工业产品质量监督抽查不合格发现率 | level | 控制在 | 5%以下 | 2028 |  | ",
      "每个行政村配备食品安全协管员 | level | 至少 | 1名 | 2028 |  | ",
      "省级以上质量品牌 | count | 新增 | 5个 | 2028 | 力争 | ",
      "重大食品安全事故 | level | 不发生 | 0起 | 2028 |  | ",
      "高新技术企业总数 | level | 突破 | 80家 | 2028 |  | ",
      "质量攻关项目 | count | 每年组织开展不少于 | 10项 | 2028 |  | ",
      "质量攻关项目 | count | 完成 | 50项 | 2028 |  | 累计",
      "省级以上质量检验检测中心 | count | 建成 | 5个以上 | 2027 |  | ",
      "食品安全监督抽检 | count | 完成 | 1.2万批次 | 2028 |  | ",
      "农产品快检 | count | 完成 | 3万批次 | 2028 |  | ",
      "国家级专精特新“小巨人”企业 | count | 新增 | 10家 | 2027 | 力争 | ",
      "省级专精特新企业 | count | 新增 | 100家 | 2027 | 力争 | ",
      "计量器具 | count | 校准不少于 | 5万台件 | 2028 |  | ",
      "质量标杆企业 | level | 达到 | 60家以上 | 2028 |  | 累计",
      "企业开办时间 | level | 压缩至 | 1个工作日以内 | 2028 |  | ",
      "涉企经营许可事项办理时限 | delta | 压减 | 50% | 2028 |  | ",
      "每万人口发明专利拥有量 | level | 提高到 | 6件 | 2028 |  | ",
      "政务服务一网通办率 | delta | 提升 | 10个百分点 | 2028 |  | ",
      "县级检验检测中心 | count | 建成 | 1个 | 2028 |  | ",
      "检测参数 | level | 扩展至 | 500项以上 | 2028 |  | ",
      "服务范围 | level | 拓展到 | 12个 | 2028 |  | ",
      "各类人才实训基地 | count | 新建 | 8个 | 2028 |  | ",
      "技能大师工作室 | count | 新建 | 15个 | 2028 |  | ",
      "公共充电桩县城覆盖率 | level | 达到 | 90—95% | 2028 |  | ",
    ]);
  });
});

describe("QA: an annual plan whose year follows its genre in brackets", () => {
  it("takes 工作要点（2026年） for the plan's year, the horizon of a goal that says none", () => {
    const text = "示例市食品安全工作要点（2026年）\n一、工作目标\n全年完成食品安全监督抽检1.5万批次。\n序号｜指标名称｜单位｜2025年完成｜2026年目标\n1｜食品抽检合格率｜%｜98.2｜≥98.5\n二、重点工作\n（一）年内创建食品安全示范街区5条。\n";
    expect(rowsOf(text)).toEqual([
      "食品安全监督抽检 | count | 完成 | 1.5万批次 | 2026 |  | ",
      "食品抽检合格率 | level | ≥ | 98.5% | 2026 |  | ",
      "食品安全示范街区 | count | 创建 | 5条 | 2026 |  | ",
    ]);
    expect(analyze(text).findings.filter((finding) => finding.rule === "targets/horizon")).toEqual([]);
  });
});

describe("QA: a list of counts after one verb, each with its own floor", () => {
  it("counts every noun the list names by the verb (培育…不少于10家、…不少于30家), and by the doing a verbless count names", () => {
    expect(rowsOf(plan(["到2028年，质量强县建设取得成效。"], ["到2028年，培育省级以上质量标杆企业不少于10家、市级质量标杆企业不少于30家。", "支持企业主导或参与制定国际标准不少于5项、国家标准不少于30项。"]))).toEqual([
      "省级以上质量标杆企业 | count | 培育不少于 | 10家 | 2028 |  | ",
      "市级质量标杆企业 | count | 培育不少于 | 30家 | 2028 |  | ",
      "企业主导或参与制定国际标准 | count | 不少于 | 5项 | 2028 |  | ",
      "企业主导或参与制定国家标准 | count | 不少于 | 30项 | 2028 |  | ",
    ]);
  });
});

describe("hunt: phrasings read wrongly or not at all", () => {

  it("names a part that says only who made it (其中企业主导制定5项) with the whole's noun", () => {
    expect(rowsOf(plan(["到2028年，新增团体标准10项，其中企业主导制定5项。"], ["制修订地方标准20项，其中牵头制定5项。"]))).toEqual([
      "团体标准 | count | 新增 | 10项 | 2028 |  | ",
      "企业主导制定团体标准 | count | 新增 | 5项 | 2028 |  | ",
      "地方标准 | count | 制修订 | 20项 | 2028 |  | ",
      "牵头制定地方标准 | count | 制修订 | 5项 | 2028 |  | ",
    ]);
  });

  it("keeps a name that opens on 在线 (or holds a bracketed abbreviation) whole, 达到 its comparator", () => {
    expect(rowsOf(goalAndTask("在线消费纠纷解决（ODR）企业达到200家"))).toEqual([
      "在线消费纠纷解决（ODR）企业 | level | 达到 | 200家 | 2028 |  | ",
      "在线消费纠纷解决（ODR）企业 | level | 达到 | 200家 | 2028 |  | ",
    ]);
    // 在 saying where the work is done is still no word of what is counted.
    expect(rowsOf(goalAndTask("在重点产业园区新建服务站8个"))[0]).toBe("新建服务站 | count |  | 8个 | 2028 |  | ");
  });

  it("reads a unit with the other one allowed in brackets (台（件）, 个（家）, 项（个）)", () => {
    expect(rowsOf(plan(["到2028年，检定计量器具2万台（件）以上，培育龙头企业10个（家）。"], ["制定地方标准5项（个）。"]))).toEqual([
      "计量器具 | count | 检定 | 2万台（件）以上 | 2028 |  | ",
      "龙头企业 | count | 培育 | 10个（家） | 2028 |  | ",
      "地方标准 | count | 制定 | 5项（个） | 2028 |  | ",
    ]);
  });

  it("reads a scope widened to every place of the area (拓展到全县12个乡镇) and a conversion counted in a task (转型为企业500户)", () => {
    expect(rowsOf(goalAndTask("服务范围拓展到全县12个乡镇"))).toEqual([
      "服务范围 | level | 拓展到 | 12个 | 2028 |  | ",
      "服务范围 | level | 拓展到 | 12个 | 2028 |  | ",
    ]);
    expect(rowsOf(goalAndTask("快检服务覆盖全县12个乡镇"))[1]).toBe("快检服务覆盖乡镇 | level |  | 12个 | 2028 |  | ");
    expect(rowsOf(goalAndTask("检测参数拓展到500项以上"))[1]).toBe("检测参数 | level | 拓展到 | 500项以上 | 2028 |  | ");
    expect(rowsOf(goalAndTask("个体工商户转型为企业500户"))).toEqual([
      "个体工商户转型为企业 | count |  | 500户 | 2028 |  | ",
      "个体工商户转型为企业 | count |  | 500户 | 2028 |  | ",
    ]);
  });

  it("reads 培育新增 as the verb and an increment, the noun without 新增", () => {
    expect(rowsOf(goalAndTask("培育新增省级专精特新企业50家"))).toEqual([
      "省级专精特新企业 | count | 培育新增 | 50家 | 2028 |  | ",
      "省级专精特新企业 | count | 培育新增 | 50家 | 2028 |  | ",
    ]);
    // 新增长点 is a noun of its own.
    expect(rowsOf(goalAndTask("培育新增长点5个"))[0]).toBe("新增长点 | count | 培育 | 5个 | 2028 |  | ");
  });

  it("names a measure per head without the count's verb, as the figure per head after its unit is named", () => {
    expect(rowsOf(plan(["到2028年，每年完成食品抽检不少于4批次/千人。"], ["全年完成食品抽检4批次/千人。"]))).toEqual([
      "每千人食品抽检 | level | 每年完成不少于 | 4批次 | 2028 |  | ",
      "每千人食品抽检 | level | 完成 | 4批次 | 2028 |  | ",
    ]);
  });
});

describe("round 3: verb orders, what a part in drafting governs, and a coverage decided by its sentence", () => {

  it("reads 新增 before a verb that makes or designates (新增培育, 新增创建, 新增认定) as one comparator, the noun without it", () => {
    expect(rowsOf(goalAndTask("新增培育省级专精特新企业50家"))).toEqual([
      "省级专精特新企业 | count | 新增培育 | 50家 | 2028 |  | ",
      "省级专精特新企业 | count | 新增培育 | 50家 | 2028 |  | ",
    ]);
    expect(rowsOf(plan(["到2028年，新增创建国家级示范区1个，力争新增培育质量标杆企业30家。"], ["每年新增认定高新技术企业40家，累计新增培育专精特新企业100家。"]))).toEqual([
      "国家级示范区 | count | 新增创建 | 1个 | 2028 |  | ",
      "质量标杆企业 | count | 新增培育 | 30家 | 2028 | 力争 | ",
      "高新技术企业 | count | 每年新增认定 | 40家 | 2028 |  | ",
      "专精特新企业 | count | 新增培育 | 100家 | 2028 |  | 累计",
    ]);
    // 认证企业 is what is counted: 新增 alone its verb.
    expect(rowsOf(goalAndTask("新增认证企业20家"))[0]).toBe("认证企业 | count | 新增 | 20家 | 2028 |  | ");
  });

  it("carries a part in drafting (主导或参与制修订) after a comma only to what is drafted", () => {
    expect(rowsOf(plan(["到2028年，主导或参与制修订国家标准10项，技术规范5项，省级质量标杆企业5家。"], ["支持企业主导或参与制修订国家标准、行业标准50项，地方标准20项，质量标杆企业10家。"]))).toEqual([
      "主导或参与制修订国家标准 | count |  | 10项 | 2028 |  | ",
      "主导或参与制修订技术规范 | count |  | 5项 | 2028 |  | ",
      "省级质量标杆企业 | count |  | 5家 | 2028 |  | ",
      "企业主导或参与制修订国家标准、行业标准 | count |  | 50项 | 2028 |  | ",
      "企业主导或参与制修订地方标准 | count |  | 20项 | 2028 |  | ",
    ]);
    expect(rowsOf(goalAndTask("企业主导或参与制定国际标准不少于5项、质量标杆企业不少于30家"))[1]).toBe("质量标杆企业 | level | 不少于 | 30家 | 2028 |  | ");
  });

  it("reads a coverage of whom a service reaches by its sentence, in the goals or a task alike", () => {
    // A stock: bounded (以上), reached (达到) or stated for a year its sentence opens on — a level.
    expect(rowsOf(plan(["到2028年，质量技术服务覆盖企业8万家。"], ["推进计量服务，质量技术服务覆盖企业8万家以上。", "推进标准服务，标准化服务覆盖企业达到3000家。"]))).toEqual([
      "质量技术服务覆盖企业 | level |  | 8万家 | 2028 |  | ",
      "质量技术服务覆盖企业 | level |  | 8万家以上 | 2028 |  | ",
      "标准化服务覆盖企业 | level | 达到 | 3000家 | 2028 |  | ",
    ]);
    // A bare figure after its clause's work — that work's tally — in the goals too.
    expect(rowsOf(plan(["质量强县建设取得成效，开展质量技术帮扶，服务覆盖企业500家。"], ["新建一站式服务站20个，覆盖企业3000家。"]))).toEqual([
      "服务覆盖企业 | count |  | 500家 | 2028 |  | ",
      "一站式服务站 | count | 新建 | 20个 | 2028 |  | ",
      "覆盖企业 | count |  | 3000家 | 2028 |  | ",
    ]);
  });
});

describe("round 3 hunt: 品牌价值, 检验检测机构营收, 合格率, 工程质量, 满意度, 例行监测, 食品抽检量 per 1,000 people, counts of tasks", () => {
  // Each read as a reviewer reads it (78 sentences of 质量强市 plans' phrasing, none pinned before).
  it("reads the goals' levels, changes and counts", () => {
    const goals = [
      "全市品牌价值超过500亿元",
      "区域公共品牌价值达到120亿元",
      "检验检测机构营业收入达到35亿元",
      "检验检测机构营收年均增长10%以上",
      "制造业产品质量合格率稳定在95%以上",
      "规模以上工业企业产品质量合格率达到96%",
      "建设工程质量一次验收合格率达到100%",
      "大中型工程项目一次验收合格率保持在100%",
      "住宅工程质量投诉处理率达到100%",
      "服务质量满意度达到85分以上",
      "公共服务质量满意度提高到83分",
      "生活性服务业质量满意度不低于82分",
      "农产品质量安全例行监测合格率稳定在98%以上",
      "食品抽检量达到每千人5批次",
      "食品抽检量保持在每千人6批次以上",
      "食品评价性抽检合格率达到98.5%",
      "药品抽检合格率保持在99%以上",
      "消费品质量合格率达到93%",
      "国家地理标志保护产品达到15个",
      "有效注册商标总量突破10万件",
      "地理标志商标新增5件",
      "马德里国际注册商标达到50件",
      "每万人口高价值发明专利拥有量达到12件",
      "社会计量公用标准达到150项",
      "新建社会公用计量标准20项",
      "主导制定国际标准2项以上",
      "新增国家级检验检测中心1个",
      "检验检测机构达到300家",
      "获得强制性产品认证企业达到500家",
      "质量管理体系认证证书达到8000张",
      "特种设备事故万台死亡率控制在0.15以下",
      "重大食品安全事故零发生",
      "规上工业企业新产品产值率达到30%",
      "省长质量奖获奖企业累计达到10家",
      "专精特新“小巨人”企业达到20家",
      "高新技术企业数量突破1000家",
      "计量检定校准服务覆盖企业5000家以上",
      "消费投诉按期办结率达到98%以上",
      "12315投诉举报处置率保持100%",
      "消费者满意度测评得分达到80分",
      "放心消费示范单位达到2000家",
      "农业标准化生产普及率达到75%",
      "绿色食品、有机农产品和地理标志农产品达到300个",
      "“三品一标”农产品产量占比达到60%",
      "工程质量抽查符合率不低于98%",
      "住宅工程质量常见问题治理覆盖率达到100%",
      "政务服务好评率达到99%以上",
      "企业开办时间压缩至0.5个工作日",
    ];
    expect(rowsOf(plan(goals.map((goal) => `到2028年，${goal}。`), ["开展质量提升行动。"]))).toEqual([
      "品牌价值 | level | 超过 | 500亿元 | 2028 |  | ",
      "区域公共品牌价值 | level | 达到 | 120亿元 | 2028 |  | ",
      "检验检测机构营业收入 | level | 达到 | 35亿元 | 2028 |  | ",
      "检验检测机构营收 | delta | 年均增长 | 10%以上 | 2028 |  | ",
      "制造业产品质量合格率 | level | 稳定在 | 95%以上 | 2028 |  | ",
      "规模以上工业企业产品质量合格率 | level | 达到 | 96% | 2028 |  | ",
      "建设工程质量一次验收合格率 | level | 达到 | 100% | 2028 |  | ",
      "大中型工程项目一次验收合格率 | level | 保持在 | 100% | 2028 |  | ",
      "住宅工程质量投诉处理率 | level | 达到 | 100% | 2028 |  | ",
      "服务质量满意度 | level | 达到 | 85分以上 | 2028 |  | ",
      "公共服务质量满意度 | level | 提高到 | 83分 | 2028 |  | ",
      "生活性服务业质量满意度 | level | 不低于 | 82分 | 2028 |  | ",
      "农产品质量安全例行监测合格率 | level | 稳定在 | 98%以上 | 2028 |  | ",
      "每千人食品抽检量 | level | 达到 | 5批次 | 2028 |  | ",
      "每千人食品抽检量 | level | 保持在 | 6批次以上 | 2028 |  | ",
      "食品评价性抽检合格率 | level | 达到 | 98.5% | 2028 |  | ",
      "药品抽检合格率 | level | 保持在 | 99%以上 | 2028 |  | ",
      "消费品质量合格率 | level | 达到 | 93% | 2028 |  | ",
      "国家地理标志保护产品 | level | 达到 | 15个 | 2028 |  | ",
      "有效注册商标总量 | level | 突破 | 10万件 | 2028 |  | ",
      "地理标志商标 | count | 新增 | 5件 | 2028 |  | ",
      "马德里国际注册商标 | level | 达到 | 50件 | 2028 |  | ",
      "每万人口高价值发明专利拥有量 | level | 达到 | 12件 | 2028 |  | ",
      "社会计量公用标准 | level | 达到 | 150项 | 2028 |  | ",
      "社会公用计量标准 | count | 新建 | 20项 | 2028 |  | ",
      "主导制定国际标准 | count |  | 2项以上 | 2028 |  | ",
      "国家级检验检测中心 | count | 新增 | 1个 | 2028 |  | ",
      "检验检测机构 | level | 达到 | 300家 | 2028 |  | ",
      "获得强制性产品认证企业 | level | 达到 | 500家 | 2028 |  | ",
      "质量管理体系认证证书 | level | 达到 | 8000张 | 2028 |  | ",
      "特种设备事故万台死亡率 | level | 控制在 | 0.15以下 | 2028 |  | ",
      "重大食品安全事故 | level | 零发生 | 0起 | 2028 |  | ",
      "规上工业企业新产品产值率 | level | 达到 | 30% | 2028 |  | ",
      "省长质量奖获奖企业 | level | 达到 | 10家 | 2028 |  | 累计",
      "专精特新“小巨人”企业 | level | 达到 | 20家 | 2028 |  | ",
      "高新技术企业数量 | level | 突破 | 1000家 | 2028 |  | ",
      "计量检定校准服务覆盖企业 | level |  | 5000家以上 | 2028 |  | ",
      "消费投诉按期办结率 | level | 达到 | 98%以上 | 2028 |  | ",
      "12315投诉举报处置率 | level | 保持 | 100% | 2028 |  | ",
      "消费者满意度测评得分 | level | 达到 | 80分 | 2028 |  | ",
      "放心消费示范单位 | level | 达到 | 2000家 | 2028 |  | ",
      "农业标准化生产普及率 | level | 达到 | 75% | 2028 |  | ",
      "绿色食品、有机农产品和地理标志农产品 | level | 达到 | 300个 | 2028 |  | ",
      "“三品一标”农产品产量占比 | level | 达到 | 60% | 2028 |  | ",
      "工程质量抽查符合率 | level | 不低于 | 98% | 2028 |  | ",
      "住宅工程质量常见问题治理覆盖率 | level | 达到 | 100% | 2028 |  | ",
      "政务服务好评率 | level | 达到 | 99%以上 | 2028 |  | ",
      "企业开办时间 | level | 压缩至 | 0.5个工作日 | 2028 |  | ",
    ]);
  });

  it("reads the tasks' counts of work, of things made and of whom it serves", () => {
    const tasks = [
      "全年完成食品安全监督抽检4批次/千人",
      "食品抽检量达到每千人6批次以上",
      "每年开展食品安全抽检不少于6000批次",
      "全年完成农产品质量安全例行监测2000批次",
      "完成食用农产品快检10万批次以上",
      "每年抽查重点工业产品500批次",
      "每年培育省级以上质量标杆企业5家",
      "培育“赣鄱正品”品牌20个",
      "新增中国驰名商标2件",
      "建成国家级质量标准实验室1个",
      "打造质量基础设施“一站式”服务站30个",
      "新建乡镇快检室50个",
      "开展计量惠民活动每年不少于20场次",
      "为企业免费检定计量器具2万台件",
      "检验检测机构营业收入年均增长10%",
      "推动建设工程质量验收合格率达到100%",
      "创建省级工程质量管理标准化示范项目10个",
      "完成老旧小区改造200个",
      "培训质量管理人才5000人次",
      "培养首席质量官200名",
      "开展质量提升行动，帮扶企业解决质量技术难题300个",
      "受理消费投诉举报2万件，为消费者挽回经济损失3000万元",
      "创建放心消费示范单位500家，其中示范街区10条",
      "服务质量满意度提升2分",
      "公共服务质量满意度达到85分",
      "制修订地方标准30项，其中农业地方标准10项",
      "累计培育国家级绿色工厂10家、省级绿色工厂30家",
      "每年组织开展质量月活动1次",
    ];
    const rows = [0, 10, 20].flatMap((from) => rowsOf(plan(["到2028年，质量强县建设取得成效。"], tasks.slice(from, from + 10).map((task) => `推进相关工作，${task}。`))));
    expect(rows).toEqual([
      "每千人食品安全监督抽检 | level | 完成 | 4批次 | 2028 |  | ",
      "每千人食品抽检量 | level | 达到 | 6批次以上 | 2028 |  | ",
      "食品安全抽检 | count | 每年开展不少于 | 6000批次 | 2028 |  | ",
      "农产品质量安全例行监测 | count | 完成 | 2000批次 | 2028 |  | ",
      "食用农产品快检 | count | 完成 | 10万批次以上 | 2028 |  | ",
      "重点工业产品 | count | 每年抽查 | 500批次 | 2028 |  | ",
      "省级以上质量标杆企业 | count | 每年培育 | 5家 | 2028 |  | ",
      "“赣鄱正品”品牌 | count | 培育 | 20个 | 2028 |  | ",
      "中国驰名商标 | count | 新增 | 2件 | 2028 |  | ",
      "国家级质量标准实验室 | count | 建成 | 1个 | 2028 |  | ",
      "质量基础设施“一站式”服务站 | count | 打造 | 30个 | 2028 |  | ",
      "乡镇快检室 | count | 新建 | 50个 | 2028 |  | ",
      "计量惠民活动 | count | 每年开展不少于 | 20场次 | 2028 |  | ",
      "计量器具 | count | 检定 | 2万台件 | 2028 |  | ",
      "检验检测机构营业收入 | delta | 年均增长 | 10% | 2028 |  | ",
      "建设工程质量验收合格率 | level | 达到 | 100% | 2028 |  | ",
      "省级工程质量管理标准化示范项目 | count | 创建 | 10个 | 2028 |  | ",
      "老旧小区改造 | count | 完成 | 200个 | 2028 |  | ",
      "质量管理人才 | count | 培训 | 5000人次 | 2028 |  | ",
      "首席质量官 | count | 培养 | 200名 | 2028 |  | ",
      "质量技术难题 | count | 解决 | 300个 | 2028 |  | ",
      "消费投诉举报 | count | 受理 | 2万件 | 2028 |  | ",
      "挽回经济损失 | count |  | 3000万元 | 2028 |  | ",
      "放心消费示范单位 | count | 创建 | 500家 | 2028 |  | ",
      "示范街区 | count | 创建 | 10条 | 2028 |  | ",
      "服务质量满意度 | delta | 提升 | 2分 | 2028 |  | ",
      "公共服务质量满意度 | level | 达到 | 85分 | 2028 |  | ",
      "地方标准 | count | 制修订 | 30项 | 2028 |  | ",
      "农业地方标准 | count | 制修订 | 10项 | 2028 |  | ",
      "国家级绿色工厂 | count | 培育 | 10家 | 2028 |  | 累计",
      "省级绿色工厂 | count | 培育 | 30家 | 2028 |  | 累计",
      "质量月活动 | count | 每年组织开展 | 1次 | 2028 |  | ",
    ]);
  });
});
