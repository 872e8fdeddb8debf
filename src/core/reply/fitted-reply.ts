/**
 * The reply check's thresholds, fitted by scripts/replies/fit.ts on real replies and the
 * messages they answer (do not edit by hand: run `npx tsx scripts/replies/fit.ts`). Overlaps
 * are shared content words, a rare one (a name, a word the lexicon does not know) counting
 * rareWeight (reply/words.ts, reply/exchange.ts).
 */
export interface ReplyThresholds {
  /** Where the numbers come from. */
  fittedOn: string;
  /** What one shared rare word counts, against 1 for a common one. */
  rareWeight: number;
  /** Overlap from which the reply takes up their topic: answers-them. */
  answeredAt: number;
  /** Lower overlap that still counts when the reply leaves none of their questions open. */
  answeredWithQuestionAt: number;
  /** Overlap from which the reply engages their whole message: no question counts as ignored. */
  engagedAt: number;
  /** Overlap with one question of theirs from which the reply addresses it. */
  questionAt: number;
}

export const FITTED_REPLY: ReplyThresholds = {
  fittedOn: '1500 reply pairs of reply-pairs.jsonl (sha256 839f98eb…a9e8), true vs shuffled parents as replies.mjs pairs them; held-out AUC 0.809 over 5 folds (scripts/replies/fit.ts)',
  rareWeight: 2,
  answeredAt: 3,
  answeredWithQuestionAt: 3,
  engagedAt: 1.5,
  questionAt: 0.5
};
