/**
 * Typed send/handle over webextension-polyfill. A message is `{ parley: kind, payload }`; a
 * handler map answers the kinds it knows and leaves others to other listeners.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isEnvelope, type Kind, type Req, type Res, type ToBackground, toBackground, type ToContent, toContent, type ToPopup, toPopup } from './protocol.ts';

export type Handlers<P> = { [K in Kind<P>]?: (payload: Req<P, K>, sender: Runtime.MessageSender) => Res<P, K> | Promise<Res<P, K>> };

export function sendToBackground<K extends Kind<ToBackground>>(kind: K, payload: Req<ToBackground, K>): Promise<Res<ToBackground, K>> {
  return browser.runtime.sendMessage(toBackground(kind, payload)) as Promise<Res<ToBackground, K>>;
}

/** To Parley's open popup (runtime messages reach extension pages as they reach the worker). */
export function sendToPopup<K extends Kind<ToPopup>>(kind: K, payload: Req<ToPopup, K>): Promise<Res<ToPopup, K>> {
  return browser.runtime.sendMessage(toPopup(kind, payload)) as Promise<Res<ToPopup, K>>;
}

export function sendToTab<K extends Kind<ToContent>>(tabId: number, kind: K, payload: Req<ToContent, K>, frameId = 0): Promise<Res<ToContent, K>> {
  return browser.tabs.sendMessage(tabId, toContent(kind, payload), { frameId }) as Promise<Res<ToContent, K>>;
}

/** Listen for the kinds in `handlers`; returns a function that stops listening. */
export function handle<P>(handlers: Handlers<P>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Only Parley's own scripts and pages (runtime.onMessage never hears other extensions, but
    // say so here rather than rely on it).
    if (!isEnvelope(message) || sender.id !== browser.runtime.id) return undefined;
    const handler = (handlers as Record<string, ((p: unknown, s: Runtime.MessageSender) => unknown) | undefined>)[message.parley];
    if (!handler) return undefined;
    return Promise.resolve(handler(message.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
