/**
 * Capitals written for volume ("FREE", "ACT NOW") versus acronyms ("SEO", "B2B", "GDPR").
 * Shared by the shouting and subject-line rules.
 */
import { isKnownWord } from './compromise.ts';
import type { Sentence } from './draft.ts';

/** Acronyms marketers write in capitals on purpose. Lower-case. */
const ACRONYMS = new Set([
  'seo', 'sem', 'ppc', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'cio', 'cro', 'vp', 'svp', 'evp', 'api', 'sdk', 'b2b', 'b2c', 'd2c',
  'crm', 'erp', 'roi', 'kpi', 'okr', 'faq', 'pdf', 'csv', 'usa', 'uk', 'eu', 'ai', 'ml', 'llm', 'gpt', 'hr', 'url',
  'html', 'css', 'sql', 'aws', 'gcp', 'gdpr', 'ccpa', 'hipaa', 'soc', 'iso', 'sms', 'cta', 'pr', 'nyc', 'sf',
  'asap', 'fyi', 'eta', 'diy', 'rsvp', 'tbd', 'est', 'pst', 'cet', 'gmt', 'utc', 'edt', 'pdt', 'yoy', 'qoq', 'mrr', 'arr',
  'nps', 'csat', 'smb', 'smbs', 'ux', 'ui', 'saas', 'paas', 'iaas', 'nasa', 'nato', 'esg', 'dei', 'gpu', 'cpu',
  'ipo', 'mba', 'phd', 'ama', 'ugc', 'cpc', 'cpm', 'cpa', 'ctr', 'ltv', 'cac', 'gtm', 'abm', 'sdr', 'bdr', 'ae', 'qa',
  'ceos', 'ctos', 'cfos', 'cmos', 'apis', 'kpis', 'okrs', 'faqs', 'pdfs', 'vps', 'ipos', 'llms', 'gpus', 'usd', 'eur',
  'gbp', 'inc', 'llc', 'ltd', 'gmbh', 'ngo', 'tv', 'dm', 'dms', 'pps', 'pm', 'vip', 'vips', 'rfp', 'sow',
  'json', 'yaml', 'http', 'https', 'ajax', 'nda', 'ndas', 'sla', 'slas', 'poc', 'mvp', 'tldr', 'imo', 'imho', 'aka', 'hq', 'r&d', 'm&a', 'q&a', 'p&l',
]);

const LETTERS = /\p{L}/gu;
const LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;
const HAS_VOWEL = /[AEIOUY]/;
const HAS_DIGIT_OR_AMPERSAND = /[\d&]/;
const PLURAL_S = /['’]?S$/;
/** A hashtag, handle, link or file name, or a code joined by "/", "_" or "@" ("IF/HSC", "RMS_STAGE", "HR@ACME"). */
const NOT_A_WORD = /^[#@]|:\/\/|\.\w|\w[/_@]\w/;
const TAG_OR_MENTION = /^[#@]/;
const WORD_RUN = /[\p{L}\p{N}'’&]+/gu;
const PRONOUN_I = /^i(['’]\w+)?$/i;
/** Roman numerals up to 39 ("III", "XIV"), not words like "DID" or "MIX". */
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Written in capitals: at least two letters, none lower-case. */
export function isAllCaps(word: string): boolean {
  return !HAS_LOWER.test(word) && (word.match(LETTERS)?.length ?? 0) >= 2;
}

/** Short shouts the lexicon does not know, so they are not mistaken for acronyms. */
const SHORT_SHOUTS = new Set(['sale', 'promo', 'yay', 'woo', 'omg', 'lol']);

/**
 * An acronym, not volume: listed, holds a digit or '&', has no vowel, is a roman numeral, or is
 * a three-letter word English does not have ("DPO", "SKU"): those are all in the lexicon.
 */
export function isAcronym(word: string): boolean {
  const singular = word.length > 3 ? word.replace(PLURAL_S, '') : word;
  const lower = singular.toLowerCase();
  return (
    ACRONYMS.has(word.toLowerCase()) ||
    ACRONYMS.has(lower) ||
    HAS_DIGIT_OR_AMPERSAND.test(word) ||
    !HAS_VOWEL.test(singular) ||
    ROMAN.test(word) ||
    (singular.length <= 3 && !isKnownWord(lower) && !SHORT_SHOUTS.has(lower))
  );
}

const shoutedCache = new Map<string, boolean>();

/** A word of three or more letters written in capitals for volume. Cached: drafts repeat words. */
export function isShouted(word: string): boolean {
  if (!HAS_UPPER.test(word)) return false;
  let shouted = shoutedCache.get(word);
  if (shouted === undefined) {
    shouted = isAllCaps(word) && (word.match(LETTERS)?.length ?? 0) >= 3 && !isAcronym(word) && !NOT_A_WORD.test(word);
    if (shoutedCache.size > 5000) shoutedCache.clear(); // bounded: memory stays flat
    shoutedCache.set(word, shouted);
  }
  return shouted;
}

/** Most of the sentence's words are capitals (acronyms aside) and at least one shouts. */
export function isShoutedSentence(sentence: Sentence): boolean {
  let lettered = 0;
  let caps = 0;
  let shouted = 0;
  for (const t of sentence.tokens) {
    if ((t.text.match(LETTERS)?.length ?? 0) < 2 || TAG_OR_MENTION.test(t.text)) continue;
    lettered++;
    if (isAllCaps(t.text)) caps++;
    if (isShouted(t.text)) shouted++;
  }
  return lettered >= 3 && shouted >= 2 && caps / lettered >= 0.7;
}

/**
 * Sentence case that keeps acronyms and "I": "WE ARE THRILLED FOR SEO" -> "We are thrilled for
 * SEO". Mid-sentence text (capitalize = false) starts lower-case: "FREE SEO AUDIT" -> "free SEO audit".
 */
export function toSentenceCase(text: string, capitalize = true): string {
  let first = capitalize;
  return text.replace(WORD_RUN, (word) => {
    const pronoun = PRONOUN_I.test(word); // "I", "I'M" -> "I'm"
    let out = isAllCaps(word) && isAcronym(word) ? word : pronoun ? `I${word.slice(1).toLowerCase()}` : word.toLowerCase();
    if (first && LETTER.test(out[0] ?? '')) out = out[0]!.toUpperCase() + out.slice(1);
    first = false;
    return out;
  });
}
