import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

const PLAN = ["示例市质量强市建设实施方案", "一、总体要求", "（一）主要目标", "到2025年，制造业产品质量合格率达到95%以上。", ""];
const trailing = (...tail: string[]) =>
  analyze([...PLAN, ...tail].join("\n") + "\n").findings.filter((finding) => finding.rule === "structure/trailing-text").map((finding) => [finding.message, finding.fix?.description]);

describe("structure/trailing-text names what the trailer is", () => {
  it("calls a mail app's signature a mail signature, not web-page debris", () => {
    expect(trailing("发自我的iPhone")).toEqual([["方案正文之后有邮件客户端添加的签名（自“发自我的iPhone”起），不属于方案内容", "删除尾部邮件签名"]]);
  });

  it("calls a web page's debris web-page debris", () => {
    expect(trailing("标签: 质量", "相关推荐")).toEqual([["方案正文之后有网页残留文字（自“标签: 质量”起），不属于方案内容", "删除尾部网页残留文字"]]);
  });

  it("names both when a forwarded web copy brings both", () => {
    expect(trailing("相关推荐", "发自我的iPhone")[0]![0]).toBe("方案正文之后有网页残留文字和邮件客户端添加的签名（自“相关推荐”起），不属于方案内容");
  });
});

describe("debris a page put between the text and an attachment", () => {
  it("is no trailer: the attachment after it is the plan's, and no fix deletes it", () => {
    const text = [
      "一、主要任务",
      "1.加快区域质量创新发展。开展创建。〔责任单位：市市场监管局、市科技局〕",
      "",
      "标签: 质量 强市",
      "0人觉得有用",
      "相关推荐",
      "",
      "附件",
      "重点任务分工表",
      "序号\t重点任务\t责任单位",
      "1\t加快区域质量创新发展\t市市场监管局、市科技局",
      "",
    ].join("\n");
    const analysis = analyze(text);
    expect(analysis.plan.trailer).toBeNull();
    expect(analysis.plan.tables).toHaveLength(1);
    expect(fixAll(text).text).toContain("重点任务分工表");
    // After the attachment, the page's debris is the trailer as ever.
    expect(analyze(`${text}标签: 建设\n0人觉得有用\n`).plan.trailer?.start).toBe(text.length);
  });

  it("is reported and its lines alone deleted: a page's bar before the attachment's label or its 附件说明", () => {
    const bar = ["打印本页 关闭窗口", "扫一扫在手机打开当前页", "【字体：大 中 小】", "分享到："];
    const body = ["一、主要任务", "1.加快区域质量创新发展。开展创建。〔责任单位：市市场监管局〕", "2.强化考核激励。纳入绩效考核。〔责任单位：市委组织部〕"];
    for (const opening of [["附件"], ["附件1：重点任务分工表"]]) {
      const table = ["序号\t重点任务\t责任单位", "1\t加快区域质量创新发展\t市市场监管局"];
      const text = [...body, ...bar, "", ...opening, ...(opening.length === 1 ? ["重点任务分工表"] : []), ...table, ""].join("\n");
      const { plan, findings } = analyze(text);
      expect(findings.filter((finding) => finding.rule === "structure/trailing-text").map((finding) => finding.message)).toEqual(["方案正文与附件之间有网页残留文字（自“打印本页 关闭窗口”起），不属于方案内容"]);
      // Set apart: no task's body, no punctuation of the plan's, and the attachment's table is read.
      expect(plan.allItems[2]!.bodyLines.map((line) => text.slice(line.indentEnd, line.contentEnd)).filter((line) => bar.includes(line))).toEqual([]);
      expect(findings.map((finding) => finding.rule)).not.toContain("punct/han-space");
      expect(plan.trailer).toBeNull();
      expect(plan.tables).toHaveLength(1);
      expect(fixAll(text).text).toBe(text.replace(`${bar.join("\n")}\n`, ""));
    }
  });

  it("ends before a 分工表 pasted with no label under a page's 附件下载： and its links: the fix never deletes a row", () => {
    const body = ["一、主要任务", "1.加快区域质量创新发展。开展创建。〔责任单位：市市场监管局〕", ""];
    const download = ["附件下载：", "重点任务分工表.docx", ""];
    const headers = ["序号\t重点任务\t牵头单位\t配合单位\t完成时限", "序号  重点任务  牵头单位  配合单位  完成时限", "序号\u3000重点任务\u3000牵头单位\u3000配合单位\u3000完成时限"];
    for (const header of headers) {
      const gap = header.includes("\t") ? "\t" : header.includes("\u3000") ? "\u3000" : "  ";
      const rows = [["1", "开展质量攻关", "市市场监管局", "市科技局", "2025年底前"], ["2", "推进标准化建设", "市市场监管局", "市发展改革委", "2025年"]].map((cells) => cells.join(gap));
      const text = [...body, ...download, header, ...rows, ""].join("\n");
      const { plan, findings } = analyze(text);
      expect(plan.trailer, header).toBeNull();
      expect(plan.tables.map((table) => table.rows)).toEqual([2]);
      expect(findings.filter((finding) => finding.rule === "structure/trailing-text").map((finding) => finding.message)).toEqual(["方案正文与附件之间有网页残留文字（自“附件下载：”起），不属于方案内容"]);
      const fixed = fixAll(text).text;
      for (const row of [header, ...rows]) expect(fixed).toContain(row);
      expect(fixed).not.toContain("附件下载");
      // Debris after the table is the trailer as ever.
      expect(analyze(`${text}标签: 建设\n0人觉得有用\n`).plan.trailer?.start).toBe(text.length);
    }
  });
});
