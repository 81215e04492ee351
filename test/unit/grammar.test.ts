import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import type { InlineNode, ItemLineNode, SyntaxDocument, TextLineNode } from "../../server/src/core/syntax/cst";
import { parse as generatedParse } from "../../server/src/core/syntax/generated/planParser.js";
import { parseSyntax } from "../../server/src/core/syntax/parse";
import { separatorAfter } from "../../server/src/core/units/separators";

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

function partsOf(text: string): InlineNode[] {
  const line = parseSyntax(text).document.lines[0]!;
  if (line.kind === "text") return line.parts;
  if (line.kind === "item" || line.kind === "list") return [...line.headingParts, ...line.parts];
  return [];
}

function only<T extends InlineNode["type"]>(text: string, type: T): Extract<InlineNode, { type: T }> {
  const found = partsOf(text).filter((p) => p.type === type);
  expect(found, `${type} in ${text}`).toHaveLength(1);
  return found[0] as Extract<InlineNode, { type: T }>;
}

describe("numbering markers", () => {
  it.each([
    ["一、总体要求", 1, 1, "一、"],
    ["二十一、加强保障", 1, 21, "二十一、"],
    ["十.组织实施", 1, 10, "十."],
    ["三．保障", 1, 3, "三．"],
    ["四,保障", 1, 4, "四,"],
    ["（十二）强化", 2, 12, "（十二）"],
    ["(三)强化", 2, 3, "(三)"],
    ["（三)强化", 2, 3, "（三)"],
    ["12.加快", 3, 12, "12."],
    ["3．加快", 3, 3, "3．"],
    ["3、加快", 3, 3, "3、"],
    ["（2）推进", 4, 2, "（2）"],
    ["(2)推进", 4, 2, "(2)"],
    ["　　（一）缩进的条目", 2, 1, "（一）"],
  ])("%s is a level-%i item numbered %i", (text, level, value, marker) => {
    const line = parseSyntax(text).document.lines[0] as ItemLineNode;
    expect(line.kind).toBe("item");
    expect(line.marker).toMatchObject({ level, value, text: marker });
  });

  it.each(["——经济发展", "--经济发展", "—经济发展"])("%s is a list entry", (text) => {
    expect(parseSyntax(text).document.lines[0]!.kind).toBe("list");
  });

  it.each(["2024年4月21日", "1.5倍以上", "2024.4", "一是加强", "三大战略、八大行动", "（此件主动公开）", "（2023-2027年）", "1000.超过三位"])(
    "%s is not a numbered item",
    (text) => {
      expect(parseSyntax(text).document.lines[0]!.kind).toBe("text");
    },
  );

  it("splits an inline heading at the first 。 and keeps a heading-only line whole", () => {
    const plan = buildPlan("一、总体要求\n（一）指导思想\n1.加快区域质量创新发展。开展创建工作，探索路径。\n2.强化责任落实〔责任单位：市市场监管局〕\n");
    const [section] = plan.items;
    expect(section!.heading.text).toBe("总体要求");
    expect(section!.headingOnly).toBe(true);
    const [first, second] = section!.children[0]!.children;
    expect(first!.heading.text).toBe("加快区域质量创新发展");
    expect(first!.headingOnly).toBe(false);
    // A clause ends the heading even without 。.
    expect(second!.heading.text).toBe("强化责任落实");
    expect(second!.clauses).toHaveLength(1);
  });
});

