import type { Rule } from "../types.js";
import { unknownRule } from "./unknownRule.js";

export const configRules: readonly Rule[] = [unknownRule];
