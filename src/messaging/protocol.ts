/**
 * Every message Parley sends, in one typed map: name -> request and response. Handlers are
 * named functions (runtime.ts), never a string switch.
 *
 * Directions: content/popup/options -> background ("toBackground"), popup -> a tab's content
 * script ("toContent"). Pure types and two tiny builders, so the bootstrap (content/bootstrap.ts),
 * which cannot afford webextension-polyfill, sends and answers the same typed messages.
 */
import type { Channel, NoiseLevel, Report, SendContext } from '../core/types.ts';

/** A send the noise memory records: never the text, only a fingerprint of it. */
export interface SendRecord {
  channel: Channel;
  site: string;
  at: number;
  words: number;
  /** Similarity fingerprint (MinHash signature) of the text. */
  fingerprint: number[];
  /** Recipient domains for email cadence, lower-case; never addresses. */
  domains?: string[];
}

/**
 * What the noise memory knows for a draft: pass it (minus weekByChannel) as analyze's context.
 * Limits and the threshold come from settings.memory, so rules need no settings of their own.
 */
export type SendContextReply = Required<SendContext> & {
  /** Sends in the last 7 days per channel (the popup's "sends this week"). */
  weekByChannel: Partial<Record<Channel, number>>;
};

export interface HistoryListing {
  /** False when the user chose "Don't keep history" (sends is then empty). */
  keepHistory: boolean;
  /** Newest first. */
  sends: { at: number; channel: Channel; site: string; words: number }[];
}

/** What the badge needs to know about the tab's current draft. */
export interface BadgeState {
  score: number | null;
  noise: NoiseLevel;
}

/** The focused (or most recently edited) composer of a tab, as the popup shows it. */
export interface DraftState {
  composerId: string;
  site: string;
  channel: Channel;
  /** The channel the adapter detected, before any user override. */
  detectedChannel: Channel;
  report: Report;
  /** How often this channel was sent on lately (noise memory), when history is kept. */
  sentThisWeek?: Partial<Record<Channel, number>>;
}

export interface PageState {
  /** False when the user paused Parley on this site or turned it off. */
  active: boolean;
  composers: number;
  draft: DraftState | null;
  /** Why Parley cannot coach properly on this page (the page broke its overlay), for the popup. */
  problem?: string;
}

/** Who may send each message is declared where it is handled (background/index.ts). */
export interface ToBackground {
  /** The bootstrap saw a composer focused: inject the full coach into its frame. */
  activate: { req: Record<string, never>; res: { injected: boolean } };
  /** The tab's current draft changed (or went away: null): update the badge. */
  badge: { req: BadgeState | null; res: void };
  /**
   * The user sent a draft: remember it (fingerprint only). The worker takes the site from the
   * browser (the sender's address), never from the message.
   */
  recordSend: { req: Omit<SendRecord, 'site'>; res: void };
  /**
   * The user took a send back (Gmail's Undo Send brought the draft back): forget it. `at` is
   * the one recordSend was given; only a send of the last few minutes, from the same site, qualifies.
   */
  retractSend: { req: { at: number }; res: boolean };
  /** Cadence and near-duplicate facts for a draft about to be analysed. */
  sendContext: {
    req: { channel: Channel; fingerprint: number[]; domains?: string[] };
    res: SendContextReply;
  };
  /** The options page's history table: when, where and how long; never text or fingerprints. */
  sendHistory: { req: Record<string, never>; res: HistoryListing };
  /** "Clear history": forget every remembered send. */
  clearHistory: { req: Record<string, never>; res: void };
  /** Sites opted in at run time: (re)register the content script for them. */
  syncSites: { req: Record<string, never>; res: { origins: string[] } };
  ping: { req: Record<string, never>; res: { pong: true; version: string } };
}

/**
 * The popup's live feed: while open it holds a runtime port (this name) to each frame where
 * the coach runs, and the coach posts a PagePush whenever its draft's report changes, so the
 * popup never polls. A coach that starts while the popup is open says so (content/popup-feed.ts).
 */
export const POPUP_PORT = 'parley-popup';
export interface PagePush {
  parley: 'pageState';
  state: PageState;
}

/** Content script -> an open popup (runtime.ts sendToPopup; popup/page-feed.ts handles it). */
export interface ToPopup {
  /** The coach started in this frame (sender.frameId): connect to its feed. */
  coachStarted: { req: Record<string, never>; res: void };
}

export interface ToContent {
  getPageState: { req: Record<string, never>; res: PageState };
  focusFinding: { req: { composerId: string; index: number }; res: boolean };
  setChannel: { req: { composerId: string; channel: Channel }; res: DraftState | null };
}

export type Kind<P> = keyof P & string;
export type Req<P, K extends keyof P> = P[K] extends { req: infer R } ? R : never;
export type Res<P, K extends keyof P> = P[K] extends { res: infer R } ? R : never;

/** A message as it travels: `{ parley: kind, payload }`. */
export interface Envelope<P, K extends Kind<P>> {
  parley: K;
  payload: Req<P, K>;
}

export const isEnvelope = (m: unknown): m is { parley: string; payload: unknown } =>
  typeof m === 'object' && m !== null && typeof (m as { parley?: unknown }).parley === 'string';

/** A message to the worker, typed by its kind. */
export const toBackground = <K extends Kind<ToBackground>>(kind: K, payload: Req<ToBackground, K>): Envelope<ToBackground, K> => ({ parley: kind, payload });

/** A message to a tab's content script, typed by its kind. */
export const toPopup = <K extends Kind<ToPopup>>(kind: K, payload: Req<ToPopup, K>): Envelope<ToPopup, K> => ({ parley: kind, payload });
export const toContent = <K extends Kind<ToContent>>(kind: K, payload: Req<ToContent, K>): Envelope<ToContent, K> => ({ parley: kind, payload });

/** Is `m` a message of this kind to a content script? */
export const isToContent = <K extends Kind<ToContent>>(m: unknown, kind: K): m is Envelope<ToContent, K> => isEnvelope(m) && m.parley === kind;