describe("responsibility clauses", () => {
  it("reads the canonical form with exact unit ranges", () => {
    const text = "开展工作。〔责任单位：市市场监管局、市科技局〕";
    const clause = only(text, "clause");
    expect(clause.form).toBe("labeled");
    expect(clause.segments[0]!.label).toBe("责任单位");
    expect(clause.segments[0]!.names.map((n) => slice(text, n))).toEqual(["市市场监管局", "市科技局"]);
    expect(slice(text, clause)).toBe("〔责任单位：市市场监管局、市科技局〕");
  });

  it("reads several labels split by ；", () => {
    const clause = only("〔牵头单位：市市场监管局；配合单位：市工信局、市科技局〕", "clause");
    expect(clause.segments.map((s) => [s.label, s.names.map((n) => n.text)])).toEqual([
      ["牵头单位", ["市市场监管局"]],
      ["配合单位", ["市工信局", "市科技局"]],
    ]);
  });

  it("accepts paren and colon variants, 等, and names containing parentheses", () => {
    const clause = only("(责任部门:市委组织部(市委人才办)、各区（市）县、市财政局等)", "clause");
    expect(clause.open).toBe("(");
    expect(clause.segments[0]!.colon).toBe(":");
    expect(clause.segments[0]!.names.map((n) => n.text)).toEqual(["市委组织部(市委人才办)", "各区（市）县", "市财政局"]);
    expect(clause.segments[0]!.etc).not.toBeNull();
  });

  it.each([
    ["（责任单位：市市场监管局，各县〔区〕人民政府）", [["市市场监管局", "各县〔区〕人民政府"]], [""]],
    ["〔责任单位：市市场监管局、各县〔市、区〕人民政府〕", [["市市场监管局", "各县〔市、区〕人民政府"]], [""]],
    ["（责任单位：市市场监管局、各县［市、区］人民政府）", [["市市场监管局", "各县［市、区］人民政府"]], [""]],
    ["(责任单位：市发展改革委、各区[市、县]政府)", [["市发展改革委", "各区[市、县]政府"]], [""]],
    ["（牵头单位：市工信局；配合单位：各县﹝市、区﹞人民政府）", [["市工信局"], ["各县﹝市、区﹞人民政府"]], ["", ""]],
    ["（市住建局、各县〔市、区〕人民政府按职责分工负责）", [["市住建局", "各县〔市、区〕人民政府"]], [""]],
    ["（市交通局牵头，各县［市、区］配合）", [["市交通局"], ["各县［市、区］"]], ["牵头", "配合"]],
    ["〔责任单位：市商务局〔牵头〕、市科技局〕", [["市商务局"], ["市科技局"]], ["牵头", ""]],
  ])("reads %s, a name holding square or hexagonal brackets", (text, names, roles) => {
    const clause = only(text, "clause");
    expect(clause.segments.map((segment) => segment.names.map((name) => name.text))).toEqual(names);
    expect(clause.segments.map((segment) => segment.role)).toEqual(roles);
  });

  it("reads towns and streets named by their kind after 各 as a role group's bodies, and a bare kind alone as prose", () => {
    const clause = only("（县市场监管局牵头，各乡、镇配合）", "clause");
    expect(clause.segments.map((segment) => [segment.role, segment.names.map((name) => name.text)])).toEqual([
      ["牵头", ["县市场监管局"]],
      ["配合", ["各乡", "镇"]],
    ]);
    expect(only("（县商务局牵头，各镇街配合）", "clause").segments.map((segment) => segment.names.map((name) => name.text))).toEqual([["县商务局"], ["各镇街"]]);
    expect(partsOf("开展质量提升（乡镇负责）").some((p) => p.type === "clause")).toBe(false);
    expect(partsOf("开展质量提升（各司其职，市场监管局负责）").some((p) => p.type === "clause")).toBe(false);
  });

  it("reads no label, deadline or 发文字号 in square brackets into a name", () => {
    const deadline = partsOf("推进建设〔责任单位：市商务局〕〔完成时限：2025年底〕");
    expect(deadline.filter((p) => p.type === "clause").map((p) => p.type === "clause" && p.segments[0]!.names.map((n) => n.text))).toEqual([["市商务局"]]);
    expect(deadline.some((p) => p.type === "deadline")).toBe(true);
    expect(partsOf("〔责任单位：市商务局〔2025〕〕").some((p) => p.type === "clause")).toBe(false);
    expect(partsOf("依照（国发〔2022〕17号）执行").some((p) => p.type === "clause")).toBe(false);
    // An opening bracket with no pair is a character of the name, as before.
    expect(only("〔责任单位：市商务局、各县[区人民政府〕", "clause").segments[0]!.names.map((n) => n.text)).toEqual(["市商务局", "各县[区人民政府"]);
  });

  it("reads the wrong separators between the names, each with its span", () => {
    const text = "〔责任单位：市住建局，市水务局,市交通局 市公安局 、市财政局〕";
    const clause = only(text, "clause");
    expect(clause.segments[0]!.names.map((name) => name.text)).toEqual(["市住建局", "市水务局", "市交通局", "市公安局", "市财政局"]);
    const names = clause.segments[0]!.names;
    const separators = names.slice(1).map((_, index) => separatorAfter(text, names, index));
    expect(separators.map((separator) => [separator.text, slice(text, separator)])).toEqual([["，", "，"], [",", ","], [" ", " "], ["、", "、"]]);
  });

  it("reads the provincial 按职责分工负责 form, with 分 and 按 inside names", () => {
    const clause = only("（省发改委、国家金融监督管理总局江西监管分局、省知识产权局按职责分工负责）", "clause");
    expect(clause.form).toBe("provincial");
    expect(clause.segments[0]!.names.map((n) => n.text)).toEqual(["省发改委", "国家金融监督管理总局江西监管分局", "省知识产权局"]);
  });

  it.each([
    ["（省发展改革委、省市场监管局等按职责分工负责，各市人民政府负责落实）", [["省发展改革委", "省市场监管局"], ["各市人民政府"]], ["按职责分工负责", "负责落实"]],
    ["（省科技厅牵头，省工信厅配合，各市人民政府抓好落实）", [["省科技厅"], ["省工信厅"], ["各市人民政府"]], ["牵头", "配合", "抓好落实"]],
    ["〔责任单位：市工信局等按职责分工负责，各县（市、区）人民政府组织实施〕", [["市工信局"], ["各县（市、区）人民政府"]], ["按职责分工负责", "组织实施"]],
    ["（省发展改革委、省市场监管局按职责分工负责，各市人民政府落实）", [["省发展改革委", "省市场监管局"], ["各市人民政府"]], ["按职责分工负责", "落实"]],
    // A body with its second name in brackets: the name before the brackets ends as a body's.
    ["（市工信局牵头，市科技局、市市场监督管理局（市知识产权局）配合）", [["市工信局"], ["市科技局", "市市场监督管理局（市知识产权局）"]], ["牵头", "配合"]],
    ["（市市场监督管理局（市知识产权局）牵头，市科技局配合）", [["市市场监督管理局（市知识产权局）"], ["市科技局"]], ["牵头", "配合"]],
    // A semicolon between groups, after the one before it has its role: the local governments' part a sentence of its own.
    ["（市商务局牵头，市民政局、市文广新旅局配合；各县（市、区）人民政府负责落实）", [["市商务局"], ["市民政局", "市文广新旅局"], ["各县（市、区）人民政府"]], ["牵头", "配合", "负责落实"]],
    ["（省发展改革委等按职责分工负责；各市人民政府抓好落实）", [["省发展改革委"], ["各市人民政府"]], ["按职责分工负责", "抓好落实"]],
  ])("reads %s as role groups, the suffix before a comma a group's role", (text, names, roles) => {
    const clause = only(text, "clause");
    expect(clause.segments.map((segment) => segment.names.map((name) => name.text))).toEqual(names);
    expect(clause.segments.map((segment) => segment.role)).toEqual(roles);
    // The 等 before the suffix is the group's, not its last name's.
    expect(clause.segments[0]!.etc === null).toBe(!text.includes("等"));
  });

  it("reads a semicolon between the names of one label as a separator, not a new label", () => {
    const text = "〔责任单位：市科技局；市工信局、市财政局〕";
    const clause = only(text, "clause");
    expect(clause.segments.map((segment) => segment.names.map((name) => name.text))).toEqual([["市科技局", "市工信局", "市财政局"]]);
    expect(separatorAfter(text, clause.segments[0]!.names, 0)).toMatchObject({ text: "；", start: text.indexOf("；") });
    // Before another label, the semicolon separates labels as ever.
    expect(only("〔牵头单位：市科技局；配合单位：市工信局〕", "clause").segments.map((segment) => segment.label)).toEqual(["牵头单位", "配合单位"]);
  });

  it("does not read prose after a semicolon or a mid-list suffix as units", () => {
    expect(partsOf("〔责任单位：市商务局；2025年底前完成〕").some((p) => p.type === "clause")).toBe(false);
    expect(partsOf("〔责任单位：做好衔接；市商务局〕").some((p) => p.type === "clause")).toBe(false);
    expect(partsOf("开展质量宣传（按职责分工负责，确保取得实效）").some((p) => p.type === "clause")).toBe(false);
    // A semicolon after a group with no role of its own, or before prose, ends no group.
    expect(partsOf("（市商务局、市民政局；各县（市、区）人民政府负责落实）").some((p) => p.type === "clause")).toBe(false);
    expect(partsOf("（市商务局牵头；确保按期完成）").some((p) => p.type === "clause")).toBe(false);
    // A deadline after the semicolon is the clause's, not a group.
    const timed = only("（市商务局牵头，市民政局配合；2025年6月底前）", "clause");
    expect(timed.segments.map((segment) => segment.names.map((name) => name.text))).toEqual([["市商务局"], ["市民政局"]]);
    expect(timed.deadline?.value).toBe("2025年6月底前");
  });

  // core/syntax/parse.ts passes a memo's `shareText`, so a plan keeps one string per distinct
  // unit name; the grammar must ask it for every name it makes, 等 split off included.
  it("asks the caller's shareText for every unit name", () => {
    const asked: string[] = [];
    const document = generatedParse("1.任务。〔牵头单位：市工信局、市科技局；配合单位：市财政局等〕\n", {
      shareText: (text: string) => (asked.push(text), text),
    }) as SyntaxDocument;
    const line = document.lines[0] as ItemLineNode;
    const clause = line.parts.find((part) => part.type === "clause")!;
    expect(clause.type === "clause" && clause.segments.flatMap((segment) => segment.names.map((name) => name.text))).toEqual(["市工信局", "市科技局", "市财政局"]);
    expect(asked).toEqual(["市工信局", "市科技局", "市财政局等", "市财政局"]);
  });

  // A name deleted from a list leaves its 、 behind: the clause is still the clause of its names.
  it("reads a list that ends in a separator to its end", () => {
    const names = (text: string) => only(text, "clause").segments.map((segment) => segment.names.map((name) => name.text));
    expect(names("〔责任单位：市发展改革委、市财政局、〕")).toEqual([["市发展改革委", "市财政局"]]);
    expect(names("（责任单位：市发展改革委，）")).toEqual([["市发展改革委"]]);
    expect(names("〔牵头单位：市市场监管局、；配合单位：市工信局等、〕")).toEqual([["市市场监管局"], ["市工信局"]]);
    // Not where prose goes on after the mark.
    expect(partsOf("〔责任单位：市商务局、2025年底前完成〕").some((p) => p.type === "clause" && p.segments[0]!.names.length === 1)).toBe(false);
  });

  it("reads a placeholder in brackets as the name still to be written", () => {
    const names = (text: string) => only(text, "clause").segments.map((segment) => segment.names.map((name) => name.text));
    expect(names("〔责任单位：【待定】〕")).toEqual([["【待定】"]]);
    expect(names("〔牵头单位：市市场监管局；配合单位：[待定]、【待补充】〕")).toEqual([["市市场监管局"], ["[待定]", "【待补充】"]]);
    expect(partsOf("〔责任单位：【待定】〕").some((p) => p.type === "placeholder")).toBe(false);
  });

  // A web page's comment pasted into a clause (a clipboard's fragment mark, a content system's note)
  // is markup, not the clause's words: a colon, 、 or ； inside it is none of the clause's.
  it.each([
    ["〔责任单位<!--注：待定-->：市市场监管局〕", [["责任单位", ["市市场监管局"]]]],
    ["〔<!--StartFragment：-->责任单位：<!--注：x-->市市场监管局、市科技局〕", [["责任单位", ["市市场监管局", "市科技局"]]]],
    ["（责任部门<!-- 注: 待定 -->:市工信局）", [["责任部门", ["市工信局"]]]],
    ["〔牵头单位：市市场监管局；<!--注：待定-->配合单位：市科技局〕", [["牵头单位", ["市市场监管局"]], ["配合单位", ["市科技局"]]]],
    ["〔责任单位：市市场监管局<!--注：原文如此-->、市科技局〕", [["责任单位", ["市市场监管局<!--注：原文如此-->", "市科技局"]]]],
  ])("reads %s, a page's comment inside it no part of its syntax", (text, segments) => {
    const clause = only(`1.开展工作。${text}`, "clause");
    expect(slice(`1.开展工作。${text}`, clause)).toBe(text);
    expect(clause.segments.map((segment) => [segment.label, segment.names.map((name) => name.text)])).toEqual(segments);
  });

  // A drafter's `//` note inside a clause runs to the next separator, `；`, the close or the next
  // label: no word of any name, and the names go on after it (ClauseComment).
  it.each([
    ["〔责任单位：市发展改革委 // 待确认、市财政局〕", [["责任单位", ["市发展改革委", "市财政局"]]]],
    ["〔责任单位：市发展改革委//待确认、市财政局〕", [["责任单位", ["市发展改革委", "市财政局"]]]],
    ["〔责任单位：市发展改革委、市财政局 // 待定（下周）〕", [["责任单位", ["市发展改革委", "市财政局"]]]],
    ["〔牵头单位：市市场监管局 // 待定；配合单位：市科技局〕", [["牵头单位", ["市市场监管局"]], ["配合单位", ["市科技局"]]]],
    ["〔牵头单位：市市场监管局 // 待定 配合单位：市科技局〕", [["牵头单位", ["市市场监管局"]], ["配合单位", ["市科技局"]]]],
    ["（市发展改革委 // 待确认、市科技局按职责分工负责）", [["", ["市发展改革委", "市科技局"]]]],
    ["〔责任单位：市工信局/市商务局〕", [["责任单位", ["市工信局/市商务局"]]]],
  ])("reads %s, a drafter's // comment inside it no word of any name", (text, segments) => {
    const clause = only(`1.开展工作。${text}`, "clause");
    expect(slice(`1.开展工作。${text}`, clause)).toBe(text);
    expect(clause.segments.map((segment) => [segment.label, segment.names.map((name) => name.text)])).toEqual(segments);
  });

  it("reads a comment's opening with no close, or a lone <, as the text it is", () => {
    expect(partsOf("1.开展工作。〔责任单位<!--注：待定：市市场监管局〕").some((p) => p.type === "clause")).toBe(false);
    expect(only("1.开展工作。〔责任单位：市<质量>局、市科技局〕", "clause").segments[0]!.names.map((name) => name.text)).toEqual(["市<质量>局", "市科技局"]);
  });

  it("keeps an empty clause as a clause with no units", () => {
    expect(only("〔责任单位：〕", "clause").segments[0]!.names).toEqual([]);
  });

  it("does not take an ordinary parenthesis for a clause", () => {
    expect(partsOf("争创中国质量奖（提名奖）1个").some((p) => p.type === "clause")).toBe(false);
  });
});

