import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { extractTargets } from "../../server/src/core/targets/extract";

// A plan that implements the national outline, so that its targets are compared with the outline's.
const GOALS = "示例市质量提升实施方案\n为贯彻落实《质量强国建设纲要》，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，";
const read = (text: string) => extractTargets(buildPlan(`${GOALS}${text}\n`)).targets.map((t) => [t.indicator, t.value]);
const weaker = (text: string) =>
  analyze(`${GOALS}${text}\n`)
    .findings.filter((finding) => finding.rule === "targets/weaker-than-parent")
    .map((finding) => finding.message);

describe("the words a list of indicators writes once", () => {
  it("completes each item of a 分别 list with the scope at its start and the measure at its end", () => {
    expect(read("规模以上工业企业质量标准、品牌、管理体系认证覆盖率分别达到90%、80%、95%。")).toEqual([
      ["规模以上工业企业质量标准覆盖率", 90],
      ["规模以上工业企业品牌覆盖率", 80],
      ["规模以上工业企业管理体系认证覆盖率", 95],
    ]);
  });

  it("takes the modifiers before the rate with it, unless an item ends on one of its own", () => {
    expect(read("制造业产品、消费品质量合格率分别达到93%、95%。")).toEqual([
      ["制造业产品质量合格率", 93],
      ["消费品质量合格率", 95],
    ]);
    expect(read("食品、药品抽检合格率分别达到98%、95%。")).toEqual([
      ["食品抽检合格率", 98],
      ["药品抽检合格率", 95],
    ]);
    expect(read("高技术制造业、装备制造业增加值占比分别达到15%、30%。")).toEqual([
      ["高技术制造业增加值占比", 15],
      ["装备制造业增加值占比", 30],
    ]);
    expect(read("农产品质量安全例行监测、食品抽检合格率分别达到97%、98.5%。")).toEqual([
      ["农产品质量安全例行监测合格率", 97],
      ["食品抽检合格率", 98.5],
    ]);
  });

  it("reads a list sharing one figure (均) alike", () => {
    expect(read("农产品质量安全例行监测和食品抽检合格率均达到98%以上。")).toEqual([
      ["农产品质量安全例行监测合格率", 98],
      ["食品抽检合格率", 98],
    ]);
  });

  it("compares the completed names with the outline's indicators", () => {
    // Read item by item, 农产品质量安全例行监测 and 制造业产品 matched no indicator of the outline.
    const messages = weaker("农产品质量安全例行监测、食品抽检合格率分别达到97%、98.5%。制造业产品、消费品质量合格率分别达到93%、95%。");
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain("“农产品质量安全例行监测合格率”");
    expect(messages[1]).toContain("“制造业产品质量合格率”");
  });

  it("leaves lists that are not elliptical as they are", () => {
    // Each item has its own rate.
    expect(read("制造业产品质量合格率、食品抽检合格率分别达到94%、98%。").map((t) => t[0])).toEqual(["制造业产品质量合格率", "食品抽检合格率"]);
    // No measure at the end: counts of things each named.
    expect(read("国家标准、行业标准分别达到2项、20项。").map((t) => t[0])).toEqual(["国家标准", "行业标准"]);
    // An earlier item with a measure of its own: 研发投入强度 is complete, so nothing is shared.
    expect(read("规模以上工业企业研发投入强度、新产品产值率分别达到2%、15%。").map((t) => t[0])).toEqual(["规模以上工业企业研发投入强度", "新产品产值率"]);
  });

  it("spreads the head only as a scope, and never onto an item naming its own subject", () => {
    expect(read("规模以上工业企业质量标准、小微企业品牌覆盖率分别达到90%、80%。").map((t) => t[0])).toEqual(["规模以上工业企业质量标准覆盖率", "小微企业品牌覆盖率"]);
    // A scope that is the whole first item is an item, not a head: the list's scopes, each measured alike.
    expect(read("重点企业、中小企业认证覆盖率分别达到90%、80%。").map((t) => t[0])).toEqual(["重点企业认证覆盖率", "中小企业认证覆盖率"]);
    // No scope at the start: only the tail is shared.
    expect(read("产品、服务质量满意度分别达到85分、82分。").map((t) => t[0])).toEqual(["产品质量满意度", "服务质量满意度"]);
  });

  it("shares the whole phrase after the last item's own words, not only its rate", () => {
    // A list of scopes: the last item's scope is its words up to 企业, the rest is every scope's measure.
    expect(read("重点行业、中小企业质量管理体系认证覆盖率分别达到90%、60%。")).toEqual([
      ["重点行业质量管理体系认证覆盖率", 90],
      ["中小企业质量管理体系认证覆盖率", 60],
    ]);
    expect(read("大中型企业、小微企业产品抽检合格率分别达到96%、93%。").map((t) => t[0])).toEqual(["大中型企业产品抽检合格率", "小微企业产品抽检合格率"]);
    expect(read("重点领域、重点行业企业标准化覆盖率分别达到80%、70%。").map((t) => t[0])).toEqual(["重点领域标准化覆盖率", "重点行业企业标准化覆盖率"]);
    // A list of things: the shared phrase opens where the last item's first opener stands (安全).
    expect(read("食品、药品、特种设备安全事故发生率分别下降10%、8%、5%。").map((t) => t[0])).toEqual(["食品安全事故发生率", "药品安全事故发生率", "特种设备安全事故发生率"]);
  });

  it("shares a count as it shares a rate, and an item that writes the opener takes what follows it", () => {
    expect(read("食品、药品、特种设备安全事故起数均控制在5起以内。").map((t) => t[0])).toEqual(["食品安全事故起数", "药品安全事故起数", "特种设备安全事故起数"]);
    expect(read("食品安全、药品安全事故起数均控制在5起以内。").map((t) => t[0])).toEqual(["食品安全事故起数", "药品安全事故起数"]);
  });

  it("completes nothing where the last item ends on no measure", () => {
    expect(read("重点行业、中小企业质量管理体系认证分别达到90%、60%。").map((t) => t[0])).toEqual(["重点行业", "中小企业质量管理体系认证"]);
  });
});

