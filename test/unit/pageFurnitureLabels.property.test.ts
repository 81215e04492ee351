import { expect, it } from "vitest";
import data from "../../server/src/core/model/page-furniture.json";
import { furnitureKindOf } from "../../server/src/core/model/pageFurniture";

it("reads a label at a line's start as the pattern of labels with gaps between their characters would (the walk replaced it for speed)", () => {
  const WS = "[ \\t\\u3000\\u00a0]";
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  // Up to eight spaces between a label's characters: a two-character label justified to a six-character one's width.
  const LABELS = [...data.labels].sort((a, b) => b.length - a.length).map((l) => [...l].map(escape).join(`${WS}{0,8}`)).join("|");
  const re = new RegExp(`^【?(${LABELS})】?(?=${WS}*[:：]|${WS}|$)`);
  const SENTENCE_END = /[。；！？]$/;
  let seed = 1;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const bits = [...data.labels, "　", " ", "  ", "\t", "：", ":", "【", "】", "发", "文", "号", "2024年", "。", "x", "    "];
  let checked = 0;
  for (let i = 0; i < 30000; i++) {
    let s = "";
    const n = 1 + rnd(5);
    for (let k = 0; k < n; k++) {
      const b = bits[rnd(bits.length)]!;
      s += rnd(3) === 0 && b.length > 1 ? [...b].join(" ".repeat(rnd(11))) : b;
    }
    const t = s.trim();
    if (t === "") continue;
    const expected = re.test(t) ? (SENTENCE_END.test(t) ? null : "metadata") : "other";
    const got = furnitureKindOf(s);
    if (expected !== "other") expect([t, got]).toEqual([t, expected]);
    else expect([t, got === "metadata"]).toEqual([t, false]);
    checked++;
  }
  expect(checked).toBeGreaterThan(1000);
});
