/**
 * Reader first (P1): sender-first openings with a reader-first twin that keeps the sentence's
 * meaning (we-vs-you offers the rewrite).
 */
import { phraseTable } from './lists.ts';

export const READER_FIRST = phraseTable('reader-first/rewrites', {
  'we offer': 'you get',
  'we provide': 'you get',
  'we give you': 'you get',
  'we help you': 'you can',
  'we let you': 'you can',
  'we enable you to': 'you can',
  'we allow you to': 'you can',
  "we'll send you": "you'll get",
  'we will send you': 'you will get',
});
