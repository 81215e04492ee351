import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { builtinParents } from "../../server/src/core/parents/index";
import { COVERAGE_THRESHOLD, taskCredits } from "../../server/src/core/xref/coverage";
import { mapTaskAt, mapTasks } from "../../server/src/core/xref/mapping";
import { readSeed, type SeedName } from "../support/seeds";
import labels from "./mapping-labels.json";
import annotationLabels from "./annotation-labels.json";
import fixtureLabels from "./mapping-labels-fixtures.json";
import sectorLabels from "./sector-labels.json";
import newGenreLabels from "./new-genre-labels.json";

/**
 * The inferred mapping measured on hand-labelled seeds. A task counts as right at top-1 when the
 * best candidate is one of its acceptable items, at top-3 when any of the three is. The floors
 * are set a little under the measured values (see the commit that set them), so a change that
 * makes the matcher worse fails here. What coverage trusts is the best match at COVERAGE_THRESHOLD
 * or more: of the labelled tasks, the share mapped there rightly (recall) and the share of those
 * mapped there that are right (precision). Measured 47 of 53 and 47 of 48 once the genre's words
 * no longer counted (44 of 53 and 44 of 44 before, when 加强品牌建设-like headings fell short).
 */
/* Once a heading is weighed against the keywords of an item whose title is unconfirmed and text unknown
 * (mapping.ts namesOfUnknownText: 建立现代测量体系 is （二十三）'s 现代先进测量体系): 52 right at top-1, 53 at
 * top-3, 49 mapped at the threshold and 48 right, coverage counting 52 for a right item, 57 of its 62 credits right. */
const TOP1_FLOOR = 0.9;
const TOP3_FLOOR = 0.95;
const MAPPED_RIGHT_FLOOR = 0.88;
const MAPPED_PRECISION_FLOOR = 0.95;