describe("targets", () => {
  it.each([
    ["制造业产品质量合格率达到94%以上", "制造业产品质量合格率", "达到", 94, "%", "以上"],
    ["，公共服务质量满意度达到81.5分。", "公共服务质量满意度", "达到", 81.5, "分", ""],
    ["国家地理标志商标达到35个", "国家地理标志商标", "达到", 35, "个", ""],
    ["单位工业增加值能耗比2020年降低18%", "单位工业增加值能耗比2020年", "降低", 18, "%", ""],
    ["示范区不少于 1 个", "示范区", "不少于", 1, "个", ""],
    ["合格率均达到98%以上", "合格率", "达到", 98, "%", "以上"],
    ["覆盖率达60%以上", "覆盖率", "达", 60, "%", "以上"],
    ["制造业质量竞争力指数达到86.5，", "制造业质量竞争力指数", "达到", 86.5, "", ""],
  ])("%s", (text, indicator, comparator, value, unit, qualifier) => {
    const target = only(text, "target");
    expect(target.indicator?.text).toBe(indicator);
    expect(target).toMatchObject({ comparator, value, unit, qualifier, blank: false, placeholder: false });
  });

  it.each([
    ["比重达到 %，", "%"],
    ["满意度达到 分。", "分"],
    ["示范区不少于 个", "个"],
    ["比重达到%", "%"],
    ["比重达到 ，", ""],
  ])("%s is a blank target", (text, unit) => {
    expect(only(text, "target")).toMatchObject({ blank: true, value: null, unit });
  });

  it.each([["达到XX%", "XX"], ["达到××个", "××"], ["达到X%", "X"], ["不少于【待定】个", "【待定】"]])("%s has a placeholder value", (text, placeholder) => {
    expect(only(text, "target")).toMatchObject({ placeholder: true, value: null, valueText: placeholder });
  });

  it.each(["保持总体稳定", "达到国际先进水平", "对标达标", "碳达峰", "高质量发展", "保障安全"])("%s is not a target", (text) => {
    expect(partsOf(text).some((p) => p.type === "target")).toBe(false);
  });

  it("sets the horizon of the targets after 到2025年 within its item", () => {
    const plan = buildPlan("一、总体要求\n（一）主要目标\n到2025年，合格率达到94%以上。\n1.经济发展。比重达到10%以上。\n（二）远景\n比重达到20%。\n");
    expect(plan.targets.map((t) => [t.value, t.horizon])).toEqual([
      [94, 2025],
      [10, 2025],
      [20, null],
    ]);
  });

  it("finds placeholders outside targets", () => {
    expect(partsOf("请XX市填写【待定】，TBD").filter((p) => p.type === "placeholder").map((p) => (p as { text: string }).text)).toEqual(["XX", "【待定】", "TBD"]);
  });
});

