import { expect, it } from "vitest";
import { builtinParents } from "../../server/src/core/parents/index";
import { rankEntries } from "../../server/src/core/xref/mapping";
import { productLists } from "../../server/src/core/xref/productLists";

/**
 * A body that sets out a list of products as what it works on (对家具、服装等产品开展监督抽查,
 * 围绕…等重点商品实施…, 聚焦…等行业开展…) has its kinds read as the thing they are kinds of
 * (mapping.ts `withKindsRead`), wherever other products stand among them, one kind among others
 * too (qa-43a: 对家电、建材等产品开展监督抽查 checks household appliances, consumer goods, as surely as a
 * heading's one kind names them); a list that says whose (…等产品生产企业) and a list no verb follows
 * are left as written.
 */
const members = (text: string) => productLists(text).map((list) => text.slice(list.start, list.end));

it("finds a list of products between 对/围绕/聚焦 and 等产品/等商品/等行业 when a verb follows", () => {
  expect(members("对家具、服装、电动自行车等产品开展监督抽查。")).toEqual(["家具、服装、电动自行车"]);
  expect(members("围绕家电、灯具等重点商品实施质量分级。")).toEqual(["家电、灯具"]);
  expect(members("聚焦玩具、童装等行业进行质量比对。")).toEqual(["玩具、童装"]);
  expect(members("对家具、服装等产品生产企业开展帮扶。")).toEqual([]);
  expect(members("加强对家具、服装等产品的监督。")).toEqual([]);
  expect(members("对家具开展监督抽查。")).toEqual([]);
});

/** The items a task on key products ranks first, with their scores. */
const ranked = (body: string, limit = 3) => rankEntries(builtinParents()[0]!, "开展重点产品质量提升行动", body, limit).map((c) => [c.entry.label, c.score]);
const top = (body: string) => ranked(body, 1)[0]![0];

it("reads the kinds of such a list as the thing, in whatever order its members stand", () => {
  // Special equipment listed before 等产品: （二十六）'s, where the kinds followed by 等产品 were left as written.
  expect(top("对电梯、锅炉等产品开展监督抽查。")).toBe("（二十六）");
  // Consumer goods with another product between them weigh as when they stand together, once.
  const together = ranked("对家具、服装、电动自行车等产品开展监督抽查。");
  expect(ranked("对家具、电动自行车、服装等产品开展监督抽查。")).toEqual(together);
  expect(together.map(([label]) => label)).toContain("（十一）");
});

it("reads one kind among other products as the thing, and leaves the makers of the products as written", () => {
  expect(ranked("对家具、电动自行车等产品开展监督抽查。", 30)).toEqual(ranked("对消费品、电动自行车等产品开展监督抽查。", 30));
  expect(ranked("对电梯、锅炉等产品生产企业开展帮扶。", 30)).not.toEqual(ranked("对特种设备等产品生产企业开展帮扶。", 30));
  // Household appliances beside building materials: （十一） among the three, where （十四） by 建材 stood alone with （二十四）, （十）.
  expect(ranked("对家电、建材等产品开展监督抽查，对不合格企业实施跟踪整改。").map(([label]) => label)).toContain("（十一）");
});
