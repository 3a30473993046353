// Branded strings: the type of a value says which context it is already escaped for, so the
// view model cannot hold raw plan text by accident. Only the escapers in text/ mint them.
declare const proseBrand: unique symbol;
declare const cellBrand: unique symbol;
declare const blockBrand: unique symbol;
declare const mermaidBrand: unique symbol;
declare const htmlBrand: unique symbol;

/** Markdown safe inline in prose: a paragraph, list item or heading (not a table cell). */
export type InlineMd = string & { readonly [proseBrand]: true };
/** Markdown safe inside a GFM table cell. */
export type CellMd = string & { readonly [cellBrand]: true };
/** Markdown safe both inline in prose and in a table cell. */
export type TextMd = InlineMd & CellMd;
/** A complete Markdown block (a code fence), to stand on its own lines at the top level. */
export type BlockMd = string & { readonly [blockBrand]: true };
/** Text safe inside a quoted Mermaid flowchart label. */
export type MermaidText = string & { readonly [mermaidBrand]: true };
/** Text safe in HTML text and double-quoted attribute values; or HTML that has been sanitized. */
export type HtmlText = string & { readonly [htmlBrand]: true };
