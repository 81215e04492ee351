import type { Finding, Fix, Severity } from "./types.js";

/**
 * A finding built field by field, in one of a handful of shared shapes. A spread of a report
 * (`{ ...report, rule, severity }`) sees some sixty rules' object shapes at one site; V8 then
 * gave every finding a hidden class of its own, a tenth of the memory a large plan's analysis
 * keeps. One literal per combination, in the order the JSON output shows: a property added to
 * an object after its literal goes to a separate store, one more object per finding (a large
 * plan has tens of thousands of findings with fixes).
 */
export function findingOf(start: number, end: number, message: string, rule: string, severity: Severity, fix: Fix | undefined, suggestions: Fix[] | undefined): Finding {
  return fix === undefined
    ? suggestions === undefined
      ? { start, end, message, rule, severity }
      : { start, end, message, rule, severity, suggestions }
    : suggestions === undefined
      ? { start, end, message, rule, severity, fix }
      : { start, end, message, rule, severity, fix, suggestions };
}
