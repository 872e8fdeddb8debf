/**
 * sales-hook-question (P3): questions that expect no answer: "Ready to 10x your pipeline?",
 * "Tired of manual reports?", "Did you know…?". They sound like dialogue but are a pitch.
 */
import { defineRule } from '../rule.ts';
import { capitalize, matchCase } from '../nlp/clauses.ts';
import type { Draft } from '../nlp/draft.ts';
import { type Hook, salesHooks } from '../signals/questions.ts';
import type { Suggestion } from '../types.ts';

export default defineRule({
  id: 'sales-hook-question',
  category: 'dialogue',
  principle: 'P3',
  severity: 'warning',
  weight: 4,
  docs: {
    summary: 'Flags rhetorical sales hooks: "Ready to 10x your pipeline?", "Tired of X?", "What if I told you…".',
    why: 'A hook is a pitch dressed as a question; readers know no one is listening. Ask something you really want answered.',
    good: ['Want to grab 15 minutes on Thursday to go through your export settings?', 'What slows your Monday report down the most?'],
    bad: ['Ready to 10x your pipeline?', 'Tired of chasing late invoices?', 'Did you know that 40% of invoices are paid late?'],
  },
  options: {},
  messages: {
    hook: '"{phrase}" is a sales hook, not a question the reader is meant to answer.',
  },
  check({ draft }) {
    return [...salesHooks(draft).entries()].map(([index, hook]) => {
      const sentence = draft.sentences[index]!;
      // From the hook to the end of its sentence: "Hi Sam, [struggling to keep up?]"
      const original = draft.text.slice(hook.match.start, sentence.end);
      const suggestions = suggestionsFor(draft, hook).map((x) => (x.kind === 'replace' ? { ...x, replacement: matchCase(original, x.replacement) } : x));
      return { messageId: 'hook', data: { phrase: draft.text.slice(hook.match.start, hook.match.end) }, start: hook.match.start, end: sentence.end, suggestions };
    });
  },
});

function suggestionsFor(draft: Draft, hook: Hook): Suggestion[] {
  const rest = hook.rest.replace(/^that\s+/i, '');
  const ask: Suggestion = { kind: 'advice', label: `Ask what you really want to know, e.g. "${realQuestion(draft, hook)}"` };
  switch (hook.kind) {
    case 'statement':
      return rest ? [{ kind: 'replace', label: 'State the fact plainly', replacement: `${capitalize(rest)}.` }, ask] : [ask];
    case 'pain':
      return rest ? [{ kind: 'replace', label: 'Ask about their experience', replacement: `What is the hardest part of ${rest} for you?` }, ask] : [ask];
    case 'painTo':
      return rest ? [{ kind: 'replace', label: 'Ask about their experience', replacement: `What makes it hard to ${rest}?` }, ask] : [ask];
    case 'tease':
      return rest ? [ask] : [{ kind: 'replace', label: 'Cut the hook', replacement: '' }, ask];
    default:
      return [ask];
  }
}

/** A real question about the thing the hook promises to grow: "your pipeline" -> "What is holding your pipeline back right now?" */
function realQuestion(draft: Draft, hook: Hook): string {
  const sentence = draft.sentences[draft.tokens[hook.match.firstToken]!.sentence]!;
  const at = sentence.tokens.findIndex((t) => t.normal === 'your');
  const thing = at >= 0 ? sentence.tokens[at + 1] : undefined;
  return thing && /^\p{L}+$/u.test(thing.text) ? `What is holding your ${thing.text} back right now?` : 'What is the hardest part of this for you right now?';
}
