/** The strengths registry: the dialogue signals, in the order the popup lists them. */
import answersThem from './answers-them.ts';
import apologises from './apologises.ts';
import asksThem from './asks-them.ts';
import cheersThem from './cheers-them.ts';
import goodWishes from './good-wishes.ts';
import hedges from './hedges.ts';
import iVoice from './i-voice.ts';
import makesPlans from './makes-plans.ts';
import namesThem from './names-them.ts';
import offersHelp from './offers-help.ts';
import responds from './responds.ts';
import signsOff from './signs-off.ts';
import type { Strength } from './strength.ts';
import talksLikePeople from './talks-like-people.ts';
import texting from './texting.ts';
import thanks from './thanks.ts';

export const STRENGTHS: readonly Strength[] = [namesThem, answersThem, responds, thanks, apologises, offersHelp, asksThem, makesPlans, goodWishes, cheersThem, hedges, talksLikePeople, texting, iVoice, signsOff];
export type { Strength } from './strength.ts';

/**
 * Strengths that show the draft answers one person: what they said, their name, their problem.
 * A "you" or a link in such a draft is for that person, not for a crowd.
 */
export const ANSWERS_ONE_PERSON: ReadonlySet<string> = new Set(['names-them', 'answers-them', 'responds', 'thanks', 'apologises', 'offers-help', 'signs-off', 'cheers-them']);

/**
 * The share of its evidence a sign of a feed post (a link, a tag, an @handle inside the text)
 * carries: a third in a draft that answers one person, where it is more likely part of the
 * answer (the page they asked for, the team's tag in a cheer), all of it elsewhere.
 */
export const feedSignShare = (strengths: readonly { id: string }[]): number => (strengths.some((s) => ANSWERS_ONE_PERSON.has(s.id)) ? 1 / 3 : 1);
