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
import { attachmentRef } from "./attachmentRef.js";
import { attachmentList } from "./attachmentList.js";
import { attachmentOrder } from "./attachmentOrder.js";
import { sectionRef } from "./sectionRef.js";

export const xrefRules: readonly Rule[] = [citationTitle, nestedTitle, docNumberForm, docNumberPosition, unknownSection, unrelatedSection, shortTitle, annotationForm, titleMarks, expiredBasis, citationIssuer, attachmentRef, attachmentList, attachmentOrder, sectionRef];
