/**
 * Announcing (P1): the sender's news and feelings before anything for the reader ("We're
 * thrilled to announce", "Introducing…", "Big news:"). Read by announcement, linkedin-fold and
 * self-praise ("proud to announce" is an announcement, not a brag).
 */
import { TEASER_OPENERS, STAY_TUNED } from './canned.ts';
import { phrases } from './lists.ts';

/** Feelings that announce in any "<feeling> to <telling>" and open a LinkedIn post as a broadcast. */
const STRONG_FEELINGS = phrases('announcing/feelings', ['thrilled', 'excited', 'pleased', 'delighted', 'proud', 'honored', 'honoured', 'humbled']);
/** "Happy to share the slides" is an offer, not an announcement: these announce only with an unveiling verb. */
export const MILD_FEELINGS = phrases('announcing/mild-feelings', ['happy', 'glad']);
/** The announcement rule's feelings. */
export const ANNOUNCING_FEELINGS: readonly string[] = [...STRONG_FEELINGS, ...phrases('announcing/more-feelings', ['stoked', 'overjoyed', 'ecstatic', 'elated'])];
/** "We're happy…" opens a LinkedIn post as a broadcast too; "we're glad" was never listed there. */
export const OPENING_FEELINGS: readonly string[] = [...STRONG_FEELINGS, ...MILD_FEELINGS.filter((f) => f === 'happy')];

const TELLING_VERBS = phrases('announcing/telling', ['share', 'introduce', 'welcome']);
export const UNVEILING = phrases('announcing/unveiling', ['announce', 'unveil', 'launch', 'present', 'reveal']);
/** What follows "<feeling> to" in an announcement. */
export const TELLING: readonly string[] = [...TELLING_VERBS, ...phrases('announcing/telling-phrases', ['tell you about', 'bring you'])];
/** The verb after "proud to" / "we're thrilled to" that makes it an announcement. */
export const ANNOUNCING_VERBS: readonly string[] = [...UNVEILING, ...TELLING_VERBS, ...phrases('announcing/telling-heads', ['tell', 'bring'])];

/** Openers that broadcast news, in announcement and at the top of a LinkedIn post. */
export const LAUNCH_OPENERS = phrases('announcing/launch', [
  'big news', 'exciting news', 'huge news', 'introducing', 'announcing', 'we are launching', "we're launching",
  'we just launched', "we've just launched", 'we have launched',
]);

/** These only announce when they open a sentence or clause ("Introducing…", "Big news:"). */
export const ANNOUNCING_OPENERS: readonly string[] = [
  ...LAUNCH_OPENERS,
  ...phrases('announcing/openers', [
    'great news', 'some news', 'drumroll', 'the wait is over',
    'hot off the press', "we've launched",
    'meet our new', 'say hello to our', 'it gives us great pleasure', 'it is with great pleasure',
    "it's with great pleasure", 'it is with great excitement', "we're live", 'we are live', "we're hiring", 'we are hiring',
    'coming soon', 'new blog post', 'check out our new', "it's official",
    'join us for',
  ]),
  ...TEASER_OPENERS,
];

/** Milestone and launch phrases that announce wherever they stand. */
export const ANNOUNCING_ANYWHERE: readonly string[] = [
  ...phrases('announcing/anywhere', ['officially open', 'officially launched', 'officially live', 'officially here', 'just wrapped up', 'invite you to our']),
  ...STAY_TUNED,
];
