import type { Rule } from "../types.js";
import { brokenSentence } from "./brokenSentence.js";

export const textRules: readonly Rule[] = [brokenSentence];
