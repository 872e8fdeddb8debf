/**
 * Business jargon and its plain twin (P6: think like the customer; write in their words).
 * `plain` is offered as a replacement only where the meaning is clear. `verb` entries are jargon
 * only as verbs ("leverage our data"); the noun is plain English ("gives you leverage"). Likewise
 * "bandwidth" is jargon only when it means people's time ("have the bandwidth").
 * Words that are brags ("world-class", "cutting-edge") belong to self-praise, not here.
 */
import { phraseTable } from './lists.ts';

export interface PlainWords {
  plain?: string;
  /** What to do instead, when no one word will do. */
  advice?: string;
  verb?: boolean;
}

const NAME_IT = 'Name what it is: an app, a service, a spreadsheet template.';

/** Jargon that is also a long word with a short twin (reading-grade's plain words read it too). */
const LONG_JARGON = phraseTable('plain-english/long-jargon', { utilize: { plain: 'use' }, utilizes: { plain: 'uses' }, utilizing: { plain: 'using' } });

export const JARGON: Readonly<Record<string, PlainWords>> = {
  ...LONG_JARGON,
  ...phraseTable<PlainWords>('plain-english/jargon', {
  leverage: { plain: 'use', verb: true }, leverages: { plain: 'uses', verb: true }, leveraging: { plain: 'using', verb: true },
  leveraged: { plain: 'used', verb: true },
  utilized: { plain: 'used' }, utilise: { plain: 'use' }, utilising: { plain: 'using' }, utilization: { plain: 'use' },
  synergy: { advice: 'Say what working together gets the reader, e.g. "one login for both tools".' },
  synergies: { advice: 'Say what working together gets the reader, e.g. "one login for both tools".' },
  synergize: { plain: 'work together' }, synergistic: { advice: 'Say what the combination does for the reader.' },
  solution: { advice: NAME_IT }, solutions: { advice: NAME_IT },
  'best practice': { plain: 'proven method' }, 'best practices': { plain: 'what works' },
  'paradigm shift': { plain: 'big change' }, paradigm: { plain: 'model' }, holistic: { plain: 'complete' },
  holistically: { plain: 'as a whole' }, 'value-add': { plain: 'benefit' }, 'value-added': { plain: 'extra' },
  'value proposition': { advice: 'Say in one line what the reader gets.' },
  'have the bandwidth': { plain: 'have time' }, 'have bandwidth': { plain: 'have time' },
  'no bandwidth': { plain: 'no time' }, 'the bandwidth to': { plain: 'the time to' },
  'circle back': { plain: 'follow up' }, 'touch base': { plain: 'talk' }, 'move the needle': { plain: 'make a difference' },
  'moves the needle': { plain: 'makes a difference' }, 'low-hanging fruit': { plain: 'quick wins' }, 'deep dive': { plain: 'close look' },
  'take this offline': { plain: 'talk about this separately' }, 'take it offline': { plain: 'talk about it separately' },
  'going forward': { plain: 'from now on' }, 'moving forward': { plain: 'from now on' }, 'at the end of the day': { plain: 'in the end' },
  'win-win': { advice: 'Say what each side gets.' }, seamless: { plain: 'smooth' }, seamlessly: { plain: 'smoothly' },
  robust: { plain: 'reliable' }, scalable: { advice: 'Say what grows and how far, e.g. "works the same for 5 or 500 users".' },
  streamline: { plain: 'simplify' }, streamlines: { plain: 'simplifies' },
  streamlined: { advice: 'Say what got simpler and by how much, e.g. "three steps instead of nine".' },
  empower: { plain: 'help' }, empowers: { plain: 'helps' }, empowering: { plain: 'helping' },
  'end-to-end': { plain: 'complete' }, turnkey: { plain: 'ready-to-use' }, 'mission-critical': { plain: 'essential' },
  'core competency': { plain: 'strength' }, 'core competencies': { plain: 'strengths' }, ideate: { plain: 'brainstorm' },
  operationalize: { plain: 'put into practice' }, incentivize: { plain: 'reward' }, incentivise: { plain: 'reward' },
  'actionable insights': { plain: 'findings you can act on' }, 'thought leadership': { advice: 'Share the idea itself instead of naming it.' },
  'thought leader': { advice: 'Let the reader judge: share one idea they can use.' },
  ecosystem: { advice: 'Name the tools or people you mean.' }, omnichannel: { advice: 'Name the channels, e.g. "email, chat and phone".' },
  stakeholders: { plain: 'people involved' }, learnings: { plain: 'lessons' }, granular: { plain: 'detailed' },
  'bleeding-edge': { plain: 'newest' }, 'drill down': { plain: 'look closer' }, impactful: { plain: 'effective' },
  frictionless: { plain: 'easy' }, 'data-driven': { advice: 'Say which data and what it showed.' },
  'double-click on': { plain: 'look closer at' }, 'boil the ocean': { advice: 'Say what is too big to do, and what you will do first.' },
  'net-net': { plain: 'in short' }, wheelhouse: { advice: 'Say plainly what you are good at, with one example.' },
  }),
};

/** Long words and wordy phrases with a short twin that means the same (Plain English lists). */
const PLAIN_TWINS: Readonly<Record<string, string>> = phraseTable('plain-english/long-words', Object.fromEntries([
  ['approximately', 'about'], ['additional', 'more'], ['additionally', 'also'], ['assistance', 'help'], ['commence', 'start'],
  ['demonstrate', 'show'], ['demonstrates', 'shows'], ['facilitate', 'help'], ['facilitates', 'helps'], ['functionality', 'features'],
  ['individuals', 'people'], ['numerous', 'many'], ['purchase', 'buy'], ['regarding', 'about'], ['subsequently', 'later'],
  ['sufficient', 'enough'], ['terminate', 'end'], ['in order to', 'to'], ['prior to', 'before'], ['at this point in time', 'now'],
  ['due to the fact that', 'because'], ['in the event that', 'if'], ['a majority of', 'most'], ['with regard to', 'about'],
  ['nevertheless', 'still'], ['consequently', 'so'], ['obtain', 'get'], ['require', 'need'], ['requires', 'needs'],
  ['endeavor', 'try'], ['ascertain', 'find out'], ['initiate', 'start'], ['optimal', 'best'], ['modification', 'change'],
  ['modifications', 'changes'], ['methodology', 'method'],
  ['accordingly', 'so'], ['therefore', 'so'], ['currently', 'now'], ['anticipate', 'expect'], ['component', 'part'],
  ['components', 'parts'], ['indicate', 'show'], ['indicates', 'shows'], ['transmit', 'send'], ['inquire', 'ask'],
]));

/** Long words and wordy phrases with their short twin, for reading-grade's plain rewrite. */
export const PLAIN_WORDS: ReadonlyMap<string, string> = new Map([
  ...Object.entries(PLAIN_TWINS),
  ...Object.entries(LONG_JARGON).map(([word, twin]) => [word, twin.plain] as [string, string]),
]);
