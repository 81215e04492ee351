import type { Rule } from "../types.js";
import { unknownRule } from "./unknownRule.js";
import { unusedDirective } from "./unusedDirective.js";

export const configRules: readonly Rule[] = [unknownRule, unusedDirective];