describe("citations and 发文字号", () => {
  it("reads a title with a nested 〈〉 title and the 发文字号 after it", () => {
    const text = "《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》（中发〔2022〕17号）";
    const citation = only(text, "citation");
    expect(citation.title).toBe("中共中央 国务院关于印发〈质量强国建设纲要〉的通知");
    expect(citation.nested.map((n) => [n.open, n.title])).toEqual([["〈", "质量强国建设纲要"]]);
    expect(citation.docNumber).toMatchObject({ code: "中发", year: 2022, number: 17, yearOpen: "〔" });
    expect(slice(text, citation)).toBe(text);
  });

  it("reads a 发文字号 written in full-width digits (WPS's copies) as the same 文号", () => {
    const text = "《中共中央 国务院关于印发〈质量强国建设纲要〉的通知》（中发〔２０２２〕１７号）";
    expect(only(text, "citation").docNumber).toMatchObject({ code: "中发", year: 2022, number: 17, yearOpen: "〔" });
    const inText = "根据赣市府字〔２０２４〕４１号文件";
    const docNumber = only(inText, "docNumber");
    expect(docNumber).toMatchObject({ code: "赣市府字", year: 2024, number: 41 });
    expect(slice(inText, docNumber)).toBe("赣市府字〔２０２４〕４１号");
  });

  it("accepts ASCII <> nested in 《》 and records it", () => {
    expect(only("《关于贯彻落实<质量强国建设纲要>的实施方案》", "citation").nested[0]!.open).toBe("<");
  });

  it.each([
    ["根据赣市府字〔2024〕41号文件", "赣市府字", "〔"],
    ["国办发[2016]18号", "国办发", "["],
    ["苏发【2022】33号", "苏发", "【"],
    ["宁政发(2023)5号", "宁政发", "("],
  ])("%s: the agency code is found before the bracketed year", (text, code, open) => {
    const docNumber = only(text, "docNumber");
    expect(docNumber).toMatchObject({ code, yearOpen: open });
    expect(slice(text, docNumber)).toMatch(new RegExp(`^${code}`));
  });

  it("recognises a line that is a 发文字号, a date, or a publicity note; web-page furniture is the model's to find", () => {
    const kinds = parseSyntax("赣市府字〔2024〕41号\n2024年4月21日\n（此件主动公开）\n（征求意见稿）\n附件1\n标签: 建设\n").document.lines.map((l) => (l as TextLineNode).textKind);
    expect(kinds).toEqual(["docNumber", "date", "publicity", "draftMark", "attachment", "plain", undefined]);
  });
});

