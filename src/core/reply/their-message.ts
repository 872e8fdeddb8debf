/**
 * Their message: the text a reply answers (AnalyzeInput.replyTo), read once per text. The
 * coach passes the same text on every keystroke, so its parse and its questions are cached by
 * the text itself: only the reply is analysed again as it is typed.
 */
import { buildDraft, type Draft, type Sentence } from '../nlp/draft.ts';
import { Lru } from '../nlp/lru.ts';
import { isRealQuestion } from '../signals/questions.ts';
import { wordOf } from '../nlp/words.ts';
import { type StemMap, sentenceStems, stemsOf } from './words.ts';

/** A question or request of theirs; start/end are UTF-16 offsets into their text. */
export interface TheirQuestion {
  start: number;
  end: number;
  text: string;
  stems: StemMap;
  /** Answerable with a yes or a no ("Can you send it Friday?"). */
  yesNo: boolean;
}

export interface TheirMessage {
  text: string;
  author?: string;
  draft: Draft;
  stems: StemMap;
  questions: readonly TheirQuestion[];
}

/** Openers of a question a yes or a no answers. */
const YES_NO_OPENERS = new Set([
  'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'can', 'could', 'would', 'will', 'should', 'shall', 'may', 'have', 'has', 'had',
  "isn't", "aren't", "don't", "doesn't", "didn't", "can't", "won't", "wouldn't", "couldn't", "shouldn't", "haven't", 'any', 'anyone', 'anybody',
]);
/** Requests without a question mark: "Please confirm…", "Let me know…". */
const REQUEST_OPENERS = ['please', 'kindly', 'let me know', 'let us know', 'can you', 'could you', 'would you', 'will you'];

const cache = new Lru<string, TheirMessage>(8);

export function theirMessage(text: string, author?: string): TheirMessage {
  const key = `${author ?? ''}\u0000${text}`;
  let message = cache.get(key);
  if (!message) {
    const draft = buildDraft(text);
    const questions = draft.sentences.filter((s) => asksTheReader(draft, s)).map((s) => questionOf(s));
    message = { text, ...(author ? { author } : {}), draft, stems: stemsOf(draft.sentences), questions };
    cache.set(key, message);
  }
  return message;
}

function asksTheReader(draft: Draft, sentence: Sentence): boolean {
  if (sentence.tokens.filter((t) => t.text).length < 2) return false;
  if (isRealQuestion(draft, sentence)) return true;
  const opening = sentence.tokens.slice(0, 3).map((t) => wordOf(t)).join(' ');
  return REQUEST_OPENERS.some((p) => opening === p || opening.startsWith(`${p} `));
}

function questionOf(sentence: Sentence): TheirQuestion {
  const first = sentence.tokens.find((t) => t.text);
  return {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text.trim(),
    stems: sentenceStems(sentence),
    yesNo: first !== undefined && YES_NO_OPENERS.has(wordOf(first)),
  };
}
