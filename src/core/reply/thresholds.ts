/**
 * The numbers the reply check reads. Overlaps are shared content words, a rare one (a name, a
 * word the lexicon does not know) counting rareWeight (reply/words.ts, reply/exchange.ts). Their
 * values are fitted (fitted-reply.ts, written by scripts/replies/fit.ts).
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
  /** Overlap from which the reply engages their whole message: no question of theirs counts as ignored. */
  engagedAt: number;
  /** Overlap with one question of theirs from which the reply addresses it. */
  questionAt: number;
}
