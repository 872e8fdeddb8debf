/**
 * merge-fields (P9): placeholders left unfilled ({{first_name}}, [Company], %FIRSTNAME%).
 * Sent as is, they tell the reader they are a row in a spreadsheet: the opposite of
 * "something specific to this reader". Checked in the body and in the subject line.
 */
import type { Draft } from '../nlp/draft.ts';
import { compilePhrases, findPhrases } from '../nlp/phrases.ts';
import { defineRule, type RuleFinding } from '../rule.ts';

/**
 * Template syntaxes: {{x}} (Handlebars, Liquid, HubSpot), {% x %} (Liquid tags), *|X|*
 * (Mailchimp), %X% / %%x%% (many ESPs), <<x>> and «x» (Word mail merge), {x}, and [Name]-style
 * square brackets (not markdown links "[text](url)", not citations "[1]"). A field sits on one
 * line, so it is matched line by line (and after an edit, on the edited line only).
 */
const FIELD = compilePhrases({
  name: 'merge-fields',
  regex: new RegExp(
    [
      String.raw`\{\{[^{}\n]{1,60}\}\}`,
      String.raw`\{%[^%\n]{1,80}%\}`,
      String.raw`\*\|[A-Z0-9_:]{1,40}\|\*`,
      String.raw`%%?[A-Za-z_][\w.:-]{1,40}%%?`,
      String.raw`<<[^\S\n]*[\w .-]{1,40}[^\S\n]*>>|«[^\S\n]*[\w .-]{1,40}[^\S\n]*»`,
      String.raw`\{[A-Za-z_][\w .-]{0,40}\}`,
      String.raw`\[(?:[A-Z][\w'’-]*(?:[ _][A-Za-z][\w'’-]*){0,4}|(?:insert|add|enter|your)\b[^\]\n]{0,40})\](?!\()`,
    ].join('|'),
    'g',
  ),
});
/** Fields that stand for the reader's name: in a greeting, "there" is a safe stand-in. */
const NAME_FIELD = /first.?name|fname|^\W*name\W*$|contact.?name/i;
const GREETING_BEFORE = /\b(hi|hello|hey)\s+$/i;

export default defineRule({
  id: 'merge-fields',
  category: 'dialogue',
  principle: 'P9',
  severity: 'error',
  weight: 8,
  docs: {
    summary: 'Flags unfilled merge fields and placeholders: {{first_name}}, {FirstName}, [Company], %FIRSTNAME%, <<name>>.',
    why: 'A visible placeholder tells the reader they are one row in a mail merge, which undoes any personal touch and embarrasses the sender.',
    good: [{ text: 'Hi Priya, the Berlin team asked the same question about exports last week.', channel: 'email' }],
    bad: [{ text: 'Hi {{first_name}}, I noticed [Company] is hiring.', channel: 'email' }],
  },
  options: {},
  messages: {
    field: '"{field}" is an unfilled placeholder; the reader will see it as is.',
  },
  check({ draft, subject }) {
    const found = fieldsIn(draft);
    if (subject) found.push(...fieldsIn(subject).map((f) => ({ ...f, field: 'subject' as const })));
    return found;
  },
});

function fieldsIn(draft: Draft): RuleFinding[] {
  const out: RuleFinding[] = [];
  const { text } = draft;
  for (const { phrase: field, start, end } of findPhrases(draft, FIELD)) {
    const inner = field.replace(/^[{[%<«*|\s]+|[}\]%>»*|\s]+$/g, '');
    const greeting = NAME_FIELD.test(inner) && GREETING_BEFORE.test(text.slice(Math.max(0, start - 10), start));
    out.push({
      messageId: 'field',
      data: { field },
      start,
      end,
      suggestions: [
        ...(greeting ? [{ kind: 'replace' as const, label: 'Write "there"', replacement: 'there' }] : []),
        { kind: 'advice', label: `Type the real ${readable(inner)} here, or rewrite the sentence without it.` },
      ],
    });
  }
  return out;
}

/** "first_name" -> "first name", "CompanyName" -> "company name". */
function readable(inner: string): string {
  const words = inner.replace(/[_.:-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words || 'value';
}
