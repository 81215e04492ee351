import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

/**
 * What units/unknown says of a name must be plausibly true (QA precision report, C3): a
 * leftover is a fragment or a near miss of the unit the clause lists, a suggestion is near
 * enough to be the name meant, and otherwise the message says only that the name is not in
 * the registry and where to add it.
 */
function unknownOf(text: string) {
  return analyze(text)
    .findings.filter((finding) => finding.rule === "units/unknown")
    .map((finding) => ({ name: text.slice(finding.start, finding.end), message: finding.message, suggestions: finding.suggestions?.map((s) => s.description) ?? [] }));
}

it("calls no unrelated name a leftover of the unit listed beside it", () => {
  const text = [
    "一、主要任务",
    "1.甲任务。开展工作。〔责任单位：市工信局〕",
    "2.乙任务。开展工作。〔责任单位：市工信局、市供电公司〕",
    "3.丙任务。开展工作。〔责任单位：市科技局、市药监局〕",
    "4.丁任务。开展工作。〔责任单位：市工信局、市科协会〕",
    // 市水务局 is near (the plan uses it), yet 水利 is no leftover of it; it is not offered where
    // the clause lists it already, nor 市水利局, the body of its slot the plan does not have
    // (units/counterparts.ts).
    "5.戊任务。开展工作。〔责任单位：市水务局、水利〕",
    "",
  ].join("\n");
  const how = "（如为现有单位，可在 .plancheck.json 的 units.registry 中加入）";
  expect(unknownOf(text)).toEqual([
    // Named after its place, which the plan does not name: no place is guessed.
    { name: "市供电公司", message: "“市供电公司”不在责任单位名录中：供电公司以所在地命名，应写明所在地（“国网××供电公司”）", suggestions: [] },
    { name: "市药监局", message: `“市药监局”不在责任单位名录中${how}`, suggestions: [] },
    { name: "市科协会", message: "“市科协会”不在责任单位名录中，是否应为“市科协”？", suggestions: ["改为“市科协”"] },
    { name: "水利", message: `“水利”不在责任单位名录中${how}`, suggestions: [] },
  ]);
});

it("calls a fragment or a near miss of a listed unit a leftover, and offers to delete it", () => {
  const text = [
    "一、主要任务",
    "1.甲任务。开展工作。〔责任单位：市人力资源社会保障局、人社局〕",
    "2.乙任务。开展工作。〔责任单位：市科技局、市工信局、市科技〕",
    "3.丙任务。开展工作。〔责任单位：市住建局、市财政局、市住建居〕",
    "",
  ].join("\n");
  expect(unknownOf(text).map(({ name, message, suggestions }) => [name, message.slice(message.indexOf("，") + 1), suggestions])).toEqual([
    ["人社局", "本处已列出“市人力资源社会保障局”，疑为重复的残留", ["删除“人社局”"]],
    ["市科技", "本处已列出“市科技局”，疑为重复的残留", ["删除“市科技”"]],
    ["市住建居", "本处已列出“市住建局”，疑为重复的残留", ["删除“市住建居”"]],
  ]);
});

it("names the bank branch that replaced a 中心支行 in 2024", () => {
  const text = "---\n成文日期: 2024-03-19\n---\n一、主要任务\n1.甲任务。开展工作。〔责任单位：市金融办、人行九江中支、人民银行赣州市中心支行〕\n";
  expect(unknownOf(text)).toEqual([
    {
      name: "人行九江中支",
      message: "“人行九江中支”是2024年机构改革前的旧称（“中支”的职责已划入“人民银行九江市分行”），应写作现行名称“人民银行九江市分行”",
      suggestions: ["改为“人民银行九江市分行”"],
    },
    {
      name: "人民银行赣州市中心支行",
      message: "“人民银行赣州市中心支行”是2024年机构改革前的旧称（“中心支行”的职责已划入“人民银行赣州市分行”），应写作现行名称“人民银行赣州市分行”",
      suggestions: ["改为“人民银行赣州市分行”"],
    },
  ]);
  // Written before the reform, it was the bank's name.
  expect(unknownOf(text.replace("2024-03-19", "2023-05-06"))).toEqual([]);
});

it("offers to delete a retired name whose successor the clause lists, saying so", () => {
  const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市市场监管局、市质监局〕\n";
  expect(unknownOf(text)).toEqual([
    {
      name: "市质监局",
      message: "“市质监局”是2018年机构改革前的旧称（“质监局”的职责已划入“市市场监管局”），应写作现行名称“市市场监管局”，本处已列出",
      suggestions: ["删除“市质监局”"],
    },
  ]);
});

