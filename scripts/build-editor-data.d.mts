/** Types of scripts/build-editor-data.mjs for check-generated.ts. */
export declare function renderEditorData(): Record<string, string>;