/**
 * The same measure on 102 tasks of the real-shaped fixtures (mapping-labels-fixtures.json): plans
 * of one sector (brand, construction, food, metrology, standardization) and city and county plans
 * in their own words, whose headings share fewer words with the outline than the seeds' do.
 * Measured 95 right at top-1, 101 at top-3, 71 mapped at the threshold and 69 of them right: a
 * third of these tasks score under the threshold for their right item (培育县域质量品牌 0.15 for
 * （二十一）, 推进诚信计量体系建设 0.19 for （二十七）). Once a plan's own subject weighs less
 * (xref/planSubject.ts: 品牌 in a brand plan, 食品 in a food plan), 66 of 68 mapped at the threshold
 * are right: 推动江西品牌走出去 and 开展校园食品安全守护行动, whose only telling word is that subject,
 * score 0.18 for their right item, still counted (coverage.ts `standsApart`). Once a subject word
 * inside an item's own phrase counts for that item (mapping.ts `ownPhraseSubjects`: 品牌培育 of
 * （二十一）'s 品牌培育发展机制), 69 mapped at the threshold and 67 right (68 and 66 before).
 * With 47 tasks of two reviewer's plans more (a county's 质量强县 plan in everyday words, a
 * province's 特种设备 plan): 149 tasks, 140 right at top-1, 146 at top-3, 87 mapped at the threshold
 * and 85 right, coverage counting 119 for a right item and 126 of its 130 credits right. The 102
 * earlier tasks measure as before (67 right at the threshold, 0.66); of the new ones in a county's
 * own words (管好群众“菜篮子”, 办好群众身边事) only 18 reach the threshold, all right, and 37 are
 * counted (37 of 38 credits right), so the share at the threshold is held at 0.55 over the whole set.
 * With 27 tasks of a county's industrial plan in its own words (test/fixtures/qa/county-industry-everyday.plan:
 * 腾笼换鸟, 智改数转, 园区, 专精特新, 资金扶持) and the local words and readings its review and the
 * reviewers' findings brought (local-keywords.json; mapping.ts `boundGrams`, `writesOwnPhrase`):
 * 176 tasks, 166 right at top-1, 173 at top-3, 95 mapped at the threshold and 93 right, coverage
 * counting 143 for a right item and 150 of its 153 credits right. The 149 earlier tasks measure
 * better than before (86 right at the threshold, 85 before; 124 counted for a right item, 119
 * before; 3 wrong credits, 4 before); of the new plan's, in a county's words, 7 reach the
 * threshold, all right, and 19 are counted: the share at the threshold over the whole set is 0.53.
 * Once a heading is weighed against the keywords of an item whose title is unconfirmed (mapping.ts
 * namesOfUnknownText): 166 right at top-1, 175 at top-3, 110 mapped at the threshold and 107 right,
 * coverage counting 149 for a right item and 157 of its 161 credits right. Once a heading that writes a kind
 * of special equipment as what it works on names （二十六） (mapping.ts kindsOf: 强化住宅电梯使用管理): 167,
 * 176, 110 and 107, 150 and 158 of 162. With 智改数转, 龙头企业 and 绿色园区 (local-keywords.json) and a local
 * term naming its item as a keyword does (推进质量信用标准化建设 is （二十六）'s): 170, 176, 110 and 108, 154 and
 * 162 of 166. Once a body whose every clause writes the heading's naming word goes on to no second subject
 * (coverage.ts `staysOnHeadingsItem`: 推进质量信用标准化建设's （二十二） by its body): 154 and 162 of 165. Once a
 * heading whose object is a facility is read for what it is for (mapping.ts `carrierQualifiers`: 建设产业质量检测公共平台,
 * 推进产业计量测试中心建设): 172 right at top-1, 176 at top-3, 110 mapped at the threshold and 108 right, 155 and 163 of 166.
 * With the 30 tasks of a district's 2026 质量强区 工作要点 (test/fixtures/qa/district-work-points-2026.plan: 焕新工程,
 * 舌尖上的安全, 一网通办, 便民生活圈, 铁拳): 206 tasks, 201 right at top-1, 206 at top-3, 133 mapped at the threshold and
 * 131 right, 184 counted for a right item and 193 of 196 credits right. Of the new plan's, 29 right at top-1 and 30 at
 * top-3, 23 at the threshold and all right, 29 counted, every credit right; the miss is 争创各级政府质量奖, whose
 * 各级…政府 is （二十九）'s 各级党委和政府 (0.18) while its 质量奖 and its body's 中国质量奖 are （二十五）'s (0.17).
 * Once 政府质量奖 is a term of （二十五） (local-keywords.json): 202 right at top-1, 185 counted, 194 of 197 credits right.
 * Once a heading that names its best item alone by the plan's own subject word counts for it (coverage.ts
 * `namedBySubjectAlone`: a metrology plan's 推进产业计量测试中心建设): 186 counted, 195 of 198 credits right.
 * Once a clause that names an item by words of its own counts for it where the heading names the best only by a phrase
 * the two share (服务质量; coverage.ts `fieldClauseSubjects`, `bodySubject`): 187 counted, 197 of 200 credits right.
 * Once kinds of consumer goods name （十一） (local-keywords.json "kinds", mapping.ts `titleOwner`: 提升竹木家具设计水平):
 * 188 counted, 198 of 201 credits right.
 * With the 30 tasks of a county's 2026 质量强县 工作要点 (test/fixtures/qa/county-work-points-2026.plan: tea, bamboo
 * furniture, tourism and homestays, special equipment under generic headings) and the local words its review brought
 * (民宿, 长质量奖, 质量违法, 放心消费: local-keywords.json): 236 tasks, 232 right at top-1, 236 at top-3, 153 mapped at
 * the threshold and 151 right, 217 counted for a right item and 227 of 232 credits right. Of the new plan's, all 30
 * right at top-1, 17 at the threshold and all right, 29 counted, 29 of 31 credits right (（二十） beside （二十五） for
 * 加强质量人才培养, （三十） beside （二十九）); the one counted for nothing is 加快农业品牌建设, whose 农产品品牌 of its
 * body is （十）'s title word (0.12) while its heading's 品牌 names （二十一） (0.09). Before its local words, 26 right at
 * top-1 (民宿 went to （十八）, 放心消费 to （十一）, 质量违法行为 to （十）).
 * Once a body's compounds that restate its heading's head weigh as the heading's words and their qualifiers as a
 * facility's (mapping.ts `restatedHeads`, `restatedQualifiers`: 农产品品牌 under 加快农业品牌建设): 232 right at top-1,
 * 154 mapped at the threshold and 152 right, 218 counted for a right item and 228 of 233 credits right; 加快农业品牌建设
 * counts for （二十一）. On the seeds 50 mapped at the threshold and 49 right (Ganzhou's 打造赣州特色品牌 （二十一）, 0.17 to 0.25).
 * Once kinds of special equipment a body works on one per verb name （二十六） (mapping.ts `kindsWorkedOnApart`): 155 mapped
 * at the threshold and 153 right. Once what a body teaches weighs as a qualifier (mapping.ts `taughtQualifiers`: 质量管理 of
 * 开设质量管理培训班 is the course, not （二十）'s management): 228 of 232 credits right, the county's 加强质量人才培养 （二十五） alone.
 * With the 30 tasks of a district's 2026 质量提升 行动方案 in short headings, many of them the kind of work alone
 * (test/fixtures/qa/district-quality-action-2026.plan: three 强化监管, two 优化服务, 守护安全 over special equipment one
 * kind per verb) and once a heading that says only the kind of work leaves the body's item its credit (coverage.ts
 * `bodySubject`, mapping.ts `headingSaysWorkOf`: 强化监管 over 药品, 医疗器械 counts for （十） beside （二十六）): 266 tasks,
 * 262 right at top-1, 266 at top-3, 182 mapped at the threshold and 180 right, 248 counted for a right item and 259 of
 * 263 credits right. Of the new plan's, all 30 right at top-1, 27 at the threshold and all right, 30 counted, every credit right.
 * Once a credit by likeness needs a word of the outline's field (mapping.ts `writesFieldWord`): every set as before. Once a
 * trade a heading names in a county's words is one word (mapping.ts `withTradesRead`: 做优做强茶产业): 182 mapped at the
 * threshold and 180 right. With the 12 tasks of a county's 质量强县 plan of trades (test/fixtures/qa/county-trade-quality.plan:
 * 实木家具, 赣南脐橙, 稀土新材料, 纺织服装): 278 tasks, 273 right at top-1, 278 at top-3, 188 mapped at the threshold and 186
 * right, 256 counted for a right item and 268 of 273 credits right. Of the new plan's, 11 right at top-1, 6 at the threshold
 * and all right, 8 counted for a right item and 8 of 9 credits right (（十） for 开展重点产品质量提升行动, whose 监督抽查 is
 * （二十六）'s); three of its four trade tasks count for nothing (test/xref/otherFieldPlans.test.ts).
 * Measured again in qa-43a: 273 right at top-1, 187 mapped at the threshold and 185 right, 256 counted for a right item
 * and 268 of 272 credits right. Once a heading's word that an item's name writes only at the end of a longer word weighs
 * half (xref/longerWords.ts: 产品 of 开展重点产品质量提升行动 in （十）'s 农产品): 268 of 271, its wrong （十） gone, every
 * other set as before. Once 推动 is cut before a trade read as one word, and a trade read before what happens to it
 * (mapping.ts EFFORT, `withTradesRead`): 188 mapped at the threshold and 186 right, 256 counted for a right item (推动实木家具
 * 产业提档升级 counts for （七） at 0.21; 推动纺织服装产业提质升级 ranks （七） first at 0.18 and loses the （二十三） it had at 0.16).
 * Once the words a name writes before its one-character head weigh half too (longerWords.ts: 产品质量 of （二十四）'s law
 * 产品质量法): 274 right at top-1, 257 counted for a right item and 269 of 272 credits right (开展重点产品质量提升行动 （十一）).
 * Measured again in qa-43g, and once 工程 after what a programme does (产品质量提升工程, 品牌培育工程) is its name, no works,
 * and the 工程 of 工程师 a person's word (mapping.ts PROGRAMME, `personsWordAt`); a heading that names its best by its
 * title over a body that works on another item throughout counts for both (coverage.ts `titleHeadingOverBody`); and a
 * clause that writes an item's keyword whole names it under a keyword's heading (`keywordHeadingOverBody`: 加强民生计量
 * counts for （二十七） beside （二十二））: every set as before, and here 270 of 273 credits right.
 * In qa-44a, once the words before a name's one-character head weigh half in the whole task against an item of
 * unknown text (mapping.ts `namesOnlyWeakGrams`: 产品质量 of （二十四）'s 产品质量法), a clause of one item's keyword
 * counts under a heading that names its item by its title (coverage.ts `titleHeadingOverKeywordClause`), and a
 * heading's item and its body's count where each names one (`splitSubjects`): the 278 earlier tasks as before but
 * 推动稀土新材料产业延链补链, counted for （三） and （十九） (258 counted for a right item, 272 of 275 credits right). With
 * the 7 tasks of the review's cases (test/fixtures/qa/city-review-credits.plan): 285 tasks, 279 right at top-1, 285 at
 * top-3, 192 mapped at the threshold and 190 right, 263 counted for a right item and 281 of 284 credits right; its two
 * tasks on products' quality still rank （二十四） first (0.18–0.19, under what counts), counted for nothing.
 * In qa-45h (293 tasks by then: 287 right at top-1, 194 mapped at the threshold and 192 right, 274 counted for a
 * right item, 289 of 292 credits right), once a heading's bigram is read where the names write the longest
 * stretch of it (longerWords.ts `readAt`) those two rank （十） first (0.17), and quotation marks inside a keyword
 * no longer split it (quotedWords.ts): 289 right at top-1, the threshold as before, 274 counted for a right item
 * and 287 of 290 credits right. The two credits gone are （二十二） beside （二十三） for 提升质量基础设施服务效能 and
 * 优化质量基础设施服务, whose bodies write 质量基础设施“一站式”服务站 and then 计量、标准、检验检测、认证认可服务:
 * with the marks, the body read alone was （二十二）'s (bodySubject); the same words unquoted were （二十三）'s alone
 * before too. Counting a list of an item's keywords beside the best brought them back, and also Chengdu's
 * 提高质量基础设施服务效能 （二十二）, which the seeds' labels give （二十三） alone (计量、标准…等质量要素集成融合).
 * In qa-46a, once what a task works on is read apart from how (xref/taskThings.ts: a clause's verb taking a list of
 * one item's keywords, not a list of examples closed by 等 and a word of its own) those two credits are back and
 * Chengdu's stays （二十三）'s alone: 287 right at top-1, 274 counted for a right item and 289 of 292 credits right. With
 * the 8 tasks of its cases in other words (test/fixtures/qa/city-task-things.plan): 301 tasks, 295 right at top-1,
 * 199 mapped at the threshold and 197 right, 281 counted for a right item and 299 of 302 credits right.
 * In qa-47c, once 培育质量工程师N名 is labelled （二十五） and （二十） in both plans that write it (（二十）'s verified text:
 * 重视质量经理、质量工程师、质量技术能手队伍建设) and a post of that list, or a course in quality a task holds
 * (taskThings.ts `opensWithPost`, `trainingItems`), counts for （二十）: 281 counted for a right item and 304 of 307
 * credits right (299 of 302 before, with the same labels); the seeds and the sector plans measure as before.
 * Six tasks were left with a wrong top-1. In qa-49f, once 旅游服务 is a term of （十七） (local-keywords.json: a
 * 生活服务, as 文旅 is; 提升旅游服务质量 had gone to （十八） by the 服务质量 of its title, 0.24 against 0.17): 296 right
 * at top-1, 199 mapped at the threshold and 198 right, 281 counted for a right item and 304 of 306 credits right;
 * the other sets as before. The five left need more than a word: 夯实品牌发展质量基础 （二十二） by 质量基础 (labelled
 * （二十一）/（二十三））; 压实属地管理责任, （二十） and （二十九） tied at 0.14; 加强关键技术领域标准研究 （十九） at 0.10 over
 * （二十二） at 0.08; 实施重点产品质量攻关 （十） by 产品 at 0.13 over （十一） and （十二） at 0.12; 加大资金投入 （二十三） by
 * its body, a safeguard of funds labelled （三十） (counted for the safeguards alone, taskThings.ts `fundsOnly`).
 */
