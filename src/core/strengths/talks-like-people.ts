/** talks-like-people: the interjections of a chat between people (ok, lol, yeah, pls). */
import { wordsPattern } from '../nlp/line-patterns.ts';
import { patternStrength } from './strength.ts';

export default patternStrength({
  id: 'talks-like-people',
  label: 'You write the way people talk to each other.',
  docs: {
    why: 'The shorthand of a chat (ok, lol, pls) is how people write to people they know; campaigns are polished for everyone.',
    examples: ['ok see you at 5', 'lol yeah, pls send it when you can'],
    counterExamples: ['Discover our exclusive collection today.', 'You will be young for as long as you stay receptive.'],
  },
  pattern: wordsPattern('talks-like-people', [
    'pls', 'plz', 'lol', 'ok', 'okay', 'yeah', 'yea', 'yep', 'hey', 'nah', 'haha\\w*', 'hehe\\w*', 'abi', 'sha', 'jare', 'oga', 'wetin',
    'bro', 'sis', 'cos', 'coz', 'wanna', 'gonna', 'gotta', 'kinda', 'btw', 'tbh', 'omg', 'aight', 'aiit', 'ya', 'yo',
  ]),
});
