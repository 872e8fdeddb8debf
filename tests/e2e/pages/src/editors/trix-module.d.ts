/**
 * The slice of Trix 2 that the Trix fixture uses. trix ships no types; importing it defines
 * the `<trix-editor>` element, whose `editor` holds Trix's own document model.
 */
declare module 'trix' {
  export interface TrixDocument {
    /** The document's text: blocks end with '\n', and so does the document. */
    toString(): string;
    getLength(): number;
  }
  export interface TrixEditor {
    getDocument(): TrixDocument;
    setSelectedRange(range: number | [number, number]): void;
    loadHTML(html: string): void;
  }
  export interface TrixEditorElement extends HTMLElement {
    readonly editor: TrixEditor;
  }
  const Trix: unknown;
  export default Trix;
}