const FIXTURE_TOP1_FLOOR = 0.9;
const FIXTURE_TOP3_FLOOR = 0.97;
const FIXTURE_MAPPED_RIGHT_FLOOR = 0.58;
const FIXTURE_MAPPED_PRECISION_FLOOR = 0.95;

/**
 * What coverage counts (taskCredits: the best match, the body's subject, a quotation, a short
 * heading's clear match) against the labels, citations by number aside: the share of tasks
 * counted for a right item, and the share of the items counted that are right. Measured on the
 * seeds 49 of 53 tasks and 55 of 60 credits, on the fixtures 80 of 102 and 86 of 90. Once a task's
 * words that write its best item's own keyword count (coverage.ts `standsApart`), on the seeds 50
 * of 53 and 56 of 61, on the fixtures 82 of 102 and 89 of 92 (79 and 86 of 89 before). On the
 * 176 fixtures' tasks of today, 143 and 150 of 153 (see FIXTURE_MAPPED_RIGHT_FLOOR): the fixtures'
 * floors rise to 0.8 and 0.95.
 */
/**
 * The same measure on the other three seeds' 61 tasks (annotation-labels.json: the items a drafter
 * would annotate each with). Measured once a heading's whole keyword names its item (mapping.ts
 * `rankTask`): 58 right at top-1 (54 on the first-listed label, 53 before), 60 at top-3, 51
 * mapped at the threshold and 50 right, coverage counting 57 for a right item and 64 of its 66
 * credits right (63 of 65 before). Once a heading is weighed against an unconfirmed item's keywords
 * (mapping.ts namesOfUnknownText): 58, 60, 55 mapped and all right, 58 counted and 65 of 66 credits right. Once a
 * heading's words that a phrase of another item writes name an unconfirmed item by its keywords no more (mapping.ts
 * othersPhraseGrams: Jiangxi's 深入开展质量提升行动, （十一）'s 消费品质量提升行动, not （二十七）'s by 行动): 59, 60, 55 and
 * all right, 59 counted and 66 of 67 credits right; the other sets measure as before.
 */
