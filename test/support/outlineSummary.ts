import type { NumberedItem, PlanDocument } from "../../server/src/core/model/types";

/** What the seed expectations pin down: level counts, every heading, every clause's units. */
export interface OutlineSummary {
  title: string | null;
  levelCounts: Record<string, number>;
  headings: string[];
  clauses: Array<{ path: string; label: string; units: string[]; etc: boolean }>;
}

export function summariseOutline(plan: PlanDocument): OutlineSummary {
  const levelCounts: Record<string, number> = {};
  const headings: string[] = [];
  const visit = (item: NumberedItem, depth: number) => {
    const key = item.kind === "list" ? "list" : `level${item.level}`;
    levelCounts[key] = (levelCounts[key] ?? 0) + 1;
    headings.push(`${"  ".repeat(depth)}${item.marker.text}${item.heading.text}`);
    item.children.forEach((child) => visit(child, depth + 1));
  };
  plan.items.forEach((item) => visit(item, 0));
  const clauses = plan.clauses.map((clause) => ({
    path: pathOf(clause.item),
    label: clause.segments.map((segment) => segment.label).join("；"),
    units: clause.units.map((unit) => unit.text),
    etc: clause.segments.some((segment) => segment.etc !== null),
  }));
  return { title: plan.metadata.title, levelCounts, headings, clauses };
}

function pathOf(item: NumberedItem | null): string {
  const markers: string[] = [];
  for (let node = item; node; node = node.parent) markers.unshift(node.marker.text);
  return markers.join(" › ");
}
