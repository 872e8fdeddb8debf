/**
 * The reply check's thresholds (reply/thresholds.ts), fitted by scripts/replies/fit.ts on real
 * replies and the messages they answer. Do not edit by hand: run `npx tsx scripts/replies/fit.ts`.
 */
import type { ReplyThresholds } from './thresholds.ts';

export const FITTED_REPLY: ReplyThresholds = {
  fittedOn: '1500 reply pairs of reply-pairs.jsonl (sha256 839f98eb…a9e8), true vs shuffled parents as replies.mjs pairs them; held-out AUC 0.809 over 5 folds (scripts/replies/fit.ts)',
  rareWeight: 2,
  answeredAt: 3,
  answeredWithQuestionAt: 3,
  engagedAt: 1.5,
  questionAt: 0.5,
};
