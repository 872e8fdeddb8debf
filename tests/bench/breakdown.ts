/**
 * Where an edit's time goes: on a 1,000-word draft whose chunks are already tokenized (the
 * state after an edit), time each stage of analyze() and each rule's check, in analyze()'s
 * order, so rules that share per-draft work (phrase streams) are charged as they are in use.
 */
import { settingsFor } from '../../src/core/index.ts';
import { findStrengths } from '../../src/core/strengths/find.ts';
import { buildDraft } from '../../src/core/nlp/draft.ts';
import { readingGrade } from '../../src/core/nlp/readability.ts';
import type { RuleContext } from '../../src/core/rule.ts';
import type { Channel } from '../../src/core/types.ts';
import { summarise } from './stats.ts';

export interface StageCost {
  name: string;
  /** Median microseconds per analysis. */
  medianUs: number;
}

export function stageCosts(text: string, channel: Channel, runs: number): StageCost[] {
  const { settings } = settingsFor(undefined);
  const samples = new Map<string, number[]>();
  const record = (name: string, start: number): void => {
    const list = samples.get(name) ?? [];
    list.push((performance.now() - start) * 1000);
    samples.set(name, list);
  };
  buildDraft(text); // fill the tokenizer cache: every run below is the cached path
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const draft = buildDraft(text);
    record('buildDraft (chunks cached)', start);
    start = performance.now();
    readingGrade(draft);
    record('readingGrade (stats)', start);
    for (const { rule, options } of settings.rules) {
      if (rule.channels && !rule.channels.includes(channel)) continue;
      const ctx: RuleContext<typeof options> = {
        draft,
        subject: null,
        options,
        channel,
        targets: settings.targets[channel],
        recipients: undefined,
        send: {},
        words: settings.words,
        strengths: findStrengths(draft),
        personalReply: false,
        exchange: null,
      };
      start = performance.now();
      try {
        rule.check(ctx);
      } catch {
        // analyze() skips a failing rule too; its time still counts.
      }
      record(`rule ${rule.id}`, start);
    }
  }
  return [...samples].map(([name, list]) => ({ name, medianUs: summarise(list).median }));
}
