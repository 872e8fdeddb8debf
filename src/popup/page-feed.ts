/**
 * The popup's live view of its tab: a port to every frame where the coach runs (each posts
 * its state at once and after every analysis), merged into one PageState by pickDraft. No
 * polling: a coach that starts later announces itself (coachStarted) and is connected then.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { handle } from '../messaging/runtime.ts';
import { type PagePush, type PageState, POPUP_PORT, type ToPopup } from '../messaging/protocol.ts';
import { type FrameAnswer, pickDraft } from './frames.ts';

const isPush = (m: unknown): m is PagePush => typeof m === 'object' && m !== null && (m as PagePush).parley === 'pageState' && typeof (m as PagePush).state === 'object';

export class PageFeed {
  private readonly states = new Map<number, PageState>();
  private readonly ports = new Map<number, Runtime.Port>();
  private readonly stopListening: () => void;

  /** `initial`: what each frame answered when the popup opened (bootstrap frames included). */
  constructor(
    private readonly tabId: number,
    initial: readonly FrameAnswer[],
    coachFrames: readonly number[],
    private readonly onState: (picked: { state: PageState; frameId: number } | null) => void,
  ) {
    for (const { frameId, state } of initial) this.states.set(frameId, state);
    for (const frameId of coachFrames) this.connect(frameId);
    this.stopListening = handle<ToPopup>({
      coachStarted: (_, sender) => {
        // Only a content script in this tab (handle() already checked it is this extension's).
        if (sender.tab?.id === this.tabId && sender.frameId !== undefined) this.connect(sender.frameId);
      },
    });
  }

  close(): void {
    this.stopListening();
    for (const port of this.ports.values()) port.disconnect();
    this.ports.clear();
  }

  private connect(frameId: number): void {
    if (this.ports.has(frameId)) return;
    const port = browser.tabs.connect(this.tabId, { name: POPUP_PORT, frameId });
    this.ports.set(frameId, port);
    port.onMessage.addListener((message: unknown) => {
      if (!isPush(message)) return;
      this.states.set(frameId, message.state);
      this.publish();
    });
    port.onDisconnect.addListener(() => {
      // The frame navigated or closed: its draft is gone with it.
      this.ports.delete(frameId);
      if (this.states.delete(frameId)) this.publish();
    });
  }

  private publish(): void {
    this.onState(pickDraft([...this.states].map(([frameId, state]) => ({ frameId, state }))));
  }
}
