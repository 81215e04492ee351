import { lazy } from "../../core/lazy.js";
import type { PlanInput } from "../command.js";
import { anchoredPatch } from "./anchoredPatch.js";
import { slashedPath } from "./filePath.js";

/** The diff library, for --fix-dry-run only. */
const diffLibrary = lazy(() => require("diff") as typeof import("diff"));

/**
 * `--fix-dry-run`'s unified diff of one plan, made to be applied with `patch -p1` or
 * `git apply`:
 * - of the text as the file holds it: a UTF-8 BOM that reading dropped (and `--fix` writes
 *   back) is put back on both sides, or the first hunk's context would not match line 1;
 * - a file name with a space ends in a tab, as git writes it: GNU patch otherwise takes the
 *   name to end at the first space. Names with other than printable ASCII are C-quoted by the
 *   library, as git and GNU diff quote them.
 * A plan decoded from GB18030 or UTF-16 is diffed as decoded text (readable in a terminal or a
 * CI log, which a diff in the file's own bytes would not be); the caller says so on stderr.
 */
export function fixDiff(plan: Pick<PlanInput, "file" | "hadBom">, before: string, after: string): string {
  const name = slashedPath(plan.file);
  const bom = plan.hadBom ? "\uFEFF" : "";
  const library = diffLibrary();
  const patch = library.formatPatch(anchoredPatch(library, `a/${name}`, `b/${name}`, bom + before, bom + after));
  // Only the headers, before the first hunk: a removed line may start with "-- " too.
  const firstHunk = patch.indexOf("\n@@ ");
  if (firstHunk < 0) return patch;
  const headers = patch.slice(0, firstHunk).replace(/^((?:---|\+\+\+) .* .*)$/gm, "$1\t");
  return headers + patch.slice(firstHunk);
}

/** Why the diff of a plan not in UTF-8 does not apply to its bytes (Chinese, for stderr). */
export function decodedDiffNote(plan: Pick<PlanInput, "file" | "encoding">): string | undefined {
  if (plan.encoding === undefined || plan.encoding === "UTF-8") return undefined;
  return `${plan.file}：注意：此文件为 ${plan.encoding} 编码，--fix-dry-run 输出的是解码后（UTF-8）文本的 diff，不能用 patch 直接应用于原文件；--fix 会按原编码写回`;
}
