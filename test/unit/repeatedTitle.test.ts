import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { layoutPlan } from "../../server/src/core/export/layout";
import { readSeed } from "../support/seeds";

const BODY = "为推进质量强市建设，制定本方案。\n一、总体要求\n（一）主要目标\n到2025年，全市质量整体水平稳步提高。\n";
const NOTICE = "各县（区）人民政府：\n现将《示例市质量强市建设实施方案》印发给你们，请认真贯彻执行。\n示例市人民政府\n2024年4月21日\n示例市质量强市建设实施方案\n";

const repeats = (text: string) => analyze(text).findings.filter((f) => f.rule === "structure/repeated-title");
/** The printed titles' texts, one string a title. */
const titles = (text: string) => layoutPlan(analyze(text).plan).blocks.flatMap((b) => (b.kind === "title" ? [b.lines.join("")] : []));

describe("a title repeated before the plan (structure/repeated-title)", () => {
  it("Fuzhou's web copy: the notice title, written twice, is reported once and exported once", () => {
    const text = readSeed("fuzhou-2023-draft");
    const found = repeats(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(0);
    expect(found[0]!.fix).toBeDefined();
    const notice = "关于对《关于贯彻落实<质量强国建设纲要>深化质量强市建设的实施方案征求意见稿》公开征求意见的通知";
    expect(titles(text).filter((title) => title === notice)).toHaveLength(1);
    expect(analyze(text).plan.title?.text).toBe("抚州市关于贯彻落实《质量强国建设纲要》深化质量强市建设的实施方案");
  });

  it("reports a nested title's brackets once, in the copy that stays", () => {
    const notice = "示例市人民政府关于印发《示例市贯彻落实<质量强国建设纲要>实施方案》的通知";
    const text = `${notice}\n${notice}\n${NOTICE}${BODY}`;
    const nested = analyze(text).findings.filter((f) => f.rule === "xref/nested-title");
    expect(nested.map((f) => text.slice(0, f.start).split("\n").length)).toEqual([2]);
    const fuzhou = analyze(readSeed("fuzhou-2023-draft"));
    const firstCopy = fuzhou.plan.repeatedTitles[0]!;
    expect(fuzhou.findings.filter((f) => f.rule === "xref/nested-title" && f.start < firstCopy.end)).toEqual([]);
    expect(fuzhou.findings.filter((f) => f.rule === "xref/nested-title" && f.start < firstCopy.of[0]!.contentEnd)).toHaveLength(1);
  });

  it("reads two copies as one title whatever format characters the paste left in either (通知<U+200B>, 建设<U+2060>实施)", () => {
    const text = `示例市质量强市\u200b建设实施方案\n示例市质量强市建设\u2060实施\u00ad方案\n${BODY}`;
    expect(repeats(text)).toHaveLength(1);
    expect(analyze(text).plan.title?.text).toBe("示例市质量强市建设\u2060实施\u00ad方案");
  });

  it("reads a plan title written twice as one title, not as one title broken over two lines", () => {
    const text = `示例市质量强市建设实施方案\n示例市质量强市建设实施方案\n${BODY}`;
    const { plan } = analyze(text);
    expect(plan.title?.text).toBe("示例市质量强市建设实施方案");
    expect(repeats(text)).toHaveLength(1);
    expect(titles(text)).toEqual(["示例市质量强市建设实施方案"]);
  });

  it("compares copies broken into lines differently, across a 发文字号", () => {
    const text = `示例市人民政府关于印发示例市质量强市建设实施方案的通知\n\n示市府发〔2024〕3号\n示例市人民政府关于印发\n示例市质量强市建设实施方案的通知\n${NOTICE}${BODY}`;
    expect(repeats(text)).toHaveLength(1);
    expect(titles(text)).toEqual(["示例市人民政府关于印发示例市质量强市建设实施方案的通知", "示例市质量强市建设实施方案"]);
  });

  it("reports copies whose marks differ in form without a fix, and exports one of them", () => {
    const text = `示例市质量强市建设实施方案(2023—2025年)\n示例市质量强市建设实施方案（2023—2025年）\n${BODY}`;
    const found = repeats(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("标点写法不同");
    expect(found[0]!.fix).toBeUndefined();
    expect(titles(text)).toEqual(["示例市质量强市建设实施方案（2023—2025年）"]);
  });

  it("leaves lines with other words, and repeated lines that are no title, alone", () => {
    const other = `示例市人民政府关于印发示例市质量强县建设实施方案的通知\n示例市人民政府关于印发示例市质量强市建设实施方案的通知\n${NOTICE}${BODY}`;
    expect(repeats(other)).toEqual([]);
    expect(titles(other)[0]).toBe("示例市人民政府关于印发示例市质量强县建设实施方案的通知");
    const notTitle = `联系人：市市场监管局质量发展科\n联系人：市市场监管局质量发展科\n示例市质量强市建设实施方案\n${BODY}`;
    expect(repeats(notTitle)).toEqual([]);
  });
});
