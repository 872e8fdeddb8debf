/**
 * The overlay's host: one element appended to <html> (never inside an editor) with an open
 * shadow root, so the page's styles and scripts leave it alone and tests can look inside.
 */
import { OVERLAY_CSS } from './styles.ts';

export interface OverlayHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The fixed, click-through layer everything is drawn in. */
  layer: HTMLDivElement;
  /** Puts the host back if the page removed it (some apps rebuild <body> or prune <html>). */
  ensureAttached(): void;
  remove(): void;
}

export function createHost(doc: Document = document): OverlayHost {
  const host = doc.createElement('parley-overlay');
  host.setAttribute('data-parley-overlay', '');
  // Inline so the page's stylesheet cannot hide or move the host.
  host.style.cssText = 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;';
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root);
  const layer = doc.createElement('div');
  layer.className = 'layer';
  root.append(layer);
  doc.documentElement.append(host);
  return {
    host,
    root,
    layer,
    ensureAttached() {
      if (!host.isConnected) doc.documentElement.append(host);
    },
    remove() {
      host.remove();
    },
  };
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
