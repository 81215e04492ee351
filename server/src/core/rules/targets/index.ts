import type { Rule } from "../types.js";
import { blankTarget } from "./blank.js";

export const targetsRules: readonly Rule[] = [blankTarget];
