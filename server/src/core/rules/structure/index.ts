import type { Rule } from "../types.js";
import { flattened } from "./flattened.js";
import { frontMatter } from "./frontMatter.js";
import { leadingDebris } from "./leadingDebris.js";
import { noOutline } from "./noOutline.js";
import { parseFailure } from "./parseFailure.js";
import { trailingText } from "./trailingText.js";

export const structureRules: readonly Rule[] = [parseFailure, frontMatter, leadingDebris, noOutline, trailingText, flattened];