it("suggests no name that keeps none of the name's characters", () => {
  // A one-character core (信, 水) is one edit from every other one (委 of 市委办公室, 建 of 市建委):
  // only the names that keep it are near misses.
  const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市科技局、市信局〕\n2.乙任务。开展工作。〔责任单位：市科技局、市水局〕\n";
  expect(unknownOf(text).map(({ name, suggestions }) => [name, suggestions])).toEqual([
    ["市信局", ["改为“市工信局”", "改为“市经信局”", "改为“市信访局”"]],
    ["市水局", ["改为“市水利局”", "改为“市水务局”"]],
  ]);
});

it("suggests no name that keeps only the sound of one of its characters", () => {
  // 监 sounds as 建, but 市监局 keeps nothing of 市建委 (局 for 委 besides): no slip of it. 市卫建委
  // keeps 卫 and 委 of 市卫健委, 市市场监官局 most of 市市场监管局.
  const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市科技局、市监局、市卫建委、市市场监官局〕\n";
  expect(unknownOf(text).map(({ name, suggestions }) => [name, suggestions[0]])).toEqual([
    ["市监局", undefined],
    ["市卫建委", "改为“市卫健委”"],
    ["市市场监官局", "改为“市市场监管局”"],
  ]);
});

it("names every name as near as the nearest, in the same order whatever was asked before", () => {
  const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市商务局、市政务局〕\n2.乙任务。开展工作。〔责任单位：市商务局、市卫建委〕\n3.丙任务。开展工作。〔责任单位：市商务局、市科枝局〕\n";
  const expected = [
    // What the shortening can stand for, both named: neither is nearer as written.
    { name: "市政务局", message: "“市政务局”不在责任单位名录中，是否应为“市政务服务管理局”？", suggestions: ["改为“市政务服务管理局”", "改为“市政数局”"] },
    // 市卫健委 is half an edit nearer (健 for 建, one sound) than 市建委 and 市住建局: named alone.
    // Of those two, equal in what tells units apart, 市建委 is nearer as written (one character off, not two).
    { name: "市卫建委", message: "“市卫建委”不在责任单位名录中，是否应为“市卫健委”？", suggestions: ["改为“市卫健委”", "改为“市建委”", "改为“市住建局”"] },
    // 市科技局 and 市科协 are one character off in what tells units apart (枝 for 技, 协), but 市科协
    // is an association, not a bureau: too weak to help.
    { name: "市科枝局", message: "“市科枝局”不在责任单位名录中，是否应为“市科技局”？", suggestions: ["改为“市科技局”"] },
  ];
  expect(unknownOf(text)).toEqual(expected);
  // Suggestions only, never a fix: neither is applied by --fix or preferred by the editor.
  expect(analyze(text).findings.filter((finding) => finding.fix !== undefined)).toEqual([]);
  unknownOf("一、主要任务\n1.甲任务。开展工作。〔责任单位：市文旅局、市文化广电局、市广旅局〕\n");
  expect(unknownOf(text)).toEqual(expected);
});

