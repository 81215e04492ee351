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
    // 社会 of （二十七）'s 质量社会共治 qualifies 治理 here, a word （二十七） does not write: society's
    // governance, no item's (it was （二十七）'s until qa-42g: otherSenses.ts `qualifiesOtherWord`).
    ["推进社会治理现代化", []],
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

it("reads a title's word written first as another's where it qualifies a word its item does not write", () => {
  const names = (heading: string, label: string) => headingNames(outline, heading, item(label));
  // 社会 of 质量社会共治 before 信用, 治理: a credit system and governance, no quality's society.
  expect(names("健全社会信用体系", "（二十七）")).toBe(false);
  expect(names("推进社会治理现代化", "（二十七）")).toBe(false);
  // Before its item's own words it stays the item's: 社会监督 and 消费者组织 are （二十七）'s, 支持 of
  // 政策支持 is （二十五）'s 金融支持; a keyword's word (诚信 of 质量诚信) is its item's whatever follows.
  expect(names("加强社会监督", "（二十七）")).toBe(true);
  expect(names("强化政策支持", "（二十五）")).toBe(true);
  expect(names("打造诚信兴商环境", "（二十七）")).toBe(true);
  expect(credits("district-quality-eco").find(([heading]) => heading === "推进社会治理现代化")).toEqual(["推进社会治理现代化", []]);
});

it("credits three plans outside the outline's field only where a task writes a word of its field", () => {
  const safety = new Map(credits("district-work-safety"));
  // Fire safety's supervision: no （二十六）, as it was before otherSenses.ts read 消防 before 监管.
  expect(safety.get("加强消防安全监管")).toEqual([]);
  expect(new Map(credits("district-eco-environment")).get("提升水环境质量")).toEqual([]);
  // Every credit, judged in the report of qa-41c and again in qa-42c's: 政务服务 of （十八） and the window's 服务质量
  // are right, and 行政执法 is （二十四）'s own keyword. Gone since qa-42g: 健全社会信用体系 (（二十七） by 社会 of its
  // 质量社会共治), made the field's by 公共 of its 公共信用信息, which qualifies （十八）'s 公共服务 and says what
  // quality is of only with it (mapping.ts `fieldQualifiers`). Gone since a credit by likeness needs a word of the
  // parent's field (mapping.ts `writesFieldWord`): 事中事后监管 and 督查考核, whose words are any field's; the talent
  // policy (人才 of 质量人才: written after 层次 it is another's talent); 公平竞争 (竞争 is what quality's title does,
  // not what it is of); and the closing part's 组织领导 and 督查考核, every plan's own carrying out.
  expect(credits("district-business-environment").filter(([, items]) => items.length > 0)).toEqual([
    ["深化“一网通办”", ["（十八）"]],
    ["提升窗口服务质量", ["（十八）"]],
    ["规范涉企行政执法", ["（二十四）"]],
  ]);
  // 工业 qualifies （十二）'s 工业品: 工业企业深度治理, an industrial firm's pollution control, is no field's task
  // (it was （十二）'s until qa-42g, mapping.ts `fieldQualifiers`); 绿色低碳 is （四）'s.
  expect(credits("district-eco-environment").filter(([, items]) => items.length > 0)).toEqual([["推动绿色低碳发展", ["（四）"]]]);
  // A work-safety plan shares 监管, 安全, 隐患排查, 主体责任 and 风险监测 with the outline and writes none of its
  // field's words: only the construction task counts, by 起重机械 (a kind of 特种设备, （二十六）'s).
  expect([...safety].filter(([, items]) => items.length > 0)).toEqual([["加强建筑施工安全监管", ["（二十六）"]]]);
});
