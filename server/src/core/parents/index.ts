/**
 * Parent documents: the documents a plan implements (see types.ts). The shells read parent files
 * named in `.plancheck.json` `parents` and pass them to `analyze` as `AnalysisOptions.parents`;
 * everything here is pure.
 */
export type { LoadedParent, ParentDocument, ParentEntry, ParentFiles, ParentTarget, ParentVia, ResolvedParent } from "./types.js";
export { builtinParents, findEntry, findParent, knownParents, parentOfCitation, resolveParents, resolvePlanParents } from "./resolve.js";
export { parentFromPlanText } from "./fromPlan.js";
export { parseOutlineData } from "./outlineData.js";
export { normalizeTitle } from "./titles.js";