const ANNOTATED_FLOORS = { top1: 0.93, top3: 0.97, mappedRight: 0.85, precision: 0.95 };
const ANNOTATED_CREDITED_FLOORS = { tasks: 0.9, precision: 0.95 };

/**
 * The same measure on 40 tasks of three sector plans of a city (sector-labels.json: brand,
 * standardization, metrology), each of one subject that nearly every heading writes. A third of
 * their tasks score under the threshold for their right item (the outline says little of
 * （二十二）–（二十八）, the items such plans carry out), so the share mapped there is low and
 * what coverage counts — the best match standing apart, a heading or a body that names its item —
 * is what is held. Measured 35 right at top-1, 39 at top-3, 16 mapped at the threshold and all
 * right, coverage counting 30 for a right item and 30 of its 31 credits right (29 of 30 before a
 * body that writes its item's own keyword counted, coverage.ts `standsApart`; the wrong one is
 * 加强社会公用计量标准建设, whose 社会 is （二十七）'s 社会共治 while 计量 is the plan's subject). Once a heading
 * is weighed against an unconfirmed item's keywords (mapping.ts namesOfUnknownText: 提升计量技术机构能力 is
 * （二十二）'s 质量技术机构): 39 right at top-1, 39 at top-3, 25 mapped at the threshold and all right, coverage
 * counting 32 for a right item, 33 of its 33 credits right. Once a heading whose object is a facility is read for what
 * it is for (mapping.ts `carrierQualifiers`: 建设产业计量测试中心 is （二十二）'s, not （七）'s by 产业): 40 right at top-1 and
 * top-3, 25 mapped at the threshold and all right, 34 counted and 35 of 35 credits right (建设标准化服务平台's （二十三）).
 * Once a heading that names its best item alone by the plan's subject word counts for it (coverage.ts `namedBySubjectAlone`:
 * 建设产业计量测试中心): 35 counted and 36 of 36 credits right.
 */
