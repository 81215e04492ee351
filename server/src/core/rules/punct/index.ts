import type { Rule } from "../types.js";
import { halfWidth } from "./halfWidth.js";
import { hanSpace } from "./hanSpace.js";
import { headingPeriod } from "./headingPeriod.js";
import { repeated } from "./repeated.js";
import { sentenceEnd } from "./sentenceEnd.js";
import { stacked } from "./stacked.js";
import { unbalanced } from "./unbalanced.js";
import { yearRange } from "./yearRange.js";

export const punctRules: readonly Rule[] = [halfWidth, repeated, stacked, unbalanced, hanSpace, headingPeriod, sentenceEnd, yearRange];
