import type AjvCore from 'ajv/dist/core.js';
export declare const EDITOR_KEYWORDS: readonly string[];
export declare function addEditorKeywords<T extends AjvCore>(ajv: T): T;
