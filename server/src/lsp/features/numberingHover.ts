import type { Hover } from "vscode-languageserver";
import type { NumberedItem, PlanDocument } from "../../core/model/types.js";
import { isUnsettled, renumberedValue } from "../../core/numbering/breaks.js";
import { describeRun, itemPath, scopeSource, shortHeading } from "../../core/numbering/describe.js";
import { markerWithValue } from "../../core/numbering/edits.js";
import { type NumberingRun, numberingOf } from "../../core/numbering/runs.js";
import type { HoverProvider } from "./hover.js";

/** The item whose marker is under the cursor (items are in document order, so a binary search). */
export function itemAtMarker(plan: PlanDocument, offset: number): NumberedItem | null {
  const items = plan.allItems;
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const marker = items[middle]!.marker;
    if (offset < marker.start) high = middle - 1;
    else if (offset > marker.end) low = middle + 1;
    else return items[middle]!;
  }
  return null;
}

/**
 * What the item's number should be, when it is not what it is; or, next to a number the
 * neighbours do not settle, that this cannot be told (as numbering/sequence says nothing there).
 */
function expectation(run: NumberingRun, index: number): string | null {
  const item = run.items[index]!;
  if (isUnsettled(item)) return "编号数字已丢失，且前后编号不一致，不能确定此项应为第几项";
  const previous = index > 0 ? run.items[index - 1]! : null;
  if (previous && isUnsettled(previous)) return `前一项“${previous.marker.text}${shortHeading(previous)}”丢失的编号数字不能由前后编号确定，此项编号是否有误也不能确定`;
  const value = renumberedValue(run, index);
  return item.marker.value === value ? null : `按本组顺序，此项应为“${markerWithValue(item.marker, value)}”`;
}

/**
 * Hover on a numbering marker: where the item sits and what it is called (二、主要任务 ›
 * （三）落实质量主体责任 › 11.引导企业实施质量品牌战略; 二、主要任务 at the first level),
 * the run it counts in (第3级连续编号 1.–21.，跨（一）至（五）), why the level counts that way,
 * and what the item should be when it is misnumbered.
 */
export const numberingHover: HoverProvider = ({ analysis, mapper, document }, offset, _params, session) => {
  const item = itemAtMarker(analysis.plan, offset);
  if (!item) return null;
  // The item's own heading after its marker, at every level: the path names only the items above
  // with theirs, and an item of the first level has none above it (二、 alone said nothing).
  const lines = [`**${itemPath(item)}${shortHeading(item)}**`, ""];
  if (item.kind === "list" && item.marker.value === null) {
    lines.push("列表项（——）不编号，不参与编号检查");
  } else {
    const numbering = numberingOf(analysis.plan, session.configFor(document.uri));
    const position = numbering.runOf.get(item);
    if (position) {
      lines.push(describeRun(numbering, position.run));
      if (item.level > 1) lines.push("", `编号方式：${scopeSource(numbering.scopes.get(position.run.level)!)}`);
      const expected = expectation(position.run, position.index);
      if (expected) lines.push("", expected);
    }
  }
  const hover: Hover = { contents: { kind: "markdown", value: lines.join("\n") }, range: mapper.rangeOf(item.marker) };
  return hover;
};
