import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { rankEntries } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * Two plans of a reviewer's own (test/fixtures/qa/), read in qa-42c: a district's 城市更新 plan, which
 * shares 基础设施, 人才, 隐患排查, 公共 and 服务 with the outline and carries out none of its items, and a
 * county's 质量强县 plan whose industry tasks name their trades in the county's words (实木家具, 赣南脐橙,
 * 稀土新材料, 纺织服装). Each credit is pinned, and judged, so that a change shows.
 */
const credits = (name: string) => creditsOfTasks(readFileSync(join(__dirname, "..", "fixtures", "qa", `${name}.plan`), "utf8"));
const outline = builtinParents()[0]!;

it("credits a 城市更新 plan only where a task writes a word of the outline's field", () => {
  // Before (qa-42c): 开展危旧房排查整治 （二十六） by 隐患排查, 完善城市基础设施 （二十三） by 基础设施 (0.31),
  // 加强城市更新人才和资金保障 （二十五） by 人才, 加强组织领导 （二十九）（三十）. 城市基础设施 is no
  // 质量基础设施 (mapping.ts `fieldTitleWords`), and 城市更新人才 no 质量人才 (`subjectQualifiedGrams`).
  // 优化城市交通出行 (（十七） 0.14 by 公交 and 无障碍改造) was the field's by the 公共 of 公共停车场 alone until
  // qa-42g: 公共 qualifies （十八）'s 公共服务 and is the field's word only with it (mapping.ts `fieldQualifiers`);
  // a city's roads, car parks and bus stops are no task of the outline's.
  expect(credits("district-urban-renewal").filter(([, items]) => items.length > 0)).toEqual([]);
});

it("credits a county's trade tasks to the industry items by the trade read as one word", () => {
  expect(credits("county-trade-quality")).toEqual([
    // （七） 0.21: it scored 0.19, under what counts, while the trade's hole kept 推动 from being cut as the
    // genre's word before it (qa-43a: mapping.ts EFFORT), a bigram no item has in the heading's length.
    ["推动实木家具产业提档升级", ["（七）"]],
    // The navel-orange trade, its name one word no item has (mapping.ts `withTradesRead`): （七） 0.20, 0.12 before.
    ["做强赣南脐橙产业", ["（七）"]],
    // 新材料 is （十九）'s word, and the task scores 0.17 at best, for （三） (0.15 before 延链补链 was cut as the
    // genre's betterment verbs), with （十九） 0.15 close behind: it counted for nothing until qa-44a. The
    // heading names （十九） and the body, read alone, is （三）'s: each counts (coverage.ts `splitSubjects`).
    ["推动稀土新材料产业延链补链", ["（三）", "（十九）"]],
    // Its body's 质量控制 draws it to （二十） (0.10), a firm's means; the heading's object is a trade (纺织服装 read
    // as one now that what happens to it, 转型, may follow the head: mapping.ts `withTradesRead`), and it
    // counts for the industry item the heading names (coverage.ts `tradeIndustry`).
    ["促进纺织服装产业转型", ["（七）"]],
    ["建设家具产品质量检验检测中心", ["（二十三）"]],
    ["推进脐橙地方标准制修订", ["（二十二）"]],
    ["打造“瑞安脐橙”区域公用品牌", ["（二十一）"]],
    ["培育家具自主品牌", ["（二十一）"]],
    // The products listed are （十一）'s (0.14); 监督抽查 is （二十六）'s, not counted. It counted for （十） (0.16) by
    // the 产品 of its 农产品 until qa-43a, and ranked （二十四） first by its 产品质量法, a law (xref/longerWords.ts).
    ["开展重点产品质量提升行动", ["（十一）"]],
    ["加强脐橙质量安全监管", ["（十）"]],
    ["加强组织领导", ["（三十）"]],
    ["加大政策扶持", ["（二十五）"]],
  ]);
});

it("reads a trade named in a county's words as one word, and a trade the outline names as written", () => {
  const best = (heading: string, body: string) => rankEntries(outline, heading, body, 1)[0]!;
  const oranges = best("做强赣南脐橙产业", "推广脐橙标准化种植和绿色防控技术，建设脐橙分拣、冷链和溯源体系，提升果品商品化处理水平。");
  expect(oranges.entry.label).toBe("（七）");
  // 0.12 with its name read as four bigrams no item has.
  expect(oranges.score).toBeGreaterThan(0.18);
  // 茶 is a word no item has: the tea trade reaches what counts for （七） (0.16 before).
  expect(best("做优做强茶产业", "").entry.label).toBe("（七）");
  // 先进制造业集群 is a term of （八）: no trade of the drafter's words.
  expect(best("推动先进制造业集群提质扩量", "").entry.label).toBe("（八）");
});

it("reads a trade followed by what happens to it, and cuts the chain's betterment verbs as the genre's (qa-43a)", () => {
  const best = (heading: string, body: string) => rankEntries(outline, heading, body, 1)[0]!;
  const scoreOf = (heading: string, body: string, label: string) => rankEntries(outline, heading, body, 30).find((c) => c.entry.label === label)!.score;
  // A district's own tasks in the same shape. 转型升级 after the head: the trade is still the object
  // (0.164 for （七） while 竹木家具 was three bigrams no item has).
  const furniture = "引导竹木家具企业开展智能化改造和技术改造，推广绿色涂装工艺，推动产品向中高端迈进。";
  expect(best("推动竹木家具产业转型升级", furniture).entry.label).toBe("（七）");
  expect(scoreOf("推动竹木家具产业转型升级", furniture, "（七）")).toBeGreaterThan(0.17);
  // 强链补链 says the chain gets better, as 提质增效 does, and names no item: the heading's unknown
  // bigrams no longer lengthen it (（三） 0.171 before).
  const chain = "支持锂电企业开展关键材料技术攻关，提升产业链供应链韧性和安全水平。";
  expect(best("推动锂电产业强链补链", chain).entry.label).toBe("（三）");
  expect(scoreOf("推动锂电产业强链补链", chain, "（三）")).toBeCloseTo(scoreOf("推动锂电产业", chain, "（三）"), 3);
});
