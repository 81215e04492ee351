import type { Rule } from "../types.js";
import { doubledMark } from "./doubledMark.js";
import { markerSpace } from "./markerSpace.js";
import { markerStyle } from "./markerStyle.js";
import { markerTypo } from "./markerTypo.js";
import { missingNumeral } from "./missingNumeral.js";
import { mixedForms } from "./mixedForms.js";
import { nesting } from "./nesting.js";
import { scope } from "./scope.js";
import { sequence } from "./sequence.js";
import { tableSerial } from "./tableSerial.js";

export const numberingRules: readonly Rule[] = [sequence, scope, nesting, markerStyle, markerTypo, mixedForms, missingNumeral, doubledMark, markerSpace, tableSerial];
