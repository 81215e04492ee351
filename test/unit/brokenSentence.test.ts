import { describe, expect, it } from "vitest";
import { analyze } from "../../server/src/core/analyze";
import { fixAll } from "../../server/src/core/fixes/applyFixes";

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function brokenSentences(text: string) {
  return analyze(text).findings.filter((f) => f.rule === "text/broken-sentence");
}

describe("text/broken-sentence", () => {
  it("never splits a surrogate pair with its range (😀 before the break, 𠀀 after it)", () => {
    const text = "一、主要任务\n（一）推动外贸。开展“😀，\n\n以𠀀行动”。\n";
    const [finding] = brokenSentences(text);
    expect(finding).toBeDefined();
    expect(isLowSurrogate(text.charCodeAt(finding!.start))).toBe(false);
    expect(isLowSurrogate(text.charCodeAt(finding!.end))).toBe(false);
    expect(text.slice(finding!.start, finding!.end)).toBe("😀，\n\n以𠀀");
  });

  it("starts the issue's `1.。😀号` / blank / `以` at 😀, not between its halves", () => {
    const text = "一、主要任务\n1.。😀号\n\n以\n";
    const [finding] = brokenSentences(text);
    expect(text.slice(finding!.start, finding!.end)).toBe("😀号\n\n以");
  });

  it("does not join two entries of an unpunctuated list", () => {
    const text = "一、总体要求\n（一）基本原则\n坚持质量第一\n\n坚持创新驱动。\n";
    expect(brokenSentences(text)).toEqual([]);
    expect(fixAll(text).text).toBe(text);
  });

  it("joins a quote left open across the break", () => {
    const text = "一、主要任务\n（一）推动外贸优进优出。开展“同线\n\n同标同质”帮扶活动。\n";
    expect(fixAll(text).text).toBe("一、主要任务\n（一）推动外贸优进优出。开展“同线同标同质”帮扶活动。\n");
  });

  it("offers the join of a doubtful break as a suggestion that fix-all does not apply", () => {
    const text = "一、主要任务\n（一）加强宣传引导。鼓励企业开展质量信誉承\n\n诺活动。\n";
    const [finding] = brokenSentences(text);
    expect(finding?.fix).toBeUndefined();
    expect(finding?.suggestions?.[0]?.edits).toEqual([{ start: text.indexOf("承") + 1, end: text.indexOf("诺"), newText: "" }]);
    expect(fixAll(text).text).toBe(text);
  });

  it("leaves a paragraph whose 。 was forgotten before 抄送, 本方案… or after a phone number", () => {
    for (const [first, second] of [
      ["确保各项任务落到实处", "抄送：市委各部门，市人大常委会办公室。"],
      ["确保各项任务落到实处", "本方案自印发之日起施行。"],
      ["联系人：张三，电话：12345678", "强化督促检查。"],
    ]) expect(brokenSentences(`一、保障措施\n（一）加强组织领导。各地要加强领导，${first}\n\n${second}\n`)).toEqual([]);
  });
});

describe("a table pasted with spaces between its cells", () => {
  it("leaves its rows alone: a row's last cell ending on 、 is no sentence the next row goes on", () => {
    const head = "某市质量强市建设实施方案（2024—2027年）\n一、主要目标\n到2027年，主要指标如下：\n";
    const table = "指标名称  单位  2023年基数  2027年目标  牵头单位\n食品抽检合格率  %  98  ≥98.5  市市场监管局、\n制造业产品质量合格率  %  93.1  ≥94  市工信局\n";
    expect(brokenSentences(`${head}${table}二、重点任务\n1.甲。（责任单位：市商务局）\n`)).toEqual([]);
    // The same break in prose is still one.
    expect(brokenSentences(`${head}全市推进市市场监管局、\n市工信局协同工作。\n二、重点任务\n1.甲。（责任单位：市商务局）\n`)).toHaveLength(1);
  });
});
