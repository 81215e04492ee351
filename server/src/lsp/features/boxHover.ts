import type { Box } from "../../core/model/types.js";
import type { PositionMapper } from "../../core/text/positions.js";
import type { HoverProvider } from "./hover.js";

/**
 * Hover on a 专栏 box's label or title line (`专栏1  重点项目`): how many items its own list has,
 * that they are not tasks, where the box ends as the model reads it and the item it is set
 * under. Where it ends is read from the numbering around it (model/boxes.ts), so showing it lets
 * a drafter see a box that swallowed a task, or a task read into a box.
 */
export const boxHover: HoverProvider = ({ analysis, mapper }, offset) => {
  const box = analysis.plan.boxes.find((one) => one.lines.some((line) => line.start <= offset && offset <= line.end));
  if (!box) return null;
  const title = box.title ? `${box.label.text}　${box.title.text}` : box.label.text;
  const value = [`**${title}**`, contentsOf(box, mapper), box.host ? `设于“${box.host.marker.text}${box.host.heading.text}”之下` : ""].filter((part) => part !== "").join("\n\n");
  return { contents: { kind: "markdown", value }, range: mapper.rangeOf(box.label) };
};

function contentsOf(box: Box, mapper: PositionMapper): string {
  const lines = `第${mapper.positionAt(box.start).line + 1}—${mapper.positionAt(box.end).line + 1}行`;
  return box.items.length === 0 ? `专栏，${lines}，无编号条目` : `专栏，${lines}，列 ${box.items.length} 项（自成编号，不计为任务）`;
}
