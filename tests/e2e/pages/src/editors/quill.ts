/** Mounts Quill 2 (LinkedIn's post editor) without a toolbar, as LinkedIn does. */
import Quill from 'quill';
import 'quill/dist/quill.core.css';
import type { EditorHandle } from '../fixture.ts';
import { adaptQuillToShadowRoot } from './quill-shadow.ts';

export interface QuillOptions {
  readonly placeholder?: string;
  /** Attributes the site puts on the editable root (Quill's `.ql-editor`). */
  readonly rootAttributes?: Readonly<Record<string, string>>;
  readonly onChange?: (text: string) => void;
}

export function mountQuill(container: HTMLElement, options: QuillOptions = {}): EditorHandle {
  const quill = new Quill(container, { modules: { toolbar: false }, placeholder: options.placeholder });
  const home = container.getRootNode();
  if (home instanceof ShadowRoot) adaptQuillToShadowRoot(quill, home);
  for (const [name, value] of Object.entries(options.rootAttributes ?? {})) {
    quill.root.setAttribute(name, value);
  }
  // Quill always ends its document with '\n'; the user did not type it.
  const getText = (): string => quill.getText().replace(/\n$/, '');
  quill.on('text-change', () => options.onChange?.(getText()));
  return {
    kind: 'quill',
    root: quill.root,
    getText,
    focus: () => quill.focus(),
    clear: () => quill.setText(''),
  };
}
