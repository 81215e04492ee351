import { shortHeading } from "../../numbering/describe.js";
import { markerWithValue } from "../../numbering/edits.js";
import { mixedSequencesOf } from "../../numbering/runs.js";
import type { NumberedItem, PlanDocument } from "../../model/types.js";
import type { Fix, FindingReport, Rule } from "../types.js";
import { spanFix } from "../../fixes/fix.js";

/** The canonical marker of each level, to name the levels a skip leaves out. */
const LEVEL_MARKERS = ["", "一、", "（一）", "1.", "（1）"];

/**
 * A level that skips (（1） directly under 一、) or inverts (（一） after a 1. under the same
 * parent, i.e. written as if under it). 一、 → 1. with no （一） is common practice and is not
 * reported at all (see the rationale).
 */
export const nesting: Rule = {
  meta: {
    id: "numbering/nesting",
    family: "numbering",
    severity: "warning",
    description: "编号层级跳跃（如一、下直接用（1））或颠倒（如 1. 之后出现（一））",
    fixable: true,
    speed: "fast",
    docs: {
      rationale: [
        "GB/T 9704—2012 规定结构层次序数依次为“一、”“（一）”“1.”“（1）”。本规则报告两种层级错误：",
        "",
        "- **跳级**：某级编号直接出现在高出两级以上的上级之下，如“（1）”直接位于“一、”之下，或“（1）”直接位于“（一）”之下。同一上级下连续几项都跳过同样的层级（“二、”下直接是“（1）”“（2）”“（3）”）是一处问题，只在第一项报告一次，并说明缺少哪一级；",
        "- **颠倒**：同一上级之下，较高层级的编号排在较低层级之后，如“一、”下先有“1.”，其后又出现“（一）”——这通常是把（一）写在了 1. 之下。",
        "",
        "**“一、”之下直接用“1.”不报告，也不给提示。** 层次较少的方案常常省去（一）这一级（“一、总体要求”下直接列 1. 2. 3.），这是公文实践中普遍接受的写法；对它给出哪怕是提示级的信息，也会在问题列表中为大量合格文档留下无法消除的噪声，而真正的问题——同一上级下 1. 与（一）混用——已由“颠倒”覆盖。",
        "",
        "- **以“1)”“①”“⑴”代替下一级序数**：“（一）”之下直接以“1)”“2)”（Word 自动编号的一种样式，复制后成了文字）或“①”“②”、“⑴”“⑵”编号，这些不是 GB/T 9704 的结构层次序数，此处应为“1.”（“一、”之下同样为“1.”，“1.”之下为“（1）”）。一组只报告一次。“（1）”之下的“1)”“①”“⑴”作为第五层列举不报告。",
        "",
        "一组编号可能一部分写成“⑴”“①”“1)”，一部分写成本级的编号：“1.”之下先是“⑴加强……”，接着是“（2）强化……”“（3）提升……”，或先是“（1）”，接着是“⑵”“⑶”。序号前后相接，说明这是起草者的同一组编号：本规则把它当作一组，快速修复把“⑴”改为“（1）”（“⑵”改为“（2）”），使写法一致、序号不变；numbering/sequence 不再把“（2）”当作未从 1 开始的一组而改为“（1）”。",
        "",
        "除此之外，层级结构反映起草者的意图，无法可靠地自动改正，因此本规则不提供其他自动修复。`——` 列表项可出现在任何层级之下，不在检查之列；句中的①②③（“一是①……”）不是编号，也不检查。",
      ].join("\n"),
      incorrect: "一、主要任务\n（1）加快区域质量创新发展。\n二、保障措施\n1.加强组织领导。\n（一）强化责任落实。\n",
      correct: "一、主要任务\n（一）推动质量变革创新\n1.加快区域质量创新发展。\n（1）开展国家质量创新先导区创建。\n二、保障措施\n1.加强组织领导。\n2.强化责任落实。\n",
    },
  },
  check({ plan, report }) {
    const visit = (siblings: readonly NumberedItem[], parent: NumberedItem | null) => {
      // A sibling can be deeper only when it skipped the level between, so comparing with the
      // previous sibling finds each inversion once: （一） after 1. is reported, （二） after （一） not.
      let previous: NumberedItem | null = null;
      // Siblings of one level that skip the same levels under the same parent are one place where
      // the structure goes wrong (（1）（2）（3） right under 二、): one finding, on the first.
      let skipping: NumberedItem[] = [];
      const reportSkip = () => {
        if (parent && skipping.length > 0) report(skipFinding(parent, skipping));
        skipping = [];
      };
      // Entries numbered `1)` / `1）`, `①`, `⑴` right under 一、, （一） or 1.: the enumerations
      // below （1） (the grammar's NumberedListMarker, Word's list numbering among them) where the
      // plan's next level is due (1. or （1））; one finding for the run.
      let parenList: NumberedItem[] = [];
      const reportParenList = () => {
        if (parent && parenList.length > 0) report(parenListFinding(parent, parenList, plan));
        parenList = [];
      };
      for (const item of siblings) {
        if (item.kind === "list" && parent !== null && parent.kind === "item" && parent.level <= 3 && PAREN_LIST_MARKER.test(item.marker.text)) {
          parenList.push(item);
          continue;
        }
        if (item.kind !== "list" || !PAREN_LIST_MARKER.test(item.marker.text)) reportParenList();
        if (item.kind !== "item") continue;
        if (previous && previous.level > item.level) {
          report({
            start: item.marker.start,
            end: item.marker.end,
            message: `编号层级颠倒：第${item.level}级的“${item.marker.text}”排在同一上级下第${previous.level}级的“${previous.marker.text}”之后，第${item.level}级应在第${previous.level}级之上`,
          });
        }
        const skips = parent !== null && item.level - parent.level >= 2 && !(parent.level === 1 && item.level === 3);
        if (!skips || skipping[0]?.level !== item.level) reportSkip();
        if (skips) skipping.push(item);
        previous = item;
        visit(item.children, item);
      }
      reportSkip();
      reportParenList();
    };
    visit(plan.items, null);
    for (const attachment of plan.attachments) visit(attachment.items, null);
    // A 专栏 box's list nests among its own items; its level says nothing about its host's.
    for (const box of plan.boxes) visit(box.items, null);
  },
};

