// Types for the build-time first-character guards (scripts/grammar-first.mjs), used by their test.
export declare function addFirstCharacterGuards(ast: unknown): string[];
export declare function firstCharacterGuards(ast: unknown): { rules: string[]; source: string };
export declare function summarise(ast: unknown): Map<string, unknown>;
