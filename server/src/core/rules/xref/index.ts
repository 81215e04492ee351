import type { Rule } from "../types.js";
import { annotationForm } from "./annotationForm.js";
import { docNumberForm } from "./docNumber.js";
import { docNumberPosition } from "./docNumberPosition.js";
import { expiredBasis } from "./expiredBasis.js";
import { citationIssuer } from "./issuer.js";
import { nestedTitle } from "./nestedTitle.js";
import { shortTitle } from "./shortTitle.js";
import { citationTitle } from "./title.js";
import { titleMarks } from "./titleMarks.js";
import { unknownSection } from "./unknownSection.js";
import { unrelatedSection } from "./unrelatedSection.js";

export const xrefRules: readonly Rule[] = [citationTitle, nestedTitle, docNumberForm, docNumberPosition, unknownSection, unrelatedSection, shortTitle, annotationForm, titleMarks, expiredBasis, citationIssuer];
