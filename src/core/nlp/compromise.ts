/**
 * The only file that imports compromise. Everything else sees Parley's own token model, so
 * the NLP library can be swapped or tuned in one place.
 *
 * Speed: compromise's full tagger costs ~40 ms per 1,000 words here, its tokenizer ~6 ms. So
 * every chunk is tokenized (cached per chunk text) and tokens get their tags from compromise's
 * lexicon; the context-aware tagger runs only on the sentences a rule asks about.
 */
import nlp from 'compromise';

export interface RawTerm {
  text: string;
  normal: string;
  /** Offset of the term's text inside the chunk, UTF-16 units. */
  start: number;
  /** What a contraction stands for ("can't" -> "can" + "not"); empty terms carry the second part. */
  implicit: string | null;
  post: string;
}
export interface RawSentence {
  start: number;
  end: number;
  terms: RawTerm[];
}

interface JsonTerm {
  text: string;
  normal: string;
  post: string;
  implicit?: string;
  offset: { start: number; length: number };
  tags?: string[];
}
interface JsonSentence {
  text: string;
  offset: { start: number; length: number };
  terms: JsonTerm[];
}

export function tokenize(chunk: string): RawSentence[] {
  const json = nlp.tokenize(chunk).json({ offset: true }) as JsonSentence[];
  return json.map((s) => ({
    start: s.offset.start,
    end: s.offset.start + s.offset.length,
    terms: s.terms.map((t) => ({
      text: t.text,
      normal: t.normal,
      start: t.offset.start,
      implicit: t.implicit ?? null,
      post: t.post,
    })),
  }));
}

/** Context-aware tags per term, in the same order as tokenize() gives terms. */
export function tagSentence(sentence: string): string[][] {
  const json = nlp(sentence).json({ offset: true }) as JsonSentence[];
  return json.flatMap((s) => s.terms.map((t) => t.tags ?? []));
}

interface TagInfo {
  is?: string;
}
const world = nlp.world() as unknown as {
  model: { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, TagInfo> } };
  methods: { one: { tokenize: { splitSentences(text: string, world: unknown): string[] } } };
};

/**
 * A line cut into compromise's own sentences (abbreviations, ellipses, quotes and initials
 * handled as its tokenizer does), so each can be tokenized and cached alone with the same
 * result as tokenizing the whole line. The pieces always join back to the line exactly.
 */
export function splitSentences(line: string): string[] {
  const pieces = world.methods.one.tokenize.splitSentences(line, world);
  return Array.isArray(pieces) && pieces.join('') === line ? pieces : [line];
}
const lexicon = world.model.one.lexicon;
const tagSet = world.model.one.tagSet;
const expanded = new Map<string, readonly string[]>();

/** A tag with all its parents: "Infinitive" -> Infinitive, PresentTense, Verb. */
function withParents(tag: string): readonly string[] {
  let out = expanded.get(tag);
  if (!out) {
    const list: string[] = [];
    for (let t: string | undefined = tag; t && !list.includes(t); t = tagSet[t]?.is) list.push(t);
    out = list;
    expanded.set(tag, out);
  }
  return out;
}

const EMPTY: readonly string[] = [];
/** Tags compromise's lexicon gives a word out of context (empty when unknown). */
export function lexiconTags(normal: string): readonly string[] {
  const entry = Object.hasOwn(lexicon, normal) ? lexicon[normal] : undefined;
  if (!entry) return EMPTY;
  if (typeof entry === 'string') return withParents(entry);
  return [...new Set(entry.flatMap(withParents))];
}

export function isKnownWord(normal: string): boolean {
  return Object.hasOwn(lexicon, normal);
}