/** `（1）` to `（3）` right under `二、主要任务`, which lacks the （一） and 1. levels between. */
function skipFinding(parent: NumberedItem, items: readonly NumberedItem[]): FindingReport {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const markers = items.length === 1 ? `“${first.marker.text}”` : `“${first.marker.text}”至“${last.marker.text}”（共 ${items.length} 项）`;
  const missing = LEVEL_MARKERS.slice(parent.level + 1, first.level)
    .map((marker, index) => `第${parent.level + 1 + index}级“${marker}”`)
    .join("、");
  return {
    start: first.marker.start,
    end: first.marker.end,
    message: `编号层级跳跃：“${parent.marker.text}${shortHeading(parent)}”之下直接是第${first.level}级编号${markers}，缺少${missing}层级`,
  };
}

/**
 * A numbered list entry's marker (the grammar's NumberedListMarker): a digit and a closing bracket
 * alone (`1)`, `2）`, `１)`), a circled figure (①) or a bracketed one in one character (⑴).
 */
const PAREN_LIST_MARKER = /^(?:[0-9０-９]+[)）]|[\u2460-\u2487])$/u;
/** Of those, the forms Word's list numbering leaves as text on a copy, which the message says. */
const WORD_LIST_MARKER = /^[0-9０-９]+[)）]$/u;

/** `1)` to `2)` right under `（一）提升产品质量`, where the plan's next level, 1., is due. */
function parenListFinding(parent: NumberedItem, items: readonly NumberedItem[], plan: PlanDocument): FindingReport {
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const markers = items.length === 1 ? `“${first.marker.text}”` : `“${first.marker.text}”至“${last.marker.text}”（共 ${items.length} 项）`;
  // Under 一、 the next level in use may be 1. as well as （一） (see the rationale): 1. is named.
  const due = parent.level === 1 ? 3 : parent.level + 1;
  const joined = mixedSequencesOf(plan);
  // In one sequence with the level's items (`⑴` `（2）`), the entry is due in their form and its own number.
  const partner = joined.get(first);
  const dueMarker = partner === undefined ? `第${due}级“${LEVEL_MARKERS[due]}”` : `第${partner.level}级“${markerWithValue(partner.marker, first.marker.value!)}”，与同组的“${partner.marker.text}”写法一致`;
  const fix = sameFormFix(items, joined);
  return {
    start: first.marker.start,
    end: first.marker.end,
    message: `编号${markers}直接位于“${parent.marker.text}${shortHeading(parent)}”之下：“${first.marker.text}”不是公文的结构层次序数，此处应为${dueMarker}${WORD_LIST_MARKER.test(first.marker.text) ? "（从 Word 复制时自动编号常变成这种形式）" : ""}`,
    ...(fix ? { fix } : {}),
  };
}

/**
 * Entries that one sequence with the level's items writes in another form (`⑴` before `（2）`,
 * model/equivalentForms.ts) written in the items' form with their own numbers: the count is the
 * author's, only the form differs. Entries of a list of their own are left (no fix).
 */
function sameFormFix(items: readonly NumberedItem[], joined: ReadonlyMap<NumberedItem, NumberedItem>): Fix | undefined {
  const edits = [];
  for (const item of items) {
    const partner = joined.get(item);
    if (partner !== undefined) edits.push({ start: item.marker.start, end: item.marker.end, newText: markerWithValue(partner.marker, item.marker.value!) });
  }
  if (edits.length === 0) return undefined;
  const description = `改为“${edits.map((edit) => edit.newText).join("”“")}”，与同组编号写法一致`;
  return edits.length === 1 ? spanFix(description, edits[0]!.start, edits[0]!.end, edits[0]!.newText) : { description, edits };
}
