import { InlayHint, InlayHintKind } from "vscode-languageserver";
import { rowParentWording } from "../../core/targets/compare.js";
import { extractTargets } from "../../core/targets/extract.js";
import { targetRowOf } from "../../core/targets/table.js";
import type { LanguageFeature } from "./feature.js";

const SYMBOLS = { stricter: ">", meets: "≥", weaker: "<" } as const;

/**
 * After each target that has a parent figure, `≥ 纲要 94%` (meets), `> 纲要 86` (stricter) or
 * `< 纲要 98%以上` (weaker). Off unless `policyPlan.targets.inlayHints` is on: drafters who want
 * the plain text keep it.
 */
export const targetInlayHintsFeature: LanguageFeature = {
  capabilities: { inlayHintProvider: true },
  register(session) {
    session.connection.languages.inlayHint.on((params): InlayHint[] => {
      if (!session.settings.targetInlayHints) return [];
      const entry = session.get(params.textDocument.uri);
      if (!entry) return [];
      const start = entry.mapper.offsetAt(params.range.start);
      const end = entry.mapper.offsetAt(params.range.end);
      const config = session.configFor(params.textDocument.uri);
      const hints: InlayHint[] = [];
      // Indicators sharing one value (A、B均达到98%以上) end at the same place: one hint per
      // place and label, the indicators named in its tooltip.
      const byPlace = new Map<string, InlayHint>();
      for (const target of extractTargets(entry.analysis.plan).targets) {
        if (target.end < start || target.start > end) continue;
        const row = targetRowOf(target, entry.analysis.parents, config, entry.analysis.plan);
        if (!row.parent || row.verdict === "no-parent") continue;
        const short = /纲要$/.test(row.parent.document) ? "纲要" : row.parent.document;
        // A target that should fall (能耗) is stricter when lower: the symbol follows the sense.
        const down = target.sense === "down";
        const symbol = down ? { stricter: "<", meets: "≤", weaker: ">" }[row.verdict] : SYMBOLS[row.verdict];
        const label = `${symbol} ${short} ${row.parent.change ? row.parent.comparator : ""}${row.parent.figure}`;
        const tooltip = `${target.indicator}：${row.reason}${rowParentWording(row.parent)}`;
        const place = `${target.end}\u0000${label}`;
        const same = byPlace.get(place);
        if (same) {
          same.tooltip = `${same.tooltip as string}\n${tooltip}`;
          continue;
        }
        const hint: InlayHint = { position: entry.mapper.positionAt(target.end), label, kind: InlayHintKind.Parameter, paddingLeft: true, tooltip };
        byPlace.set(place, hint);
        hints.push(hint);
      }
      return hints;
    });
  },
};
