import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";
import type { NumberedItem } from "../../server/src/core/model/types";
import { attachmentEntries } from "../../server/src/core/outline";
import { PositionMapper } from "../../server/src/core/text/positions";
import { documentSymbols } from "../../server/src/lsp/features/symbols";

/**
 * Issue 12's damaged markers, flattened plans and attachments on plans in the shape they come
 * from web pages (test/fixtures/pasted/markers-*.plan): the outline is right, each defect is
 * reported, fix-all leaves nothing fixable, and the fixed text keeps every word.
 */
const PASTED = join(__dirname, "..", "fixtures", "pasted");
const read = (name: string) => readFileSync(join(PASTED, name), "utf8");

/** The outline as `marker+heading` with children, what a reader checks. */
type Tree = Array<string | [string, Tree]>;
function tree(items: readonly NumberedItem[]): Tree {
  return items.map((item) => {
    const label = `${item.marker.text}${item.heading.text}`;
    return item.children.length > 0 ? [label, tree(item.children)] : label;
  });
}

function rulesOf(text: string): string[] {
  return analyze(text).findings.map((finding) => finding.rule);
}

/** The words: Han characters other than numerals (a restored 二、 adds one, nothing else may change). */
function words(text: string): string {
  return [...text].filter((char) => /[\u3400-\u9fff]/.test(char) && !/[一二三四五六七八九十]/.test(char)).join("");
}

function fixedClean(text: string): string {
  const fixed = fixAll(text).text;
  expect(analyze(fixed).findings.filter((finding) => finding.fix).map((finding) => finding.rule)).toEqual([]);
  expect(words(fixed)).toBe(words(text));
  return fixed;
}

describe("a chapter heading that lost its numeral, and doubled marks", () => {
  const text = read("markers-damaged-heading.plan");

  it("reads 、总体要求 as the chapter it is, with its （一） under it", () => {
    const { plan } = analyze(text);
    expect(tree(plan.items)).toEqual([
      ["、总体要求", ["（一）指导思想", "（二）主要目标", "（三）基本原则"]],
      ["、重点任务", [["（一）推动质量变革创新", ["1.加快区域质量创新发展", "2.增强产业质量竞争能力"]], ["（二）开展质量提升行动", ["3.守住农产品质量安全底线"]]]],
      ["三、保障措施", ["（一）加强组织领导"]],
    ]);
    expect(plan.items.map((item) => item.marker.value)).toEqual([1, 2, 3]);
  });

  it("reports each defect once, and no numbering finding it causes", () => {
    expect(rulesOf(text).sort()).toEqual(["numbering/doubled-mark", "numbering/doubled-mark", "numbering/missing-numeral", "numbering/missing-numeral"]);
  });

  it("restores 一、 and 二、, removes the doubled marks, and changes nothing else", () => {
    const fixed = fixedClean(text);
    expect(fixed).toContain("\n一、总体要求\n");
    expect(fixed).toContain("\n二、重点任务\n（一）推动质量变革创新\n");
    expect(fixed).toContain("\n2.增强产业质量竞争能力。");
    expect(fixed.length).toBe(text.length);
  });
});

describe("a plan pasted as one line", () => {
  const text = read("markers-one-line.plan");

  it("is reported as flattened, once, and numbers inside sentences are left alone", () => {
    const findings = analyze(text).findings.filter((finding) => finding.rule === "structure/flattened");
    expect(findings).toHaveLength(1);
    const split = findings[0]!.fix!.edits.map((edit) => text.slice(edit.end, edit.end + 5));
    expect(split).toEqual(["一、总体要", "（一）指导", "（二）主要", "二、主要任", "（一）推动", "1.加快区", "2.增强产", "（二）开展", "3.守住农", "三、保障措", "（一）加强", "（二）强化"]);
    expect(rulesOf(text)).not.toContain("numbering/sequence");
  });

  it("has the right outline after the fix, and keeps every word", () => {
    const fixed = fixedClean(text);
    const { plan } = analyze(fixed);
    expect(plan.title?.text).toBe("某某县质量强县建设实施方案");
    const outline = tree(plan.items);
    expect(outline.map((entry) => (typeof entry === "string" ? entry : entry[0]))).toEqual(["一、总体要求", "二、主要任务", "三、保障措施"]);
    expect(plan.allItems.map((item) => item.marker.text).join(" ")).toBe("一、 （一） （二） 二、 （一） 1. 2. （二） 3. 三、 （一） （二）");
    const tasks = plan.items[1]!.children.map((item) => item.children.map((child) => child.marker.text));
    expect(tasks).toEqual([["1.", "2."], ["3."]]);
  });

  it("breaks lines with the document's own line ending", () => {
    const crlf = text.replace(/\n/g, "\r\n");
    const fixed = fixAll(crlf).text;
    expect(fixed.split("\r\n").length).toBe(crlf.split("\r\n").length + 12);
    expect(/[^\r]\n/.test(fixed)).toBe(false);
  });
});

describe("attachments", () => {
  const text = read("markers-attachments.plan");

  it("reads the attachment list as text and each attachment as an outline of its own", () => {
    const { plan, findings } = analyze(text);
    expect(findings.filter((finding) => finding.rule.startsWith("numbering/"))).toEqual([]);
    expect(findings).toEqual([]);
    expect(plan.items.map((item) => item.marker.text)).toEqual(["一、", "二、", "三、"]);
    expect(plan.items[2]!.children.map((item) => item.heading.text)).toEqual(["加强组织领导"]);
    expect(plan.attachments.map((attachment) => [attachment.label?.text, attachment.title?.text, tree(attachment.items)])).toEqual([
      ["附件1", "质量品牌提升重点任务清单", [["一、质量创新工程", ["（一）建设质量创新平台", "（二）培育质量标杆企业"]], ["二、品牌培育工程", [["（一）打造区域公用品牌", ["1.培育地理标志品牌"]]]]]],
      ["附件2", "质量品牌提升指标体系", ["一、质量指标", "二、品牌指标"]],
    ]);
    expect(plan.allItems.filter((item) => item.attachment !== null)).toHaveLength(8);
  });

  it("puts them in the outline JSON and the document symbols as their own subtrees", () => {
    const { plan } = analyze(text);
    const mapper = new PositionMapper(text);
    const entries = attachmentEntries(plan, mapper);
    expect(entries.map((entry) => [entry.label, entry.title, entry.items.map((item) => item.marker), entry.range.start.line])).toEqual([
      ["附件1", "质量品牌提升重点任务清单", ["一、", "二、"], 23],
      ["附件2", "质量品牌提升指标体系", ["一、", "二、"], 34],
    ]);
    const symbols = documentSymbols(plan, mapper);
    const attachments = symbols.filter((symbol) => symbol.detail === "附件");
    expect(attachments.map((symbol) => [symbol.name, symbol.children?.map((child) => child.name)])).toEqual([
      ["附件1 质量品牌提升重点任务清单", ["一、质量创新工程", "二、品牌培育工程"]],
      ["附件2 质量品牌提升指标体系", ["一、质量指标", "二、品牌指标"]],
    ]);
  });

  it("still numbers the plan's own items as one run: a gap there is reported", () => {
    const gap = text.replace("三、保障措施", "四、保障措施");
    expect(rulesOf(gap)).toEqual(["numbering/sequence"]);
  });
});
