/**
 * shouting (P5): words or whole sentences in capitals for volume ("FREE", "WE ARE THRILLED").
 * Acronyms (SEO, CEO, B2B), names the lexicon knows (IBM), hashtags, mentions and links are not shouting.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { isShouted, isShoutedSentence, toSentenceCase } from '../nlp/caps.ts';
import { lexiconTags } from '../nlp/compromise.ts';
import type { Token } from '../nlp/draft.ts';
import { perSentence } from '../nlp/per-sentence.ts';

const TWO_CAPS = /\p{Lu}\p{Lu}/u;
// Hoisted: loudRuns tests every token of a sentence with capitals.
const SPACES_ONLY = /^\s+$/;
const HAS_LOWER = /\p{Ll}/u;

export default defineRule({
  id: 'shouting',
  category: 'noise',
  principle: 'P5',
  severity: 'warning',
  weight: 3,
  noiseReason: 'Shouting: {count:word or sentence|words or sentences} in capitals.',
  docs: {
    summary: 'Flags words and sentences written in ALL CAPS for emphasis; acronyms like SEO or B2B pass.',
    why: 'Capitals read as shouting, and shouting is noise: subject lines in caps lose opens. Let the words carry the weight.',
    good: ['Our SEO audit for B2B teams takes 20 minutes and the CEO summary fits on one page.', 'Follow #MarketingTips for weekly ideas.'],
    bad: ['WE ARE THRILLED TO SHARE THIS WITH YOU!', 'This is NOT a sales email, I promise.'],
  },
  options: {},
  messages: {
    sentence: 'This sentence is in capitals: it reads as shouting.',
    word: '"{word}" in capitals reads as shouting.',
  },
  check({ draft }) {
    const out: RuleFinding[] = [];
    // Fast path: a sentence with no two capitals in a row cannot shout.
    if (!TWO_CAPS.test(draft.text)) return out;
    for (let index = 0; index < draft.sentences.length; index++) {
      const sentence = draft.sentences[index]!;
      const caps = capsOf(draft, index);
      if (!caps) continue;
      if (caps.shouted !== null) {
        out.push({
          messageId: 'sentence',
          start: sentence.start,
          end: sentence.end,
          suggestions: [
            { kind: 'replace', label: 'Write it in sentence case', replacement: caps.shouted },
            { kind: 'advice', label: 'Keep capitals for acronyms and names; if something matters, say why it matters.' },
          ],
        });
        continue;
      }
      for (const { from, to, words, replacement, scale } of caps.runs) {
        out.push({
          messageId: 'word',
          data: { word: words },
          start: sentence.start + from,
          end: sentence.start + to,
          scale,
          suggestions: [
            { kind: 'replace', label: `Write "${replacement}"`, replacement },
            { kind: 'advice', label: 'For emphasis, use a plainer, stronger word or italics instead of capitals.' },
          ],
        });
      }
    }
    return out;
  },
});

/** A loud run, placed in its sentence, with its rewrite worked out once per sentence. */
interface LoudRun {
  from: number;
  to: number;
  words: string;
  replacement: string;
  scale: number;
}

/**
 * Whether a sentence shouts (then its sentence-case rewrite), or else its loud runs; null when it
 * has no two capitals in a row. Offsets count from the sentence's start, so the fact holds
 * wherever the sentence sits.
 */
const capsOf = perSentence((sentence): { shouted: string | null; runs: LoudRun[] } | null => {
  if (!TWO_CAPS.test(sentence.text)) return null;
  if (isShoutedSentence(sentence)) return { shouted: toSentenceCase(sentence.text), runs: [] };
  const runs = loudRuns(sentence.tokens).map(([first, last]): LoudRun => {
    const from = sentence.tokens[first]!.start - sentence.start;
    const to = sentence.tokens[last]!.end - sentence.start;
    const words = sentence.text.slice(from, to);
    // Acronyms inside the run keep their capitals: "FREE SEO AUDIT" -> "free SEO audit".
    // One loud word is a habit (half the weight of a shouted sentence); three or more are a shout.
    return { from, to, words, replacement: toSentenceCase(words, first === 0), scale: last - first >= 2 ? 1 : 0.5 };
  });
  return { shouted: null, runs };
});

/** Runs of capitalised tokens joined by spaces ("FOR A LIMITED TIME ONLY"), trimmed to shouted words. */
function loudRuns(tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    const joined = i > 0 && SPACES_ONLY.test(tokens[i - 1]!.post);
    if (first >= 0 && !(joined && !HAS_LOWER.test(t.text))) {
      runs.push([first, last]);
      first = -1;
    }
    if (isShouted(t.text)) {
      if (first < 0) first = i;
      last = i;
    }
  });
  if (first >= 0) runs.push([first, last]);
  // A lone capitalised word the lexicon knows as a name ("IBM", "UBS", "NASA") is that name, not volume.
  return runs.filter(([from, to]) => from !== to || !lexiconTags(tokens[from]!.normal).includes('ProperNoun'));
}
