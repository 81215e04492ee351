import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";

const messages = (line: string) =>
  analyze(`示例市质量强市建设实施方案\n一、重点任务\n（一）${line}\n`)
    .findings.filter((finding) => finding.rule === "punct/han-space")
    .map((finding) => finding.message);

describe("punct/han-space quotes the words either side of the space", () => {
  it("up to two characters each side", () => {
    expect(messages("推进质量 强市建设。")).toEqual(["“质量”与“强市”之间有多余的空格"]);
  });

  it("cut at a quotation mark or bracket, which would read as a broken quote", () => {
    expect(messages("建成省 级“5G+工业互联网”应用示范区。")).toEqual(["“成省”与“级”之间有多余的空格"]);
    expect(messages("开展“质量 强市”示范创建。")).toEqual(["“质量”与“强市”之间有多余的空格"]);
    expect(messages("实施（质量 强市）工程。")).toEqual(["“质量”与“强市”之间有多余的空格"]);
  });
});
