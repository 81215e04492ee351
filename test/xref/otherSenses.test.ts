import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { headingNames } from "../../server/src/core/xref/mapping";
import { creditsOfTasks } from "../support/coverageCredits";

/**
 * Words of the outline that name another thing in a task (xref/otherSenses.ts): the environment's
 * quality (生态环境质量, 空气质量) is no product's, and a title's word the outline writes as
 * quality's (监管 of 质量监管) is another subject's after words the outline never writes (消防安全监管).
 * Read on four plans of a reviewer's own (test/fixtures/qa/): a district's 质量强区 plan with an
 * environmental task, and a 优化营商环境, a 安全生产 and a 生态环境保护 plan, which share the
 * genre's words and implement few of the outline's items.
 */
const credits = (name: string) => creditsOfTasks(readFileSync(join(__dirname, "..", "fixtures", "qa", `${name}.plan`), "utf8"));
const outline = builtinParents()[0]!;
const item = (label: string) => outline.items.find((entry) => entry.label === label)!;

it("counts a 质量强区 plan's environmental-quality task for no item, and its quality tasks as before", () => {
  expect(credits("district-quality-eco")).toEqual([
    ["加强质量技术创新", ["（十九）", "（三）"]],
    ["推动制造业高端化智能化绿色化发展", ["（七）"]],
    ["保障食品药品安全", ["（十）"]],
    // 配合开展大气、水、土壤污染防治工作: the environment's quality, not （二十六）'s 质量监管.
    ["加强生态环境质量监管", []],
    ["提升公共服务质量", ["（十八）"]],
    // Not yet right: 社会 of （二十七）'s 质量社会共治 names it (its part's phrase no longer does: partNames.ts).
    ["推进社会治理现代化", ["（二十七）"]],
    ["强化产品质量安全监管", ["（二十六）"]],
    ["加强组织领导", ["（二十九）"]],
  ]);
});

it("reads 监管 written after another subject's words as that subject's, and after the outline's own words as its", () => {
  const names = (heading: string) => headingNames(outline, heading, item("（二十六）"));
  expect(names("加强消防安全监管")).toBe(false);
  expect(names("加强生态环境质量监管")).toBe(false);
  expect(names("加强事中事后监管")).toBe(false);
  expect(names("强化监管")).toBe(true);
  expect(names("加强质量监管")).toBe(true);
  expect(names("强化产品质量安全监管")).toBe(true);
  expect(names("加强特种设备安全监管")).toBe(true);
  // A keyword that holds the word, written whole, is the item's: 社会共治 of （二十七）.
  expect(headingNames(outline, "推动安全社会共治", item("（二十七）"))).toBe(true);
});

it("pins what three plans outside the outline's field are credited with", () => {
  const safety = new Map(credits("district-work-safety"));
  // Fire safety's supervision: no （二十六）, as it was before otherSenses.ts read 消防 before 监管.
  expect(safety.get("加强消防安全监管")).toEqual([]);
  expect(new Map(credits("district-eco-environment")).get("提升水环境质量")).toEqual([]);
  // Every credit, judged in the report of qa-41c: right or defensible (政务服务 of （十八）, 双随机一公开 of
  // （二十六）, 节能降碳 and 循环经济 of （四）), the closing part's (（二十九）–（三十二）, outside the count), and
  // not yet right (the rest: safety's 主体责任, 隐患排查, a talent policy, 社会信用体系), pinned so that a change shows.
  expect(credits("district-business-environment").filter(([, items]) => items.length > 0)).toEqual([
    ["深化“一网通办”", ["（十八）"]],
    ["提升窗口服务质量", ["（十八）"]],
    ["加强事中事后监管", ["（二十六）"]],
    ["健全社会信用体系", ["（二十七）"]],
    ["维护公平竞争秩序", ["（七）"]],
    ["完善人才服务体系", ["（二十五）"]],
    ["规范涉企行政执法", ["（二十四）"]],
    ["加强组织领导", ["（二十九）", "（三十）"]],
    ["强化督查考核", ["（三十一）"]],
  ]);
  expect(credits("district-eco-environment").filter(([, items]) => items.length > 0)).toEqual([
    ["推进工业企业深度治理", ["（十二）"]],
    ["加强土壤污染源头防控", ["（二十六）"]],
    ["加强生态环境执法监管", ["（二十六）"]],
    ["推动绿色低碳发展", ["（四）"]],
    ["加强组织领导", ["（二十九）"]],
  ]);
  expect([...safety].filter(([, items]) => items.length > 0).map(([heading]) => heading)).toEqual(["压实企业主体责任", "落实部门监管责任", "开展重大事故隐患排查", "强化危险化学品安全治理", "强化道路交通安全管理", "加强建筑施工安全监管", "推进安全生产标准化建设", "推广先进安全技术装备", "加强安全宣传教育", "加强组织领导"]);
});
