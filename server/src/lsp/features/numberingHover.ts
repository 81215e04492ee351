import type { Hover } from "vscode-languageserver";
import type { NumberedItem, PlanDocument } from "../../core/model/types.js";
import { describeRun, itemPath, scopeSource } from "../../core/numbering/describe.js";
import { markerWithValue } from "../../core/numbering/edits.js";
import { numberingOf } from "../../core/numbering/runs.js";
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
 * Hover on a numbering marker: where the item sits (二、主要任务 › （三）落实质量主体责任 › 11.),
 * the run it counts in (第3级连续编号 1.–21.，跨（一）至（五）), why the level counts that way,
 * and what the item should be when it is misnumbered.
 */
export const numberingHover: HoverProvider = ({ analysis, mapper, document }, offset, _params, session) => {
  const item = itemAtMarker(analysis.plan, offset);
  if (!item) return null;
  const lines = [`**${itemPath(item)}**`, ""];
  if (item.kind === "list") {
    lines.push("列表项（——）不编号，不参与编号检查");
  } else {
    const numbering = numberingOf(analysis.plan, session.configFor(document.uri));
    const position = numbering.runOf.get(item);
    if (position) {
      lines.push(describeRun(numbering, position.run));
      if (item.level > 1) lines.push("", `编号方式：${scopeSource(numbering.scopes.get(position.run.level)!)}`);
      if (item.marker.value !== position.index + 1) lines.push("", `按本组顺序，此项应为“${markerWithValue(item.marker, position.index + 1)}”`);
    }
  }
  const hover: Hover = { contents: { kind: "markdown", value: lines.join("\n") }, range: mapper.rangeOf(item.marker) };
  return hover;
};
