import type { Rule } from "../types.js";
import { brokenSentence } from "./brokenSentence.js";
import { placeholder } from "./placeholder.js";

export const textRules: readonly Rule[] = [brokenSentence, placeholder];
