/**
 * Canned copy (P4, P5, P9): stock openers and closers (boilerplate), filler any company could
 * send to anyone (generic-copy) and life-coach lines (platitude). Each fits every reader, so it
 * tells this one nothing.
 */
import { patterns, phrases } from './lists.ts';

/** Teasers that also announce when they open a sentence (lexicon/announcing.ts). */
export const TEASER_OPENERS = phrases('canned/teaser-openers', ['big things are coming', 'something big is coming']);
/** A teaser that announces wherever it stands. */
export const STAY_TUNED = phrases('canned/stay-tuned', ['stay tuned']);

/** Boilerplate: canned openers and closers readers skim past. */
export const BOILERPLATE = {
  opener: phrases('canned/opener', ['hope this email finds you well', 'hope this message finds you well', 'hope this finds you well', 'trust this email finds you well', "hope you're doing well", 'hope you are doing well', "hope you're well", 'hope you are well', 'hope you had a great weekend', 'hope you had a good weekend']),
  chaser: phrases('canned/chaser', [
    'just checking in', 'just following up', 'following up on my last email', 'following up on my previous email',
    'following up on my previous message', 'following up on my last message', 'just wanted to follow up', 'just wanted to check in',
    'touching base', 'circling back', 'bumping this to the top of your inbox', 'bump this to the top of your inbox', 'bumping this up',
    'had a chance to review', 'did you get a chance to',
  ]),
  reproach: phrases('canned/reproach', ['per my last email', 'as per my last email', 'as per my previous email', 'as i mentioned in my last email', 'as previously mentioned']),
  closer: phrases('canned/closer', ["don't hesitate to reach out", 'do not hesitate to reach out', "don't hesitate to contact", 'do not hesitate to contact', "don't hesitate to get in touch", 'feel free to reach out', 'feel free to contact us', 'feel free to get in touch']),
  windup: phrases('canned/windup', [
    'i wanted to reach out', "i'm reaching out", 'i am reaching out', 'just reaching out', 'i just wanted to reach out',
      "i'm writing to you today", 'sorry to bother you', "i know you're busy", 'i know you are busy', 'i wanted to introduce myself',
    'allow me to introduce myself', 'let me introduce myself', 'we are pleased to inform you', "we're pleased to inform you",
    'please be advised', 'kindly be informed',
  ]),
  teaser: [...STAY_TUNED, ...phrases('canned/teaser', ['watch this space']), ...TEASER_OPENERS, ...phrases('canned/more-to-come', ['more to come'])],
};

/** Generic copy: scene-setting any company could write. */
export const SETTINGS = phrases('canned/setting', [
  "in today's fast-paced world", "in today's digital age", "in today's digital world",
  "in today's competitive landscape", "in today's ever-changing world", "in today's ever-changing landscape",
  'in this day and age', 'now more than ever', 'in these uncertain times', 'in these challenging times',
]);

/** Generic copy: business platitudes, indistinguishable from a form letter. */
export const BUSINESS_PLATITUDES = phrases('canned/business-platitude', [
  'we value your business', 'your business is important to us', 'your satisfaction is our priority',
  'your satisfaction is our top priority', 'customer satisfaction is our priority', 'customer satisfaction is our top priority',
  'your call is important to us', 'we are committed to excellence', "we're committed to excellence", 'committed to excellence',
  'we go above and beyond', 'one-stop shop', 'solutions tailored to your needs', 'meet all your needs',
  'take your business to the next level', 'take it to the next level', 'we appreciate your continued business',
  'thank you for your continued business', 'appreciate your business', 'look forward to serving you', 'committed to providing',
  'the highest level of service', 'businesses like yours', 'companies like yours',
]);

/** Generic copy: addressing a category, not a person. */
/** A greeting to nobody in particular; mass-greeting flags it too (lexicon/crowd.ts). */
export const TO_WHOM = phrases('canned/to-whom', ['to whom it may concern']);
export const FORM_ADDRESS: readonly string[] = [
  ...phrases('canned/form-address', ['as a valued customer', 'dear valued customer', 'dear customer', 'valued customer', 'dear sir or madam']),
  ...TO_WHOM,
];

/** Platitude: life-coach lines; common words count only inside a phrase, business senses pass. */
export const LIFE_COACH_LINES = patterns('canned/life-coach', [
  // Phrases first in meaning; compilePhrases tries the longest alternative first.
  'never give up',
  'never stop (?:dreaming|believing|learning|growing)',
  'believe in yourself',
  'everything happens for a reason',
  'nothing is impossible',
  'impossible is nothing',
  'the power of (?:positive thinking|belief|dreams|now|habit)',
  'change the world',
  'follow your (?:dreams?|heart|passion)',
  'dream big',
  'live your best life',
  'stay positive',
  'good vibes only',
  'hard work pays off',
  'the sky is the limit',
  '(?:your|their|his|her)(?: full| true)? potential',
  '(?:full|true) potential',
  '(?<!battery |shelf |product |work-|real |long |half-)life(?!\\s+(?:insurance|cycle|span|jacket|support|sciences?))',
  '(?<!customer |client |sales |team )success(?!\\s+(?:team|manager|metrics?|criteria|rate))',
  'successful',
  'dreams?',
  'happiness',
  'destiny',
  'greatness',
  'wisdom',
  // "Failure" and "achieve" are everyday words in work mail ("the pump's failure", "we achieved a
  // 30% lift"); only the life-coach uses are platitudes.
  '(?:fear of|afraid of) failure',
  'failure is(?: not)? (?:an option|the|a|just|never|only|part)',
  'achiev(?:e|es|ed|ing)(?= (?:your|their|his|her|my|our|greatness|success|dreams?|goals|anything|the impossible)\\b)',
  'achievements?',
]);
