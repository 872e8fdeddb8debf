/**
 * signs-off: the draft ends on the writer's own first name or initials after a dash or caret
 * ("-Tiffany", "- Dale", "^JD"): one person signing a note to another, as customer-care teams
 * do on X and colleagues do in a quick email. Brands' own posts and bulk mail never sign this way.
 */
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import type { Strength } from './strength.ts';

// A dash or tilde and one first name (and an initial), or a caret and initials; then only links.
const SIGN_OFF = compilePhrases({ name: 'signs-off', regex: /(?<=^|\s)(?:[-–—~]\s?[A-Z][a-z]+(?:\s[A-Z]\.?)?|\^\s?[A-Z]{1,3}|\^[A-Z][a-z]+)(?=\s*(?:https?:\/\/\S+\s*)*$)/gu });

const signsOff: Strength = {
  id: 'signs-off',
  label: 'You sign it with your own name.',
  docs: {
    why: 'A first name at the end says a person wrote this to a person, and who will answer back (P1, P9).',
    examples: ['Sorry for the wait! Could you DM us your order number? -Heather', 'Sounds right to me, send it over.\n\n- Dale', 'We can help with that. ^JD'],
    counterExamples: ['Spring sale: every plan 30% off - this week only', '"Simplicity is the ultimate sophistication." - Leonardo da Vinci'],
  },
  // Only the draft's last line: a name further up is a list item or a quote's author.
  find(draft) {
    const last = draft.lines.findLast((line) => line.end > line.start);
    return last ? findPhrases(draft, SIGN_OFF).filter((m) => m.start >= last.start) : [];
  },
};

export default signsOff;
