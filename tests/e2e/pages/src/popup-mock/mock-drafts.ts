/**
 * Canned drafts for the mock connector: findings as the analysis core reports them, scored
 * by the core's own scoring so the numbers add up as they do for real.
 */
import { groupOf } from '../../../../../src/core/model.ts';
import { levelFor } from '../../../../../src/core/noise.ts';
import { scoreFindings } from '../../../../../src/core/score.ts';
import type { Channel, Dimension, Finding, Report, ReportStatus } from '../../../../../src/core/types.ts';
import { VERDICT_LABELS, verdictFor } from '../../../../../src/core/verdict.ts';
import type { DraftState } from '../../../../../src/messaging/protocol.ts';

type Seed = [rule: string, category: Dimension, cost: number, message: string, fix: string, start: number, end: number];

function finding([rule, category, cost, message, fix, start, end]: Seed): Finding {
  return { rule, category, principle: 'P1', severity: 'warning', messageId: 'm', message, start, end, suggestions: [{ kind: 'advice', label: fix }], points: cost };
}

const STATS = { characters: 0, words: 0, sentences: 0, questions: 0, readingGrade: 6, youWords: 0, weWords: 0, hashtags: 0, links: 0 };

function report(channel: Channel, seeds: Seed[], reasons: string[], words: number, questions: number): Report {
  const findings = seeds.map(finding);
  // A seed's cost is in points of a typical draft; a tenth of it is about its evidence (model.ts).
  const { score, dimensions } = scoreFindings(findings, seeds.map((s) => s[2] / 10), groupOf(channel));
  const noisy = findings.filter((f) => f.category === 'noise' || f.category === 'self-promotion').reduce((sum, f) => sum + f.points, 0);
  const noiseScore = Math.min(100, Math.round((noisy / 35) * 100));
  return { status: 'ok', channel, score, verdict: VERDICT_LABELS[verdictFor(score)], dimensions, noise: { level: levelFor(noiseScore), score: noiseScore, reasons }, findings, strengths: [], stats: { ...STATS, words, questions } };
}

const draft = (channel: Channel, r: Report, extra: Partial<DraftState> = {}): DraftState => ({ composerId: 'mock-1', site: 'www.linkedin.com', channel, detectedChannel: channel, report: r, ...extra });

export const BROADCAST_DRAFT = draft(
  'linkedin-post',
  report(
    'linkedin-post',
    [
      ['announcement', 'dialogue', 6, '"We are thrilled to announce" announces your news. Lead with what changes for the reader.', 'Open with the change for the reader: "You can now…"', 0, 27],
      ['no-question', 'dialogue', 8, 'Nothing here asks the reader anything. Ask one real question or invite a reply.', 'Add "What do you think?"', 120, 150],
      ['we-vs-you', 'dialogue', 3, '"We" keeps the focus on you, the sender.', 'Turn the sentence round to the reader: "You can…"', 0, 2],
      ['self-praise', 'self-promotion', 5, '"award-winning" is self-praise the reader cannot check.', 'Swap the claim for a fact the reader can check.', 32, 45],
      ['self-praise', 'self-promotion', 5, '"industry-leading" is self-praise the reader cannot check.', 'Swap the claim for a fact the reader can check.', 47, 63],
      ['empty-hype', 'self-promotion', 5, '"game-changing" is hype with nothing behind it.', 'Say what changes, with a number.', 70, 83],
      ['urgency', 'noise', 4, '"Act now" pushes without giving a reason; readers tune it out.', 'Give one reason to act instead.', 130, 137],
      ['no-value', 'value', 6, 'Nothing here the reader can use: no fact about their work, step, example, how-to or story.', 'Add one thing the reader can use today.', 0, 60],
      ['call-to-action', 'call-to-action', 6, 'No next step: the reader does not know what you want them to do.', 'End with one easy step: "Reply with one word."', 120, 150],
    ],
    ['Self-praise: 2 brag word(s) that readers tune out.', 'Empty hype: 1 phrase(s) that promise without saying anything.', 'Urgency clichés: 1 "act now"-style push(es) readers have learned to ignore.', 'Your 3rd LinkedIn post today.'],
    41,
    0,
  ),
  { sentThisWeek: { 'linkedin-post': 9, email: 14 } },
);

const dialogueReport = report('email', [['channel-length', 'clarity', 2, '36 words: Emails of 50 words or more get the most replies.', 'Add one useful specific rather than padding.', 0, 0]], [], 36, 1);
export const DIALOGUE_DRAFT = draft('email', {
  ...dialogueReport,
  strengths: [
    { id: 'names-them', label: 'You address them by name.', count: 1, start: 0, end: 5 },
    { id: 'answers-them', label: 'You answer something they said or sent.', count: 1, start: 20, end: 33 },
    { id: 'thanks', label: 'You thank them.', count: 1, start: 6, end: 12 },
  ],
});

function statusDraft(status: Exclude<ReportStatus, 'ok'>, statusMessage: string): DraftState {
  return draft('email', { ...DIALOGUE_DRAFT.report, status, statusMessage, score: null, verdict: statusMessage, findings: [] });
}

export const TOO_SHORT_DRAFT = statusDraft('too-short', 'Too short to judge: write a sentence or two.');
export const NOT_ENGLISH_DRAFT = statusDraft('not-english', 'This does not look like English. Parley coaches English drafts only, so it shows no hints here.');
