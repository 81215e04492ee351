import { expect, it } from "vitest";
import { misspellings } from "../../server/src/core/text/misspellings";

/**
 * The input method's slips are made and indexed only once a text holds a character a slip can
 * start with (text/misspellings.ts `indexFor`): until then the listed entries read the text. In
 * a file of its own, so that the module is fresh: the first texts here hold no such character.
 */
const found = (text: string, from?: number, to?: number) => misspellings(text, from, to).map(({ written, right }) => `${written}→${right}`);

it("reads texts with the listed entries until a slip can start, then with every entry", () => {
  expect(found("一、总体要求\n")).toEqual([]);
  expect(found("二、坚持一如继往\n")).toEqual(["一如继往→一如既往"]);
  // A slip of a term's first character (制量 for 质量), in a line of a longer text, then the whole.
  const text = "一、总体要求\n（一）建设制量强市，一如继往。\n";
  const line = text.indexOf("（一）");
  expect(found(text, line, text.length - 1)).toEqual(["制量强市→质量强市", "一如继往→一如既往"]);
  expect(found(text)).toEqual(["制量强市→质量强市", "一如继往→一如既往"]);
  expect(found("推进市场坚管\n")).toEqual(["市场坚管→市场监管"]);
});