// The 2023 reform closed the bank's county branches (县（市）支行) and took their duties up to the
// city's office, today's 分行: such a name is no unknown body but a closed one, and the branch meant
// is the plan's city's, never one made up at the county's place.
describe("a county branch of the 人民银行, closed in 2023", () => {
  const DISTRICT = "赣州市章贡区深化质量强区建设实施方案\n\n一、重点任务\n\n";
  const closed = (name: string, successor: string) =>
    `“${name}”所指的机构已在2023年机构改革中撤销，职责上收至“${successor}”，应写作“${successor}”`;

  it("names the 分行 of the plan's city, however the branch is written", () => {
    const names = ["人民银行章贡区支行", "中国人民银行于都县支行", "人行于都支行", "人民银行瑞金市支行"];
    const text = `${DISTRICT}1.甲。〔责任单位：区财政局、${names.join("、")}〕\n`;
    expect(unknownOf(text)).toEqual(names.map((name) => ({ name, message: closed(name, "人民银行赣州市分行"), suggestions: ["改为“人民银行赣州市分行”"] })));
  });

  it("takes the city from the name itself where it says one", () => {
    const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市财政局、人民银行抚州市南城县支行〕\n";
    expect(unknownOf(text)[0]!.suggestions).toEqual(["改为“人民银行抚州市分行”"]);
  });

  it("says the branch was closed and which 分行 is meant, without a place, where the plan names no city", () => {
    // 兰考县 is in no districts table here: its city is not known.
    const text = "兰考县质量强县建设实施方案\n\n一、重点任务\n\n1.甲。〔责任单位：县财政局、人民银行兰考县支行〕\n";
    expect(unknownOf(text)).toEqual([
      {
        name: "人民银行兰考县支行",
        message: "“人民银行兰考县支行”所指的机构已在2023年机构改革中撤销，职责上收至所在市的“人民银行××市分行”，本方案未写明所在市，应写作所在市的名称",
        suggestions: [],
      },
    ]);
  });

  it("takes the city a county is listed under where the plan names the county alone", () => {
    const text = "于都县质量强县建设实施方案\n\n一、重点任务\n\n1.甲。〔责任单位：县财政局、人民银行于都县支行〕\n";
    expect(unknownOf(text)[0]).toMatchObject({ name: "人民银行于都县支行", suggestions: ["改为“人民银行赣州市分行”"] });
  });

  it("makes no 分行 of a county-level city out of the plan's own place", () => {
    // 瑞金 is the plan's place and the branch's: never 人民银行瑞金市分行. The prefecture above it is
    // the one the districts table lists it under (赣州); a county-level city the table does not list
    // gets no made-up place.
    const text = "瑞金市质量强市建设实施方案\n\n一、重点任务\n\n1.甲。〔责任单位：市财政局、人民银行瑞金市支行〕\n";
    expect(unknownOf(text)[0]).toMatchObject({ name: "人民银行瑞金市支行", suggestions: ["改为“人民银行赣州市分行”"] });
    const unlisted = "辛集市质量强市建设实施方案\n\n一、重点任务\n\n1.甲。〔责任单位：市财政局、人民银行辛集市支行〕\n";
    expect(unknownOf(unlisted)[0]).toMatchObject({ name: "人民银行辛集市支行", suggestions: [] });
  });

  it("leaves another bank's 支行 and a plan written before the reform alone", () => {
    const text = `---\n成文日期: 2022-06-01\n---\n${DISTRICT}1.甲。〔责任单位：区财政局、人民银行章贡区支行〕\n`;
    expect(unknownOf(text)).toEqual([]);
    const other = `${DISTRICT}1.甲。〔责任单位：区财政局、农业发展银行章贡区支行〕\n`;
    // Another bank's branch is an enterprise's (units/localCompanies.ts): no unknown department, no 撤销.
    expect(unknownOf(other)).toEqual([]);
  });
});

// A shortening is read for what it can stand for (QA, suggestions): the retired names it was
// (市文广局, the 文化广电 bureau before the 2018 reform), else the listed names it shortens, before
// names that only look alike; and a name of another kind of body, half its core changed, is no help.
describe("what a shortened name stands for", () => {
  it("names the successors of a retired 文广局, the plan's own where it uses one", () => {
    const [alone] = unknownOf("一、主要任务\n1.甲任务。开展工作。〔责任单位：市商务局、市文广局〕\n");
    expect(alone!.suggestions).toEqual(["改为“市文广旅局”", "改为“市文旅局”", "改为“市文广新旅局”", "改为“市文广旅体局”"]);
    expect(alone!.message).toContain("2018年机构改革前的旧称");
    const [own] = unknownOf("一、主要任务\n1.甲任务。开展工作。〔责任单位：市商务局、市文广新局〕\n2.乙任务。开展工作。〔责任单位：市文广新旅局〕\n");
    expect(own!.suggestions).toEqual(["改为“市文广新旅局”"]);
    expect(unknownOf("一、主要任务\n1.甲任务。开展工作。〔责任单位：区文化广电局〕\n")[0]!.suggestions[0]).toBe("改为“区文广旅局”");
  });

  it("offers the names a shortening stands for before names one character off", () => {
    const names = (text: string) => unknownOf(`一、主要任务\n1.甲任务。开展工作。〔责任单位：${text}〕\n`).map(({ suggestions }) => suggestions);
    expect(names("市生态局")).toEqual([["改为“市生态环境局”"]]);
    // A culture bureau's parts, short or written out, in any order, are the bureau (units/cultureBureaus.ts).
    expect(names("市文广旅体育局")).toEqual([]);
    // Same core, another level's institution word: the level's own, not what 教育局 may shorten (市教体局).
    expect(unknownOf("---\n层级: 省\n---\n一、主要任务\n1.甲任务。开展工作。〔责任单位：省教育局〕\n")[0]!.suggestions).toEqual(["改为“省教育厅”"]);
  });
});

