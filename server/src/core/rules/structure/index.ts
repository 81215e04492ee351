import type { Rule } from "../types.js";
import { addresseeColon } from "./addresseeColon.js";
import { attachmentLabel } from "./attachmentLabel.js";
import { dateForm } from "./dateForm.js";
import { dateOrder } from "./dateOrder.js";
import { deadlinePeriod } from "./deadlinePeriod.js";
import { duplicateTask } from "./duplicateTask.js";
import { emptyTask } from "./emptyTask.js";
import { flattened } from "./flattened.js";
import { frontMatter } from "./frontMatter.js";
import { hardWrap } from "./hardWrap.js";
import { impossibleDate } from "./impossibleDate.js";
import { leadingDebris } from "./leadingDebris.js";
import { markdownMarks } from "./markdownMarks.js";
import { noOutline } from "./noOutline.js";
import { pageNumber } from "./pageNumber.js";
import { parseFailure } from "./parseFailure.js";
import { repeatedPaste } from "./repeatedPaste.js";
import { repeatedTitle } from "./repeatedTitle.js";
import { reviewMarkup } from "./reviewMarkup.js";
import { runTogetherDate } from "./runTogetherDate.js";
import { tableOfContents } from "./tableOfContents.js";
import { trailingText } from "./trailingText.js";

export const structureRules: readonly Rule[] = [
  parseFailure,
  frontMatter,
  leadingDebris,
  markdownMarks,
  repeatedTitle,
  noOutline,
  runTogetherDate,
  dateForm,
  impossibleDate,
  dateOrder,
  deadlinePeriod,
  trailingText,
  attachmentLabel,
  pageNumber,
  flattened,
  hardWrap,
  duplicateTask,
  emptyTask,
  repeatedPaste,
  reviewMarkup,
  tableOfContents,
  addresseeColon,
];
