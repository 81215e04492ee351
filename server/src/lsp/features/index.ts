import { quickFixFeature } from "./codeActions.js";
import type { LanguageFeature } from "./feature.js";
import { foldingFeature } from "./folding.js";
import { documentSymbolFeature } from "./symbols.js";

/** Every language feature the server offers; server.ts merges their capabilities. */
export const FEATURES: readonly LanguageFeature[] = [documentSymbolFeature, foldingFeature, quickFixFeature];
