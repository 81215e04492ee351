import { describe, expect, it } from "vitest";
import { itself, TextMemo, TextMemoByOwner } from "../../server/src/core/text/textMemo";

describe("TextMemo", () => {
  it("gives back the text it is asked for as a pool, also after it was cleared for being full", () => {
    const pool = new TextMemo<string>(3);
    const asked = ["半角标点“,”应改为全角“，”", "甲", "乙", "丙", "甲", "半角标点“,”应改为全角“，”", ""];
    for (const text of asked) expect(pool.lookup(text) ?? pool.remember(text, itself)).toBe(text);
  });

  it("answers a rope of template pieces and a slice with the text they spell", () => {
    const pool = new TextMemo<string>(10);
    const mark = ",";
    const rope = `半角标点“${mark}”应改为全角“，”`;
    expect(pool.lookup(rope) ?? pool.remember(rope, itself)).toBe("半角标点“,”应改为全角“，”");
    const slice = "x".repeat(20).slice(3, 17);
    expect(pool.lookup(slice) ?? pool.remember(slice, itself)).toBe("x".repeat(14));
  });

  it("makes an answer once per text until full, null included", () => {
    const memo = new TextMemo<number | null>(2);
    let made = 0;
    const answer = (text: string) => {
      const known = memo.lookup(text);
      return known !== undefined ? known : memo.remember(text, (copy) => (made++, copy === "无" ? null : copy.length));
    };
    expect([answer("甲乙"), answer("无"), answer("甲乙"), answer("无")]).toEqual([2, null, 2, null]);
    expect(made).toBe(2);
    answer("丙");
    expect(answer("甲乙")).toBe(2);
    expect(made).toBe(4);
  });

  it("keeps one memo per owner", () => {
    const memos = new TextMemoByOwner<object, string>(10);
    const a = {};
    const b = {};
    memos.of(a).remember("名", () => "甲");
    expect(memos.of(a).lookup("名")).toBe("甲");
    expect(memos.of(b).lookup("名")).toBeUndefined();
  });
});
