/** The card's "why" line: the rule's one-line reason, tagged with its principle. */
import { RULES } from '../core/index.ts';

const byId = new Map(RULES.map((r) => [r.id, r]));

export function whyOf(ruleId: string): string {
  const rule = byId.get(ruleId);
  return rule ? `${rule.docs.why} (${rule.principle})` : '';
}