const SECTOR_FLOORS = { top1: 0.9, top3: 0.95, mappedRight: 0.55, precision: 0.95 };
const SECTOR_CREDITED_FLOORS = { tasks: 0.78, precision: 0.93 };

/**
 * The same measure on 42 tasks of three plans of the newest genres that no other set labels
 * (new-genre-labels.json: a province's 实施意见, a city's standardization three-year plan, a
 * province's 检验检测 plan), held at today's agreement so that a regression shows. Measured in
 * session 48: 40 right at top-1, 41 at top-3, 22 mapped at the threshold and all right, coverage
 * counting 33 for a right item and 37 of its 37 credits right (31 before a task whose heading names
 * no item counted for the item its body's subject word names, coverage.ts `bodyNamesBySubject`).
 * Left: 强化数字化赋能 is nearest （二十八） by 结果互认 and 营造良好环境 （二十二） by the plan's subject
 * (top-1 misses); and nine tasks count for no item — 推动数字赋能质量升级 (（二十） 0.15, its
 * 质量管理数字化 no keyword whole), the standardization plan's 推动科技成果标准化, 培育标准创新型企业,
 * 推进先进制造业标准化 and 推进生态文明标准化 (0.08–0.12, near two items), 加大资金保障 (its 国际标准
 * names （二十八）), 推动检测服务下沉 (（二十三） 0.16, （十六） 0.14), 强化数字化赋能 and 营造良好环境.
 */
