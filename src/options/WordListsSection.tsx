/** The user's own word lists: extra brag words, phrases to always flag, names never to flag. */
import type { WordLists } from '../core/rule.ts';
import { MAX_ALLOW_WORDS } from '../core/word-lists.ts';
import { WORD_LIST_SPEC } from '../core/word-lists.ts';
import { WordListEditor } from '../ui/WordListEditor.tsx';
import { setWordList } from './edit.ts';
import { Managed } from './Managed.tsx';
import type { SectionProps } from './useSettings.ts';

const HINTS: Record<keyof WordLists, { hint: string; placeholder: string }> = {
  brag: { hint: 'Flagged as self-praise, on top of the words Parley knows (award-winning, industry-leading, best-in-class…).', placeholder: 'e.g. market-defining' },
  flag: { hint: 'Flagged wherever they appear: words and phrases your team has agreed to avoid.', placeholder: 'e.g. circle back' },
  allow: { hint: `Brand and product names Parley never flags, even when they contain a flagged word (up to ${MAX_ALLOW_WORDS} words each). Case does not matter.`, placeholder: 'e.g. Best Buy' },
};

export function WordListsSection({ settings, update, locked }: SectionProps) {
  return (
    <section class="section" id="words" aria-labelledby="words-title">
      <h2 id="words-title">Word lists</h2>
      <p class="section-intro">Teach Parley your team's words. Lists apply to every rule and every channel.</p>
      <div class="card card-stack">
        {(Object.keys(WORD_LIST_SPEC) as (keyof WordLists)[]).map((key) => (
          <Managed key={key} locked={locked.has(`words.${key}`)}>
          <WordListEditor
            id={`words-${key}`}
            descriptor={WORD_LIST_SPEC[key]}
            hint={HINTS[key].hint}
            placeholder={HINTS[key].placeholder}
            items={settings.analysis.words?.[key] ?? []}
            onChange={(items) => update((s) => setWordList(s, key, items))}
          />
          </Managed>
        ))}
      </div>
    </section>
  );
}
