/**
 * The slice of react, react-dom and draft-js 0.11 that the Draft.js fixture
 * uses. draft-js ships no types; these few lines spare the project
 * @types/draft-js and @types/react for one test page.
 */

declare module 'react' {
  export type ReactNode = ReactElement | string | number | boolean | null | undefined;
  export interface ReactElement {
    readonly type: unknown;
    readonly props: unknown;
  }
  export interface RefObject<T> {
    current: T | null;
  }
  export class Component<P = object> {
    constructor(props: P);
    readonly props: Readonly<P>;
  }
  export type FunctionComponent<P = object> = (props: P) => ReactNode;
  export type ComponentClass<P> = new (props: P) => Component<P>;
  export interface Attributes<T> {
    ref?: RefObject<T>;
    key?: string;
  }
  export function createElement<P extends object>(type: FunctionComponent<P>, props: P | null): ReactElement;
  export function createElement<P extends object, T extends Component<P>>(
    type: new (props: P) => T,
    props: P & Attributes<T>,
  ): ReactElement;
  export function createRef<T>(): RefObject<T>;
  export function useState<S>(initial: S): [S, (next: S) => void];
  export function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
}

declare module 'react-dom/client' {
  import type { ReactElement } from 'react';
  export interface Root {
    render(element: ReactElement): void;
    unmount(): void;
  }
  export function createRoot(container: Element): Root;
}

declare module 'draft-js' {
  import type { Component } from 'react';
  export class ContentState {
    static createFromText(text: string): ContentState;
    getPlainText(delimiter?: string): string;
    hasText(): boolean;
  }
  export type EditorChangeType = 'insert-characters' | 'remove-range' | 'change-block-data';
  export class EditorState {
    static createEmpty(): EditorState;
    static push(state: EditorState, content: ContentState, changeType: EditorChangeType): EditorState;
    getCurrentContent(): ContentState;
  }
  export type DraftHandleValue = 'handled' | 'not-handled';
  export interface EditorProps {
    editorState: EditorState;
    onChange(state: EditorState): void;
    placeholder?: string;
    ariaLabel?: string;
    ariaMultiline?: boolean;
    spellCheck?: boolean;
    stripPastedStyles?: boolean;
    /** Rendered as data-testid on the contenteditable (X uses tweetTextarea_N). */
    webDriverTestID?: string;
    handleReturn?(event: KeyboardEvent, state: EditorState): DraftHandleValue;
  }
  export class Editor extends Component<EditorProps> {
    focus(): void;
    blur(): void;
  }
}
