/**
 * Seeded random drafts for fuzzing analyze(): real English marketing sentences (so the rules
 * actually run) mixed with the text that breaks naive offset code: astral emoji and ZWJ
 * sequences, RTL scripts and marks, zero-width and control characters, combining marks,
 * HTML, lone surrogates, very long words and runs of newlines. No dependency: a seeded PRNG.
 */

import { prng } from '../support/prng.ts';

export { prng };

export type Random = () => number;
export const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
export const intBetween = (rand: Random, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

const ENGLISH = [
  'We are thrilled to announce our award-winning, industry-leading platform!',
  'What would you change about your Monday planning?',
  "We can't ship to Canada because customs fees would double your price, but our Seattle stockist can.",
  'ACT NOW!!! Limited time offer, don\'t miss out!!!',
  'Ready to 10x your pipeline?',
  'You have WON a free cruise, call now!',
  'I hope this email finds you well. Just checking in.',
  'Teams using the scheduler cut reporting time from 3 hours to 40 minutes a week.',
  'Reply with one word and I will send the checklist.',
  'Hi {{first_name}}, [Company] helps you leverage synergy across best-in-class solutions.',
  'Our team, our values, our mission: we are the best at what we do.',
  'Click here, sign up, follow us, share this, and buy today.',
  '#sale #deals #win #free #shopnow #fashion #style',
  "Y'all, we're proud to be #1 and we'd love your thoughts?",
  'Read more at https://example.com/path?x=1&y=2 or email hello@example.com.',
  'Unfortunately we are unable to process your request at this time.',
];

const EMOJI = ['🚀', '🔥🔥🔥', '👩‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '🇵🇹', '1️⃣', '🧑🏿‍💻', '❤️', '😀😃😄😁', '\u{1F9D1}\u200D\u{1F373}'];
const RTL = ['مرحبا بكم في متجرنا', 'שלום לכולם', '\u200F', '\u200E', '\u202Eevil\u202C', 'عرض خاص!!!', '\u061C'];
const INVISIBLE = ['\u200B', '\uFEFF', '\u200C', '\u200D', '\u2060', '\u00AD', '\u00A0', '\u3000', '\u2028', '\u2029', '\u0085'];
const COMBINING = ['e\u0301', 'a\u0308\u0323', 'Z\u0351\u0352\u0357\u035b\u0346', 'n\u0303o', '\u0301\u0301\u0301'];
const MARKUP = ['<b>We</b>', '<script>alert("x")</script>', '&nbsp;&amp;&lt;', '<a href="https://x.io">link</a>', '<!-- note -->', '**bold**', '# Heading', '- bullet', '> quote', '`code`'];
const CONTROL = ['\u0000', '\u0007', '\r', '\r\n', '\t', '\u001b[31m', '\u007f', '\u0008', '\u000b', '\u000c'];
const LONE_SURROGATES = ['\uD83D', '\uDE80', '\uDC00\uD800', 'a\uD800b', '\uDBFF'];
const PUNCTUATION = ['!!!', '???', '?!', '...', '…', '—', '“', '”', '’', '"', "'", '(', ')', ':', ';', '$', '€', '%', '@', '#', '{', '}', '{{', '}}', '[', ']'];

function longWord(rand: Random): string {
  const unit = pick(rand, ['a', 'we', 'é', '🚀', 'x\u200B', 'ab-', '#']);
  return unit.repeat(intBetween(rand, 100, 3000));
}

/** One random piece: mostly English, often hostile. */
export function piece(rand: Random): string {
  const r = rand();
  if (r < 0.4) return pick(rand, ENGLISH);
  if (r < 0.48) return pick(rand, EMOJI);
  if (r < 0.54) return pick(rand, RTL);
  if (r < 0.6) return pick(rand, INVISIBLE);
  if (r < 0.65) return pick(rand, COMBINING);
  if (r < 0.71) return pick(rand, MARKUP);
  if (r < 0.76) return pick(rand, CONTROL);
  if (r < 0.8) return pick(rand, LONE_SURROGATES);
  if (r < 0.87) return pick(rand, PUNCTUATION);
  if (r < 0.9) return '\n'.repeat(intBetween(rand, 1, 40));
  if (r < 0.92) return longWord(rand);
  if (r < 0.96) return String.fromCodePoint(intBetween(rand, 0x20, 0x2fff));
  return String.fromCodePoint(intBetween(rand, 0x1f300, 0x1faff));
}

const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', '  ', '\t'];

export function randomText(rand: Random, maxPieces: number): string {
  const parts: string[] = [];
  const n = intBetween(rand, 0, maxPieces);
  for (let i = 0; i < n; i++) parts.push(piece(rand), pick(rand, SEPARATORS));
  return parts.join('');
}

/** A subject line: absent, blank, plain, or as hostile as the body. */
export function randomSubject(rand: Random): string | undefined {
  const r = rand();
  if (r < 0.25) return undefined;
  if (r < 0.3) return pick(rand, ['', ' ', '\u200B', '\n']);
  if (r < 0.55) return pick(rand, ['Quick question', '🔥 FLASH SALE 🔥 50% OFF EVERYTHING!!!', 'Re: your order', 'Introducing the future of work']);
  return randomText(rand, 8);
}

/** Settings as storage might hand them over: valid, partial, or corrupt. */
export function randomSettings(rand: Random): unknown {
  return pick(rand, [
    undefined,
    {},
    null,
    'corrupt',
    [1, 2, 3],
    { rules: { 'self-praise': { enabled: false } } },
    { rules: { 'self-praise': { severity: 'error', options: { extraWords: ['vintage', ''] } } } },
    { rules: { nope: { enabled: 'yes' } }, channels: { x: { maxChars: -5 } }, words: { allow: [42, 'best buy'] } },
    { words: { brag: ['amazing'], flag: ['synergy'], allow: ['the best'] } },
    { channels: { email: { bestMaxWords: 3 }, facebook: { bestMaxChars: 1 } } },
  ]);
}
