import type { Rule } from "../types.js";
import { halfWidth } from "./halfWidth.js";
import { hanSpace } from "./hanSpace.js";
import { headingPeriod } from "./headingPeriod.js";
import { repeated } from "./repeated.js";
import { sentenceEnd } from "./sentenceEnd.js";
import { unbalanced } from "./unbalanced.js";

export const punctRules: readonly Rule[] = [halfWidth, repeated, unbalanced, hanSpace, headingPeriod, sentenceEnd];