// A place's level word left out (赣州税务局 for 赣州市税务局) is a slip of the place, not a
// look-alike of another body: the name with it put back, where the place's level is known.
describe("a name written after its place without the place's level word", () => {
  const CITY = "赣州市深化质量强市建设实施方案\n赣州市人民政府\n一、主要任务\n";

  it.each([
    ["赣州税务局", "赣州市税务局"],
    ["赣州市场监管局", "赣州市市场监管局"],
    ["章贡市场监管局", "章贡区市场监管局"],
    ["于都住建局", "于都县住建局"],
    ["江西发改委", "江西省发改委"],
  ])("%s is %s", (name, meant) => {
    const [found] = unknownOf(`${CITY}1.甲任务。开展工作。〔责任单位：${name}、市财政局〕\n`);
    expect(found).toEqual({ name, message: `“${name}”不在责任单位名录中，是否应为“${meant}”？`, suggestions: [`改为“${meant}”`] });
  });

  it("is not guessed for a place whose level nothing says", () => {
    const [found] = unknownOf(`${CITY}1.甲任务。开展工作。〔责任单位：长沙税务局、市财政局〕\n`);
    expect(found!.suggestions).not.toContain("改为“长沙市税务局”");
  });
});

// The registry takes any place, so a slip in the plan's own place (赣洲 for 赣州) or its city's
// district (章工 for 章贡) passed as another place's body; a different place is another body.
describe("a known name whose place is a same-sound slip of the plan's", () => {
  const CITY = "赣州市深化质量强市建设实施方案\n赣州市人民政府\n一、主要任务\n";

  it.each([
    ["赣洲市市场监管局", "赣洲", "赣州", "赣州市市场监管局"],
    ["赣洲海关", "赣洲", "赣州", "赣州海关"],
    ["人民银行赣洲市分行", "赣洲", "赣州", "人民银行赣州市分行"],
    ["章工区住建局", "章工", "章贡", "章贡区住建局"],
    ["于督县人民政府", "于督", "于都", "于都县人民政府"],
  ])("%s", (name, place, meant, replacement) => {
    // Beside 南康区住建局, another district's bureau: no unit the clause lists already.
    const [found] = unknownOf(`${CITY}1.甲任务。开展工作。〔责任单位：${name}、南康区住建局〕\n`);
    expect(found).toEqual({ name, message: `“${name}”中的地名“${place}”疑为“${meant}”之误，是否应为“${replacement}”？`, suggestions: [`改为“${replacement}”`] });
  });

  it("leaves other places alone, and a plan whose place nothing says", () => {
    expect(unknownOf(`${CITY}1.甲任务。开展工作。〔责任单位：杭州海关、南昌海关、南康区住建局、瑞金市人民政府〕\n`)).toEqual([]);
    expect(unknownOf("一、主要任务\n1.甲任务。开展工作。〔责任单位：赣洲海关、市财政局〕\n")).toEqual([]);
  });
});

it("suggests no name the same as the one written: a body of another level in brackets is said to be one", () => {
  const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市工信局（省能源局）、市财政局〕\n";
  expect(unknownOf(text)).toEqual([
    {
      name: "市工信局（省能源局）",
      message: "“市工信局（省能源局）”括号内的“省能源局”与“市工信局”不是同一层级的单位，不是它的另一块牌子，请核对是否应为两个单位",
      suggestions: [],
    },
  ]);
});

it("names a group's retired department's successor in the group's form", () => {
  const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市市场监管局、各县（市、区）质监局〕\n2.乙任务。开展工作。〔责任单位：市市场监管局、各区工商局〕\n";
  expect(unknownOf(text)).toEqual([
    {
      name: "各县（市、区）质监局",
      message: "“各县（市、区）质监局”是2018年机构改革前的旧称（“质监局”的职责已划入“各县（市、区）市场监管局”），应写作现行名称“各县（市、区）市场监管局”",
      suggestions: ["改为“各县（市、区）市场监管局”"],
    },
    {
      name: "各区工商局",
      message: "“各区工商局”是2018年机构改革前的旧称（“工商局”的职责已划入“各区市场监管局”），应写作现行名称“各区市场监管局”",
      suggestions: ["改为“各区市场监管局”"],
    },
  ]);
});

it("deletes a group's retired name where the clause lists its successor's group", () => {
  const text = "一、主要任务\n1.甲任务。开展工作。〔责任单位：市市场监管局、各县（市、区）质监局、各县（市、区）市场监管局〕\n";
  expect(unknownOf(text)).toEqual([
    {
      name: "各县（市、区）质监局",
      message: "“各县（市、区）质监局”是2018年机构改革前的旧称（“质监局”的职责已划入“各县（市、区）市场监管局”），应写作现行名称“各县（市、区）市场监管局”，本处已列出",
      suggestions: ["删除“各县（市、区）质监局”"],
    },
  ]);
});
