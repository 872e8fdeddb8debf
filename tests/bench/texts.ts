/**
 * Realistic marketing drafts of a given length for the benchmark: emails and posts mixing
 * broadcast sentences (brags, urgency, announcements) with dialogue (questions, tips, numbers),
 * in paragraphs, from a seeded generator so every run measures the same texts and every seed
 * gives a text the caches have never seen.
 */

import { prng as seededRandom } from '../support/prng.ts';

export { seededRandom };

const FILL: Record<string, readonly string[]> = {
  product: ['the scheduler', 'Pipeline Pro', 'our analytics suite', 'the new dashboard', 'InboxZen', 'the reporting add-on', 'our CRM'],
  team: ['sales teams', 'small agencies', 'finance leads', 'support managers', 'founders', 'marketing ops', 'recruiters'],
  task: ['weekly reporting', 'lead scoring', 'invoice chasing', 'onboarding new hires', 'campaign reviews', 'quarterly planning', 'follow-up emails'],
  number: ['3', '12', '40', '27', '5', '90', '18', '64'],
  name: ['Sam', 'Priya', 'Jordan', 'Elena', 'Marcus', 'Aiko', 'Dana'],
  month: ['March', 'June', 'September', 'November', 'January'],
  tag: ['#marketing', '#growth', '#SaaS', '#sales', '#productivity', '#B2B', '#leadership'],
  city: ['Austin', 'Leeds', 'Lisbon', 'Toronto', 'Melbourne'],
};

const BROADCAST = [
  'We are thrilled to announce that {product} is now available to everyone!',
  'Our award-winning team has built the industry-leading platform for {team}.',
  "Don't miss out: this limited time offer ends Friday, so act now!!!",
  'We are proud to be the #1 choice for {team} across the country.',
  'Our cutting-edge technology delivers best-in-class results, guaranteed.',
  'We have grown {number} percent this quarter and our investors love it.',
  'Our world-class solutions leverage synergy to drive innovation at scale.',
  'Sign up today, book a demo, follow us, and share this post with your network!',
  'We are excited to share that we won another award in {month}. {tag} {tag}',
  'Our revolutionary platform is trusted by thousands of happy customers.',
  'HUGE NEWS: our biggest sale of the year starts NOW.',
  'I hope this email finds you well and that you had a great weekend.',
  'Just checking in to see if you had a chance to read my last email.',
  'We cannot offer refunds on annual plans.',
];

const DIALOGUE = [
  'How do you handle {task} today, and what takes the longest?',
  '{team} who tried this cut {task} from {number} hours to {number} minutes a week.',
  'One tip: batch your {task} into a single block on Tuesday mornings.',
  'Would a short checklist for {task} be useful to you?',
  'Here is what worked for {name} in {city}: they stopped doing {task} by hand.',
  'If you reply with one word, I will send you the template we used.',
  'What would you change about the way your team plans {task}?',
  "You don't need a new tool for this; a shared calendar and {number} minutes are enough.",
  'Step {number}: list every report you send, then cross out the ones nobody opens.',
  'Last {month}, {team} told us that {task} was their biggest time sink.',
  'I am curious what you think, even if you disagree.',
  "We can't move the deadline, because the venue is booked, but we can record the session for you.",
  'Your customers probably ask about {task} more than you expect.',
  'Compare notes with the other readers in the comments: what is your trick for {task}?',
];

const OPENERS = ['Hi {name},', 'Hello {name},', 'Hey team,', 'Good morning,'];
const CLOSERS = ['Thanks,\n{name}', 'Best,\n{name}', 'Talk soon,\n{name}', 'Cheers,\n{name}'];

function fill(template: string, random: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const pool = FILL[key] ?? [key];
    return pool[Math.floor(random() * pool.length)]!;
  });
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * A draft of about `words` words (within one sentence of it), unique per seed. `broadcast`: the
 * share of broadcast sentences (0.4, a typical draft that needs some coaching; 0.9, a draft
 * full of marketing clichés with about 200 findings in 1,000 words).
 */
export function marketingText(words: number, seed: number, broadcast = 0.4): string {
  const random = seededRandom(seed);
  const paragraphs: string[] = [fill(pick(OPENERS, random), random)];
  let count = wordCount(paragraphs[0]!);
  // The seed number in the text makes every seed's text distinct even where templates repeat.
  let first = `Update ${seed}: ${fill(pick(DIALOGUE, random), random)}`;
  while (count < words) {
    const sentences: string[] = [first];
    first = '';
    const size = 2 + Math.floor(random() * 5);
    while (sentences.length < size && count < words) {
      const sentence = fill(pick(random() < broadcast ? BROADCAST : DIALOGUE, random), random);
      sentences.push(sentence);
      count += wordCount(sentence);
    }
    paragraphs.push(sentences.filter(Boolean).join(' '));
  }
  paragraphs.push(fill(pick(CLOSERS, random), random));
  return paragraphs.join('\n\n');
}

/** Change one letter inside a word near `position`: the smallest real edit a writer makes. */
export function editOneCharacter(text: string, position: number, random: () => number): string {
  let i = Math.min(Math.max(0, position), text.length - 1);
  while (i < text.length && !/[a-z]/.test(text[i]!)) i++;
  if (i >= text.length) i = text.search(/[a-z]/);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let letter = pick([...letters], random);
  if (letter === text[i]) letter = letter === 'a' ? 'b' : 'a';
  return text.slice(0, i) + letter + text.slice(i + 1);
}
