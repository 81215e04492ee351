import { CodeActionKind } from "vscode-languageserver";
import { codeActionFeature, type CodeActionProvider, FINDING_FIX_RESOLVERS, findingActions } from "./codeActions.js";
import { disableActions } from "./disableActions.js";
import { DOCUMENT_FIX_ALL_RESOLVERS, documentFixAll, FIX_ALL_KIND } from "./documentFixAll.js";
import { completionFeature } from "./completion.js";
import type { LanguageFeature } from "./feature.js";
import { foldingFeature } from "./folding.js";
import { formattingFeature } from "./formatting.js";
import { hoverFeature, type HoverProvider } from "./hover.js";
import { docNumberHover } from "./docNumberHover.js";
import { attachmentHover } from "./attachmentHover.js";
import { boxHover } from "./boxHover.js";
import { FIX_ALL_NUMBERING_KIND, NUMBERING_EDIT_RESOLVERS, numberingFixAll, RENUMBER_DOCUMENT_KIND, renumberDocumentAction, renumberRunAction } from "./numberingActions.js";
import { numberingHover } from "./numberingHover.js";
import { RULE_FIX_ALL_RESOLVERS, ruleFixAll } from "./ruleFixAll.js";
import { addUnitToRegistry } from "./registryActions.js";
import { documentSymbolFeature } from "./symbols.js";
import { targetHover } from "./targetHover.js";
import { targetInlayHintsFeature } from "./targetInlayHints.js";
import { targetTableFeature } from "./targetTable.js";
import { unitHover } from "./unitHover.js";
import { exportDocxFeature } from "./exportDocx.js";
import { readDocxFeature } from "./readDocx.js";
import { unitMatrixFeature } from "./unitMatrix.js";
import { unitNavigationFeature, unitReferences } from "./unitNavigation.js";
import { unitHighlightFeature } from "./unitHighlight.js";
import { referencesFeature, type ReferencesProvider } from "./references.js";
import { coverageFeature, INSERT_ANNOTATION_KIND, insertAnnotationAction } from "./coverage.js";
import { citationHover, mappingHover } from "./xrefHover.js";
import { parentDefinition, parentItemReferences, xrefNavigationFeature } from "./xrefNavigation.js";
import { definitionFeature, type DefinitionProvider } from "./definition.js";
import { internalReferenceDefinition, internalReferenceHover, internalReferenceReferences } from "./internalReferences.js";

/** Code action providers, asked in this order. */
const CODE_ACTION_PROVIDERS: CodeActionProvider[] = [findingActions, renumberRunAction, addUnitToRegistry, disableActions, numberingFixAll, ruleFixAll, documentFixAll, renumberDocumentAction, insertAnnotationAction];
const CODE_ACTION_KINDS: string[] = [CodeActionKind.QuickFix, RENUMBER_DOCUMENT_KIND, FIX_ALL_KIND, FIX_ALL_NUMBERING_KIND, INSERT_ANNOTATION_KIND];

/** Hover providers, asked in this order; the first answer wins. */
const HOVER_PROVIDERS: HoverProvider[] = [numberingHover, unitHover, targetHover, docNumberHover, citationHover, internalReferenceHover, attachmentHover, boxHover, mappingHover];

/** Definition providers, asked in this order; the first answer wins. */
const DEFINITION_PROVIDERS: DefinitionProvider[] = [internalReferenceDefinition, parentDefinition];

/** References providers, asked in this order; the first answer wins. */
const REFERENCES_PROVIDERS: ReferencesProvider[] = [unitReferences, parentItemReferences, internalReferenceReferences];

/** Every language feature the server offers; server.ts merges their capabilities. */
export const FEATURES: readonly LanguageFeature[] = [
  documentSymbolFeature,
  foldingFeature,
  codeActionFeature(CODE_ACTION_PROVIDERS, CODE_ACTION_KINDS, { ...FINDING_FIX_RESOLVERS, ...NUMBERING_EDIT_RESOLVERS, ...RULE_FIX_ALL_RESOLVERS, ...DOCUMENT_FIX_ALL_RESOLVERS }),
  hoverFeature(HOVER_PROVIDERS),
  completionFeature,
  unitNavigationFeature,
  unitHighlightFeature,
  referencesFeature(REFERENCES_PROVIDERS),
  unitMatrixFeature,
  targetTableFeature,
  targetInlayHintsFeature,
  exportDocxFeature,
  readDocxFeature,
  xrefNavigationFeature,
  definitionFeature(DEFINITION_PROVIDERS),
  coverageFeature,
  formattingFeature,
];
