import { describe, expect, it } from "vitest";
import { isIssuerMark, isIssuerMarkWord, issuerMarkWordStart } from "../../server/src/core/model/issuerMark";
import { jointIssuerMarkParts } from "../../server/src/core/export/docx";
import { jointIssuerMarkRow } from "../../server/src/node/docx/issuerMark";

/**
 * One reading of a 发文机关标志 (model/issuerMark.ts): where its issuer's name ends and its word
 * (文件, 行政规范性文件) begins, the same for the model, the exporter's joint mark and the .docx
 * reader's table of names | word.
 */
const MARKS: Array<[string, string, string]> = [
  ["示例市人民政府文件", "示例市人民政府", "文件"],
  ["示例市人民政府办公室文件", "示例市人民政府办公室", "文件"],
  ["示例市人民政府办公室行政规范性文件", "示例市人民政府办公室", "行政规范性文件"],
  ["中共示例市委文件", "中共示例市委", "文件"],
  ["示例市市场监督管理局文件", "示例市市场监督管理局", "文件"],
  ["示例市质量强市工作领导小组文件", "示例市质量强市工作领导小组", "文件"],
];

const row = (names: string[], word: string) => jointIssuerMarkRow(["", word], [names.map((text, paragraph) => ({ text, paragraph })), [{ text: word, paragraph: names.length }]]);

describe("a 发文机关标志", () => {
  it.each(MARKS)("%s: the name ends where every reader says", (mark, name, word) => {
    expect(isIssuerMark(mark)).toBe(true);
    expect(issuerMarkWordStart(mark)).toBe(name.length);
    expect(isIssuerMarkWord(word)).toBe(true);
    // The exporter splits a joint mark's last line there…
    expect(jointIssuerMarkParts(["中共示例市委办公室", mark])).toEqual({ names: ["中共示例市委办公室", name], mark: word });
    // …and the .docx reader reads the table it prints back as the same lines.
    expect(row(["中共示例市委办公室", name], word)?.names.map((line) => line.text)).toEqual(["中共示例市委办公室", name]);
  });

  it("with a template's placeholders for the name is split alike", () => {
    expect(jointIssuerMarkParts(["中共××市委办公室", "××市人民政府办公室行政规范性文件"])).toEqual({ names: ["中共××市委办公室", "××市人民政府办公室"], mark: "行政规范性文件" });
  });

  it.each(["示例市人民政府", "关于印发示例市实施方案的文件", "制定配套政策文件", "文件"])("not %s", (line) => {
    expect(isIssuerMark(line)).toBe(false);
    expect(issuerMarkWordStart(line)).toBe(-1);
    expect(jointIssuerMarkParts(["中共示例市委办公室", line])).toBeNull();
  });

  it("not a table row whose names do not end where the word begins", () => {
    // 办公室 is part of the name in the text the exporter prints: a cell of 办公室文件 is no mark's word over these names.
    expect(row(["示例市人民政府"], "办公室文件")).toBeNull();
    expect(row(["制定配套政策"], "文件")).toBeNull();
  });
});