describe("the qualifier a list of designated kinds writes once", () => {
  it("gives a bare kind of the same noun the words before the first item's kind", () => {
    expect(read("新增国家知识产权示范企业10家、优势企业40家、领军企业5家。")).toEqual([
      ["国家知识产权示范企业", 10],
      ["国家知识产权优势企业", 40],
      ["国家知识产权领军企业", 5],
    ]);
    // After a comma the list goes on with its verb, and with its qualifier.
    expect(read("新增国家级示范企业3家，优势企业8家。培育市级以上标杆企业5家、骨干企业10家。")).toEqual([
      ["国家级示范企业", 3],
      ["国家级优势企业", 8],
      ["市级以上标杆企业", 5],
      ["市级以上骨干企业", 10],
    ]);
    // A place and its level are a scope as a level alone is.
    expect(read("新增江西省知识产权示范企业10家、优势企业20家。")).toEqual([
      ["江西省知识产权示范企业", 10],
      ["江西省知识产权优势企业", 20],
    ]);
  });

  it("spreads only a qualifier of scope (a level, a designating body), never a field or programme word onto another kind", () => {
    // 省级质量示范企业, 省级制造业单项冠军领军企业 would be designations the plan never named.
    expect(read("培育省级质量标杆企业20家、示范企业10家。培育省级制造业单项冠军示范企业5家，领军企业10家。创建质量强市示范企业5家、标杆企业8家。")).toEqual([
      ["省级质量标杆企业", 20],
      ["示范企业", 10],
      ["省级制造业单项冠军示范企业", 5],
      ["领军企业", 10],
      ["质量强市示范企业", 5],
      ["标杆企业", 8],
    ]);
  });

  it("invents no name: an item with words of its own, another noun, or a first item with nothing before its kind stays as written", () => {
    expect(read("新增国家知识产权示范企业10家、省级优势企业40家、示范园区2个。培育龙头企业10家、骨干企业20家。培育专精特新企业50家、示范企业10家。")).toEqual([
      ["国家知识产权示范企业", 10],
      ["省级优势企业", 40],
      ["示范园区", 2],
      ["龙头企业", 10],
      ["骨干企业", 20],
      ["专精特新企业", 50],
      ["示范企业", 10],
    ]);
  });
});

describe("the subject a list with a shared figure says once", () => {
  it("gives the subject the first item opens on to each item after it (均, 都, 分别)", () => {
    expect(read("主要农作物化肥、农药利用率均达到43%以上。")).toEqual([
      ["主要农作物化肥利用率", 43],
      ["主要农作物农药利用率", 43],
    ]);
    expect(read("规模以上工业企业营业收入、利润都增长10%以上。")).toEqual([
      ["规模以上工业企业营业收入", 10],
      ["规模以上工业企业利润", 10],
    ]);
    expect(read("重点企业产值、税收分别增长8%、6%。")).toEqual([
      ["重点企业产值", 8],
      ["重点企业税收", 6],
    ]);
  });

  it("gives none to items named in full, to an item with a subject of its own, nor from a bare noun", () => {
    expect(read("农产品质量安全例行监测、食品抽检合格率均达到98%。")).toEqual([
      ["农产品质量安全例行监测合格率", 98],
      ["食品抽检合格率", 98],
    ]);
    expect(read("规模以上工业企业产值、全社会研发投入均增长10%。")).toEqual([
      ["规模以上工业企业产值", 10],
      ["全社会研发投入", 10],
    ]);
    expect(read("企业标准、团体标准数量均增长20%。").map(([name]) => name)).toEqual(["企业标准数量", "团体标准数量"]);
  });
});
