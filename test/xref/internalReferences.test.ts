import { describe, expect, it } from "vitest";
import { buildPlan } from "../../server/src/core/model/buildPlan";
import { attachmentsOf, internalReferences, referenceAt, sectionsOf, targetTitle } from "../../server/src/core/references/index";

function read(text: string) {
  const plan = buildPlan(text);
  return { plan, read: internalReferences(plan) };
}

describe("a plan's references to its own attachments, parts and items", () => {
  it("reads 附件 and 附表 in Arabic, full-width and Chinese numerals, spaced as pages write them", () => {
    const { read: found } = read("示例方案\n一、主要任务\n1.开展工作。见附件1、附件２、附件三、附 件 4和附表1：项目表。\n");
    expect(found.references.map((r) => (r.kind === "attachment" ? `${r.word}${r.number}` : r.written))).toEqual(["附件1", "附件2", "附件3", "附件4", "附表1"]);
    const table = found.references[4]!;
    expect(table.kind === "attachment" && table.title?.text).toBe("项目表");
  });

  it("reads no word that begins with 附件 and a numeral, no citation's title and no comment", () => {
    const { read: found } = read("示例方案\n一、主要任务\n1.开展工作。将附件一并报送，附件一式两份，附表一览见后，见附件1-2，参照《关于附件3的通知》。 // 见附件5\n");
    expect(found.references).toEqual([]);
  });

  it("reads a bare 见附件 as the plan's one unnumbered attachment, and nowhere else", () => {
    const body = "示例方案\n一、主要任务\n1.开展工作。具体分工详见附件，附件所列任务按期完成（见附件：重点任务分工表），附件材料和附件说明一并报送。\n";
    const single = read(`${body}附件\n重点任务分工表\n一、任务\n`).read;
    const bare = single.references.filter((r) => r.kind === "attachment");
    // 附件材料, 附件说明 are words, not references; the label 附件 itself is the target.
    expect(bare.map((r) => [r.written, body.slice(r.end, r.end + 1)])).toEqual([["附件", "，"], ["附件", "所"], ["附件", "："]]);
    expect(bare.every((r) => r.kind === "attachment" && attachmentsOf(single, r).length === 1)).toBe(true);
    expect(bare[2]!.kind === "attachment" && bare[2]!.title?.text).toBe("重点任务分工表");
    // The note's one unnumbered entry, the attachment kept in another file.
    const noted = read(`${body.replace("附件材料和附件说明一并报送", "按期报送")}附件：重点任务分工表\n`).read;
    expect(noted.note?.entries.map((e) => e.number)).toEqual([null]);
    expect(noted.references.filter((r) => r.kind === "attachment")).toHaveLength(3);
    // Two attachments, or one numbered: a bare 附件 names none of them for sure.
    expect(read(`${body}附件1\n指标表\n一、指标\n附件2\n分工表\n一、任务\n`).read.references).toEqual([]);
    expect(read(`${body}附件1\n指标表\n一、指标\n`).read.references).toEqual([]);
    expect(read(body).read.references).toEqual([]);
  });

  it("reads nothing of a notice above the plan: its 附件 is the plan itself", () => {
    const { read: found } = read("关于印发示例方案的通知\n各有关单位：\n现将方案印发给你们，见附件1。\n附件：示例方案\n示例方案\n一、主要任务\n1.开展工作。\n");
    expect(found.references).toEqual([]);
    expect(found.note).toBeNull();
  });

  it("reads the 附件说明 and the attachments after it, by number and title", () => {
    const { read: found } = read("示例方案\n一、主要任务\n1.开展工作。\n附件：1.指标表\n      2.分工表\n附件1\n指标表\n一、指标\n附 件 二\n分工表\n一、任务\n");
    expect(found.note?.entries.map((e) => [e.number, e.title.text])).toEqual([[1, "指标表"], [2, "分工表"]]);
    expect(found.attachments.map((a) => [a.number, a.title?.text])).toEqual([[1, "指标表"], [2, "分工表"]]);
  });

  it("reads labels written 附件1 with a drafting comment, 附件 2 and 附件二：, and a 附件说明 with a comment line or on one line", () => {
    const { read: found } = read("示例方案\n一、主要任务\n1.开展工作。见附件三。\n附件：1.指标表\n// 附件清单待审核\n      2.分工表\n附件1 // 待补充\n指标表\n一、指标\n附件 2\n分工表\n一、任务\n附件三：\n名单\n一、名单\n");
    expect(found.note?.entries.map((e) => [e.number, e.title.text])).toEqual([[1, "指标表"], [2, "分工表"]]);
    expect(found.attachments.map((a) => [a.label?.text, a.number, a.title?.text])).toEqual([["附件1", 1, "指标表"], ["附件 2", 2, "分工表"], ["附件三", 3, "名单"]]);
    expect(targetTitle({ kind: "attachment", target: found.attachments[2]! })).toBe("附件三　名单");
    const oneLine = read("示例方案\n一、主要任务\n1.开展工作。\n附件：1.指标表；2.2025年分工表；3.名单。\n附件1\n指标表\n一、指标\n").read;
    expect(oneLine.note?.entries.map((e) => [e.number, e.title.text])).toEqual([[1, "指标表"], [2, "2025年分工表"], [3, "名单"]]);
  });

  it("reads no reference to another document's attachment: 《××办法》附件3, 省方案附件2, 该通知的附件1", () => {
    const { read: found } = read("示例方案\n一、主要任务\n1.开展工作。参照《示例管理办法》附件3、省方案附件2和该通知的附件1，按本方案附件1执行，见附件2。\n");
    expect(found.references.map((r) => (r.kind === "attachment" ? `${r.word}${r.number}@${r.start}` : r.written))).toEqual([`附件1@${"示例方案\n一、主要任务\n1.开展工作。参照《示例管理办法》附件3、省方案附件2和该通知的附件1，按本方案".length}`, `附件2@${"示例方案\n一、主要任务\n1.开展工作。参照《示例管理办法》附件3、省方案附件2和该通知的附件1，按本方案附件1执行，见".length}`]);
  });

  it("reads the plan naming itself without 本 as its own: 实施方案附件2 in a 实施方案, 该方案附件1, its own title; not another place's or genre's", () => {
    const text = "示例市质量强市建设实施方案（2023—2025年）\n为推进质量强市建设，制定本方案。\n一、主要任务\n1.开展工作。按照实施方案附件2执行，该方案附件1，省实施方案附件3，《示例市质量强市建设实施方案》附件1，行动方案附件4。\n";
    const { read: found } = read(text);
    expect(found.references.map((r) => (r.kind === "attachment" ? `${r.word}${r.number}` : r.written))).toEqual(["附件2", "附件1", "附件1"]);
    // In a 行动计划, 实施方案, 该方案 and the 实施方案's title name another document.
    const other = read(text.replace("示例市质量强市建设实施方案（", "示例市质量强市建设行动计划（")).read;
    expect(other.references).toEqual([]);
  });

  it("reads a 附表's title on the line under its label, not the table's first row or the next label", () => {
    const { read: found } = read("示例方案\n一、主要任务\n1.开展工作。见附表1、附表2和附表3。\n附表1\n\n重点指标表\n序号\t指标\n1\t合格率\n附表2：\n序号\t项目\n附表3\n附表4\n");
    expect(found.attachments.map((a) => [a.label?.text, a.title?.text ?? null])).toEqual([["附表1", "重点指标表"], ["附表2", null], ["附表3", null], ["附表4", null]]);
  });

  it("reads a label with its title on its line as an attachment where its content follows, and as the 附件说明 where it does not", () => {
    const { read: found } = read("示例方案\n一、主要任务\n1.开展工作。\n附件1：指标表\n附件2：分工表\n\n示例市人民政府\n2024年4月21日\n附件1：指标表\n序号\t指标\t目标值\n1\t合格率\t95%\n附件2：分工表\n1.任务一。\n");
    expect(found.note?.entries.map((e) => [e.number, e.title.text])).toEqual([[1, "指标表"], [2, "分工表"]]);
    expect(found.attachments.map((a) => [a.label?.text, a.title?.text])).toEqual([["附件1", "指标表"], ["附件2", "分工表"]]);
  });

  it("finds a reference's target: an attachment, a part or level-1 item, a level-2 item within a part", () => {
    const text = "示例方案\n一、总体要求\n（一）目标\n按照本方案第二部分第（二）项和附件1推进。\n二、重点任务\n（二）提升质量\n附件1\n指标表\n一、指标\n";
    const { plan, read: found } = read(text);
    const at = (word: string) => referenceAt(plan, text.indexOf(word) + 1)!;
    const section = at("本方案第二部分");
    expect(section.kind === "section" && sectionsOf(plan, section)!.map(targetTitle)).toEqual(["（二）提升质量"]);
    const annex = at("附件1推进");
    expect(annex.kind === "attachment" && attachmentsOf(found, annex).map((target) => targetTitle({ kind: "attachment", target }))).toEqual(["附件1　指标表"]);
  });

  it("leaves a 第三章 unjudged in a plan that does not divide itself so; where each part numbers afresh, （二） is its own part's, else every （二） above it a candidate", () => {
    const text = "示例方案\n一、总体要求\n（一）目标\n（二）原则\n按照本方案第三章和上述第（二）项推进。\n二、重点任务\n（一）质量\n（二）品牌\n三、保障措施\n落实上述第（二）项。\n";
    const { plan } = read(text);
    const chapter = referenceAt(plan, text.indexOf("本方案第三章") + 1)!;
    expect(chapter.kind === "section" && sectionsOf(plan, chapter)).toBeUndefined();
    const inPart = referenceAt(plan, text.indexOf("上述") + 1)!;
    expect(inPart.kind === "section" && sectionsOf(plan, inPart)!.map(targetTitle)).toEqual(["（二）原则"]);
    const after = referenceAt(plan, text.lastIndexOf("上述") + 1)!;
    expect(after.kind === "section" && sectionsOf(plan, after)!.map(targetTitle)).toEqual(["（二）原则", "（二）品牌"]);
  });

  it("reads each number of a list or a range as a reference of its own, over its own numeral: 第二、三部分, 第一部分和第三部分, 第（一）至（二）项", () => {
    const text = "示例方案\n一、总体要求\n（一）目标\n（二）原则\n落实本方案第二、三部分和本方案第一部分和第三部分，以及上述第（一）至（二）项。至少三项。\n二、重点任务\n（一）质量\n三、保障措施\n";
    const { plan, read: found } = read(text);
    const sections = found.references.flatMap((reference) => (reference.kind === "section" ? [reference] : []));
    expect(sections.map((reference) => [reference.written, reference.list, reference.part?.value ?? null, reference.item, text.slice(reference.start, reference.end)])).toEqual([
      ["本方案第二", "本方案第二、三部分", 2, null, "本方案第二"],
      ["三部分", "本方案第二、三部分", 3, null, "三部分"],
      ["本方案第一部分", "本方案第一部分和第三部分", 1, null, "本方案第一部分"],
      ["第三部分", "本方案第一部分和第三部分", 3, null, "第三部分"],
      ["上述第（一）", "上述第（一）至（二）项", null, 1, "上述第（一）"],
      ["（二）项", "上述第（一）至（二）项", null, 2, "（二）项"],
    ]);
    const third = referenceAt(plan, text.indexOf("三部分和") + 1)!;
    expect(third.kind === "section" && sectionsOf(plan, third)!.map(targetTitle)).toEqual(["三、保障措施"]);
  });

  it("carries a renumbering into every number of a list but not into a range, and reads no list out of 至少", async () => {
    const { carriedReferenceEdits } = await import("../../server/src/core/references/renumbering");
    const text = "示例方案\n一、总体要求\n落实本方案第一、四部分和本方案第二部分和第四部分，参照本方案第二至四部分，至少两项。\n二、重点任务\n四、保障措施\n";
    const plan = buildPlan(text);
    const fourth = plan.items.find((item) => item.level === 1 && item.marker.value === 4)!;
    const edits = carriedReferenceEdits(plan, new Map([[fourth, 3]]));
    expect(edits.map((edit) => [text.slice(edit.start, edit.end), edit.newText, text.slice(edit.start - 1, edit.end + 2)])).toEqual([
      ["四", "三", "、四部分"],
      ["四", "三", "第四部分"],
    ]);
  });
});
