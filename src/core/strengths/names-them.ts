/** names-them: the draft opens on the reader's name or replies to their @handle. */
import { compilePhrases } from '../nlp/phrases.ts';
import { phraseStrength } from './strength.ts';

/** Words that look like a name at the start of a line but greet nobody in particular. */
const NOT_NAMES = 'Hi|Hey|Hello|Dear|Thanks|Thank|Regards|Sir|Madam|All|Friend|Friends|Customer|Everyone|Team|Good|Please|Sorry|Yes|No|Ok|Note|Attention|Attn|Subject|Re|Fyi|Important|Warning|Notice|Reminder|Update|Medical|Joke|Hello';

/** Greeted words that are a crowd, not a person. */
const CROWD = 'all|everyone|everybody|guys|friends?|there|customers?|team|folks|people|sir|madam|[Aa]ll|[Ee]veryone|[Gg]uys|[Tt]here|[Ff]riends?|[Tt]eam|[Ff]olks';

export default phraseStrength({
  id: 'names-them',
  label: 'You address them by name.',
  docs: {
    why: 'A name (or an @reply) tells the reader this was written for them, not for a list (P9).',
    examples: ['Louise, the numbers you asked for are below.', 'Hi Mr. Alvarez, flu season peaks in January.', 'Hi Marco - quick one about Thursday.', '@bsue285 exactly, that is my point too.', 'hi alexis! you should stop all investments first.', 'Evening sir. Hope the trip went well.'],
    counterExamples: ['Dear Customer, your plan renews today.', 'Hello, is anyone there?'],
  },
  // A line that opens with a capitalised name (after an optional greeting) and a comma or dash;
  // a greeting and a name in any case ("hi alexis!"); a greeting to "sir" or "ma"; or an @handle.
  // Case-sensitive on purpose: a capitalised word at a line's start is a name only before a comma.
  phrases: compilePhrases({
    name: 'names-them',
    regex: new RegExp(
      `^(?:(?:Hi|Hey|Hello|Dear|Morning|Evening)\\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.?\\s)?(?!(?:${NOT_NAMES})\\b)[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?\\s*[,–—-](?=\\s|$)` +
        `|^[Hh](?:i|ey|ello)\\s+(?!(?:${CROWD})\\b)[A-Za-z]{2,}[!,]` +
        `|^(?:[Gg]ood\\s+)?(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight)[,\\s]+(?:[Ss]ir|[Mm]a|[Mm]a'am|[Bb]ro|[Ss]is)\\b` +
        `|^@[\\w.]+`,
      'gu',
    ),
  }),
});
