/**
 * names-them: the draft opens on the reader's name or replies to their @handle, or ends a turn
 * on their name ("Enjoy the ride, Kristin.").
 */
import { lexiconTags } from '../nlp/compromise.ts';
import { compilePhrases, findPhrases, type PhraseMatch } from '../nlp/phrases.ts';
import type { Strength } from './strength.ts';

/** Words that look like a name at the start of a line but greet nobody in particular. */
const NOT_NAMES = 'Hi|Hey|Hello|Dear|Thanks|Thank|Regards|Sir|Madam|All|Friend|Friends|Customer|Everyone|Team|Good|Please|Sorry|Yes|No|Ok|Note|Attention|Attn|Subject|Re|Fyi|Important|Warning|Notice|Reminder|Update|Medical|Joke|Hello|Sincerely|Cordially|Respectfully|Warmly|Best|Cheers';

/** Greeted words that are a crowd, not a person. */
const CROWD = 'all|everyone|everybody|guys|friends?|there|customers?|team|folks|people|sir|madam|[Aa]ll|[Ee]veryone|[Gg]uys|[Tt]here|[Ff]riends?|[Tt]eam|[Ff]olks';

// A line that opens with a capitalised name (after an optional greeting) and a comma or dash;
// a greeting and a name in any case ("hi alexis!"); a greeting to "sir" or "ma"; or an @handle.
// Case-sensitive on purpose: a capitalised word at a line's start is a name only before a comma.
const OPENING = compilePhrases({
  name: 'names-them',
  regex: new RegExp(
    `^(?:(?:Hi|Hey|Hello|Dear|Morning|Evening)\\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s)?(?!(?:${NOT_NAMES})\\b)[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?\\s*[,–—-](?=\\s|$)` +
      `|^[Hh](?:i|ey|ello)\\s+(?!(?:${CROWD})\\b)[A-Za-z]{2,}[!,]` +
      `|^(?:[Gg]ood\\s+)?(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight)[,\\s]+(?:[Ss]ir|[Mm]a|[Mm]a'am|[Bb]ro|[Ss]is)\\b` +
      `|^@[\\w.]+`,
    'gu',
  ),
});

// A comma, then one capitalised name that ends the line (an emoji may follow): "…, Neil?".
const VOCATIVE = compilePhrases({ name: 'names-them:vocative', regex: new RegExp(`,\\s+(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s)?(?!(?:${NOT_NAMES})\\b)[A-Z][a-z]+[.!?]*(?=\\s*\\p{Extended_Pictographic}*\\s*$)`, 'gu') });

// A bare capitalised word before the comma (no greeting, no title): "Louise," or "Behind,".
const BARE_WORD = /^[,\s]*(?!(?:Hi|Hey|Hello|Dear|Morning|Evening|Mr|Mrs|Ms|Dr|Prof)\b)([A-Z][a-z]+)/u;

/**
 * A bare word is a name unless the dictionary knows it as something else: "Louise,", "Jkoutsi,"
 * and a term of address ("Baby,", "Boss,") greet someone; "However,", "Additionally," and the
 * word salad spam opens its lines with ("Behind, electric sing knew.") do not. A salutation
 * alone on its line ("Frank,") still greets; a closing name ends its line anyway, so there the
 * dictionary decides ("Enjoy, Rest." is no name). One lookup per match, only where one was found.
 */
function greetsSomeone(match: PhraseMatch, after: string | null): boolean {
  const word = BARE_WORD.exec(match.phrase)?.[1];
  if (!word) return true;
  const lower = word.toLowerCase();
  const tags = lexiconTags(lower);
  // An adverb the dictionary does not list ("Additionally,"); names in -ly (Emily, Kelly) it lists.
  if (tags.length === 0 && lower.endsWith('ly')) return false;
  return tags.length === 0 || tags.includes('Person') || tags.includes('Actor') || (after !== null && ALONE_ON_LINE.test(after));
}

/** Only space up to the end of the line (or of the draft). */
const ALONE_ON_LINE = /^[ \t]*(?:\r?\n|$)/;

const namesThem: Strength = {
  id: 'names-them',
  label: 'You address them by name.',
  docs: {
    why: 'A name (or an @reply) tells the reader this was written for them, not for a list (P9).',
    examples: [
      'Louise, the numbers you asked for are below.',
      'Hi Mr. Alvarez, flu season peaks in January.',
      'Hi Marco - quick one about Thursday.',
      '@bsue285 exactly, that is my point too.',
      'hi alexis! you should stop all investments first.',
      'Evening sir. Hope the trip went well.',
      'Enjoy the ride, Kristin.',
    ],
    counterExamples: ['Dear Customer, your plan renews today.', 'Hello, is anyone there?', 'Our new office opens next week.\n12 Main Street, Houston, Texas\nVisit us for the opening.', 'Order today, Thanks.', 'Behind, electric sing knew. Mother sudden sun window.', 'However, the offer ends Friday.'],
  },
  // The ending name is read on the first and last lines only, where a turn addresses its reader;
  // further in, "Houston, Texas" ends an address line.
  find(draft) {
    const lines = draft.lines.filter((line) => line.end > line.start);
    const ends = [lines[0], lines.at(-1)];
    const vocatives = findPhrases(draft, VOCATIVE).filter((m) => greetsSomeone(m, null) && ends.some((line) => line !== undefined && m.start >= line.start && m.end <= line.end));
    const openings = findPhrases(draft, OPENING).filter((m) => greetsSomeone(m, draft.text.slice(m.end, m.end + 80)));
    return vocatives.length ? [...openings, ...vocatives].sort((a, b) => a.start - b.start) : openings;
  },
};

export default namesThem;
