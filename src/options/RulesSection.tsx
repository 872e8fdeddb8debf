/** Every rule, grouped by the score dimension it belongs to, with a filter. */
import { useState } from 'preact/hooks';
import type { Rule } from '../core/rule.ts';
import { RULES } from '../core/rules/index.ts';
import { DIMENSION_SHARE } from '../core/score.ts';
import { DIMENSIONS } from '../core/types.ts';
import { DIMENSION_BLURBS, DIMENSION_LABELS, ruleTitle } from '../core/labels.ts';
import { RuleRow } from './RuleRow.tsx';
import type { SectionProps } from './useSettings.ts';

const matches = (rule: Rule, query: string): boolean =>
  query === '' || [rule.id, ruleTitle(rule.id), rule.docs.summary, rule.docs.why, rule.principle].some((t) => t.toLowerCase().includes(query));

export function RulesSection({ settings, update, locked }: SectionProps) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const off = RULES.filter((r) => settings.analysis.rules?.[r.id]?.enabled === false).length;
  const shown = RULES.filter((r) => matches(r, q));
  return (
    <section class="section" id="rules" aria-labelledby="rules-title">
      <div class="section-head">
        <div>
          <h2 id="rules-title">Rules</h2>
          <p class="section-intro">
            {RULES.length} rules{off > 0 ? `, ${off} switched off` : ''}. Each one checks one habit of broadcast writing; switch off what does not
            fit your team, or make it louder or quieter.
          </p>
        </div>
        <div class="rule-filter">
          <label class="sr-only" for="rule-filter">
            Filter rules
          </label>
          <input id="rule-filter" class="input" type="search" placeholder="Filter rules" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
      </div>
      {shown.length === 0 && <p class="empty-note">No rule matches “{query.trim()}”.</p>}
      {DIMENSIONS.map((dimension) => {
        const rules = shown.filter((r) => r.category === dimension);
        if (rules.length === 0) return null;
        return (
          <div class="card dimension" key={dimension} aria-labelledby={`dim-${dimension}`} role="group">
            <div class={`dimension-head dim-${dimension}`}>
              <h3 id={`dim-${dimension}`}>{DIMENSION_LABELS[dimension]}</h3>
              <span class="dimension-share">{DIMENSION_SHARE[dimension]} of 100 points</span>
              <p>{DIMENSION_BLURBS[dimension]}</p>
            </div>
            {rules.map((rule) => (
              <RuleRow key={rule.id} rule={rule} settings={settings} update={update} locked={locked} />
            ))}
          </div>
        );
      })}
    </section>
  );
}
