/** A rule's first bad and first good docs example, side by side. */
import { CHANNEL_LABELS } from '../core/channels.ts';
import type { Example, RuleDocs } from '../core/rule.ts';

function ExampleBox({ kind, example }: { kind: 'bad' | 'good'; example: Example }) {
  const { text, channel, subject } = typeof example === 'string' ? { text: example, channel: undefined, subject: undefined } : example;
  return (
    <figure class={`example example-${kind}`}>
      <figcaption>
        <span aria-hidden="true">{kind === 'bad' ? '✗' : '✓'}</span> {kind === 'bad' ? 'Flagged' : 'Passes'}
        {channel && <span class="example-channel">{CHANNEL_LABELS[channel]}</span>}
      </figcaption>
      {subject && <p class="example-subject">Subject: {subject}</p>}
      <blockquote>{text}</blockquote>
    </figure>
  );
}

export function RuleExamples({ docs }: { docs: RuleDocs }) {
  const bad = docs.bad[0];
  const good = docs.good[0];
  if (!bad && !good) return null;
  return (
    <div class="examples">
      {bad !== undefined && <ExampleBox kind="bad" example={bad} />}
      {good !== undefined && <ExampleBox kind="good" example={good} />}
    </div>
  );
}
