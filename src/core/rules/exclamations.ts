/**
 * exclamations (P5): "!!!" anywhere, and more single "!" than a calm draft needs. Each one
 * spends the reader's attention; a draft full of them reads as a broadcast.
 */
import { defineRule, type RuleFinding } from '../rule.ts';
import { int } from '../options.ts';
import type { Draft } from '../nlp/draft.ts';
import { foundInLineTexts } from '../nlp/by-lines.ts';
import { DraftMemo } from '../nlp/draft-memo.ts';

/** "!!", "!!!", "?!!": a run of marks with at least two "!". */
const MARKS = /[!?¡]+/g;
/** Marks inside a link ("example.com/#!/page") are not punctuation. */
const IN_LINK = /(?:https?:\/\/|www\.)\S*$/;

export default defineRule({
  id: 'exclamations',
  category: 'noise',
  principle: 'P5',
  severity: 'warning',
  weight: 3,
  noiseReason: 'Exclamation marks: {count:place|places} where the draft raises its voice.',
  docs: {
    summary: 'Flags "!!" and "!!!", and more exclamation marks in one draft than the limit you set.',
    why: 'Every "!" asks for attention; readers treat a draft full of them as noise. Calm copy reads as confident.',
    good: ['Thanks for the quick reply! The slides are attached, and the recording follows on Monday.'],
    bad: ['Big news!!! Our spring sale is live.', 'Huge update! New dashboard! Faster exports!'],
  },
  options: {
    maxPerDraft: int({ default: 1, min: 0, max: 20, label: 'Most single "!" in one draft' }),
  },
  messages: {
    run: '"{marks}" shouts; one mark, or a full stop, says the same.',
    tooMany: '{count} exclamation marks in one draft; keep at most {max}.',
  },
  check({ draft, options }) {
    const marks = exclamationsOf(draft);
    const runs = marks.filter((m) => m.bangs >= 2);
    const singles = marks.filter((m) => m.bangs === 1).map((m) => ({ at: m.start + m.marks.indexOf('!'), afterQuestion: m.marks.includes('?') }));
    const out: RuleFinding[] = runs.map((r) => ({
      messageId: 'run',
      data: { marks: r.marks },
      start: r.start,
      end: r.end,
      suggestions: [
        { kind: 'replace', label: 'Use a full stop', replacement: r.marks.includes('?') ? '?' : '.' },
        { kind: 'replace', label: 'Keep one mark', replacement: r.marks.includes('?') ? '?' : '!' },
      ],
    }));
    // Runs count toward the total too: "Wow!!! Great! Thanks!" has three exclamations.
    const total = runs.length + singles.length;
    const allowed = Math.max(0, options.maxPerDraft - runs.length);
    for (const { at, afterQuestion } of singles.slice(allowed)) {
      out.push({
        messageId: 'tooMany',
        data: { count: total, max: options.maxPerDraft },
        start: at,
        end: at + 1,
        scale: 0.5,
        suggestions: [
          // "Really?!" keeps its question mark.
          afterQuestion
            ? { kind: 'replace', label: 'Drop the "!"', replacement: '' }
            : { kind: 'replace', label: 'Use a full stop', replacement: '.' },
          { kind: 'advice', label: 'Keep one "!" for the line that deserves it, if any.' },
        ],
      });
    }
    return out;
  },
});

/** A run of marks with at least one "!", outside links. */
interface Marks {
  start: number;
  end: number;
  marks: string;
  bangs: number;
}

const marksByDraft = new DraftMemo<readonly Marks[]>();

/** The draft's exclamations, once per draft; a link never spans a line, so an edit reads the edited lines only. */
function exclamationsOf(draft: Draft): readonly Marks[] {
  return foundInLineTexts(draft, marksByDraft, (line) => {
    const found: Marks[] = [];
    for (const m of line.matchAll(MARKS)) {
      const bangs = m[0].split('!').length - 1;
      if (bangs === 0 || IN_LINK.test(line.slice(Math.max(0, m.index - 200), m.index))) continue;
      found.push({ start: m.index, end: m.index + m[0].length, marks: m[0], bangs });
    }
    return found;
  });
}
