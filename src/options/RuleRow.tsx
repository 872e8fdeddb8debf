/** One rule: its docs, on/off, severity, its own options and a reset. */
import { useState } from 'preact/hooks';
import { resolveOptions } from '../core/options.ts';
import type { Rule } from '../core/rule.ts';
import { ruleTitle } from '../core/labels.ts';
import { SeverityPicker } from '../ui/SeverityPicker.tsx';
import { Switch } from '../ui/Switch.tsx';
import { isRuleChanged, resetRule, setRuleEnabled, setRuleOption, setRuleSeverity } from './edit.ts';
import { Managed } from './Managed.tsx';
import { OptionControl } from './OptionControl.tsx';
import { RuleExamples } from './RuleExamples.tsx';
import type { SectionProps } from './useSettings.ts';

export function RuleRow({ rule, settings, update, locked }: SectionProps & { rule: Rule }) {
  const managed = locked.has(`rules.${rule.id}`);
  // Bumped on reset so fields showing a refused value start again from the stored one.
  const [generation, setGeneration] = useState(0);
  const override = settings.analysis.rules?.[rule.id];
  const on = override?.enabled !== false;
  const title = ruleTitle(rule.id);
  const options = resolveOptions(rule.options, override?.options);
  const headingId = `rule-${rule.id}-title`;
  return (
    <article class={on ? 'rule' : 'rule rule-off'} id={`rule-${rule.id}`} data-rule={rule.id} aria-labelledby={headingId}>
      <div class="rule-head">
        <div class="rule-titles">
          <h4 id={headingId}>{title}</h4>
          <code class="rule-id">{rule.id}</code>
          <span class="principle" title={`Principle ${rule.principle}`}>
            {rule.principle}
          </span>
          {!on && <span class="off-tag">Off</span>}
        </div>
        <Managed locked={managed}>
        <div class="rule-toggles">
          <SeverityPicker
            name={`severity-${rule.id}`}
            legend={`Severity of ${title}`}
            value={override?.severity ?? rule.severity}
            onChange={(s) => update((x) => setRuleSeverity(x, rule.id, s))}
            disabled={!on}
          />
          <Switch label={`Coach with ${title}`} hideLabel checked={on} onChange={(v) => update((x) => setRuleEnabled(x, rule.id, v))} />
        </div>
        </Managed>
      </div>
      <p class="rule-summary">{rule.docs.summary}</p>
      <p class="rule-why">
        <strong>Why it matters:</strong> {rule.docs.why}
      </p>
      <RuleExamples docs={rule.docs} />
      {(Object.keys(rule.options).length > 0 || isRuleChanged(settings, rule.id)) && (
        <fieldset class="rule-options" key={generation} disabled={managed}>
          {Object.entries(rule.options).map(([key, d]) => (
            <OptionControl
              key={key}
              id={`rule-${rule.id}-${key}`}
              descriptor={d}
              value={options[key]}
              onChange={(v) => update((x) => setRuleOption(x, rule.id, key, v))}
            />
          ))}
          {isRuleChanged(settings, rule.id) && (
            <button
              type="button"
              class="button quiet rule-reset"
              onClick={() => {
                update((x) => resetRule(x, rule.id));
                setGeneration((g) => g + 1);
                // This button goes away with the override: keep keyboard focus on the rule.
                document.querySelector<HTMLInputElement>(`#rule-${rule.id} input[role="switch"]`)?.focus();
              }}
            >
              Reset {title} to its defaults
            </button>
          )}
        </fieldset>
      )}
    </article>
  );
}
