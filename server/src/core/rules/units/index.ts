import type { Rule } from "../types.js";
import { aliasUnit } from "./alias.js";
import { blankUnits } from "./blank.js";
import { clauseLineBreak } from "./clauseLineBreak.js";
import { clauseStyle } from "./clauseStyle.js";
import { duplicateUnit } from "./duplicate.js";
import { emptyClause } from "./emptyClause.js";
import { labelSeparator } from "./labelSeparator.js";
import { unitLevel } from "./level.js";
import { missingClause } from "./missingClause.js";
import { nestedClause } from "./nestedClause.js";
import { otherPlaceUnit } from "./otherPlace.js";
import { runTogetherUnits } from "./runTogether.js";
import { tableMismatch } from "./tableMismatch.js";
import { unitSeparator } from "./separator.js";
import { unknownUnit } from "./unknown.js";

export const unitsRules: readonly Rule[] = [unknownUnit, aliasUnit, duplicateUnit, unitSeparator, labelSeparator, runTogetherUnits, missingClause, clauseStyle, clauseLineBreak, tableMismatch, blankUnits, emptyClause, nestedClause, unitLevel, otherPlaceUnit];
