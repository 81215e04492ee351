/**
 * The lists of products a body sets out as what a task works on: 对家具、服装、电动自行车等产品开展
 * 监督抽查, 围绕家电、灯具等重点商品实施质量提升, 聚焦玩具、童装等行业开展质量比对. The list stands
 * between a preposition that introduces an object (对, 围绕, 聚焦) and 等 with the head that says
 * what its members are (产品, 商品, 行业, after at most a short qualifier: 等重点产品), and a verb
 * follows, right after it or after the comma that closes the phrase (围绕家电、灯具、建材等产品，组织开展…): the members are what the task checks or betters, not whose (对家具、服装等产品生产企业 is
 * the makers, left to the words it writes). mapping.ts reads the kinds such a list holds as the
 * thing they are kinds of (`withKindsRead`), though it lists other things among them (电动自行车 is
 * no kind the data lists) that a run of kinds alone (`kindsListedAsObject`) does not reach across.
 */
import { opensWithTaskVerb } from "../model/taskVerbs.js";

/**
 * The object's preposition, the members (Han characters and 、, no other mark: the list cannot run
 * across a clause) and the head after 等. Lazy members so that the nearest 等…head closes the list.
 */
const PRODUCT_LIST = /(?:对|围绕|聚焦)((?:[\u3400-\u9fff]+、)+[\u3400-\u9fff]+?)等(?:[\u3400-\u9fff]{0,2}?)(?:产品|商品|行业)/gu;

/** Verbs of checking that a task's opening verbs (taskVerbs.ts) do not hold: 对…等产品进行抽检. */
const CHECKING_VERB = /^(?:进行|抽查|抽检|检查|检验|检测|监督|排查|整治)/u;

/** A comma that closes the phrase the list stands in, before the verb of what is done with it. */
const LIST_CLOSE = /^[，,]/u;

/** One list: where its members stand in the text (from the first to the end of the last). */
export interface ProductList {
  start: number;
  end: number;
}

/** The product lists of a text, in order (see the file's comment). */
export function productLists(text: string): ProductList[] {
  const lists: ProductList[] = [];
  for (const match of text.matchAll(PRODUCT_LIST)) {
    // The list may close its own phrase with a comma (围绕家电、灯具、建材等产品，组织开展质量比对): the
    // products are still what the clause after it works on, the rest is how.
    const rest = text.slice(match.index + match[0].length).replace(LIST_CLOSE, "");
    if (!opensWithTaskVerb(rest) && !CHECKING_VERB.test(rest)) continue;
    const start = match.index + match[0].indexOf(match[1]!);
    lists.push({ start, end: start + match[1]!.length });
  }
  return lists;
}
