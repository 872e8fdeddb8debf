/**
 * Rules whose findings come from the noise memory (other sends, their dates and counts), not
 * from the draft. Anything the page can read must leave them out: the in-page panel lives in
 * the page's DOM. tests/unit/report-view.test.ts checks this list against the registry.
 */
export const SEND_HISTORY_RULES: ReadonlySet<string> = new Set(['cadence', 'canned-copy']);
