// markdownlint (default rules) as a language server, in the same harness as the floor server.
import { lint } from "markdownlint/sync";
import { serve } from "./harness.mjs";

serve("markdownlint", (text, document) => {
  const results = lint({ strings: { document: text } }).document ?? [];
  return results.map((result) => {
    const line = result.lineNumber - 1;
    const start = result.errorRange ? result.errorRange[0] - 1 : 0;
    const end = result.errorRange ? start + result.errorRange[1] : start;
    return { range: { start: { line, character: start }, end: { line, character: end } }, message: result.ruleDescription, source: "markdownlint", code: result.ruleNames[0], severity: 2 };
  });
});
