import { describe, expect, test } from 'vitest';
import { FINGERPRINT_SIZE, fingerprint, isFingerprint, similarity } from '../../src/core/history/fingerprint.ts';

/** The default "this is the same message again" threshold (settings.memory.similarity). */
const THRESHOLD = 0.8;

const OUTREACH = `Hi Anna,

I read your piece on onboarding emails at Northwind and the part about welcome sequences stuck with me.
We help small SaaS teams cut their time to first value, usually by rewriting the first three emails a new user gets.
Would it be useful if I sent you two examples from teams your size?
No pressure either way, and thanks for writing it.`;

const LAUNCH = `Our spring release is out today.
The new scheduler lets you plan a whole quarter of posts in one sitting, and the calendar now shows every channel side by side.
We rebuilt the export too, so your reports open in any spreadsheet without fixing the columns first.
What would you like us to build next?`;

const UNRELATED = [
  `Quick question about the conference next month: is the workshop on Tuesday still open to people outside the partner programme, or do I need an invitation code to register for it?`,
  `Three things I learned from running support for a year: answer the angry ones first, write the macro after the tenth time rather than the first, and always thank people who report a bug with steps to reproduce it.`,
  `Thank you all for coming to the meetup last night. The slides and the recording will be online by Friday, and the next session is about pricing pages, so bring the one you like least.`,
  LAUNCH,
];

const sim = (a: string, b: string): number => similarity(fingerprint(a), fingerprint(b));

describe('fingerprint', () => {
  test('is a fixed-size list of small numbers (one byte each) that holds none of the words', () => {
    const fp = fingerprint(OUTREACH);
    expect(isFingerprint(fp)).toBe(true);
    expect(fp).toHaveLength(FINGERPRINT_SIZE);
    expect(JSON.stringify(fp)).not.toMatch(/[a-z]/i);
  });

  test('is the same for the same text (deterministic across runs)', () => {
    expect(fingerprint(OUTREACH)).toEqual(fingerprint(OUTREACH));
    expect(sim(OUTREACH, OUTREACH)).toBe(1);
  });

  test('is empty for a draft without words, which matches nothing', () => {
    expect(fingerprint('   \n ... ')).toEqual([]);
    expect(similarity([], [])).toBe(0);
    expect(similarity(fingerprint(''), fingerprint(OUTREACH))).toBe(0);
  });
});

describe('near-duplicates count as the same message', () => {
  test('reordered sentences', () => {
    const reordered = `Hi Anna,

Would it be useful if I sent you two examples from teams your size?
We help small SaaS teams cut their time to first value, usually by rewriting the first three emails a new user gets.
I read your piece on onboarding emails at Northwind and the part about welcome sequences stuck with me.
No pressure either way, and thanks for writing it.`;
    expect(sim(OUTREACH, reordered)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  test('changed names, company and address: a personalised template', () => {
    const other = OUTREACH.replace('Hi Anna,', 'Hi Ben Okafor,').replace('Northwind', 'Contoso Labs');
    expect(sim(OUTREACH, other)).toBeGreaterThanOrEqual(THRESHOLD);
    const withEmail = `${OUTREACH}\nReply here or write to anna@northwind.io.`;
    const withOtherEmail = `${other}\nReply here or write to ben@contoso.com.`;
    expect(sim(withEmail, withOtherEmail)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  test('an unfilled merge field matches the filled-in copy', () => {
    const template = OUTREACH.replace('Hi Anna,', 'Hi {{first_name}},').replace('Northwind', '{{company}}');
    expect(sim(OUTREACH, template)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  test('an added sign-off', () => {
    expect(sim(OUTREACH, `${OUTREACH}\n\nBest regards,\nMaria Lopez\nHead of Growth, Fabrikam`)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  test('changed numbers and links', () => {
    const a = `${LAUNCH}\nSee https://example.com/spring?utm=li for the details, 30% off until 12 May.`;
    const b = `${LAUNCH}\nSee https://example.com/spring?utm=x for the details, 25% off until 19 May.`;
    expect(sim(a, b)).toBeGreaterThanOrEqual(THRESHOLD);
  });

  test('all of it at once', () => {
    const shuffled = `Hey Ben,

No pressure either way, and thanks for writing it.
I read your piece on onboarding emails at Contoso and the part about welcome sequences stuck with me.
Would it be useful if I sent you two examples from teams your size?
We help small SaaS teams cut their time to first value, usually by rewriting the first three emails a new user gets.

Cheers,
Maria`;
    expect(sim(OUTREACH, shuffled)).toBeGreaterThanOrEqual(THRESHOLD);
  });
});

describe('different messages do not', () => {
  test.each(UNRELATED.map((text, i) => [i, text] as const))('unrelated draft %i is below the threshold', (_, text) => {
    expect(sim(OUTREACH, text)).toBeLessThan(THRESHOLD);
    expect(sim(OUTREACH, text)).toBeLessThan(0.3);
  });

  test('two launch posts on the same topic but rewritten', () => {
    const rewritten = `Spring is here, and so is a calmer way to plan.
Pick a quarter, drop your ideas on the calendar, and see LinkedIn, X and email together before anything goes out.
Exports now land in your spreadsheet with the columns right.
What should come next?`;
    expect(sim(LAUNCH, rewritten)).toBeLessThan(THRESHOLD);
  });

  test('a draft that only shares the greeting and sign-off', () => {
    const a = 'Hi Anna,\nCan we move Thursday\'s call to Friday morning? The venue fell through.\nThanks,\nMaria';
    const b = 'Hi Anna,\nThe invoice for March is attached; it covers the two extra seats you added.\nThanks,\nMaria';
    expect(sim(a, b)).toBeLessThan(THRESHOLD);
  });
});

describe('isFingerprint', () => {
  test('refuses values that are not a current fingerprint', () => {
    expect(isFingerprint(fingerprint(LAUNCH))).toBe(true);
    expect(isFingerprint([1, 2, 3])).toBe(false);
    expect(isFingerprint('abc')).toBe(false);
    expect(isFingerprint(new Array(FINGERPRINT_SIZE).fill(300))).toBe(false);
  });
});
