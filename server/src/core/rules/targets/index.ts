import type { Rule } from "../types.js";
import { blankTarget } from "./blank.js";
import { targetHorizon } from "./horizon.js";
import { implausibleTarget } from "./implausible.js";
import { inconsistentTarget } from "./inconsistent.js";
import { noGoals } from "./noGoals.js";
import { parentNotLocalised } from "./parentNotLocalised.js";
import { partExceedsWhole } from "./partExceedsWhole.js";
import { relativeTarget } from "./relative.js";
import { weakerThanBaseline } from "./weakerThanBaseline.js";
import { weakerThanParent } from "./weakerThanParent.js";
import { wrongDirection } from "./wrongDirection.js";

export const targetsRules: readonly Rule[] = [
  blankTarget,
  targetHorizon,
  noGoals,
  implausibleTarget,
  inconsistentTarget,
  partExceedsWhole,
  weakerThanParent,
  weakerThanBaseline,
  wrongDirection,
  parentNotLocalised,
  relativeTarget,
];
