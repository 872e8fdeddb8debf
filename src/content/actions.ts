/**
 * What the card's buttons do: apply a fix in the editor, ignore a hint in this draft, or never
 * flag a phrase again (the user's allow list, saved to settings, picked up by every tab).
 */
import type { Finding, Suggestion } from '../core/types.ts';
import { isShortPhrase } from '../core/word-lists.ts';
import { loadSettings, saveSettings } from './settings.ts';
import { type ApplyResult, applyFix } from './apply.ts';
import type { Coach } from './coach.ts';
import type { ComposerSession } from './composer.ts';
import type { CoachedComposer, OverlayActions } from './overlay/types.ts';
import { SubjectLine } from './subject-line.ts';
import { deletionSpan } from '../core/nlp/edits.ts';

export function coachActions(coach: Coach): OverlayActions {
  const sessionOf = (c: CoachedComposer): ComposerSession | undefined => (c instanceof SubjectLine ? c.session : coach.sessions.get(c.element));
  return {
    apply(composer, finding, suggestion) {
      const session = sessionOf(composer);
      if (!session) return;
      // A subject fix goes into the subject field; the body's session re-reads both.
      const target = composer instanceof SubjectLine ? { element: composer.element, text: composer.element.value } : { element: session.element, text: session.text };
      void applySuggestion(coach, session, target, finding, suggestion).then((result) => {
        const message = APPLY_MESSAGES[result];
        if (message) coach.overlay.tell(composer, message);
      });
    },
    ignore(composer, finding) {
      sessionOf(composer)?.ignore(finding);
    },
    neverFlag(composer, finding) {
      const phrase = composer.textOf(finding.start, finding.end).trim().toLowerCase();
      sessionOf(composer)?.ignore(finding);
      // The card offers this on short phrases only; a longer span is draft text, never stored.
      if (isShortPhrase(phrase)) void allowPhrase(phrase);
    },
    returnFocus(composer) {
      const el = composer.element;
      if (el instanceof HTMLElement && !el.contains(el.ownerDocument.activeElement)) el.focus({ preventScroll: true });
    },
  };
}

/** What the user is told when the editor did not take the fix as meant (nothing otherwise). */
const APPLY_MESSAGES: Readonly<Record<ApplyResult, string | null>> = {
  applied: null,
  pasted: null,
  refused: 'This editor did not accept the fix, so your text is unchanged. You can make the change by hand.',
  rewritten: 'This editor changed the fix as it went in. Check the text: it now reads as the editor has it.',
};

async function applySuggestion(
  coach: Coach,
  session: ComposerSession,
  target: { element: Element; text: string },
  finding: Finding,
  suggestion: Extract<Suggestion, { kind: 'replace' }>,
): Promise<ApplyResult> {
  const span = suggestion.replacement === '' ? deletionSpan(target.text, finding.start, finding.end) : finding;
  const result = await applyFix({ element: target.element, skip: coach.adapter.skip }, span.start, span.end, suggestion.replacement);
  session.refresh();
  coach.analyseNow(session);
  return result;
}

/** Adds a phrase to the allow list (settings.analysis.words.allow), read fresh to merge. */
async function allowPhrase(phrase: string): Promise<void> {
  const { settings } = await loadSettings();
  const words = settings.analysis.words ?? {};
  const allow = words.allow ?? [];
  if (allow.includes(phrase)) return;
  await saveSettings({ ...settings, analysis: { ...settings.analysis, words: { ...words, allow: [...allow, phrase] } } });
}
