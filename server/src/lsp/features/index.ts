import { CodeActionKind } from "vscode-languageserver";
import { codeActionFeature, type CodeActionProvider, findingFixes } from "./codeActions.js";
import type { LanguageFeature } from "./feature.js";
import { foldingFeature } from "./folding.js";
import { hoverFeature, type HoverProvider } from "./hover.js";
import { documentSymbolFeature } from "./symbols.js";

/** Code action providers, asked in this order. */
const CODE_ACTION_PROVIDERS: CodeActionProvider[] = [findingFixes];
const CODE_ACTION_KINDS: string[] = [CodeActionKind.QuickFix];

/** Hover providers, asked in this order; the first answer wins. */
const HOVER_PROVIDERS: HoverProvider[] = [];

/** Every language feature the server offers; server.ts merges their capabilities. */
export const FEATURES: readonly LanguageFeature[] = [
  documentSymbolFeature,
  foldingFeature,
  codeActionFeature(CODE_ACTION_PROVIDERS, CODE_ACTION_KINDS),
  hoverFeature(HOVER_PROVIDERS),
];
