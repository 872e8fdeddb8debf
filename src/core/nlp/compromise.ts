/**
 * The only file that imports compromise. Everything else sees Parley's own token model, so
 * the NLP library can be swapped or tuned in one place.
 *
 * Speed: compromise's full tagger costs ~40 ms per 1,000 words here, its tokenizer ~6 ms. So
 * every chunk is tokenized (cached per chunk text) and tokens get their tags from compromise's
 * lexicon; the context-aware tagger runs only on the sentences a rule asks about.
 */
import nlp from 'compromise/two';

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
  tags?: string[];
}
interface JsonSentence {
  terms: JsonTerm[];
}

/** compromise's term before tagging: the input is exactly the concatenation of pre + text + post. */
interface ParsedTerm {
  text: string;
  pre: string;
  post: string;
  /** Empty until compromise tags the term (its contraction step reads it). */
  tags: Set<string>;
  normal: string;
  implicit?: string;
}

/**
 * compromise's tokenizer without the work Parley does not use. `nlp.tokenize()` parses (which
 * already normalises every term), then normalises again and computes aliases and machine forms
 * (for its own matcher), and `.json()` builds a copy: Parley needs only the terms, their normal
 * form and the contraction split, so it parses, normalises plain words itself and runs only the
 * contraction step. The result is term for term what `nlp.tokenize(chunk).json()` gives
 * (tests/unit/tokenize-equivalence.test.ts checks it on every real text we have).
 */
export function tokenize(chunk: string): RawSentence[] {
  const doc = new View(parse(chunk));
  if (doc.document.some((terms) => terms.some(mayContract))) doc.compute('contractions');
  let elapsed = 0;
  return doc.document.map((terms) => {
    const out: RawTerm[] = terms.map((t) => {
      const start = elapsed + t.pre.length;
      elapsed = start + t.text.length + t.post.length;
      return { text: t.text, normal: t.normal, start, implicit: t.implicit ?? null, post: t.post };
    });
    const start = out[0]?.start ?? elapsed;
    return { start, end: elapsed, terms: out };
  });
}

function parse(chunk: string): ParsedTerm[][] {
  const { splitSentences, splitTerms } = world.methods.one.tokenize;
  return splitSentences(chunk, world).map((sentence) => splitTerms(sentence, world.model).map(termOf));
}

/**
 * A piece of a sentence ("Hello, ") as compromise parses it (its text, the punctuation and
 * spaces around it) and normalises it: both follow from the piece alone, and compromise's
 * parse walks each piece character by character with Unicode tests. After an edit, every piece
 * of the edited sentence but one was parsed before, so each is parsed once and copied. The
 * copy is fresh every time: compromise's later steps may change the terms they are given.
 */
const parsedPieces = new Map<string, ParsedPiece>();
/** A piece as kept: the parsed term's strings only. */
type ParsedPiece = readonly [text: string, pre: string, post: string, normal: string];
/**
 * Distinct pieces kept. Only the edited sentence's pieces are asked for after an edit, and every
 * keystroke makes one new piece (the edited word): a small map, started over when full, keeps
 * memory flat over thousands of edits (the bench's 5,000 → 10,000 edits check).
 */
const MAX_PIECES = 2000;

export function clearParsedPieces(): void {
  parsedPieces.clear();
}

function termOf(piece: string): ParsedTerm {
  const known = parsedPieces.get(piece);
  if (known) return { text: known[0], pre: known[1], post: known[2], tags: new Set<string>(), normal: known[3] };
  const term = world.methods.one.tokenize.splitWhitespace(piece, world.model);
  normalise(term);
  if (parsedPieces.size >= MAX_PIECES) parsedPieces.clear();
  parsedPieces.set(piece, [term.text, term.pre, term.post, term.normal]);
  return term;
}

/**
 * compromise's contraction step splits only words with an apostrophe ("we're"), numbers with a
 * unit or range ("4km", "5-9pm") and the listed words ("gonna", "cannot"); most sentences have
 * none, and the step costs a scan of its list per word.
 */
const APOSTROPHE_OR_DIGIT = /['\d]/;
let listedContractions: ReadonlySet<string> | undefined;
function mayContract(term: ParsedTerm): boolean {
  listedContractions ??= new Set(world.model.one.contractions.flatMap((c) => (c.word ? [c.word] : [])));
  return APOSTROPHE_OR_DIGIT.test(term.normal) || listedContractions.has(term.normal);
}

/**
 * A plain word's normal form is its lower case: none of compromise's clean-ups (edge
 * punctuation, ellipses, dashes, zero-width characters, digit commas, acronym periods,
 * accents) can change it. Anything else goes through compromise's own normaliser.
 */
const PLAIN_WORD = /^[a-z0-9][a-z0-9'-]*$/;
function normalise(term: ParsedTerm): void {
  const lower = term.text.toLowerCase();
  if (PLAIN_WORD.test(lower)) term.normal = lower;
  else new View([[term]]).compute('normal');
}

/** Context-aware tags per term, in the same order as tokenize() gives terms. */
export function tagSentence(sentence: string): string[][] {
  const json = nlp(sentence).json({ offset: true }) as JsonSentence[];
  return json.flatMap((s) => s.terms.map((t) => t.tags ?? []));
}

interface TagInfo {
  is?: string;
}
interface CompromiseView {
  document: ParsedTerm[][];
  compute(step: string): void;
}
const world = nlp.world() as unknown as {
  model: { one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, TagInfo>; contractions: { word?: string }[] } };
  methods: {
    one: {
      tokenize: {
        splitSentences(text: string, world: unknown): string[];
        splitTerms(sentence: string, model: unknown): string[];
        splitWhitespace(piece: string, model: unknown): ParsedTerm;
      };
    };
  };
};
/** compromise's document view, built straight from parsed terms (what nlp.tokenize wraps them in). */
const View = (nlp.tokenize('') as unknown as { constructor: new (document: ParsedTerm[][]) => CompromiseView }).constructor;

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
/** Per lexicon word, so it holds at most the lexicon's size; words it lacks are not kept. */
const wordTags = new Map<string, readonly string[]>();
/** Tags compromise's lexicon gives a word out of context (empty when unknown). */
export function lexiconTags(normal: string): readonly string[] {
  const known = wordTags.get(normal);
  if (known) return known;
  const entry = Object.hasOwn(lexicon, normal) ? lexicon[normal] : undefined;
  if (!entry) return EMPTY;
  const tags = typeof entry === 'string' ? withParents(entry) : [...new Set(entry.flatMap(withParents))];
  wordTags.set(normal, tags);
  return tags;
}

export function isKnownWord(normal: string): boolean {
  return Object.hasOwn(lexicon, normal);
}
