/**
 * Who sent a message to the worker. Nothing is trusted by default: a handler names the callers
 * it serves, and a message from anyone else is refused before the handler runs.
 *
 * - "extension": Parley's own pages (popup, options), served from the extension's origin.
 * - "content": Parley's content script in a tab, on a site Parley runs on (a built-in site or
 *   one the user granted). A page can drive its content script (it owns the composer), so
 *   such a message says nothing about *who* acted; the handler also learns the site from the
 *   browser (sender.url), never from the message.
 */
import browser, { type Runtime } from 'webextension-polyfill';

export type CallerKind = 'content' | 'extension';

export interface Caller {
  kind: CallerKind;
  /** content: the tab and frame the message came from. */
  tabId?: number;
  frameId?: number;
  /** content: the page's hostname, as the browser reports it. */
  site: string;
}

/** The first web (http/https) address the browser gives for the sender's document. */
function pageUrl(sender: Runtime.MessageSender): URL | null {
  // about:blank and srcdoc frames (rich-text editors) report their parent's origin, or the tab's.
  const origin = (sender as { origin?: string }).origin;
  for (const candidate of [sender.url, origin, sender.tab?.url]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url;
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
}

const isExtensionPage = (sender: Runtime.MessageSender): boolean =>
  typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));

/** Parley runs where it holds host permission: the built-in sites and those the user granted. */
async function runsOn(url: URL): Promise<boolean> {
  try {
    // Match patterns carry no port: http://localhost:8080 is granted as http://localhost/*.
    return await browser.permissions.contains({ origins: [`${url.protocol}//${url.hostname}/*`] });
  } catch {
    return false;
  }
}

/** Who the sender is, if it is one of `allowed`; null otherwise. */
export async function identify(sender: Runtime.MessageSender, allowed: readonly CallerKind[]): Promise<Caller | null> {
  if (sender.id !== browser.runtime.id) return null;
  if (isExtensionPage(sender)) return allowed.includes('extension') ? { kind: 'extension', site: '' } : null;
  if (!allowed.includes('content') || sender.tab?.id === undefined) return null;
  const url = pageUrl(sender);
  if (!url || !(await runsOn(url))) return null;
  return { kind: 'content', tabId: sender.tab.id, frameId: sender.frameId ?? 0, site: url.hostname };
}

export const CONTENT = ['content'] as const satisfies readonly CallerKind[];
export const EXTENSION = ['extension'] as const satisfies readonly CallerKind[];
export const ANYONE = ['content', 'extension'] as const satisfies readonly CallerKind[];

/**
 * A message handler that runs only for the callers it names. A refused message gets an error
 * (the caller's promise rejects) and changes nothing.
 */
export function from<Req, Res>(
  allowed: readonly CallerKind[],
  run: (payload: Req, caller: Caller) => Res | Promise<Res>,
): (payload: Req, sender: Runtime.MessageSender) => Promise<Res> {
  return async (payload, sender) => {
    const caller = await identify(sender, allowed);
    if (!caller) throw new Error('Parley: this message is not accepted from here.');
    return run(payload, caller);
  };
}
