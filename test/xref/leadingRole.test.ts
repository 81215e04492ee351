import { describe, expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { headingNames, rankEntries, withoutGenericWords } from "../../server/src/core/xref/mapping";

/**
 * 引领 says what goes before it leads (标准引领, 创新引领, 示范引领), as 作用 says it has a role: a
 * word of the genre, not of a subject. Left in, 强化标准引领 was （八）提升产业集群质量引领力's by its
 * title's 引领, and 引领 named （八） as a heading's own word.
 */
describe("引领, the leading role of a subject", () => {
  const outline = builtinParents()[0]!;
  const eight = outline.items.find((entry) => entry.label === "（八）")!;

  it("is cut out as the genre's words are", () => {
    expect(withoutGenericWords("标准引领")).toBe("标准、");
    expect(withoutGenericWords("示范引领作用")).toBe("示范、、");
  });

  it("names no item: a standards task is the quality infrastructure's, not the cluster item's", () => {
    expect(headingNames(outline, "强化标准引领", eight)).toBe(false);
    const [best] = rankEntries(outline, "强化标准引领", "实施标准化战略，鼓励企业参与国际标准和国家标准制定。");
    expect(best!.entry.label).toBe("（二十二）");
    // The cluster item is still its own title's: 产业集群 names it.
    expect(rankEntries(outline, "提升产业集群质量引领力", "")[0]!.entry).toBe(eight);
  });
});