describe("annotations, deadlines, comments, front matter", () => {
  it("reads 〔对应纲要：（七）（八）〕 and 〔对应纲要：七〕", () => {
    const a = only("〔对应纲要：（七）（八）〕", "annotation");
    expect(a.label).toBe("对应纲要");
    expect(a.references.map((r) => [r.level, r.value])).toEqual([
      [2, 7],
      [2, 8],
    ]);
    expect(only("〔对应纲要：七〕", "annotation").references.map((r) => [r.level, r.value])).toEqual([[1, 7]]);
  });

  it("reads an annotation's near forms after the canonical one fails", () => {
    const read = (text: string) => {
      const a = only(text, "annotation");
      return [a.open, a.label, a.colon, a.close, a.references.map((r) => [r.text, r.level, r.value]), text.slice(a.referencesStart, a.referencesEnd)];
    };
    expect(read("〔对应纲要：（七）、八〕")).toEqual(["〔", "对应纲要", "：", "〕", [["（七）", 2, 7], ["八", 1, 8]], "（七）、八"]);
    expect(read("〔对应纲要（三）〕")).toEqual(["〔", "对应纲要", "", "〕", [["（三）", 2, 3]], "（三）"]);
    expect(read("【对应纲要：（四）】")).toEqual(["【", "对应纲要", "：", "】", [["（四）", 2, 4]], "（四）"]);
    expect(read("〔对应纲要第（十三）条〕")).toEqual(["〔", "对应纲要", "", "〕", [["第（十三）条", 2, 13]], "第（十三）条"]);
    expect(read("（对应纲要：（五））")).toEqual(["（", "对应纲要", "：", "）", [["（五）", 2, 5]], "（五）"]);
    expect(read("〔对应纲要：第二十一条、第七部分〕")).toEqual(["〔", "对应纲要", "：", "〕", [["第二十一条", 2, 21], ["第七部分", 1, 7]], "第二十一条、第七部分"]);
    // Prose in brackets that starts with 对应 stays prose.
    expect(partsOf("完善标准（对应国家标准：GB/T 19001）").some((p) => p.type === "annotation")).toBe(false);
    expect(partsOf("完善标准（对应关系见附表）").some((p) => p.type === "annotation")).toBe(false);
  });

  it("reads 〔完成时限：2025年底〕", () => {
    expect(only("〔完成时限：2025年底〕", "deadline").value).toBe("2025年底");
  });

  it("reads `//` right after a Han character or a full-width mark as a trailing comment, never a URL's or a quotation's", () => {
    const comment = (text: string) => partsOf(text).filter((p) => p.type === "comment").map((p) => slice(text, p));
    expect(comment("1.推广先进标准。// 待定")).toEqual(["// 待定"]);
    expect(comment("1.推广先进标准// 待定")).toEqual(["// 待定"]);
    expect(comment("加强标准建设〔责任单位：市工信局〕//待核")).toEqual(["//待核"]);
    expect(comment("加强标准建设（市工信局负责）//待核")).toEqual(["//待核"]);
    expect(comment("（一）主要目标// 待定")).toEqual(["// 待定"]);
    expect(comment("推广先进标准 // 待定")).toEqual([" // 待定"]);
    // A URL keeps its slashes, with the scheme's colon half-width or typed full-width.
    expect(comment("详见http://www.gov.cn/zhengce/content。")).toEqual([]);
    expect(comment("详见http：//www.gov.cn。")).toEqual([]);
    expect(comment("比例为1//2")).toEqual([]);
    // Right after a bare marker, full- or half-width alike, the slashes are the heading's: a marker's fix never changes the line's reading.
    for (const line of ["（一）//待定", "(一)//待定", "——// 待定", "--// 待定", "一、//待定"]) expect(comment(line), line).toEqual([]);
    // Inside an open title or quotation the slashes are the words'; after it closes, a comment.
    expect(comment("开展“国家标准//行业标准”对比")).toEqual([]);
    expect(comment("落实《标准//计量》工作")).toEqual([]);
    expect(comment("开展“国家标准”对比。//待定")).toEqual(["//待定"]);
    // The heading still ends at its 。: the comment is the body's, and nothing of the line is lost.
    const text = "1.推广先进标准。// 待定";
    const line = parseSyntax(text).document.lines[0] as ItemLineNode;
    expect([slice(text, { start: line.headingStart, end: line.headingEnd }), line.terminator, line.parts.map((p) => slice(text, p)).join("")]).toEqual(["推广先进标准", "。", "// 待定"]);
  });

  it("reads directives with their rule ids and ignores a trailing reason", () => {
    const line = parseSyntax("// plancheck-disable-next-line numbering/sequence, units/unknown -- why").document.lines[0]!;
    expect(line.kind === "comment" && line.directive?.ruleIds.map((r) => r.id)).toEqual(["numbering/sequence", "units/unknown"]);
  });

  it("reads front matter with Chinese or English keys and either colon", () => {
    const plan = buildPlan("---\n标题：示例市实施方案\ndocno: 示市府字〔2024〕3号\n编号方式: 连续\n---\n一、总体要求\n");
    expect(plan.metadata).toMatchObject({ title: "示例市实施方案", docNumber: "示市府字〔2024〕3号", numbering: "continuous" });
    expect(plan.items).toHaveLength(1);
  });
});
