/**
 * Pushes this frame's draft to the toolbar popup while it is open: the popup connects a port
 * (POPUP_PORT) and gets the page state at once and again after every analysis, instead of
 * asking every second. Only the extension's own pages can connect to a content script.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { sendToPopup } from '../messaging/runtime.ts';
import { type PagePush, type PageState, POPUP_PORT } from '../messaging/protocol.ts';

export class PopupFeed {
  private readonly ports = new Set<Runtime.Port>();

  constructor(private readonly state: () => PageState) {
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== POPUP_PORT || port.sender?.id !== browser.runtime.id) return;
      this.ports.add(port);
      port.onDisconnect.addListener(() => this.ports.delete(port));
      this.post(port);
    });
    // A popup opened before this coach started connects when told (it only knew the bootstrap).
    sendToPopup('coachStarted', {}).catch(() => undefined);
  }

  /** The draft or its report changed: tell every open popup (nothing to do when none is open). */
  changed(): void {
    for (const port of this.ports) this.post(port);
  }

  private post(port: Runtime.Port): void {
    try {
      port.postMessage({ parley: 'pageState', state: this.state() } satisfies PagePush);
    } catch {
      this.ports.delete(port); // The popup closed between two analyses.
    }
  }
}
