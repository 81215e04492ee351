import type { Rule } from "../types.js";
import { brokenSentence } from "./brokenSentence.js";
import { fieldCode } from "./fieldCode.js";
import { fullWidthAlnum } from "./fullWidthAlnum.js";
import { htmlMarkup } from "./htmlMarkup.js";
import { invisibleChar } from "./invisibleChar.js";
import { misspelling } from "./misspelling.js";
import { ocrDigit } from "./ocrDigit.js";
import { placeholder } from "./placeholder.js";
import { symbolFontChar } from "./symbolFontChar.js";

export const textRules: readonly Rule[] = [brokenSentence, invisibleChar, placeholder, ocrDigit, fieldCode, fullWidthAlnum, htmlMarkup, misspelling, symbolFontChar];
