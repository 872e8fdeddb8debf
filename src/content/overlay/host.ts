/**
 * The overlay's host: one element appended to <html> (never inside an editor) with an open
 * shadow root, so the page's styles leave it alone and tests and assistive tools can look
 * inside (it holds only the page's own draft and the hints about it).
 *
 * A hostile or careless page must not switch the coach off without the user knowing:
 * - it may have defined its own `parley-overlay` custom element (whose constructor takes the
 *   shadow root, or disables it): the host is then a plain <div>, which no page can upgrade;
 * - it may remove the host (apps that rebuild <html>, or a script that wants Parley gone): the
 *   host is put back at once, up to MAX_REATTACH times a minute; past that Parley stops
 *   fighting the page and says so in the popup (`blocked`).
 */
import { OVERLAY_CSS } from './styles.ts';

/** A page that re-renders <html> now and then is fine; one that removes the host in a loop is not. */
const MAX_REATTACH = 30;
const REATTACH_WINDOW_MS = 60_000;

export interface OverlayHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The fixed, click-through layer everything is drawn in. */
  layer: HTMLDivElement;
  /** Why the overlay cannot be shown on this page, for the popup; null while all is well. */
  readonly blocked: string | null;
  /** Puts the host back if the page removed it (some apps rebuild <body> or prune <html>). */
  ensureAttached(): void;
  remove(): void;
}

export function createHost(doc: Document = document): OverlayHost {
  const { host, root } = shadowHost(doc);
  host.setAttribute('data-parley-overlay', '');
  // Inline so the page's stylesheet cannot hide or move the host.
  host.style.cssText = 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;';
  adoptStyles(root);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  root.append(layer);
  doc.documentElement.append(host);

  let blocked: string | null = null;
  let removed = false;
  const reattachedAt: number[] = [];
  const ensureAttached = (): void => {
    if (host.isConnected || removed || blocked) return;
    const now = Date.now();
    while (reattachedAt.length > 0 && reattachedAt[0]! < now - REATTACH_WINDOW_MS) reattachedAt.shift();
    if (reattachedAt.length >= MAX_REATTACH) {
      blocked = 'This page keeps removing Parley’s underlines, so they are not shown here. The score and fixes below still work.';
      watcher.disconnect();
      return;
    }
    reattachedAt.push(now);
    doc.documentElement.append(host);
  };
  // Watch <html>'s children only (cheap): a removal is undone before the next frame is drawn.
  const watcher = new MutationObserver(ensureAttached);
  watcher.observe(doc.documentElement, { childList: true });
  return {
    host,
    root,
    layer,
    get blocked() {
      return blocked;
    },
    ensureAttached,
    remove() {
      removed = true;
      watcher.disconnect();
      host.remove();
    },
  };
}

/** `<parley-overlay>` (the public contract) when the page leaves the name alone, else a <div>. */
function shadowHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  try {
    const host = doc.createElement('parley-overlay');
    // An element the page's own class upgraded is not ours to trust with the hints.
    if (Object.getPrototypeOf(host) === HTMLElement.prototype && !host.shadowRoot) return { host, root: host.attachShadow({ mode: 'open' }) };
  } catch {
    // The page's constructor threw, or took the shadow root first.
  }
  const host = doc.createElement('div');
  return { host, root: host.attachShadow({ mode: 'open' }) };
}

/**
 * A constructed stylesheet, not a <style> element: pages whose CSP restricts style-src (no
 * 'unsafe-inline') block inline <style>, but not stylesheets built through the CSSOM.
 */
function adoptStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.append(style);
  }
}