const NEW_GENRE_FLOORS = { top1: 0.95, top3: 0.97, mappedRight: 0.52, precision: 1 };
const NEW_GENRE_CREDITED_FLOORS = { tasks: 0.78, precision: 1 };

const CREDITED_FLOORS = { seeds: { tasks: 0.93, precision: 0.9 }, fixtures: { tasks: 0.85, precision: 0.95 } };

interface Label {
  heading: string;
  national: number[];
}

interface Accuracy {
  total: number;
  /** Tasks that coverage counts for at least one right item, and the items it counts them for, right or not. */
  credited: number;
  credits: number;
  creditsRight: number;
  top1: number;
  top3: number;
  mapped: number;
  mappedRight: number;
}

/** The mapping of each labelled plan's tasks against the labels, with the misses on the console. */
function measure(set: string, plans: Array<[name: string, text: string, tasks: Label[]]>): Accuracy {
  const outline = builtinParents()[0]!;
  const accuracy: Accuracy = { total: 0, credited: 0, credits: 0, creditsRight: 0, top1: 0, top3: 0, mapped: 0, mappedRight: 0 };
  let strict = 0;
  const scores: number[] = [];
  const misses: string[] = [];
  for (const [name, text, tasks] of plans) {
    const mappings = mapTasks(buildPlan(text), outline);
    expect(mappings.map((m) => m.item.heading.text), name).toEqual(tasks.map((t) => t.heading));
    mappings.forEach((mapping, i) => {
      const accepted = tasks[i]!.national;
      const ranked = mapping.candidates.map((c) => c.entry.value);
      accuracy.total++;
      if (accepted[0] === ranked[0]) strict++;
      if (mapping.candidates[0]!.score >= COVERAGE_THRESHOLD) {
        accuracy.mapped++;
        if (accepted.includes(ranked[0]!)) accuracy.mappedRight++;
      }
      if (accepted.includes(ranked[0]!)) {
        accuracy.top1++;
        scores.push(mapping.candidates[0]!.score);
      }
      else misses.push(`${name} ${mapping.item.heading.text}: ${ranked.map((v, k) => `${v}(${mapping.candidates[k]!.score.toFixed(2)})`).join(" ")} ≠ ${accepted.join("/")}`);
      if (ranked.some((v) => accepted.includes(v))) accuracy.top3++;
      const credits = taskCredits(outline, mapping).filter((credit) => credit.basis !== "cited");
      const right = credits.filter((credit) => accepted.includes(credit.entry.value)).length;
      accuracy.credits += credits.length;
      accuracy.creditsRight += right;
      if (right > 0) accuracy.credited++;
    });
  }
  const { total, top1, top3, mapped, mappedRight, credited, credits, creditsRight } = accuracy;
  const percent = (n: number) => `${((n / total) * 100).toFixed(1)}%`;
  console.log(`mapping accuracy on ${total} hand-labelled tasks of the ${set}: top-1 ${percent(top1)} (${top1}), top-3 ${percent(top3)} (${top3}); top-1 on the first-listed label only ${percent(strict)}; lowest right score ${Math.min(...scores).toFixed(2)}; at the threshold ${mapped} mapped, ${mappedRight} right; coverage counts ${credited} for a right item, ${creditsRight} of its ${credits} credits right\n${misses.join("\n")}`);
  return accuracy;
}

function expectAtLeast(accuracy: Accuracy, floors: { top1: number; top3: number; mappedRight: number; precision: number }, credited: { tasks: number; precision: number }): void {
  expect(accuracy.credited / accuracy.total).toBeGreaterThanOrEqual(credited.tasks);
  expect(accuracy.creditsRight / accuracy.credits).toBeGreaterThanOrEqual(credited.precision);
  expect(accuracy.top1 / accuracy.total).toBeGreaterThanOrEqual(floors.top1);
  expect(accuracy.top3 / accuracy.total).toBeGreaterThanOrEqual(floors.top3);
  expect(accuracy.mappedRight / accuracy.total).toBeGreaterThanOrEqual(floors.mappedRight);
  expect(accuracy.mappedRight / accuracy.mapped).toBeGreaterThanOrEqual(floors.precision);
}

