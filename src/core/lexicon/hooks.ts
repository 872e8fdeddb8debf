/**
 * Sales hooks (P3): questions that expect no answer ("Tired of X?", "Ready to 10x your
 * pipeline?"). signals decide where they open a sentence; here is what they say.
 */
import { phrases } from './lists.ts';
import { BUSINESS_METRICS } from './value.ts';

/**
 * pain: "Tired of X?" · painTo: "Struggling to X?" · statement: "Did you know X?", "What if I
 * told you X" · desire: "Want to double X?" (a hook only with a growth promise) · tease ("Guess
 * what?") and pressure ("Why wait?"): always hooks.
 */
export type HookKind = 'pain' | 'painTo' | 'statement' | 'desire' | 'tease' | 'pressure';

export const HOOKS: Record<HookKind, readonly string[]> = {
  pain: phrases('hooks/pain', ['tired of', 'sick of', 'fed up with', 'struggling with', 'are you tired of', 'are you sick of', 'are you struggling with', 'still struggling with', 'frustrated with', 'frustrated by']),
  painTo: phrases('hooks/painTo', ['struggling to', 'are you struggling to', 'still struggling to']),
  statement: phrases('hooks/statement', ['did you know', 'did you know that', 'what if i told you', 'what if i told you that']),
  desire: phrases('hooks/desire', ['ready to', 'ready for', 'want to', 'wanna', 'want more', 'want a', 'do you want to', 'do you want more', 'do you want', 'are you ready to', 'are you ready for', 'looking to', 'looking for a way to', 'need more', 'how would you like to', 'would you like to', 'wish you could', 'ever wish you could']),
  tease: phrases('hooks/tease', ['guess what', 'what if you could', 'imagine if you could', 'imagine being able to', 'who else wants', "who doesn't want", "who doesn't love", 'want to know a secret', 'want to know the secret']),
  // "What are you waiting for?" is urgency's (P5).
  pressure: phrases('hooks/pressure', ['why wait', 'why settle', 'can you afford to', "can you afford not to", "isn't it time"]),
};

/** Growth promises that turn "Want to…?" into a hook: "double", "10x", "more leads". */
export const GROWTH_PROMISES: readonly string[] = [
  ...BUSINESS_METRICS,
  ...phrases('hooks/growth', [
    'double', 'triple', 'boost', 'skyrocket', 'supercharge', 'maximize', 'maximise', 'explode', 'crush', 'dominate', 'unlock',
    'transform', 'revolutionize', 'leads', 'pipeline', 'roi', 'conversions',
    'traffic', 'income', 'level', 'grow', 'increase', 'rich', 'millionaire', 'twice', 'faster', 'fast', 'speeds',
    'money', 'deals', 'save', 'earn',
  ]),
];
