import { expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { NO_SUBJECT } from "../../server/src/core/xref/planSubject";
import { clauseObjectItems, fundsOnly, listedProductItems } from "../../server/src/core/xref/taskThings";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * What a task works on, read apart from how (xref/taskThings.ts): the products a body lists as its object,
 * the people or the listed things a clause's verb takes, and a safeguard whose thing is the money it spends.
 * Each case here is in other words than the fixtures the reading was found on.
 */
const credits = new Map(
  creditsOfTasks(`某市质量强市建设实施方案
为贯彻落实《质量强国建设纲要》，结合我市实际，制定本方案。
一、重点任务
1.加强质量人才队伍建设。推行企业首席质量官制度，培养高技能人才。（责任单位：市人力资源社会保障局）
2.壮大质量人才队伍。引导规模以上企业设立首席质量官，每年培训技能人才500人次。（责任单位：市人力资源社会保障局）
3.加强质量人才培养。鼓励企业争创中国质量奖，评选市长质量奖，培养高技能人才。（责任单位：市人力资源社会保障局）
4.实施重点产品质量攻关。聚焦服装、玩具、灯具等产品，组织企业开展对标达标和质量比对。（责任单位：市市场监管局）
5.深化产品质量提升行动。围绕家具、家电等产品，推动企业开展质量攻关，提高产品稳定性。（责任单位：市市场监管局）
6.完善质量基础设施服务网络。建设质量基础设施“一站式”服务站，推动计量、检验检测、认证认可服务进园区、进企业。（责任单位：市市场监管局）
二、保障措施
（一）加大资金投入。市财政每年统筹安排“一站式”服务站建设运行资金。（责任单位：市财政局）
（二）强化经费保障。将质量基础设施“一站式”服务平台运行经费纳入年度预算。（责任单位：市财政局）
`).map(([heading, labels], i) => [`${i + 1}.${heading}`, labels]),
);

it("counts a talent task that works on a firm's quality posts for （二十） beside （二十五）", () => {
  // 首席质量官 is a firm's post, （二十）'s keyword; before, the whole task's 0.11–0.13 for it counted for nothing.
  expect(credits.get("1.加强质量人才队伍建设")).toEqual(["（二十五）", "（二十）"]);
  expect(credits.get("2.壮大质量人才队伍")).toEqual(["（二十五）", "（二十）"]);
});

it("does not read an award a clause competes for as what the task works on", () => {
  expect(credits.get("3.加强质量人才培养")).toEqual(["（二十五）"]);
});

it("counts the items a list of products before a comma names: the products are the thing, the rest how", () => {
  // Before: （十）, （十二）, （二十四） near each other under what counts, by 产品质量 and 质量比对: nothing counted.
  expect(credits.get("4.实施重点产品质量攻关")).toContain("（十一）");
  expect(credits.get("5.深化产品质量提升行动")).toContain("（十一）");
});

it("counts the item whose keywords a clause lists as its verb's object beside the heading's", () => {
  expect(credits.get("6.完善质量基础设施服务网络")).toEqual(["（二十三）", "（二十二）"]);
});

it("counts a safeguard of funding for none of the service's items: it pays for the service its body names and takes none of it up", () => {
  expect(credits.get("7.加大资金投入")).toEqual([]);
  expect(credits.get("8.强化经费保障")).toEqual([]);
});

const outline = builtinParents()[0]!;
const objects = (body: string) => clauseObjectItems(outline, body, NO_SUBJECT).map((entry) => entry.label);

it("reads a clause's object after its verb, whose it is and a second verb", () => {
  expect(objects("实施首席质量官制度，开展质量技能竞赛。")).toEqual(["（二十）"]);
  expect(objects("引导企业建立首席质量官制度。")).toEqual(["（二十）"]);
  expect(objects("推动计量、标准、检验检测、认证认可服务向园区延伸。")).toEqual(["（二十二）"]);
});

it("leaves a list of examples of another word, an award, a keyword alone and a clause with no verb", () => {
  // The members are examples of 质量要素, what the clause integrates (（二十三）'s one-stop service).
  expect(objects("实现计量、标准、检验检测、认证认可等质量要素集成融合。")).toEqual([]);
  expect(objects("推动计量、标准、检验检测、认证认可等质量要素集成融合。")).toEqual([]);
  expect(objects("鼓励企业争创中国质量奖。")).toEqual([]);
  // One keyword of a thing alone is a word in passing as often as the thing (加强知识产权保护 in a service task).
  expect(objects("加强知识产权保护。")).toEqual([]);
  expect(objects("首席质量官制度全面推行。")).toEqual([]);
});

it("reads each member of a list of products as a heading alone, and a list no verb follows not at all", () => {
  expect(listedProductItems(outline, "围绕家电、灯具、建材等产品，组织开展质量比对。", NO_SUBJECT).map((e) => e.label)).toEqual(["（十一）", "（十四）"]);
  expect(listedProductItems(outline, "对家具、服装等产品生产企业开展帮扶。", NO_SUBJECT)).toEqual([]);
});

it("reads a heading's thing as funding by its money, not by a safeguard's other words", () => {
  expect(fundsOnly("强化经费保障")).toBe(true);
  expect(fundsOnly("加大资金投入")).toBe(true);
  expect(fundsOnly("强化要素保障")).toBe(false);
  expect(fundsOnly("加强组织领导")).toBe(false);
});