describe("inferred mapping to 《质量强国建设纲要》", () => {
  it("finds the item each labelled task of the seeds implements", () => {
    const plans = Object.entries(labels.seeds).map(([seed, tasks]): [string, string, Label[]] => [seed, readSeed(seed as SeedName), tasks]);
    expectAtLeast(measure("seeds", plans), { top1: TOP1_FLOOR, top3: TOP3_FLOOR, mappedRight: MAPPED_RIGHT_FLOOR, precision: MAPPED_PRECISION_FLOOR }, CREDITED_FLOORS.seeds);
  });

  it("finds the item each task of the other three seeds implements (annotation-labels.json, the items a drafter would annotate)", () => {
    const plans = Object.entries(annotationLabels.seeds).map(([seed, tasks]): [string, string, Label[]] => [seed, readSeed(seed as SeedName), tasks]);
    expectAtLeast(measure("annotated seeds", plans), ANNOTATED_FLOORS, ANNOTATED_CREDITED_FLOORS);
  });

  it("finds the item each labelled task of the real-shaped fixtures implements", () => {
    const plans = Object.entries(fixtureLabels.plans).map(([path, tasks]): [string, string, Label[]] => [path, readFileSync(join(__dirname, "..", path), "utf8"), tasks]);
    expect(plans.reduce((n, [, , tasks]) => n + tasks.length, 0)).toBeGreaterThanOrEqual(60);
    expectAtLeast(measure("fixtures", plans), {
      top1: FIXTURE_TOP1_FLOOR,
      top3: FIXTURE_TOP3_FLOOR,
      mappedRight: FIXTURE_MAPPED_RIGHT_FLOOR,
      precision: FIXTURE_MAPPED_PRECISION_FLOOR,
    }, CREDITED_FLOORS.fixtures);
  });

  it("finds the item each task of the city's sector plans implements (sector-labels.json)", () => {
    const plans = Object.entries(sectorLabels.plans).map(([path, tasks]): [string, string, Label[]] => [path, readFileSync(join(__dirname, "..", path), "utf8"), tasks]);
    expect(plans.reduce((n, [, , tasks]) => n + tasks.length, 0)).toBeGreaterThanOrEqual(40);
    expectAtLeast(measure("sector plans", plans), SECTOR_FLOORS, SECTOR_CREDITED_FLOORS);
  });

  it("finds the item each task of the newest genres implements (new-genre-labels.json)", () => {
    const plans = Object.entries(newGenreLabels.plans).map(([path, tasks]): [string, string, Label[]] => [path, readFileSync(join(__dirname, "..", path), "utf8"), tasks]);
    expect(plans.reduce((n, [, , tasks]) => n + tasks.length, 0)).toBeGreaterThanOrEqual(42);
    expectAtLeast(measure("newest genres", plans), NEW_GENRE_FLOORS, NEW_GENRE_CREDITED_FLOORS);
  });
});

describe("mapTaskAt (one task, for a hover or a code action)", () => {
  it("maps a task alone exactly as the whole plan's mapping does, before and after that mapping exists", () => {
    const outline = builtinParents()[0]!;
    for (const seed of ["ganzhou-2024", "nanjing-2023"] as SeedName[]) {
      const text = readSeed(seed);
      const alone = buildPlan(text);
      const whole = mapTasks(buildPlan(text), outline);
      expect(whole.length).toBeGreaterThan(5);
      for (const expected of whole) {
        const at = expected.item.marker.start;
        const found = mapTaskAt(alone, outline, (item) => item.marker.start === at);
        expect(found?.item.heading.text).toBe(expected.item.heading.text);
        expect(found?.candidates.map((c) => [c.entry.value, c.score])).toEqual(expected.candidates.map((c) => [c.entry.value, c.score]));
      }
      // Once the whole mapping is at hand, its entry is the answer.
      const wholeOfAlone = mapTasks(alone, outline);
      expect(mapTaskAt(alone, outline, (item) => item === wholeOfAlone[0]!.item)).toBe(wholeOfAlone[0]);
      expect(mapTaskAt(alone, outline, () => false)).toBeNull();
    }
  });
});
